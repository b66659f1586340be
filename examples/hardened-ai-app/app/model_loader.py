"""Loads the classifier through the one admission gate (integrations/python/bulwark_guard)."""
import os

from bulwark_guard import guarded_load
from safetensors.torch import load_file

MODEL_DIR = os.path.join(os.path.dirname(__file__), "..", "models", "classifier")
POLICY = os.path.join(os.path.dirname(__file__), "..", ".bulwark", "model-policy.yml")


def load_weights():
    # The guard runs `bulwark model admit` (format, source, signature, scan) before any byte is loaded.
    return guarded_load(MODEL_DIR, loader=lambda path: load_file(os.path.join(path, "model.safetensors")), policy=POLICY)
