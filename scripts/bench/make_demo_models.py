#!/usr/bin/env python3
"""Writes examples/demo-ai-app/models/: a torch zip checkpoint whose data.pkl calls posix.system('true')
before rebuilding an ordinary state dict, and a clean tiny safetensors file.

Opcodes are written as bytes (see make_model_samples.py); nothing is pickled or unpickled here.
"""
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from make_model_samples import glob, proto, ustr, state_dict, safetensors, TUPLE1, REDUCE  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else "examples/demo-ai-app/models"
os.makedirs(out, exist_ok=True)
names = ["classifier.weight", "classifier.bias", "pre_classifier.weight", "pre_classifier.bias"]
benign = state_dict(names)
# Payload first (posix.system('true'), result popped), then the untouched state dict opcodes.
payload = proto(2) + glob("posix", "system") + ustr("true") + TUPLE1 + REDUCE + b"0"
pkl = payload + benign[2:]
with zipfile.ZipFile(os.path.join(out, "classifier.pt"), "w", compression=zipfile.ZIP_STORED) as z:
    z.writestr("classifier/data.pkl", pkl)
    z.writestr("classifier/byteorder", "little")
    for i in range(len(names)):
        z.writestr(f"classifier/data/{i}", b"\x00" * 16)
    z.writestr("classifier/version", "3\n")
safetensors(os.path.join(out, "embeddings.safetensors"), n=8)
