#!/usr/bin/env python3
"""Regenerate Sources/BulwarkModels/Policy/EnumClasses.swift: the enum classes of the packages Bulwark's
pickle policy trusts.

A Python `enum.Enum` member pickles as a call of its class with its value (`IntervalStrategy("steps")`):
that call only looks the member up. Any other class of a trusted package called with an argument runs
its constructor, which may open a file or a connection (`joblib.logger.PrintTime(".bashrc")`), so the
policy lets a trusted class be called with one literal only when it is listed here (or is a listed value
type). The list is read from the packages' source code with `ast` (nothing is imported or run):

    python3 -m venv /tmp/v && /tmp/v/bin/pip download --no-deps -d /tmp/w transformers==4.46.3 ...
    (unzip each wheel), then
    scripts/models-enum-classes.py ROOT [ROOT ...] > Sources/BulwarkModels/Policy/EnumClasses.swift

Each ROOT is a directory holding top-level packages (a site-packages folder or an unzipped wheel).
Several versions of a package may be given: the union is kept, since old checkpoints name the classes
of the version that wrote them. Test modules are skipped. A base class is matched by where its name is
imported from (re-exports and other trees followed), never by its short name: `argparse.Action` is not
`transformers.utils.deprecation.Action`.

The committed list (2026-12-07) was made from a site-packages of transformers 5, tokenizers, pandas 3.1,
scikit-learn 1.7, scipy, numpy 2.4, huggingface_hub 0.36, xgboost, lightgbm, statsmodels, joblib, plus
the wheels transformers 4.0.1 4.5.1 4.10.3 4.15.0 4.20.1 4.26.1 4.30.2 4.36.2 4.40.2 4.46.3 4.52.4,
accelerate 0.20.3 0.25.0 0.34.2 1.16.0, peft 0.3.0 0.6.2 0.10.0 0.13.2 0.21.2, diffusers 0.14.0 0.25.0
0.30.3 0.42.1, pytorch-lightning 1.5.10 1.6.5 1.9.5 2.6.6, lightning 2.0.9 2.6.6, sentence-transformers
2.7.0 3.0.1 4.1.0 5.1.0 6.3.0, torchvision 0.15.2 0.19.1 0.24.0, timm 0.9.16 1.0.31, ultralytics 8.0.238
8.4.190, trl 0.9.6 1.16.0, torchmetrics 1.9.0, omegaconf 2.4.0 (torch itself not read: its enums live in
denylisted modules such as torch.distributed).
"""
import ast
import os
import sys

TRUSTED = {
    "torch", "torchvision", "torchaudio", "torchtext", "sklearn", "numpy", "scipy", "pandas", "transformers",
    "tokenizers", "accelerate", "peft", "diffusers", "timm", "ultralytics", "xgboost", "lightgbm", "catboost",
    "sentence_transformers", "huggingface_hub", "collections", "datetime", "lightning", "pytorch_lightning",
    "lightning_fabric", "torchmetrics", "omegaconf", "spacy", "gensim", "statsmodels", "joblib", "typing",
}
# The enum base classes, by the module that defines them. A base is matched by where its name comes from
# (the module's imports), never by its short name alone: `argparse.Action` is no `...deprecation.Action`.
ENUM_ROOTS = {
    "enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag", "enum.ReprEnum",
    "lightning_utilities.core.enums.StrEnum", "strenum.StrEnum",
}


class Module:
    def __init__(self, name, is_package):
        self.name = name
        self.is_package = is_package
        self.classes = {}   # class name -> list of base references (dotted, resolved through imports)
        self.aliases = {}   # local name -> dotted name it was imported as


def absolute(module, is_package, level, target):
    """The absolute module name of `from <level dots><target> import ...` written in `module`."""
    if level == 0:
        return target or ""
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    parts = parts[: len(parts) - (level - 1)] if level > 1 else parts
    return ".".join(parts + ([target] if target else []))


def read_modules(root):
    modules = {}
    for top in sorted(os.listdir(root)):
        if top not in TRUSTED or not os.path.isdir(os.path.join(root, top)):
            continue
        for dp, dn, fn in os.walk(os.path.join(root, top)):
            dn[:] = sorted(d for d in dn if d not in ("tests", "test", "testing"))
            for f in sorted(fn):
                if not f.endswith(".py") or f.startswith("test_") or f == "conftest.py":
                    continue
                path = os.path.join(dp, f)
                name = os.path.relpath(path, root)[:-3].replace(os.sep, ".")
                is_package = name.endswith(".__init__")
                if is_package:
                    name = name[: -len(".__init__")]
                try:
                    tree = ast.parse(open(path, encoding="utf-8", errors="replace").read())
                except (SyntaxError, ValueError):
                    continue
                m = Module(name, is_package)
                # Top-level statements only (imports under `if TYPE_CHECKING:` or `try:` included): a pickle names
                # a class by its module and name, and nested classes pickle as `Outer.Inner`, never called here.
                stack = list(tree.body)
                while stack:
                    node = stack.pop(0)
                    if isinstance(node, (ast.If, ast.Try)):
                        stack[:0] = list(node.body) + [n for h in getattr(node, "handlers", []) for n in h.body] + list(node.orelse)
                    elif isinstance(node, ast.ImportFrom):
                        src = absolute(name, is_package, node.level, node.module)
                        for a in node.names:
                            m.aliases[a.asname or a.name] = f"{src}.{a.name}"
                    elif isinstance(node, ast.Import):
                        for a in node.names:
                            if a.asname:
                                m.aliases[a.asname] = a.name
                            else:
                                head = a.name.split(".")[0]
                                m.aliases[head] = head
                    elif isinstance(node, ast.ClassDef):
                        m.classes[node.name] = [ref for ref in (dotted(b) for b in node.bases) if ref]
                modules[name] = m
    return modules


def dotted(expr):
    """`Enum` -> "Enum", `enum.Enum` -> "enum.Enum"; anything else (calls, subscripts) -> None."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        inner = dotted(expr.value)
        return f"{inner}.{expr.attr}" if inner else None
    return None


def resolve(modules, module, ref, depth=0):
    """The full dotted name of `ref` as written in `module`, following re-exports (`from .generic import X`)."""
    m = modules.get(module)
    head, _, rest = ref.partition(".")
    if m is not None:
        if head in m.classes and not rest:
            return f"{module}.{head}"
        if head in m.aliases:
            full = m.aliases[head] + (f".{rest}" if rest else "")
            return follow(modules, full, depth)
    return ref


def follow(modules, full, depth):
    """A dotted name imported from a package that only re-exports it resolves to where it is defined."""
    if depth > 8:
        return full
    mod, _, name = full.rpartition(".")
    m = modules.get(mod)
    if m is None or name in m.classes or name not in m.aliases:
        return full
    return follow(modules, m.aliases[name], depth + 1)


def enum_classes(modules, known):
    """Enum classes of one package tree, given enum names known from the other trees (`known`: a
    sentence-transformers enum derives from `transformers.utils.ExplicitEnum`). Returns the classes and
    every name under which one of them is re-exported (`transformers.utils.ExplicitEnum`)."""
    bases = {}
    for mod, m in modules.items():
        for cls, refs in m.classes.items():
            bases[f"{mod}.{cls}"] = {resolve(modules, mod, r) for r in refs}
    enums = set()
    changed = True
    while changed:
        changed = False
        for full, bs in bases.items():
            if full not in enums and any(b in ENUM_ROOTS or b in enums or b in known for b in bs):
                enums.add(full)
                changed = True
    exported = set()
    for mod, m in modules.items():
        for alias, target in m.aliases.items():
            if follow(modules, target, 0) in enums:
                exported.add(f"{mod}.{alias}")
    return enums, exported


def main():
    trees = [read_modules(root) for root in sys.argv[1:]]
    known = set()
    names = set()
    while True:
        before = (len(names), len(known))
        for modules in trees:
            enums, exported = enum_classes(modules, known)
            names |= enums
            known |= enums | exported
        if (len(names), len(known)) == before:
            break
    print("// Generated by scripts/models-enum-classes.py from the packages' source code (never imported).")
    print("// Enum classes of trusted packages: a pickle calls one with a literal to look a member up.")
    print("// Do not edit by hand; regenerate (see the script's docstring) and review the difference.")
    print()
    print("extension PicklePolicy {")
    print("    static let generatedEnumClasses: Set<String> = [")
    # The policy treats only CamelCase names as classes (`looksLikeClass`); `lightning.store.utils.stage`
    # would never reach this list's check.
    for n in sorted(x for x in names if x.rpartition(".")[2].lstrip("_")[:1].isupper()):
        print(f'        "{n}",')
    print("    ]")
    print("}")


if __name__ == "__main__":
    main()
