#!/usr/bin/env python3
"""Writes model files for the models benchmark and the demo, opcode by opcode.

Payload pickles are assembled as raw bytes here: this script never imports `pickle`, never
unpickles anything, and every payload only runs `true` (or prints) if some tool ever loaded it.
Usage: make_model_samples.py OUTDIR [--copies N] [--big-gb G] [--checkpoints]
  --checkpoints writes the hub-mirror folder (full-size state dicts of BERT, GPT-2, ResNet-50) instead
  of the many-small-files folder.
"""
import io
import os
import struct
import sys
import zipfile
import zlib


# ---- opcode helpers (protocol 2/4) ----
def proto(n): return b"\x80" + bytes([n])
def glob(m, n): return b"c" + m.encode() + b"\n" + n.encode() + b"\n"
def ustr(s):
    b = s.encode()
    return (b"\x8c" + bytes([len(b)]) + b) if len(b) < 256 else (b"X" + struct.pack("<I", len(b)) + b)
def bint(v):
    if 0 <= v < 256: return b"K" + bytes([v])
    if 0 <= v < 65536: return b"M" + struct.pack("<H", v)
    return b"J" + struct.pack("<i", v)
MARK, STOP, TUPLE, REDUCE, EMPTY_TUPLE, EMPTY_DICT, SETITEM, SETITEMS = b"(", b".", b"t", b"R", b")", b"}", b"s", b"u"
NEWFALSE, TUPLE1, TUPLE2, TUPLE3, BINPERSID, BUILD, NEWOBJ = b"\x89", b"\x85", b"\x86", b"\x87", b"Q", b"b", b"\x81"
STACK_GLOBAL, MEMOIZE = b"\x93", b"\x94"


def state_dict(names, numel=4):
    """collections.OrderedDict of tensors rebuilt by torch._utils._rebuild_tensor_v2 from persistent storages."""
    out = proto(2) + glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE + MARK
    for i, name in enumerate(names):
        out += ustr(name) + glob("torch._utils", "_rebuild_tensor_v2") + MARK
        out += MARK + ustr("storage") + glob("torch", "FloatStorage") + ustr(str(i)) + ustr("cpu") + bint(numel) + TUPLE + BINPERSID
        out += bint(0) + bint(numel) + TUPLE1 + bint(1) + TUPLE1 + NEWFALSE
        out += glob("collections", "OrderedDict") + EMPTY_TUPLE + REDUCE + TUPLE + REDUCE
    return out + SETITEMS + STOP


def call(module, name, arg, stack_global=False, p=2):
    head = proto(p) + ((ustr(module) + ustr(name) + STACK_GLOBAL) if stack_global else glob(module, name))
    return head + ustr(arg) + TUPLE1 + REDUCE + STOP


MALICIOUS = {
    "os_system.pkl": call("os", "system", "true"),
    "posix_system.bin": call("posix", "system", "true"),
    "stack_global.pkl": call("subprocess", "check_output", "true", stack_global=True, p=4),
    "builtins_exec.pkl": call("builtins", "exec", "print(1)"),
    "runpy.pkl": call("runpy", "run_path", "/dev/null"),
    "dotted.pkl": call("tempfile", "_os.system", "true", stack_global=True, p=4),
    # nullifAI: payload, then the stream breaks (no STOP)
    "broken_after_payload.pkl": proto(2) + glob("os", "system") + ustr("true") + TUPLE1 + REDUCE + b"\xff\x00",
    # memo indirection for STACK_GLOBAL operands
    "memo_stack_global.pkl": proto(4) + ustr("os") + MEMOIZE + ustr("system") + MEMOIZE + b"00" + ustr("collections") + ustr("OrderedDict") + b"00" + b"h\x00h\x01" + STACK_GLOBAL + ustr("true") + TUPLE1 + REDUCE + STOP,
}


def torch_zip(path, pkl, folder="archive", pkl_name="data.pkl", tensors=2, numel=4):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr(f"{folder}/{pkl_name}", pkl)
        z.writestr(f"{folder}/byteorder", "little")
        for i in range(tensors):
            z.writestr(f"{folder}/data/{i}", b"\x00" * (4 * numel))
        z.writestr(f"{folder}/version", "3\n")
        z.writestr(f"{folder}/.data/serialization_id", "0123456789")


def legacy_torch(path, pkl):
    magic = proto(2) + b"\x8a\x0a" + (0x1950a86a20f9469cfc6c).to_bytes(10, "little") + STOP
    version = proto(2) + bint(1001) + STOP
    sysinfo = proto(2) + EMPTY_DICT + ustr("protocol_version") + bint(1001) + SETITEM + STOP
    keys = proto(2) + b"]" + MARK + ustr("0") + ustr("1") + b"e" + STOP
    with open(path, "wb") as f:
        f.write(magic + version + sysinfo + pkl + keys + struct.pack("<q", 4) + b"\x00" * 16)


def npy(path, descr, body):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': (4,), }" % descr
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    with open(path, "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + body)


def safetensors(path, n=4):
    hdr = ('{"__metadata__":{"format":"pt"},"weight":{"dtype":"F32","shape":[%d],"data_offsets":[0,%d]}}' % (n, 4 * n)).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hdr)) + hdr + b"\x00" * (4 * n))


def generate(out, copies=1):
    os.makedirs(out, exist_ok=True)
    names = [f"layer{i}.{k}" for i in range(24) for k in ("weight", "bias")]
    for c in range(copies):
        torch_zip(os.path.join(out, f"benign_{c}_state_dict.pt"), state_dict(names), tensors=len(names))
        legacy_torch(os.path.join(out, f"benign_{c}_legacy.bin"), state_dict(names))
        npy(os.path.join(out, f"benign_{c}_array.npy"), "<f4", b"\x00" * 16)
        safetensors(os.path.join(out, f"benign_{c}.safetensors"))
        with open(os.path.join(out, f"benign_{c}_joblib.joblib"), "wb") as f:
            f.write(zlib.compress(state_dict(names[:4])))
        for name, payload in MALICIOUS.items():
            base = f"malicious_{c}_{name}"
            with open(os.path.join(out, base), "wb") as f:
                f.write(payload)
        torch_zip(os.path.join(out, f"malicious_{c}_torch.pt"), call("os", "system", "true"))
        torch_zip(os.path.join(out, f"malicious_{c}_renamed.pt"), call("os", "system", "true"), folder="weights", pkl_name="extra.pkl")
        npy(os.path.join(out, f"malicious_{c}_object.npy"), "|O", call("os", "system", "true"))


def architecture_names(arch):
    """Tensor names of common published architectures (the layout of their state dicts, not their weights)."""
    if arch == "bert":
        names = [f"bert.embeddings.{k}" for k in ("word_embeddings.weight", "position_embeddings.weight",
                                                   "token_type_embeddings.weight", "LayerNorm.weight", "LayerNorm.bias")]
        for i in range(12):
            p = f"bert.encoder.layer.{i}."
            for k in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                      "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm"):
                names += [p + k + ".weight", p + k + ".bias"]
        return names + ["bert.pooler.dense.weight", "bert.pooler.dense.bias"]
    if arch == "gpt2":
        names = ["transformer.wte.weight", "transformer.wpe.weight"]
        for i in range(12):
            p = f"transformer.h.{i}."
            for k in ("ln_1", "attn.c_attn", "attn.c_proj", "ln_2", "mlp.c_fc", "mlp.c_proj"):
                names += [p + k + ".weight", p + k + ".bias"]
        return names + ["transformer.ln_f.weight", "transformer.ln_f.bias"]
    if arch == "resnet50":
        def bn(p): return [p + k for k in (".weight", ".bias", ".running_mean", ".running_var", ".num_batches_tracked")]
        names = ["conv1.weight"] + bn("bn1")
        for layer, blocks in enumerate((3, 4, 6, 3), start=1):
            for b in range(blocks):
                p = f"layer{layer}.{b}."
                for j in (1, 2, 3):
                    names += [p + f"conv{j}.weight"] + bn(p + f"bn{j}")
                if b == 0:
                    names += [p + "downsample.0.weight"] + bn(p + "downsample.1")
        return names + ["fc.weight", "fc.bias"]
    raise ValueError(arch)


def generate_checkpoints(out, copies=1):
    """A folder shaped like a model hub mirror: full-size state-dict pickles of published architectures
    (BERT-base 199 tensors, GPT-2 148, ResNet-50 320) in zip and legacy form, plus the malicious set."""
    os.makedirs(out, exist_ok=True)
    for c in range(copies):
        torch_zip(os.path.join(out, f"benign_{c}_bert.pt"), state_dict(architecture_names("bert")), tensors=199)
        legacy_torch(os.path.join(out, f"benign_{c}_gpt2.bin"), state_dict(architecture_names("gpt2")))
        names = architecture_names("resnet50")
        torch_zip(os.path.join(out, f"benign_{c}_resnet50.pth"), state_dict(names), tensors=len(names))
        for name, payload in MALICIOUS.items():
            with open(os.path.join(out, f"malicious_{c}_{name}"), "wb") as f:
                f.write(payload)
        torch_zip(os.path.join(out, f"malicious_{c}_torch.pt"), call("os", "system", "true"))


def big_checkpoint(path, gigabytes):
    """A stored zip checkpoint with one large tensor member (written in 64 MiB chunks)."""
    size = int(gigabytes * (1 << 30))
    chunk = b"\x00" * (64 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
        z.writestr("archive/data.pkl", state_dict(["big.weight"], numel=size // 4))
        with z.open("archive/data/0", "w", force_zip64=True) as m:
            left = size
            while left > 0:
                m.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
        z.writestr("archive/version", "3\n")


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description="Write model files for the models benchmark, opcode by opcode "
                                             "(nothing is pickled or unpickled).")
    ap.add_argument("outdir", help="folder to write the samples into (created if missing)")
    ap.add_argument("--copies", type=int, default=1, help="copies of each sample (default 1)")
    ap.add_argument("--checkpoints", action="store_true",
                    help="write the hub-mirror folder (full-size BERT, GPT-2, ResNet-50 state dicts) instead")
    ap.add_argument("--big-gb", type=float, metavar="G",
                    help="also write big_checkpoint.pt of G GiB next to OUTDIR")
    a = ap.parse_args()
    if a.checkpoints:
        generate_checkpoints(a.outdir, a.copies)
    else:
        generate(a.outdir, a.copies)
    if a.big_gb is not None:
        big_checkpoint(os.path.join(os.path.dirname(a.outdir.rstrip("/")) or ".", "big_checkpoint.pt"), a.big_gb)
