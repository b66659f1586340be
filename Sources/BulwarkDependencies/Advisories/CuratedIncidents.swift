import BulwarkFormats

/// The bundled, versioned list of landmark supply-chain incidents, so a scan is useful with no import.
///
/// Embedded in Swift source (not a resource file) so it can never go missing at run time. Every
/// entry names the incident's own advisory ids where they exist; ids starting with `BULWARK-` are
/// Bulwark's own. Bump `version` on every change.
public enum CuratedIncidents {
    public static let version = "2026.12.1"

    private static func mal(_ id: String, _ aliases: [String], _ eco: String, _ names: [String], versions: [String]? = nil,
                            _ summary: String) -> OSVAdvisory {
        OSVAdvisory(id: id, aliases: aliases, summary: summary, severity: "critical", malicious: true,
                    affected: names.map { n in
                        if let versions {
                            return OSVAffected(ecosystem: eco, name: n, versions: versions)
                        }
                        return OSVAffected(ecosystem: eco, name: n, ranges: [OSVRange(type: "ECOSYSTEM", events: [OSVEvent(.introduced, "0")])])
                    })
    }

    private static func malVersions(_ id: String, _ aliases: [String], _ eco: String, _ list: [(String, [String])], _ summary: String) -> OSVAdvisory {
        OSVAdvisory(id: id, aliases: aliases, summary: summary, severity: "critical", malicious: true,
                    affected: list.map { OSVAffected(ecosystem: eco, name: $0.0, versions: $0.1) })
    }

    public static let advisories: [OSVAdvisory] = [
        // xz-utils backdoor (March 2024): the upstream 5.6.0/5.6.1 tarballs carried a backdoor in liblzma.
        OSVAdvisory(id: "BULWARK-2024-XZ", aliases: ["CVE-2024-3094"],
                    summary: "xz-utils 5.6.0 and 5.6.1 contain a backdoor in liblzma (maintainer takeover)",
                    severity: "critical", malicious: true, affected: [
                        OSVAffected(ecosystem: "Debian", name: "xz-utils", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                            OSVEvent(.introduced, "5.5.1alpha-0.1"), OSVEvent(.fixed, "5.6.1+really5.4.5-1")])]),
                        OSVAffected(ecosystem: "Alpine", name: "xz", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                            OSVEvent(.introduced, "5.6.0-r0"), OSVEvent(.fixed, "5.6.1-r2")])]),
                        OSVAffected(ecosystem: "conda", name: "xz", versions: ["5.6.0", "5.6.1"]),
                    ]),
        // ultralytics (December 2024): a GitHub Actions cache/injection compromise published builds with a miner.
        malVersions("BULWARK-2024-ULTRALYTICS", ["PYSEC-2024-154"], "PyPI", [("ultralytics", ["8.3.41", "8.3.42", "8.3.45", "8.3.46"])],
                    "ultralytics 8.3.41, 8.3.42, 8.3.45 and 8.3.46 were published from a compromised build and install a cryptominer"),
        // torchtriton (December 2022): dependency confusion against the PyTorch nightly index.
        mal("BULWARK-2022-TORCHTRITON", [], "PyPI", ["torchtriton"],
            "torchtriton on PyPI shadowed PyTorch nightly's dependency and exfiltrated system data (dependency confusion)"),
        // event-stream (November 2018).
        malVersions("BULWARK-2018-EVENT-STREAM", ["GHSA-mh6f-8j2x-4483"], "npm", [("event-stream", ["3.3.6"])],
                    "event-stream 3.3.6 pulled in the malicious flatmap-stream that targeted bitcoin wallets"),
        mal("BULWARK-2018-FLATMAP-STREAM", ["GHSA-9x64-5r7x-2q53", "GHSA-mh6f-8j2x-4483", "MAL-2025-20690"], "npm", ["flatmap-stream"],
            "flatmap-stream carried an encrypted payload that stole bitcoin wallets (event-stream incident)"),
        // ua-parser-js (October 2021): account takeover, cryptominer and password stealer.
        OSVAdvisory(id: "BULWARK-2021-UA-PARSER-JS", aliases: ["GHSA-pjwm-rvh2-c87w", "CVE-2021-4229"],
                    summary: "ua-parser-js 0.7.29, 0.8.0 and 1.0.0 were published from a hijacked account with malware",
                    severity: "critical", malicious: true, affected: [
                        OSVAffected(ecosystem: "npm", name: "ua-parser-js", ranges: [OSVRange(type: "SEMVER", events: [
                            OSVEvent(.introduced, "0.7.29"), OSVEvent(.fixed, "0.7.30"),
                            OSVEvent(.introduced, "0.8.0"), OSVEvent(.fixed, "0.8.1"),
                            OSVEvent(.introduced, "1.0.0"), OSVEvent(.fixed, "1.0.1")])]),
                    ]),
        // eslint-config-prettier and related packages (July 2025): maintainer phished, Windows payload.
        malVersions("BULWARK-2025-ESLINT-CONFIG-PRETTIER", ["CVE-2025-54313", "GHSA-f29h-pxvx-f335", "MAL-2025-6022"], "npm", [
            ("eslint-config-prettier", ["8.10.1", "9.1.1", "10.1.6", "10.1.7"]),
            ("eslint-plugin-prettier", ["4.2.2", "4.2.3"]),
            ("synckit", ["0.11.9"]), ("@pkgr/core", ["0.2.8"]), ("napi-postinstall", ["0.3.1"]),
        ], "eslint-config-prettier and related packages were published from a phished maintainer account with a malicious install script"),
        // nx "s1ngularity" (August 2025): stole credentials through AI coding CLIs.
        malVersions("BULWARK-2025-NX", ["GHSA-cxm3-wv7p-598c", "CVE-2025-10894"], "npm", [
            ("nx", ["20.9.0", "20.10.0", "20.11.0", "20.12.0", "21.5.0", "21.6.0", "21.7.0", "21.8.0"]),
            ("@nx/devkit", ["20.9.0", "21.5.0"]), ("@nx/js", ["20.9.0", "21.5.0"]), ("@nx/workspace", ["20.9.0", "21.5.0"]),
            ("@nx/node", ["20.9.0", "21.5.0"]), ("@nx/eslint", ["21.5.0"]), ("@nx/key", ["3.2.0"]), ("@nx/enterprise-cloud", ["3.2.0"]),
        ], "nx and @nx packages were published with a post-install script that harvested secrets using local AI coding CLIs (s1ngularity)"),
        // Shai-Hulud worm (September 2025).
        malVersions("BULWARK-2025-TINYCOLOR", [], "npm", [("@ctrl/tinycolor", ["4.1.1", "4.1.2"])],
                    "@ctrl/tinycolor 4.1.1 and 4.1.2 carried the self-replicating Shai-Hulud worm"),
        // chalk/debug (September 2025): phished maintainer, crypto-wallet hijacking code in 18 packages.
        malVersions("BULWARK-2025-CHALK-DEBUG", [], "npm", [
            ("chalk", ["5.6.1"]), ("debug", ["4.4.2"]), ("ansi-styles", ["6.2.2"]), ("strip-ansi", ["7.1.1"]),
            ("ansi-regex", ["6.2.1"]), ("wrap-ansi", ["9.0.1"]), ("color-convert", ["3.1.1"]), ("color-name", ["2.0.1"]),
            ("supports-color", ["10.2.1"]), ("slice-ansi", ["7.1.1"]), ("has-ansi", ["6.0.1"]), ("chalk-template", ["1.1.1"]),
            ("is-arrayish", ["0.3.3"]), ("error-ex", ["1.3.3"]), ("simple-swizzle", ["0.2.3"]), ("color-string", ["2.1.1"]),
            ("color", ["5.0.1"]), ("backslash", ["0.2.1"]), ("supports-hyperlinks", ["4.1.1"]),
            // The same campaign, a day later (DuckDB's npm account, prebid, proto-tinker-wc).
            ("duckdb", ["1.3.3"]), ("@duckdb/node-api", ["1.3.3"]), ("@duckdb/node-bindings", ["1.3.3"]), ("@duckdb/duckdb-wasm", ["1.29.2"]),
            ("proto-tinker-wc", ["0.1.87"]), ("prebid", ["10.9.1", "10.9.2"]),
        ], "chalk, debug and related packages were published from a phished maintainer account with crypto-wallet hijacking code"),
        // Shai-Hulud (September 2025): a self-replicating worm that stole npm and cloud tokens with trufflehog and
        // republished every package its victims could publish. The best-known of the ~500 packages; import the
        // OpenSSF malicious-packages data for the complete list.
        malVersions("BULWARK-2025-SHAI-HULUD", [], "npm", [
            ("angulartics2", ["14.1.1", "14.1.2"]), ("@ctrl/deluge", ["7.2.1", "7.2.2"]), ("@ctrl/golang-template", ["1.4.2", "1.4.3"]),
            ("@ctrl/magnet-link", ["4.0.3", "4.0.4"]), ("@ctrl/ngx-codemirror", ["7.0.1", "7.0.2"]), ("@ctrl/ngx-csv", ["6.0.1", "6.0.2"]),
            ("@ctrl/ngx-emoji-mart", ["9.2.1", "9.2.2"]), ("@ctrl/ngx-rightclick", ["4.0.1", "4.0.2"]), ("@ctrl/qbittorrent", ["9.7.1", "9.7.2"]),
            ("@ctrl/react-adsense", ["2.0.1", "2.0.2"]), ("@ctrl/shared-torrent", ["6.3.1", "6.3.2"]), ("@ctrl/torrent-file", ["4.1.1", "4.1.2"]),
            ("@ctrl/transmission", ["7.3.1"]), ("@ctrl/ts-base32", ["4.0.1", "4.0.2"]),
            ("@crowdstrike/commitlint", ["8.1.1", "8.1.2"]), ("@crowdstrike/falcon-shoelace", ["0.4.1", "0.4.2"]),
            ("@crowdstrike/foundry-js", ["0.19.1", "0.19.2"]), ("@crowdstrike/glide-core", ["0.34.2", "0.34.3"]),
            ("@crowdstrike/logscale-dashboard", ["1.205.1", "1.205.2"]), ("@crowdstrike/logscale-file-editor", ["1.205.1", "1.205.2"]),
            ("@crowdstrike/logscale-parser-edit", ["1.205.1", "1.205.2"]), ("@crowdstrike/logscale-search", ["1.205.1", "1.205.2"]),
            ("@crowdstrike/tailwind-toucan-base", ["5.0.1", "5.0.2"]), ("eslint-config-crowdstrike", ["11.0.2", "11.0.3"]),
            ("eslint-config-crowdstrike-node", ["4.0.3", "4.0.4"]), ("remark-preset-lint-crowdstrike", ["4.0.1", "4.0.2"]),
            ("koa2-swagger-ui", ["5.11.1", "5.11.2"]), ("ngx-bootstrap", ["18.1.4", "19.0.3", "19.0.4", "20.0.3", "20.0.4", "20.0.5", "20.0.6"]),
            ("ngx-color", ["10.0.1", "10.0.2"]), ("ngx-toastr", ["19.0.1", "19.0.2"]), ("ngx-trend", ["8.0.1"]),
            ("encounter-playground", ["0.0.2", "0.0.3", "0.0.4", "0.0.5"]), ("json-rules-engine-simplified", ["0.2.1", "0.2.2", "0.2.3", "0.2.4"]),
            ("react-jsonschema-form-conditionals", ["0.3.18", "0.3.19", "0.3.20", "0.3.21"]),
            ("react-jsonschema-form-extras", ["1.0.1", "1.0.2", "1.0.3", "1.0.4"]), ("rxnt-authentication", ["0.0.3", "0.0.4", "0.0.5", "0.0.6"]),
            ("ts-gaussian", ["3.0.5", "3.0.6"]), ("swc-plugin-component-annotate", ["1.9.1", "1.9.2"]),
        ], "Shai-Hulud: a self-replicating worm published these versions with a post-install script that stole npm, GitHub and cloud credentials"),
        // Shai-Hulud 2.0 / "Sha1-Hulud" (November 2025): the worm's second wave ran from a preinstall script (setup_bun.js).
        malVersions("BULWARK-2025-SHAI-HULUD-2", [], "npm", [
            ("posthog-node", ["4.18.1", "5.11.3", "5.13.3"]), ("posthog-js", ["1.297.3"]), ("posthog-react-native", ["4.11.1", "4.12.5"]),
            ("@posthog/ai", ["7.1.2"]), ("@posthog/core", ["1.5.6"]), ("@posthog/cli", ["0.5.15"]),
            ("@zapier/zapier-sdk", ["0.15.5", "0.15.6", "0.15.7"]), ("zapier-platform-core", ["18.0.2", "18.0.3", "18.0.4"]),
            ("zapier-platform-cli", ["18.0.2", "18.0.3", "18.0.4"]), ("zapier-platform-schema", ["18.0.2", "18.0.3", "18.0.4"]),
            ("@zapier/mcp-integration", ["3.0.1", "3.0.2", "3.0.3"]), ("@zapier/ai-actions", ["0.1.18", "0.1.19", "0.1.20"]),
            ("@postman/tunnel-agent", ["0.6.5", "0.6.6", "0.6.7"]), ("@postman/postman-mcp-server", ["2.4.10", "2.4.11", "2.4.12"]),
            ("@postman/postman-mcp-cli", ["1.0.3", "1.0.4", "1.0.5"]), ("@postman/secret-scanner-wasm", ["2.1.2", "2.1.3", "2.1.4"]),
            ("@asyncapi/specs", ["6.8.2", "6.8.3", "6.9.1", "6.10.1"]), ("@asyncapi/parser", ["3.4.1", "3.4.2"]), ("@asyncapi/cli", ["4.1.2", "4.1.3"]),
            ("@asyncapi/generator", ["2.8.5", "2.8.6"]), ("@asyncapi/modelina", ["5.10.2", "5.10.3"]),
            ("@ensdomains/ensjs", ["4.0.3"]), ("@ensdomains/ens-contracts", ["1.6.1"]), ("@ensdomains/content-hash", ["3.0.1"]),
            ("@ensdomains/address-encoder", ["1.1.5"]), ("ethereum-ens", ["0.8.1"]), ("@browserbasehq/stagehand", ["3.0.4"]),
            ("@mcp-use/mcp-use", ["1.0.1", "1.0.2"]), ("mcp-use", ["1.4.2", "1.4.3"]),
        ], "Shai-Hulud 2.0: the worm's second wave published these versions with a preinstall script that stole credentials and wiped home directories on failure"),
        // Account takeovers and sabotage before 2025 that lockfiles still pin.
        malVersions("BULWARK-2018-ESLINT-SCOPE", [], "npm", [("eslint-scope", ["3.7.2"])],
                    "eslint-scope 3.7.2 was published from a hijacked account and sent the installer's npm token to a remote server"),
        malVersions("BULWARK-2021-COA-RC", [], "npm", [
            ("coa", ["2.0.3", "2.0.4", "2.1.1", "2.1.3", "3.0.1", "3.1.3"]), ("rc", ["1.2.9", "1.3.9", "2.3.9"]),
        ], "coa and rc were published from hijacked accounts (November 2021) with a password-stealing install script"),
        malVersions("BULWARK-2022-NODE-IPC", ["CVE-2022-23812"], "npm", [("node-ipc", ["10.1.1", "10.1.2"])],
                    "node-ipc 10.1.1 and 10.1.2 overwrite files on machines geolocated in Russia or Belarus (protestware)"),
        mal("BULWARK-2022-PEACENOTWAR", [], "npm", ["peacenotwar"],
            "peacenotwar writes files to the desktop of every machine that installs it (node-ipc protestware)"),
        malVersions("BULWARK-2022-COLORS-FAKER", [], "npm", [("colors", ["1.4.44-liberty-2"]), ("faker", ["6.6.6"])],
                    "colors 1.4.44-liberty-2 and faker 6.6.6 were sabotaged by their maintainer (infinite loop, emptied package)"),
        malVersions("BULWARK-2022-CTX", [], "PyPI", [("ctx", ["0.1.2", "0.2.2", "0.2.6"])],
                    "ctx was taken over through an expired maintainer domain (May 2022) and sent environment variables to a remote server"),
        malVersions("BULWARK-2023-LEDGER-CONNECT-KIT", [], "npm", [("@ledgerhq/connect-kit", ["1.1.5", "1.1.6", "1.1.7"])],
                    "@ledgerhq/connect-kit 1.1.5 to 1.1.7 were published from a phished account with a wallet drainer"),
        malVersions("BULWARK-2024-LOTTIE-PLAYER", [], "npm", [("@lottiefiles/lottie-player", ["2.0.5", "2.0.6", "2.0.7"])],
                    "@lottiefiles/lottie-player 2.0.5 to 2.0.7 were published with a compromised token and injected a wallet drainer"),
        malVersions("BULWARK-2024-SOLANA-WEB3", ["CVE-2024-54134"], "npm", [("@solana/web3.js", ["1.95.6", "1.95.7"])],
                    "@solana/web3.js 1.95.6 and 1.95.7 were published from a phished account and sent private keys to a remote server"),
        malVersions("BULWARK-2024-RSPACK", [], "npm", [("@rspack/core", ["1.1.7"]), ("@rspack/cli", ["1.1.7"])],
                    "@rspack/core and @rspack/cli 1.1.7 were published with a stolen token and installed a cryptominer"),
        malVersions("BULWARK-2024-AIOCPA", [], "PyPI", [("aiocpa", ["0.1.13"])],
                    "aiocpa 0.1.13 was published with obfuscated code that sent Crypto Pay API tokens to a Telegram bot"),
        mal("BULWARK-2024-XMLRPC-0XENGINE", [], "npm", ["@0xengine/xmlrpc"],
            "@0xengine/xmlrpc ran a cryptominer and sent system data to a remote server after a year of benign releases"),
        // 2025 maintainer compromises outside the worms.
        malVersions("BULWARK-2025-XRPL", ["CVE-2025-32965"], "npm", [("xrpl", ["4.2.1", "4.2.2", "4.2.3", "4.2.4", "2.14.2"])],
                    "xrpl 4.2.1 to 4.2.4 and 2.14.2 were published with a backdoor that sent wallet seeds to a remote server"),
        malVersions("BULWARK-2025-RAND-USER-AGENT", [], "npm", [("rand-user-agent", ["1.0.110", "2.0.83", "2.0.84"])],
                    "rand-user-agent 1.0.110, 2.0.83 and 2.0.84 were published with a remote-access trojan"),
        malVersions("BULWARK-2025-IS", [], "npm", [("is", ["3.3.1", "5.0.0"])],
                    "is 3.3.1 and 5.0.0 were published from a phished maintainer account with a remote-access loader"),
        malVersions("BULWARK-2025-NUM2WORDS", [], "PyPI", [("num2words", ["0.5.15"])],
                    "num2words 0.5.15 was published from a phished maintainer account with an information stealer"),
        // Typosquats and look-alikes in other ecosystems.
        mal("BULWARK-2025-BOLTDB-GO", [], "Go", ["github.com/boltdb-go/bolt"],
            "github.com/boltdb-go/bolt imitates github.com/boltdb/bolt and carries a remote-access backdoor (cached by the Go module proxy)"),
        mal("BULWARK-2022-RUSTDECIMAL", [], "crates.io", ["rustdecimal"],
            "rustdecimal imitates rust_decimal and downloaded a payload when built in CI (GitLab runners)"),
        malVersions("BULWARK-2019-RUBYGEMS-HIJACKS", [], "RubyGems", [
            ("rest-client", ["1.6.10", "1.6.11", "1.6.12", "1.6.13"]), ("bootstrap-sass", ["3.2.0.3"]), ("strong_password", ["0.0.7"]),
        ], "rest-client, bootstrap-sass and strong_password releases were published from hijacked accounts with a remote code execution backdoor"),
        // Landmark vulnerabilities (not malicious): reported by dep-known-vulnerable at the advisory's severity.
        OSVAdvisory(id: "BULWARK-2025-TORCH-LOAD", aliases: ["CVE-2025-32434"],
                    summary: "torch.load with weights_only=True can still execute code from a crafted model file before torch 2.6.0",
                    severity: "critical", affected: [OSVAffected(ecosystem: "PyPI", name: "torch", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                        OSVEvent(.introduced, "0"), OSVEvent(.fixed, "2.6.0")])])]),
        OSVAdvisory(id: "BULWARK-2021-LODASH-TEMPLATE", aliases: ["CVE-2021-23337"],
                    summary: "lodash before 4.17.21 allows command injection through the template function",
                    severity: "high", affected: [OSVAffected(ecosystem: "npm", name: "lodash", ranges: [OSVRange(type: "SEMVER", events: [
                        OSVEvent(.introduced, "0"), OSVEvent(.fixed, "4.17.21")])])]),
        // Typosquats.
        mal("BULWARK-2018-COLOURAMA", [], "PyPI", ["colourama"], "colourama typosquats colorama and replaced copied cryptocurrency addresses"),
        mal("BULWARK-2019-JEILYFISH", [], "PyPI", ["jeIlyfish", "python3-dateutil"],
            "jeIlyfish (capital I) typosquats jellyfish and stole SSH and GPG keys; python3-dateutil pulled it in"),
        mal("BULWARK-2017-CROSSENV", [], "npm", ["crossenv", "cross-env.js", "babelcli", "d3.js", "fabric-js", "ffmepg", "gruntcli",
                                                  "http-proxy.js", "jquery.js", "mongose", "mssql.js", "mssql-node",
                                                  "nodecaffe", "nodefabric", "node-fabric", "nodeffmpeg", "nodemailer-js", "nodemailer.js",
                                                  "nodemssql", "node-opensl", "node-openssl", "noderequest", "nodesass",
                                                  "nodesqlite", "node-tkinter", "openssl.js", "proxy.js", "shadowsock", "sqliter"],
            "crossenv and other 2017 npm typosquats sent environment variables (npm tokens) to a remote server"),
        mal("BULWARK-2017-PYPI-TYPOSQUATS", [], "PyPI", ["acqusition", "apidev-coop", "bzip", "crypt", "django-server", "pwd",
                                                          "setup-tools", "telnet", "urlib3", "urllib"],
            "typosquats of standard-library and popular names found on PyPI in 2017 ran code at install time"),
    ]
}
