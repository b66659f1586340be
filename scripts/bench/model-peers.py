#!/usr/bin/env python3
"""Scores Bulwark and its peers on the peers' own model-scanner test suites.

The suites of picklescan (mmaitre314/picklescan), modelscan (protectai/modelscan), fickling
(trailofbits/fickling) and modelaudit (promptfoo/modelaudit) are read from a cache folder:

    CACHE/src/picklescan/tests/...   CACHE/src/modelscan/tests/...
    CACHE/src/fickling/test/...      CACHE/src/modelaudit/tests/...

(each a plain copy of the repository's test folder, e.g. `git --git-dir=MIRROR archive HEAD tests |
tar -x -C CACHE/src/picklescan`, with the commit in CACHE/src/<peer>/COMMIT). Committed test assets
are copied; fixtures the suites generate at run time are REBUILT here as bytes by this script's own
writers (an opcode writer for fickling's `Pickled([...])` lists, reduce payloads for modelscan's
`__reduce__` classes, zips and .npy files). Nothing is ever unpickled, loaded or imported from the
peers' code: fickling's opcode lists are evaluated against this script's own opcode classes only.

Also rebuilt: modelaudit's in-test fixtures (pickle byte strings written inline in its tests, computed
from the syntax tree without running anything, and its `__reduce__` objects, written by our reduce writer
in the container each test uses: zip, torch zip, gzip, 7z, TorchServe .mar, ExecuTorch .ptl), and 25
published scanner bypasses (picklescan GHSAs and issues: pkgutil.resolve_name, ensurepip, timeit, pip,
cProfile/profile/pdb, numpy.testing runstring, uuid/imaplib/_osx_support command helpers, asyncio
subprocess transports, operator.methodcaller, functools.partial, getattr chains, runpy...) as our own
payloads calling the named function with a harmless argument (folder `bypasses/`).

Labels come from the peers' own test expectations (a picklescan `Dangerous` global, a fickling
`assertGreater(..., LIKELY_SAFE)`, a modelaudit asset under `malicious/`...); entries whose
expectation is neither are left out. The corpus and labels.tsv are written to CACHE/corpus.

Tools: `bulwark` (--bulwark PATH) and every peer installed in CACHE/venv (picklescan, modelscan,
fickling, modelaudit from PyPI). Each tool scans the whole corpus folder once; per-file verdicts come
from its report. A file counts as caught at "high" when the tool's own top level for it is
high/critical (picklescan: a Dangerous global; modelscan: CRITICAL/HIGH; fickling: LIKELY_UNSAFE or
worse; modelaudit: critical) and as flagged at "medium" for one level lower (picklescan: Suspicious,
modelscan: MEDIUM, fickling: SUSPICIOUS, modelaudit: warning).

Usage: model-peers.py [--cache DIR] [--bulwark PATH] [--tools a,b] [--list-misses]
Cache absent: says so and exits 0.
"""
import argparse
import ast
import io
import json
import marshal
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_model_samples as mms  # noqa: E402  (our own opcode writers)


# ---------------------------------------------------------------- opcode writer (our own)
def _line(s):
    return s.encode("utf-8") + b"\n"


class _Op:
    """An opcode object built from fickling's op names; `.data` is its serialised bytes."""

    def __init__(self, data):
        self.data = data


def _mk(name):
    def ctor(*args):
        return _Op(_encode(name, args))
    ctor.create = ctor
    return ctor


def _encode(name, a):
    v = a[0] if a else None
    simple = {
        "Memoize": b"\x94", "StackGlobal": b"\x93", "TupleOne": b"\x85", "TupleTwo": b"\x86",
        "TupleThree": b"\x87", "Tuple": b"t", "EmptyTuple": b")", "Reduce": b"R", "Build": b"b", "Stop": b".",
        "Mark": b"(", "Obj": b"o", "EmptyDict": b"}", "EmptyList": b"]", "Pop": b"0", "PopMark": b"1", "Dup": b"2",
        "NoneOpcode": b"N", "NewTrue": b"\x88", "NewFalse": b"\x89", "List": b"l", "Dict": b"d", "Appends": b"e",
        "Append": b"a", "SetItem": b"s", "SetItems": b"u", "NewObj": b"\x81", "NewObjEx": b"\x92", "BinPersId": b"Q",
        "AddItems": b"\x90", "FrozenSet": b"\x91", "EmptySet": b"\x8f", "NextBuffer": b"\x97", "ReadOnlyBuffer": b"\x98",
    }
    if name in simple:
        return simple[name]
    if name == "Proto":
        return b"\x80" + bytes([v])
    if name == "Frame":
        return b"\x95" + struct.pack("<Q", v)
    if name == "ShortBinUnicode":
        b = v.encode("utf-8", "surrogatepass")
        return b"\x8c" + bytes([len(b)]) + b
    if name == "BinUnicode":
        b = v.encode("utf-8", "surrogatepass")
        return b"X" + struct.pack("<I", len(b)) + b
    if name == "BinUnicode8":
        b = v.encode("utf-8", "surrogatepass")
        return b"\x8d" + struct.pack("<Q", len(b)) + b
    if name == "Unicode":
        return b"V" + v.encode("raw_unicode_escape") + b"\n"
    if name == "String":
        return b"S" + repr(v).encode() + b"\n"
    if name == "ShortBinString":
        b = v.encode() if isinstance(v, str) else v
        return b"U" + bytes([len(b)]) + b
    if name == "BinString":
        b = v.encode() if isinstance(v, str) else v
        return b"T" + struct.pack("<I", len(b)) + b
    if name == "ShortBinBytes":
        return b"C" + bytes([len(v)]) + v
    if name == "BinBytes":
        return b"B" + struct.pack("<I", len(v)) + v
    if name == "Global":
        if len(a) == 2:
            return b"c" + _line(a[0]) + _line(a[1])
        mod, _, nm = v.partition(" ")
        return b"c" + _line(mod) + _line(nm)
    if name == "Inst":
        if len(a) == 2:
            return b"i" + _line(a[0]) + _line(a[1])
        mod, _, nm = v.partition(" ")
        return b"i" + _line(mod) + _line(nm)
    if name == "BinGet":
        return b"h" + bytes([v])
    if name == "LongBinGet":
        return b"j" + struct.pack("<I", v)
    if name == "Get":
        return b"g" + _line(str(v))
    if name == "Put":
        return b"p" + _line(str(v))
    if name == "BinPut":
        return b"q" + bytes([v])
    if name == "LongBinPut":
        return b"r" + struct.pack("<I", v)
    if name == "BinInt":
        return b"J" + struct.pack("<i", v)
    if name == "BinInt1":
        return b"K" + bytes([v])
    if name == "BinInt2":
        return b"M" + struct.pack("<H", v)
    if name == "Int":
        return b"I" + _line(str(int(v)))
    if name == "Long":
        return b"L" + _line(str(int(v)) + "L")
    if name == "BinFloat":
        return b"G" + struct.pack(">d", v)
    if name == "Float":
        return b"F" + _line(repr(float(v)))
    if name == "PersId":
        return b"P" + _line(str(v))
    if name == "Long1":
        n = int(v)
        b = n.to_bytes((n.bit_length() + 8) // 8, "little", signed=True) if n else b""
        return b"\x8a" + bytes([len(b)]) + b
    raise KeyError(name)


class _OpNamespace:
    def __getattr__(self, name):
        _encode_probe(name)
        return _mk(name)


def _encode_probe(name):
    known = {"Proto", "Frame", "ShortBinUnicode", "BinUnicode", "BinUnicode8", "Unicode", "String", "ShortBinString",
             "BinString", "ShortBinBytes", "BinBytes", "Global", "Inst", "BinGet", "LongBinGet", "Get", "Put", "BinPut",
             "LongBinPut", "BinInt", "BinInt1", "BinInt2", "Int", "Long", "BinFloat", "Float", "PersId", "Long1"}
    try:
        _encode(name, ())
    except KeyError:
        if name not in known:
            raise
    except Exception:
        pass


def _pickled(ops):
    return b"".join(o.data for o in ops)


def reduce_payload(module, name, args_bytes, protocol):
    """`module.name(*args)` as a pickle of the given protocol (GLOBAL up to 3, STACK_GLOBAL from 4)."""
    out = b"" if protocol < 2 else b"\x80" + bytes([protocol])
    if protocol >= 4:
        out += mms.ustr(module) + b"\x94" + mms.ustr(name) + b"\x94" + b"\x93\x94"
    else:
        out += mms.glob(module, name)
    out += b"(" + args_bytes + b"tR"
    return out + b"."


def text_arg(s, protocol):
    if protocol == 0:
        return b"V" + s.encode("raw_unicode_escape") + b"\n"
    return mms.ustr(s)


# ---------------------------------------------------------------- corpus
class Corpus:
    def __init__(self, root):
        self.root = root
        self.entries = []  # (relpath, label, peer, note)
        self.seen = set()

    def add(self, peer, name, data, label, note=""):
        base = re.sub(r"[^A-Za-z0-9._+-]", "_", name)
        rel = f"{peer}/{base}"
        i = 1
        while rel in self.seen:
            i += 1
            rel = f"{peer}/{i}-{base}"
        self.seen.add(rel)
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        self.entries.append((rel, label, peer, note))

    def add_file(self, peer, src, label, note="", name=None):
        with open(src, "rb") as f:
            self.add(peer, name or os.path.basename(src), f.read(), label, note)


PICKLESCAN_BENIGN = {
    "benign0_v0.pkl", "benign0_v3.pkl", "benign0_v4.pkl", "benign_password_protected.zip", "bad_pytorch.pt",
    "not_a_pickle.bin", "pytorch_model.bin", "new_pytorch_model.bin", "int_array.npy", "int_arrays.npz",
    "int_arrays_compressed.npz", "object_array.npy", "object_arrays.npz", "object_arrays_compressed.npz",
}


def picklescan_entries(src, corpus):
    """Committed assets; labels from tests/test_scanner.py (a file whose expected globals include a
    Dangerous one is malicious; the expectations with no dangerous global are listed above)."""
    test = open(os.path.join(src, "tests/test_scanner.py")).read()
    for sub in ("data", "data2"):
        d = os.path.join(src, "tests", sub)
        for name in sorted(os.listdir(d)):
            if name in PICKLESCAN_BENIGN:
                corpus.add_file("picklescan", os.path.join(d, name), "benign", "expected clean in test_scanner.py")
            elif name in test or name.startswith("malicious") or name.startswith("GHSA-"):
                corpus.add_file("picklescan", os.path.join(d, name), "malicious", "expected Dangerous global")


def modelscan_entries(src, corpus):
    """tests/data assets plus the `file_path`, `zip_file_path`, `pytorch_file_path` and
    `numpy_file_path` fixtures of tests/test_modelscan.py, rebuilt as bytes."""
    d = os.path.join(src, "tests/data")
    corpus.add_file("modelscan", os.path.join(d, "unsafe_zip_pytorch.pt"), "malicious", "committed")
    corpus.add_file("modelscan", os.path.join(d, "password_protected.zip"), "benign", "expected no issue")
    calls = {
        "malicious1": ("builtins", "eval", lambda p: text_arg("print('456')", p)),
        "malicious2": ("posix", "system", lambda p: text_arg("ls -la", p)),
    }
    for v in (0, 3, 4):
        benign = {0: b"(lp0\nVa\np1\naVb\np2\naVc\np3\na.", 3: b"\x80\x03]q\x00(X\x01\x00\x00\x00aq\x01X\x01\x00\x00\x00bq\x02X\x01\x00\x00\x00cq\x03e.",
                  4: b"\x80\x04\x95\x11\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x01a\x94\x8c\x01b\x94\x8c\x01c\x94e."}[v]
        corpus.add("modelscan", f"benign0_v{v}.pkl", benign, "benign", "file_path fixture")
        corpus.add("modelscan", f"benign0_v{v}.dill", benign, "benign", "file_path fixture (dill writes plain lists alike)")
        for k, (m, n, arg) in calls.items():
            mod = "__builtin__" if (v == 0 and m == "builtins") else m
            corpus.add("modelscan", f"{k}_v{v}.pkl", reduce_payload(mod, n, arg(v), v), "malicious", "file_path fixture")
        m, n, arg = calls["malicious1"]
        corpus.add("modelscan", f"malicious1_v{v}.dill", reduce_payload("__builtin__" if v == 0 else m, n, arg(v), v), "malicious",
                   "file_path fixture")
    p4 = lambda m, n, args: reduce_payload(m, n, args, 4)  # noqa: E731
    corpus.add("modelscan", "malicious0.pkl",
               b'c__builtin__\nglobals\n(tRp100\n0c__builtin__\ncompile\n(S\'fl=open("/etc/passwd");picklesmashed=fl.read();'
               + b"'\nS''\nS'exec'\ntRp101\n0c__builtin__\neval\n(g101\ng100\ntRp102\n0c__builtin__\ngetattr\n(c__builtin__\n"
               + b"dict\nS'get'\ntRp103\n0c__builtin__\napply\n(g103\n(g100\nS'picklesmashed'\nltRp104\n0g104\n.", "malicious", "sour pickles")
    corpus.add("modelscan", "malicious3.pkl", reduce_payload("http.client", "HTTPSConnection", text_arg("github.com", 2), 2), "malicious", "")
    corpus.add("modelscan", "malicious4.pickle", p4("requests.api", "get", mms.ustr("https://github.com")), "malicious", "")
    corpus.add("modelscan", "malicious5.pickle", p4("aiohttp.client", "ClientSession", b""), "malicious", "")
    benign3 = b"\x80\x04\x95\x11\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x01a\x94\x8c\x01b\x94\x8c\x01c\x94e."
    corpus.add("modelscan", "malicious6.pkl", benign3 + p4("requests.api", "get", mms.ustr("https://github.com")), "malicious",
               "two pickles, payload in the second")
    corpus.add("modelscan", "malicious7.pkl", p4("socket", "create_connection", b"\x8c\ngithub.comKP\x86"), "malicious", "")
    corpus.add("modelscan", "malicious8.pkl", p4("subprocess", "run", b"]\x8c\x02ls\x8c\x02-le"), "malicious", "")
    corpus.add("modelscan", "malicious9.pkl", p4("sys", "exit", b"K\x00"), "malicious", "")
    bdb_inst = mms.ustr("bdb") + mms.ustr("Bdb") + b"\x93)\x81"
    corpus.add("modelscan", "malicious15.pkl", p4("bdb", "Bdb.run", bdb_inst + mms.ustr('import os\nos.system("whoami")')), "malicious", "")
    ctf = (b"Vos\np2\n0Vsystem\np3\n0Vtorch\np0\n0VLongStorage\np1\n0g2\ng3\n\x93(Vcat flag.txt\ntR.")
    corpus.add("modelscan", "malicious11.pkl", ctf, "malicious", "imaginaryctf")
    corpus.add("modelscan", "malicious14.pkl", ctf + b"\n\n\t\t", "malicious", "")
    corpus.add("modelscan", "malicious10.pkl", b"(S'print(\"Injection running\")'\ni__builtin__\nexec\n.", "malicious", "")
    inner = b"\x80\x05cos\nsystem\nVecho pwned!!!\n\x85R."
    corpus.add("modelscan", "malicious12.pkl", b"\x80\x05cpickle\nloads\nB" + struct.pack("<I", len(inner)) + inner + b"\x85R0N.",
               "malicious", "nested pickle")
    corpus.add("modelscan", "malicious13.pkl", b"\x80\x05cbuiltins\neval.__call__\nV__import__(\"os\").system(\"echo pwned!!!\")\n\x85R.",
               "malicious", "")
    corpus.add("modelscan", "malicious1.zip", _zip({"data.pkl": p4("builtins", "eval", mms.ustr("print('456')"))}), "malicious", "")
    corpus.add("modelscan", "test.zip", _zip({"data.pkl": p4("builtins", "eval", mms.ustr("print('456')"))}), "malicious", "zip_file_path")
    corpus.add("modelscan", "bad_pytorch.pt", b"\211PNG\r\n\032\n", "benign", "pytorch_file_path")
    corpus.add("modelscan", "safe_zip_pytorch.pt", _torch_zip(mms.state_dict(["fc.weight", "fc.bias"])), "benign", "pytorch_file_path")
    corpus.add("modelscan", "safe_old_format_pytorch.pt", _legacy_torch(mms.state_dict(["fc.weight", "fc.bias"])), "benign",
               "pytorch_file_path")
    corpus.add("modelscan", "safe_numpy.npy", _npy("<i8", struct.pack("<6q", 1, 2, 3, 4, 5, 6), shape="(2, 3)"), "benign",
               "numpy_file_path")
    corpus.add("modelscan", "unsafe_numpy.npy", _npy("|O", p4("builtins", "exec", mms.ustr('print("Malicious code!")'))),
               "malicious", "numpy_file_path: object array whose pickle calls exec")
    # keras_file_path: a model with two Lambda layers, saved as .keras (zip of config.json + metadata.json).
    for safe in (True, False):
        layers = [{"class_name": "Dense", "config": {"name": "dense", "units": 1}}]
        if not safe:
            code = "4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMKAAAAZABkAYMBAQBkAFMAKQJOegllY2hvIHB3bmVkKQHaBXByaW50KQHaAXipAHICAAAA"
            layers += [{"class_name": "Lambda", "config": {"name": f"lambda_{i}", "function": {"class_name": "__lambda__",
                        "config": {"code": code, "defaults": None, "closure": None}}}} for i in (1, 2)]
        cfg = {"class_name": "Sequential", "config": {"name": "sequential", "layers": layers}}
        corpus.add("modelscan", f"{'safe' if safe else 'unsafe'}.keras",
                   _zip({"metadata.json": json.dumps({"keras_version": "3.3.3"}).encode(), "config.json": json.dumps(cfg).encode(),
                         "model.weights.h5": b"\x89HDF\r\n\x1a\n" + bytes(64)}), "benign" if safe else "malicious", "keras_file_path")


def _zip(members, compression=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


def _torch_zip(pkl):
    members = {"archive/data.pkl": pkl, "archive/version": b"3\n"}
    for i in range(2):
        members[f"archive/data/{i}"] = bytes(16)
    return _zip(members)


def _legacy_torch(pkl):
    import tempfile
    with tempfile.TemporaryDirectory() as t:
        p = os.path.join(t, "x.pt")
        mms.legacy_torch(p, pkl)
        return open(p, "rb").read()


def _npy(descr, body, shape="(1,)"):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape)
    pad = 64 - (10 + len(header) + 1) % 64
    header += " " * pad + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + body


# fickling tests whose pickle a loader rejects before anything runs.
FICKLING_EXCLUDED = {
    "test_impossible_cyclic_pickle": "a dict or set holding itself as a key: pickle.load raises TypeError; no import, nothing runs",
    "test_dup_nested_expansion_pattern": "DUP shares references: loading builds a few small lists (no growth, no import); only tools that expand the tree blow up",
    "test_memo_nested_expansion_pattern": "memo GETs share references: loading builds three small lists (no growth, no import)",
}

FICKLING_FILES = ["test_bypasses.py", "test_pickle.py", "test_analysis.py", "test_crashes.py",
                  "test_expansion_attack_analysis.py"]


def fickling_entries(src, corpus):
    """Every `Pickled([...])` opcode list in the test files, serialised by our own opcode writer.
    Label: the enclosing test asserts a severity above LIKELY_SAFE (malicious) or equal to it / no unsafe
    import (benign); other tests (crash and round-trip tests) are left out."""
    for fname in FICKLING_FILES:
        path = os.path.join(src, "test", fname)
        if not os.path.exists(path):
            continue
        text = open(path).read()
        tree = ast.parse(text)
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
                continue
            body = ast.get_source_segment(text, fn) or ""
            if re.search(r"assertGreater(Equal)?\([^)]*severity|LIKELY_OVERTLY_MALICIOUS|LIKELY_UNSAFE|OVERTLY_MALICIOUS", body):
                label = "malicious"
            elif re.search(r"assertEqual\([^)]*severity,\s*Severity\.LIKELY_SAFE|assertIsNone\(detailed\.get\(\"UnsafeImports", body):
                label = "benign"
            else:
                continue
            n = 0
            for data in _fickling_lists(fn, fname):
                n += 1
                why = FICKLING_EXCLUDED.get(fn.name)
                corpus.add("fickling", f"{fname[:-3]}.{fn.name}{'' if n == 1 else '.' + str(n)}.pkl", data,
                           "excluded" if why and label == "malicious" else label, why or fname)


OP_NAMES = ["Proto", "Frame", "ShortBinUnicode", "BinUnicode", "BinUnicode8", "Unicode", "String", "ShortBinString", "BinString",
            "ShortBinBytes", "BinBytes", "Global", "Inst", "BinGet", "LongBinGet", "Get", "Put", "BinPut", "LongBinPut", "BinInt",
            "BinInt1", "BinInt2", "Int", "Long", "BinFloat", "Float", "PersId", "Long1", "Memoize", "StackGlobal", "TupleOne",
            "TupleTwo", "TupleThree", "Tuple", "EmptyTuple", "Reduce", "Build", "Stop", "Mark", "Obj", "EmptyDict", "EmptyList",
            "Pop", "PopMark", "Dup", "NoneOpcode", "NewTrue", "NewFalse", "List", "Dict", "Appends", "Append", "SetItem",
            "SetItems", "NewObj", "NewObjEx", "BinPersId", "AddItems", "FrozenSet", "EmptySet"]


def _fickling_lists(fn, fname):
    """Serialised bytes of each `Pickled([...])` literal in a test function. Simple assignments before it
    (`code = compile(...)`) are evaluated in the same restricted namespace; `for x in [literal list]` loops
    are unrolled. Only our opcode classes, `compile`, `marshal` and `struct` are reachable."""
    env = {"op": _OpNamespace(), "marshal": marshal, "struct": struct, "compile": compile,
           "__builtins__": {"compile": compile, "bytes": bytes, "len": len, "str": str, "int": int, "range": range}}
    for name in OP_NAMES:
        env[name] = _mk(name)
    out = []

    def visit(stmts, env):
        for st in stmts:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                try:
                    env[st.targets[0].id] = eval(compile(ast.Expression(st.value), fname, "eval"), env)
                except Exception:
                    pass
            if isinstance(st, ast.For) and isinstance(st.iter, (ast.List, ast.Tuple)):
                try:
                    items = eval(compile(ast.Expression(st.iter), fname, "eval"), env)
                except Exception:
                    items = []
                for item in items:
                    e2 = dict(env)
                    try:
                        if isinstance(st.target, ast.Name):
                            e2[st.target.id] = item
                        elif isinstance(st.target, ast.Tuple):
                            for t, v in zip(st.target.elts, item):
                                e2[t.id] = v
                    except Exception:
                        continue
                    visit(st.body, e2)
                continue
            for call in ast.walk(st):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Pickled" \
                        and call.args and isinstance(call.args[0], ast.List):
                    try:
                        out.append(_pickled(eval(compile(ast.Expression(call.args[0]), fname, "eval"), env)))
                    except Exception:
                        pass
    visit(fn.body, env)
    return out


MODELAUDIT_BENIGN_WORDS = ("benign", "safe", "edge_cases", "license_scenarios", "model_config.yaml", "suspicious_benign",
                           "pipeline.skops", "safe_config")
MODELAUDIT_MALICIOUS_WORDS = ("malicious", "exploit", "attack", "evil", "nested_pickle", "decode_exec", "dill_func",
                              "path_traversal", "obfuscated/", "suspicious_config", "security_scenarios",
                              "jinja2/tokenizer_config.json")

# Entries a peer labels malicious but whose payload no loader runs: counted apart, with the reason.
EXCLUDED = {
    "samples/manifests/suspicious_config.json": "a URL, a key and a shell command as plain config values; nothing renders or runs them",
    "scenarios/security_scenarios/mixed_malicious_model/config.json": "a URL and a key as plain config values; nothing runs them",
    "samples/safetensors/malicious_import.safetensors": "code text in safetensors __metadata__ strings, which loaders never evaluate",
    "samples/pickles/nested_pickle_base64.pkl": "a plain dict whose value is a base64 string of a pickle; loading builds the dict only",
    "samples/pickles/nested_pickle_hex.pkl": "a plain dict whose value is a hex string of a pickle; loading builds the dict only",
    "samples/pickles/nested_pickle_multistage.pkl": "a plain dict holding pickle bytes and base64 text; loading never unpickles them",
    "samples/pickles/decode_exec_chain.pkl": "a plain dict of strings (base64, `os.system(...)` text); loading builds the dict only",
    "samples/jinja2/edge_cases/multiple_templates.json": "edge case without an expectation (a payload in a non-standard key)",
}


def modelaudit_entries(src, corpus):
    """Committed assets under tests/assets (generators' committed output included). Labels from the
    asset's folder and name, which the suite's tests assert on (`malicious/`, `benign/`, `safe_*`,
    `exploit*`); license scenarios are benign data. Python sources are not model files and are left out."""
    base = os.path.join(src, "tests/assets")
    for root, _, files in os.walk(base):
        for name in sorted(files):
            p = os.path.join(root, name)
            rel = os.path.relpath(p, base)
            if name.endswith(".py") or rel.startswith("generators/"):
                continue
            low = rel.lower()
            if rel in EXCLUDED:
                corpus.add_file("modelaudit", p, "excluded", EXCLUDED[rel], name=rel.replace("/", "__"))
                continue
            if any(w in low for w in MODELAUDIT_BENIGN_WORDS) and not any(w in low for w in ("malicious", "exploit")):
                label = "benign"
            elif any(w in low for w in MODELAUDIT_MALICIOUS_WORDS):
                label = "malicious"
            else:
                continue
            corpus.add_file("modelaudit", p, label, rel, name=rel.replace("/", "__"))


# ---------------------------------------------------------------- modelaudit's in-test fixtures
# Fixtures modelaudit's tests build at run time. Two kinds are rebuilt here:
#  1. pickle byte strings written inline in a test (`b"cposix\nsystem\n(S'id'\ntR."`, concatenations of
#     such literals and module-level constants): their value is computed from the syntax tree by a tiny
#     evaluator (bytes literals, `+`, `*` and names bound to those), never by running the test;
#  2. objects whose `__reduce__` returns a call, pickled by `pickle.dump` in the test: rebuilt by this
#     script's reduce writer from the call the test names, in the container the test writes (plain file,
#     zip member, torch zip, gzip, 7z, TorchServe .mar, ExecuTorch .ptl), listed by hand below.
# Labels: an inline pickle that imports a name from DANGEROUS is malicious when its test's name does not
# say it expects no finding; one that imports nothing dangerous is benign when the test's name says it
# expects none ("benign", "legitimate", "safe", "not_flag", "no_false"); the rest are
# left out, and so are tests that patch the scanner (they assert on the patch) or only rule out "critical".
# Hand-listed __reduce__ fixtures carry the label of the test's own assertion.
DANGEROUS_MODULES = {"os", "posix", "nt", "subprocess", "runpy", "pip", "pip._internal", "webbrowser", "importlib", "socket",
                     "pty", "commands", "joblib", "pickle", "_pickle", "marshal", "shutil", "ctypes"}
DANGEROUS_BUILTINS = {"eval", "exec", "execfile", "compile", "__import__", "getattr", "setattr", "globals", "locals", "open",
                      "apply", "input", "breakpoint", "vars"}
BENIGN_TEST_WORDS = ("benign", "legitimate", "safe", "not_flag", "no_false")
_GLOBAL_RE = re.compile(rb"(?:^|[^\w])c([A-Za-z_][\w.]*)\n([A-Za-z_][\w.]*)\n")
_SG_RE = re.compile(rb"[\x8c]([\x01-\x40])")


def _globals_in(b):
    out = [(m.decode(), n.decode()) for m, n in _GLOBAL_RE.findall(b)]
    # STACK_GLOBAL operands written as two SHORT_BINUNICODE strings (optionally memoized) before 0x93.
    i = 0
    while True:
        j = b.find(b"\x93", i)
        if j < 0:
            break
        strs = []
        k = 0
        while k < j:
            if b[k] == 0x8C and k + 1 < len(b):
                n = b[k + 1]
                strs.append((k, b[k + 2:k + 2 + n]))
                k += 2 + n
            else:
                k += 1
        if len(strs) >= 2:
            try:
                out.append((strs[-2][1].decode(), strs[-1][1].decode()))
            except UnicodeDecodeError:
                pass
        i = j + 1
    return out


def _is_dangerous(module, name):
    top = module.split(".")[0]
    if module in ("builtins", "__builtin__", "__builtins__"):
        return name in DANGEROUS_BUILTINS
    return module in DANGEROUS_MODULES or top in DANGEROUS_MODULES


def _looks_like_pickle(b):
    if len(b) < 6:
        return False
    if b[0] == 0x80 and b[1] <= 5:
        return True
    return bool(re.match(rb"^[(\]}]?c[A-Za-z_][\w.]*\n[A-Za-z_][\w.]*\n", b))


def _bytes_value(node, env):
    if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _bytes_value(node.left, env), _bytes_value(node.right, env)
        return a + b if a is not None and b is not None else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(node.right, ast.Constant) \
            and isinstance(node.right.value, int) and 0 <= node.right.value <= 4096:
        a = _bytes_value(node.left, env)
        return a * node.right.value if a is not None else None
    return None


def _bound_bytes(stmts, env):
    for st in stmts:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            v = _bytes_value(st.value, env)
            if v is not None:
                env[st.targets[0].id] = v


def modelaudit_inline_pickles(src, corpus):
    base = os.path.join(src, "tests")
    seen = set()
    for root, _, files in sorted(os.walk(base)):
        if "generators" in root or "assets" in root:
            continue
        for fname in sorted(files):
            if not fname.endswith(".py"):
                continue
            path = os.path.join(root, fname)
            try:
                tree = ast.parse(open(path).read())
            except (SyntaxError, UnicodeDecodeError):
                continue
            module_env = {}
            _bound_bytes(tree.body, module_env)
            for fn in ast.walk(tree):
                if not isinstance(fn, ast.FunctionDef) or not fn.name.startswith("test"):
                    continue
                env = dict(module_env)
                _bound_bytes([n for n in ast.walk(fn) if isinstance(n, ast.Assign)], env)
                values = []
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Constant, ast.BinOp, ast.Name)):
                        v = _bytes_value(node, env)
                        if v is not None and _looks_like_pickle(v) and v not in values:
                            values.append(v)
                # Keep the longest of values that prefix one another (a literal and the concatenation it starts).
                values = [v for v in values if not any(w != v and w.startswith(v) for w in values)]
                # A test that patches the scanner (monkeypatch, mock) asserts on the patch, not on the bytes; a test
                # that only rules out "critical" allows a warning: neither gives a label.
                body = ast.dump(fn)
                if "monkeypatch" in body or "mock" in body.lower() or "critical" in fn.name.lower():
                    continue
                benign_name = any(w in fn.name.lower() for w in BENIGN_TEST_WORDS)
                rel = os.path.relpath(path, base)
                for i, v in enumerate(values):
                    gl = _globals_in(v)
                    if not gl or v in seen:
                        continue
                    danger = any(_is_dangerous(m, n) for m, n in gl)
                    if danger and not benign_name:
                        label = "malicious"
                    elif not danger and benign_name:
                        label = "benign"
                    else:
                        continue
                    seen.add(v)
                    name = f"intest__{rel[:-3].replace('/', '.')}.{fn.name}{'' if i == 0 else '.' + str(i + 1)}.pkl"
                    corpus.add("modelaudit", name, v, label, f"inline pickle in {rel}::{fn.name}")


def _reduce4(module, name, args):
    """`module.name(*args)` as protocol 4 (what pickle.dumps writes), args: strings or lists of strings."""
    body = b""
    for a in args:
        body += (b"]\x94(" + b"".join(mms.ustr(x) + b"\x94" for x in a) + b"e") if isinstance(a, list) else mms.ustr(a) + b"\x94"
    return (mms.ustr(module) + b"\x94" + mms.ustr(name) + b"\x94\x93\x94(" + body + b"t\x94R\x94")


def _frame4(body):
    body = body + b"."
    return b"\x80\x04\x95" + struct.pack("<Q", len(body)) + body


def _in_dict(key, call):
    return _frame4(b"}\x94" + mms.ustr(key) + b"\x94" + call + b"s")


def _sevenzip(files):
    """A 7z archive (our own writer): one LZMA2 folder (Python's lzma raw encoder), plain header."""
    import lzma
    data = b"".join(d for _, d in files)
    packed = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}])

    def num(v):
        for n in range(8):
            if (v >> (8 * n)) < (1 << (7 - n)):
                return bytes([((0xFF << (8 - n)) & 0xFF) | (v >> (8 * n))]) + v.to_bytes(8, "little")[:n]
        return b"\xff" + v.to_bytes(8, "little")

    crc = lambda b: struct.pack("<I", __import__("zlib").crc32(b))  # noqa: E731
    h = b"\x01\x04\x06" + num(0) + num(1) + b"\x09" + num(len(packed)) + b"\x00"
    h += b"\x07\x0b" + num(1) + b"\x00" + num(1) + b"\x21\x21\x01\x10" + b"\x0c" + num(len(data)) + b"\x00"
    h += b"\x08\x0d" + num(len(files))
    if len(files) > 1:
        h += b"\x09" + b"".join(num(len(d)) for _, d in files[:-1])
    h += b"\x0a\x01" + b"".join(crc(d) for _, d in files) + b"\x00\x00"
    names = b"\x00" + b"".join(n.encode("utf-16-le") + b"\x00\x00" for n, _ in files)
    h += b"\x05" + num(len(files)) + b"\x11" + num(len(names)) + names + b"\x00\x00"
    tail = struct.pack("<QQ", len(packed), len(h)) + crc(h)
    return b"7z\xbc\xaf\x27\x1c\x00\x04" + crc(tail) + tail + packed + h


def modelaudit_reduce_fixtures(corpus):
    """The tests' `__reduce__` objects, each in the container its test writes (read from the test)."""
    sysc = lambda cmd: _reduce4("posix", "system", [cmd])  # noqa: E731  (os.system pickles as posix.system on Linux)
    evalc = lambda code: _reduce4("builtins", "eval", [code])  # noqa: E731
    plain = lambda call: _frame4(call)  # noqa: E731
    cases = [
        ("test_cli.test_exit_code_security_issues.pkl", plain(sysc('echo "This is a malicious pickle"'))),
        ("test_webbrowser_detection.test_webbrowser_pattern_in_raw_bytes.pkl", plain(_reduce4("webbrowser", "open", ["https://malicious.site"]))),
        ("test_why_explanations.test_pickle_scanner_includes_why.pkl", plain(sysc("echo pwned"))),
        ("test_importlib_detection.test_importlib_pattern_in_raw_bytes.pkl", plain(_reduce4("importlib", "import_module", ["os"]))),
        ("test_pickle_context_filtering.test_actual_malicious_pickle_still_detected.pkl",
         plain(_reduce4("subprocess", "call", [["echo", "malicious"]]))),
        ("test_false_positive_fixes.test_malicious_files_still_detected.pkl", plain(sysc("echo 'malicious code executed'"))),
        ("utils.sources.test_dvc_integration.malicious.pkl", plain(sysc("echo 'malicious code'"))),
        ("scanners.test_tf_savedmodel_scanner.malicious.pkl", _in_dict("malicious", evalc("print('malicious code')"))),
        ("scanners.test_sevenzip_scanner.test_scan_malicious_archive.7z",
         _sevenzip([("malicious_model.pkl", plain(evalc("print('malicious code executed')")))])),
        ("scanners.test_compressed_scanner.test_compressed_scanner_surfaces_malicious_inner_findings.pkl.gz",
         __import__("gzip").compress(plain(evalc("print('owned')")), mtime=0)),
        ("scanners.test_zip_scanner.test_scan_zip_with_dangerous_pickle.zip", _zip({"dangerous.pkl": plain(sysc("echo pwned"))})),
        ("test_pytorch_zip_detection.test_scan_malicious_bin_file.bin",
         _zip({"archive/data.pkl": _in_dict("model", sysc("echo pwned")), "archive/version": b"3\n"})),
        ("test_pytorch_zip_detection.test_scan_malicious_zip_pkl.pkl", _zip({"data.pkl": _in_dict("model", sysc("echo pwned"))})),
        ("scanners.test_pytorch_zip_scanner.test_pytorch_zip_scanner_detects_malicious_zip_pkl.pkl",
         _zip({"version": b"3", "data.pkl": _in_dict("malicious", evalc("print('pwned')"))})),
        ("scanners.test_executorch_scanner.malicious.ptl",
         _zip({"version": b"1", "bytecode.pkl": _frame4(b"}\x94(" + mms.ustr("weights") + b"\x94]\x94(K\x01K\x02K\x03e"
                                                        + mms.ustr("malicious") + b"\x94" + evalc("print('evil')") + b"u")})),
        ("scanners.test_torchserve_mar_scanner.malicious.mar",
         _zip({"MAR-INF/MANIFEST.json": json.dumps({"model": {"handler": "handler.py", "serializedFile": "weights.bin"}}).encode(),
               "handler.py": b"def handle(data, context):\n    return data\n", "weights.bin": plain(sysc("echo torchserve-mar-test"))})),
    ]
    for name, data in cases:
        corpus.add("modelaudit", "intest__" + name, data, "malicious", "__reduce__ fixture rebuilt from the test")
    benign = [
        ("scanners.test_executorch_scanner.safe.ptl", _zip({"version": b"1", "bytecode.pkl": _frame4(
            b"}\x94" + mms.ustr("weights") + b"\x94]\x94(K\x01K\x02K\x03es")})),
        ("scanners.test_compressed_scanner.test_compressed_scanner_routes_benign_inner_payload.pkl.gz",
         __import__("gzip").compress(_frame4(b"}\x94" + mms.ustr("weights") + b"\x94]\x94(K\x01K\x02K\x03es"), mtime=0)),
        ("scanners.test_sevenzip_scanner.test_scan_safe_archive.7z",
         _sevenzip([("safe_model.pkl", _frame4(b"}\x94" + mms.ustr("weights") + b"\x94]\x94(K\x01K\x02K\x03es"))])),
        ("scanners.test_torchserve_mar_scanner.test_scan_benign_mar_with_safe_handler.mar",
         _zip({"MAR-INF/MANIFEST.json": json.dumps({"model": {"handler": "handler.py", "serializedFile": "weights.bin",
                                                               "extraFiles": "labels.json"}}).encode(),
               "handler.py": b"def handle(data, context):\n    return data\n", "weights.bin": b"weights", "labels.json": b"{}"})),
    ]
    for name, data in benign:
        corpus.add("modelaudit", "intest__" + name, data, "benign", "benign fixture rebuilt from the test")


# ---------------------------------------------------------------- published bypasses
# Proofs of concept published in advisories and issues of pickle scanners (mostly picklescan GHSAs and
# modelscan issues), written here as our own reduce payloads: the callable each advisory named, called
# with a harmless argument. Label: malicious (each was published as a scanner bypass that runs code).
PUBLISHED_BYPASSES = [
    ("GHSA-vvpj-8cmc-gx39 pkgutil.resolve_name", b"\x80\x02cpkgutil\nresolve_name\nX\t\x00\x00\x00os:system\x85R"
     b"X\x04\x00\x00\x00true\x85R."),
    ("GHSA-xp4f-hrf8-rxw7 ensurepip._run_pip", None, "ensurepip", "_run_pip", [["install", "evil-pkg"]]),
    ("GHSA-v7x6-rv5q-mhwc timeit.timeit", None, "timeit", "timeit", ["__import__('os').system('true')"]),
    ("picklescan pip.main", None, "pip", "main", [["install", "evil-pkg"]]),
    ("picklescan cProfile.run", None, "cProfile", "run", ["__import__('os').system('true')"]),
    ("picklescan profile.run", None, "profile", "run", ["__import__('os').system('true')"]),
    ("picklescan pdb.run", None, "pdb", "run", ["__import__('os').system('true')"]),
    ("picklescan numpy.testing runstring", None, "numpy.testing._private.utils", "runstring", ["__import__('os').system('true')", {}]),
    ("picklescan uuid._get_command_stdout", None, "uuid", "_get_command_stdout", ["true"]),
    ("picklescan imaplib.IMAP4_stream", None, "imaplib", "IMAP4_stream", ["true"]),
    ("picklescan _osx_support._read_output", None, "_osx_support", "_read_output", ["true"]),
    ("picklescan doctest.debug_script", None, "doctest", "debug_script", ["__import__('os').system('true')"]),
    ("picklescan trace runctx", None, "trace", "Trace.runctx", ["__import__('os').system('true')"]),
    ("picklescan code.InteractiveInterpreter", None, "code", "interact", ["banner"]),
    ("picklescan torch.utils.bottleneck run_cprofile", None, "torch.utils.bottleneck.__main__", "run_cprofile",
     ["__import__('os').system('true')", {}]),
    ("picklescan idlelib.pyshell", None, "idlelib.pyshell", "main", []),
    ("picklescan lib2to3 main", None, "lib2to3.main", "main", ["x", ["-w", "."]]),
    ("picklescan distutils spawn", None, "distutils.spawn", "spawn", [["true"]]),
    ("picklescan setuptools spawn", None, "setuptools._distutils.spawn", "spawn", [["true"]]),
    ("CVE-2025-10157 asyncio subprocess", None, "asyncio.unix_events", "_UnixSubprocessTransport._start", [["true"]]),
    ("picklescan operator.methodcaller", b"\x80\x02coperator\nmethodcaller\nX\x06\x00\x00\x00systemX\x04\x00\x00\x00true\x86R"
     b"cbuiltins\n__import__\nX\x02\x00\x00\x00os\x85R\x85R."),
    ("picklescan functools.partial", b"\x80\x02cfunctools\npartial\ncos\nsystem\nX\x04\x00\x00\x00true\x86R)R."),
    ("picklescan getattr chain", b"\x80\x02cbuiltins\ngetattr\ncbuiltins\n__import__\nX\x02\x00\x00\x00os\x85RX\x06\x00\x00\x00system"
     b"\x86RX\x04\x00\x00\x00true\x85R."),
    ("picklescan runpy._run_code", None, "runpy", "_run_code", ["__import__('os').system('true')", {}]),
    ("picklescan webbrowser.open", None, "webbrowser", "open", ["https://evil.example/x"]),
]


def _arg2(a):
    if isinstance(a, dict):
        return b"}"
    if isinstance(a, list):
        return b"(" + b"".join(_arg2(x) for x in a) + b"l"
    b = a.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def published_bypass_entries(corpus):
    for item in PUBLISHED_BYPASSES:
        name, raw = item[0], item[1]
        if raw is None:
            _, _, module, fn, args = item
            raw = b"\x80\x02c" + module.encode() + b"\n" + fn.encode() + b"\n(" + b"".join(_arg2(a) for a in args) + b"tR."
        corpus.add("bypasses", name.replace(" ", "_") + ".pkl", raw, "malicious", name)


# ---------------------------------------------------------------- tools
RANK = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


def run(cmd, cwd=None, timeout=1800):
    t = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    return p, time.monotonic() - t


def tool_bulwark(binary, corpus_dir):
    p, dt = run([binary, "scan", corpus_dir, "--only", "models", "--format", "json", "--no-path-context", "--fail-on", "none"])
    levels = {}
    for f in json.loads(p.stdout).get("findings", []):
        path = f["path"]
        levels[path] = max(levels.get(path, 0), RANK.get(f["severity"], 0))
    return levels, dt


def tool_picklescan(venv, corpus_dir):
    p, dt = run([f"{venv}/bin/picklescan", "--path", corpus_dir])
    levels = {}
    for line in p.stdout.splitlines() + p.stderr.splitlines():
        m = re.match(r"^(.*?): (dangerous|suspicious) import", line)
        if m:
            rel = _corpus_rel(os.path.relpath(m.group(1).split(":")[0], corpus_dir))
            levels[rel] = max(levels.get(rel, 0), 3 if m.group(2) == "dangerous" else 2)
    return levels, dt


def tool_modelscan(venv, corpus_dir):
    out = os.path.join(os.path.dirname(corpus_dir), "modelscan.json")
    p, dt = run([f"{venv}/bin/modelscan", "-p", corpus_dir, "-r", "json", "-o", out])
    levels = {}
    try:
        d = json.load(open(out))
    except Exception:
        return levels, dt
    for issue in d.get("issues", []):
        src = issue.get("source", "")
        rel = os.path.relpath(src.split(":")[0], corpus_dir) if src.startswith("/") else src.split(":")[0]
        rel = _corpus_rel(rel)
        sev = {"CRITICAL": 4, "HIGH": 3, "MEDIUM": 2, "LOW": 1}.get(issue.get("severity", ""), 0)
        levels[rel] = max(levels.get(rel, 0), sev)
    return levels, dt


FICKLING_LOOP = r"""
import json, os, sys
import fickling
out = {}
root = sys.argv[1]
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.join(d, f)
        try:
            r = fickling.scan_file(p, graceful=True)
            out[os.path.relpath(p, root)] = str(r.severity)
        except Exception as e:
            out[os.path.relpath(p, root)] = "error"
print(json.dumps(out))
"""


def tool_fickling(venv, corpus_dir):
    p, dt = run([f"{venv}/bin/python", "-c", FICKLING_LOOP, corpus_dir])
    levels = {}
    try:
        d = json.loads(p.stdout.strip().splitlines()[-1])
    except Exception:
        return levels, dt
    for rel, sev in d.items():
        s = sev.split(".")[-1]
        levels[rel] = {"LIKELY_SAFE": 0, "POSSIBLY_UNSAFE": 1, "SUSPICIOUS": 2, "LIKELY_UNSAFE": 3,
                       "LIKELY_OVERTLY_MALICIOUS": 4, "OVERTLY_MALICIOUS": 4}.get(s, 0)
    return levels, dt


def tool_modelaudit(venv, corpus_dir):
    p, dt = run([f"{venv}/bin/modelaudit", "scan", corpus_dir, "--format", "json", "--no-cache"])
    levels = {}
    try:
        d = json.loads(p.stdout[p.stdout.index("{"):])
    except Exception:
        return levels, dt
    for issue in d.get("issues", []):
        loc = issue.get("location") or ""
        rel = _corpus_rel(os.path.relpath(loc.split(" ")[0].split(":")[0], corpus_dir) if loc.startswith("/") else loc)
        sev = {"critical": 3, "warning": 2, "info": 1, "debug": 0}.get(str(issue.get("severity", "")).lower(), 0)
        levels[rel] = max(levels.get(rel, 0), sev)
    return levels, dt


def _corpus_rel(rel):
    # Archive members are reported as `file.zip:member` or `file.zip/member`; keep the corpus file.
    parts = rel.split("/")
    return "/".join(parts[:2])


TOOLS = {"bulwark": None, "picklescan": tool_picklescan, "modelscan": tool_modelscan, "fickling": tool_fickling,
         "modelaudit": tool_modelaudit}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default="/work/cache/model-peers")
    ap.add_argument("--bulwark", default=os.path.join(HERE, "../../.build/debug/bulwark"))
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--list-misses", action="store_true", help="print every malicious entry a tool misses at high")
    ap.add_argument("--reuse-corpus", action="store_true", help="score the corpus and labels.tsv of an earlier run")
    args = ap.parse_args()
    src = os.path.join(args.cache, "src")
    if not os.path.isdir(src):
        print(f"model-peers: no peer test suites under {src}; nothing to score (see --help to fill the cache).")
        return 0
    corpus_dir = os.path.join(args.cache, "corpus")
    corpus = Corpus(corpus_dir)
    builders = {"picklescan": picklescan_entries, "modelscan": modelscan_entries, "fickling": fickling_entries,
                "modelaudit": modelaudit_entries}
    commits = {}
    for peer in builders:
        c = os.path.join(src, peer, "COMMIT")
        if os.path.exists(c):
            commits[peer] = open(c).read().strip()[:12]
    labels = os.path.join(args.cache, "labels.tsv")
    if args.reuse_corpus and os.path.exists(labels):
        corpus.entries = [tuple(line.rstrip("\n").split("\t")) for line in open(labels) if line.strip()]
    else:
        shutil.rmtree(corpus_dir, ignore_errors=True)
        for peer, build in builders.items():
            d = os.path.join(src, peer)
            if os.path.isdir(d):
                build(d, corpus)
        if os.path.isdir(os.path.join(src, "modelaudit")):
            modelaudit_inline_pickles(os.path.join(src, "modelaudit"), corpus)
            modelaudit_reduce_fixtures(corpus)
        published_bypass_entries(corpus)
        with open(labels, "w") as f:
            for e in corpus.entries:
                f.write("\t".join(e) + "\n")
    excluded = [e for e in corpus.entries if e[1] == "excluded"]
    mal = [e for e in corpus.entries if e[1] == "malicious"]
    ben = [e for e in corpus.entries if e[1] == "benign"]
    print(f"corpus: {len(corpus.entries)} files, {len(mal)} malicious, {len(ben)} benign; suites at "
          + ", ".join(f"{k} {v}" for k, v in commits.items()))
    print(f"  excluded (labelled malicious by the peer, but nothing runs on load): {len(excluded)}")
    for e in excluded:
        print(f"    {e[0]}: {e[3]}")
    for peer in list(builders) + ["bypasses"]:
        pm = sum(1 for e in mal if e[2] == peer)
        pb = sum(1 for e in ben if e[2] == peer)
        print(f"  {peer}: {pm} malicious, {pb} benign")
    venv = os.path.join(args.cache, "venv")
    results = {}
    for name in args.tools.split(","):
        if name == "bulwark":
            if not os.path.exists(args.bulwark):
                print(f"bulwark: {args.bulwark} not built; skipped")
                continue
            results[name] = tool_bulwark(args.bulwark, corpus_dir)
        else:
            if not os.path.exists(os.path.join(venv, "bin", name if name != "fickling" else "python")):
                print(f"{name}: not installed in {venv}; skipped")
                continue
            results[name] = TOOLS[name](venv, corpus_dir)
    print()
    print("| Tool | malicious at high+ | recall | benign at medium+ | rate | folder wall (s) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (levels, dt) in results.items():
        caught = sum(1 for e in mal if levels.get(e[0], 0) >= 3)
        noisy = sum(1 for e in ben if levels.get(e[0], 0) >= 2)
        print(f"| {name} | {caught}/{len(mal)} | {caught / max(1, len(mal)):.1%} | {noisy}/{len(ben)} | "
              f"{noisy / max(1, len(ben)):.1%} | {dt:.2f} |")
    if excluded:
        print()
        print("Excluded entries at high+ (for information): " + ", ".join(
            f"{name} {sum(1 for e in excluded if levels.get(e[0], 0) >= 3)}/{len(excluded)}" for name, (levels, _) in results.items()))
    if "bulwark" in results:
        bw = results["bulwark"][1]
        print()
        for name, (_, dt) in results.items():
            if name != "bulwark":
                print(f"{name} / bulwark folder wall time: {dt / max(bw, 1e-9):.1f}x")
    if args.list_misses:
        for name, (levels, _) in results.items():
            print(f"\n{name} misses (malicious below high):")
            for e in mal:
                if levels.get(e[0], 0) < 3:
                    print(f"  {e[0]}  ({e[3]})")
            print(f"{name} false alarms (benign at medium+):")
            for e in ben:
                if levels.get(e[0], 0) >= 2:
                    print(f"  {e[0]}  ({e[3]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
