"""Tests of bulwark_guard against the real bulwark binary (BULWARK_BIN, set by scripts/test)."""
import json
import os
import struct

import pytest

import bulwark_guard as bg

POLICY = """
formats: [safetensors]
max-severity: low
"""


def write_safetensors(folder):
    os.makedirs(folder, exist_ok=True)
    header = json.dumps({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
    with open(os.path.join(folder, "model.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(header)) + header + struct.pack("<2f", 1.0, 2.0))
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump({"architectures": ["TinyModel"]}, f)
    return folder


def write_pickle_model(folder):
    # Protocol-0 pickle whose REDUCE would call posix.system('true'); written as bytes, never loaded.
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "pytorch_model.bin"), "wb") as f:
        f.write(b"cposix\nsystem\n(S'true'\ntR.")
    return folder


@pytest.fixture
def policy(tmp_path):
    p = tmp_path / "policy.yml"
    p.write_text(POLICY)
    return str(p)


@pytest.fixture(autouse=True)
def need_bulwark():
    if not os.environ.get("BULWARK_BIN"):
        pytest.fail("set BULWARK_BIN to the built bulwark executable (scripts/test does)")


def test_safe_model_is_admitted_and_loaded(tmp_path, policy):
    folder = write_safetensors(str(tmp_path / "safe"))
    calls = []
    result = bg.guarded_load(folder, loader=lambda p: calls.append(p) or "loaded", policy=policy)
    assert result == "loaded"
    assert calls == [folder]
    d = bg.admit(folder, policy)
    assert d.admitted and "safetensors" in d.formats
    assert any(c["check"] == "formats" and c["passed"] for c in d.checks)


def test_pickle_model_is_refused_before_loading(tmp_path, policy):
    folder = write_pickle_model(str(tmp_path / "evil"))
    calls = []
    with pytest.raises(bg.ModelRefused) as info:
        bg.guarded_load(folder, loader=lambda p: calls.append(p), policy=policy)
    assert calls == [], "the loader must never run for a refused model"
    assert not info.value.decision.admitted
    assert any("format" in r for r in info.value.decision.reasons)
    assert "refused" in str(info.value)


def test_from_pretrained_resolves_a_pinned_snapshot_then_admits(tmp_path, policy):
    snapshot = write_safetensors(str(tmp_path / "snap"))
    revision = "3f1c2a7e9b0d4c8a1e6f5b2d7c9a0e4f1b3d5c7a"
    seen = {}

    def fake_download(repo_id, revision=None, cache_dir=None):
        seen["download"] = (repo_id, revision)
        return snapshot

    class Model:
        @classmethod
        def from_pretrained(cls, path, **kwargs):
            seen["load"] = (path, kwargs)
            return "model"

    out = bg.guarded_from_pretrained(Model, "acme/tiny", policy=policy, revision=revision,
                                     snapshot_download=fake_download, use_safetensors=True)
    assert out == "model"
    assert seen["download"] == ("acme/tiny", revision)
    assert seen["load"] == (snapshot, {"use_safetensors": True})


def test_unpinned_hub_ids_are_refused_without_downloading(policy):
    def fail_download(**kwargs):
        raise AssertionError("must not download an unpinned model")

    with pytest.raises(bg.ModelRefused) as info:
        bg.guarded_from_pretrained(object, "acme/tiny", policy=policy, snapshot_download=fail_download)
    assert "revision" in str(info.value)
    with pytest.raises(bg.ModelRefused):
        bg.guarded_from_pretrained(object, "acme/tiny", policy=policy, revision="main", snapshot_download=fail_download)


def test_refused_snapshot_is_never_handed_to_from_pretrained(tmp_path, policy):
    snapshot = write_pickle_model(str(tmp_path / "evil-snap"))

    class Model:
        @classmethod
        def from_pretrained(cls, path, **kwargs):
            raise AssertionError("must not load a refused model")

    with pytest.raises(bg.ModelRefused):
        bg.guarded_from_pretrained(Model, "acme/evil", policy=policy, revision="a" * 40,
                                   snapshot_download=lambda **k: snapshot)


def test_missing_bulwark_is_a_clear_error(tmp_path, policy, monkeypatch):
    monkeypatch.setenv("BULWARK_BIN", str(tmp_path / "nope"))
    with pytest.raises(bg.BulwarkNotFound):
        bg.admit(str(tmp_path), policy)
