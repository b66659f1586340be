#!/usr/bin/env python3
"""Validate a Bulwark AI BOM with the official tools installed by scripts/test.

usage: validate_bom.py cyclonedx FILE [1.6|1.7]   CycloneDX JSON, strict schema (cyclonedx-python-lib)
       validate_bom.py spdx FILE                   SPDX 3.0.1 JSON-LD, loaded by spdx-python-model
Both also check that every reference resolves (dependencies' ref/dependsOn and model-card dataset
refs for CycloneDX; every element id and relationship end for SPDX) and that bom-refs are unique.
Prints "ok" and exits 0, or prints each problem and exits 1.
"""
import json
import sys


def collect_refs(components, out, dupes):
    for c in components or []:
        ref = c.get("bom-ref")
        if ref is not None:
            if ref in out:
                dupes.append(ref)
            out.add(ref)
        collect_refs(c.get("components"), out, dupes)
        collect_refs((c.get("pedigree") or {}).get("ancestors"), out, dupes)
        mc = c.get("modelCard") or {}
        if mc.get("bom-ref"):
            out.add(mc["bom-ref"])


def dataset_refs(components, out):
    for c in components or []:
        for d in ((c.get("modelCard") or {}).get("modelParameters") or {}).get("datasets") or []:
            if "ref" in d:
                out.append(d["ref"])
        dataset_refs(c.get("components"), out)


def cyclonedx(path, version):
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    text = open(path, encoding="utf-8").read()
    sv = {"1.6": SchemaVersion.V1_6, "1.7": SchemaVersion.V1_7}[version]
    problems = []
    errors = JsonStrictValidator(sv).validate_str(text, all_errors=True)
    for e in errors or []:
        problems.append(f"schema: {e}"[:2000])
    doc = json.loads(text)
    if doc.get("specVersion") != version:
        problems.append(f"specVersion is {doc.get('specVersion')}, expected {version}")
    refs, dupes = set(), []
    root = (doc.get("metadata") or {}).get("component")
    if root and root.get("bom-ref"):
        refs.add(root["bom-ref"])
    collect_refs(doc.get("components"), refs, dupes)
    for d in dupes:
        problems.append(f"duplicate bom-ref {d}")
    for dep in doc.get("dependencies") or []:
        if dep["ref"] not in refs:
            problems.append(f"dependency ref {dep['ref']} does not resolve")
        for t in dep.get("dependsOn") or []:
            if t not in refs:
                problems.append(f"dependsOn {t} (of {dep['ref']}) does not resolve")
    ds = []
    dataset_refs(doc.get("components"), ds)
    for r in ds:
        if r not in refs:
            problems.append(f"model card dataset ref {r} does not resolve")
    return problems


# Fields the SPDX 3.0.1 AI and Dataset profiles make mandatory.
REQUIRED = {
    "ai_AIPackage": ["name", "creationInfo", "suppliedBy", "releaseTime", "software_primaryPurpose",
                     "software_downloadLocation", "software_packageVersion"],
    "dataset_DatasetPackage": ["name", "creationInfo", "originatedBy", "releaseTime", "builtTime",
                               "software_primaryPurpose", "software_downloadLocation", "dataset_datasetType"],
}


def spdx(path):
    from spdx_python_model import v3_0_1 as spdx3

    problems = []
    objset = spdx3.SHACLObjectSet()
    with open(path, encoding="utf-8") as f:
        spdx3.JSONLDDeserializer().read(f, objset)
    missing = objset.link()
    for m in sorted(missing):
        problems.append(f"reference {m} does not resolve")
    docs = list(objset.foreach_type(spdx3.SpdxDocument))
    if len(docs) != 1:
        problems.append(f"expected one SpdxDocument, found {len(docs)}")
    raw = json.load(open(path, encoding="utf-8"))
    for el in raw.get("@graph", []):
        for field in REQUIRED.get(el.get("type"), []):
            if field not in el or el[field] in (None, [], ""):
                problems.append(f"{el.get('type')} {el.get('spdxId')}: missing {field}")
    if not list(objset.foreach_type(spdx3.ai_AIPackage)):
        problems.append("no ai_AIPackage element")
    return problems


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "cyclonedx":
        problems = cyclonedx(path, sys.argv[3] if len(sys.argv) > 3 else "1.6")
    elif kind == "spdx":
        problems = spdx(path)
    else:
        raise SystemExit(f"unknown kind {kind}")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
