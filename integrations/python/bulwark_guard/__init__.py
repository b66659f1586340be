"""Admit a model through `bulwark model admit` before any loader touches it.

The guard never imports, unpickles or opens model weights itself: it asks Bulwark (static analysis
only) and calls the real loader only when the policy admits the model.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional

__all__ = ["Decision", "ModelRefused", "BulwarkNotFound", "admit", "guarded_load", "guarded_from_pretrained"]

_REVISION = re.compile(r"^[0-9a-f]{40}$")


class BulwarkNotFound(RuntimeError):
    """The bulwark executable is not on PATH and BULWARK_BIN is not set."""


@dataclass
class Decision:
    """What `bulwark model admit` decided, with one reason per check."""

    model: str
    admitted: bool
    source: Optional[str]
    formats: List[str]
    checks: List[dict] = field(default_factory=list)
    root_digest: Optional[str] = None

    @property
    def reasons(self) -> List[str]:
        """The reasons of the failed checks (all reasons when admitted)."""
        failed = [c for c in self.checks if not c.get("passed")]
        return [f"{c.get('check')}: {c.get('reason')}" for c in (failed or self.checks)]


class ModelRefused(RuntimeError):
    """The admission policy refused the model; `decision` says why."""

    def __init__(self, decision: Decision):
        self.decision = decision
        lines = "\n".join(f"  - {r}" for r in decision.reasons)
        super().__init__(f"bulwark refused to admit {decision.model}:\n{lines}")


def _bulwark(explicit: Optional[str] = None) -> str:
    candidate = explicit or os.environ.get("BULWARK_BIN") or shutil.which("bulwark")
    if not candidate or not os.access(candidate, os.X_OK):
        raise BulwarkNotFound("bulwark was not found: install it on PATH or set BULWARK_BIN")
    return candidate


def admit(path: str, policy: str, source: Optional[str] = None, signature: Optional[str] = None,
          bulwark: Optional[str] = None, timeout: float = 600) -> Decision:
    """Runs `bulwark model admit PATH --policy POLICY --format json` and returns the decision.

    Raises `BulwarkNotFound` when there is no bulwark, and `RuntimeError` for usage errors
    (exit code 2: unreadable policy, missing model).
    """
    cmd = [_bulwark(bulwark), "model", "admit", os.fspath(path), "--policy", os.fspath(policy), "--format", "json"]
    if source:
        cmd += ["--source", source]
    if signature:
        cmd += ["--signature", os.fspath(signature)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"bulwark model admit failed ({proc.returncode}): {proc.stderr.strip()}")
    try:
        doc = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"bulwark model admit printed no JSON decision: {proc.stdout[:200]!r}") from e
    decision = Decision(model=doc.get("model", os.fspath(path)), admitted=bool(doc.get("admitted")),
                        source=doc.get("source"), formats=list(doc.get("formats", [])),
                        checks=list(doc.get("checks", [])), root_digest=doc.get("rootDigest"))
    if decision.admitted != (proc.returncode == 0):
        raise RuntimeError("bulwark's exit code and decision disagree; refusing to load")
    return decision


def guarded_load(path: str, loader: Callable[[str], Any], policy: str, source: Optional[str] = None,
                 signature: Optional[str] = None, bulwark: Optional[str] = None) -> Any:
    """Admits a local model folder or file, then returns `loader(path)`; raises `ModelRefused`."""
    decision = admit(path, policy, source=source, signature=signature, bulwark=bulwark)
    if not decision.admitted:
        raise ModelRefused(decision)
    return loader(os.fspath(path))


def guarded_from_pretrained(cls: Any, model_id: str, policy: str, revision: Optional[str] = None,
                            allow_unpinned: bool = False, cache_dir: Optional[str] = None,
                            bulwark: Optional[str] = None, snapshot_download: Optional[Callable[..., str]] = None,
                            **kwargs: Any) -> Any:
    """`cls.from_pretrained(model_id, ...)`, but only after the downloaded snapshot is admitted.

    A local folder is admitted as it is. A hub id is downloaded first (nothing is loaded) with
    `huggingface_hub.snapshot_download`, pinned to `revision`; the snapshot folder is what gets
    admitted and what `from_pretrained` loads, so the admitted bytes are the loaded bytes.
    """
    if os.path.isdir(model_id):
        local, source = model_id, None
    else:
        if revision is None and not allow_unpinned:
            raise ModelRefused(Decision(model=model_id, admitted=False, source=f"hf:{model_id}", formats=[],
                                        checks=[{"check": "revision", "passed": False,
                                                 "reason": "no revision= pinned: a moving branch can change under you "
                                                           "(pass a commit hash, or allow_unpinned=True)"}]))
        if revision is not None and not _REVISION.match(revision) and not allow_unpinned:
            raise ModelRefused(Decision(model=model_id, admitted=False, source=f"hf:{model_id}", formats=[],
                                        checks=[{"check": "revision", "passed": False,
                                                 "reason": f"revision {revision!r} is not a commit hash"}]))
        if snapshot_download is None:
            try:
                from huggingface_hub import snapshot_download  # type: ignore
            except ImportError as e:  # pragma: no cover - depends on the environment
                raise RuntimeError("install huggingface_hub (pip install 'bulwark-guard[hub]') to resolve hub ids") from e
        local = snapshot_download(repo_id=model_id, revision=revision, cache_dir=cache_dir)
        source = f"hf:{model_id}" + (f"@{revision}" if revision else "")
    decision = admit(local, policy, source=source, bulwark=bulwark)
    if not decision.admitted:
        raise ModelRefused(decision)
    return cls.from_pretrained(local, **kwargs)
