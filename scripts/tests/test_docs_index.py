"""docs/README.md lists every page under docs/ (the rule pages through docs/rules/README.md), and
every relative link in it and in README.md's prerequisites points at a file that exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def links(path: Path) -> list:
    return [m.group(1) for m in LINK.finditer(path.read_text()) if "://" not in m.group(1)]


def test_every_docs_page_is_listed_once():
    index = DOCS / "README.md"
    listed = [(DOCS / target).resolve() for target in links(index)]
    pages = [p for p in DOCS.rglob("*") if p.is_file() and p.suffix in {".md", ".json"}
             and p.parent != DOCS / "rules" and p != index]
    pages.append(DOCS / "rules" / "README.md")
    missing = sorted(str(p.relative_to(DOCS)) for p in pages if p.resolve() not in listed)
    assert not missing, f"docs/README.md does not list: {missing}"
    lines = [line for line in index.read_text().splitlines() if line.startswith("- [")]
    assert len(lines) == len(set(lines))


def test_links_resolve():
    for source in [DOCS / "README.md", ROOT / "README.md", ROOT / "CHANGELOG.md", DOCS / "exit-codes.md"]:
        for target in links(source):
            assert (source.parent / target).exists(), f"{source.relative_to(ROOT)} links to a missing {target}"


def test_readme_links_the_index_and_names_the_package_list():
    readme = (ROOT / "README.md").read_text()
    assert "(docs/README.md)" in readme
    packages = [line.split("#")[0].strip() for line in (ROOT / "scripts/debian-packages.txt").read_text().splitlines()]
    packages = [p for p in packages if p]
    assert packages, "scripts/debian-packages.txt is empty"
    for p in packages:
        assert f"`{p}`" in readme, f"README.md does not name the Debian package {p}"
    ci = (ROOT / ".ci/run").read_text()
    assert "scripts/debian-packages.txt" in ci, ".ci/run must install the README's list"


def test_direct_dependencies_are_pinned_exactly_and_listed():
    manifest = (ROOT / "Package.swift").read_text()
    packages = re.findall(r'\.package\(url:\s*"https://github\.com/([^"]+?)(?:\.git)?",\s*(\w+):\s*"([^"]+)"', manifest)
    assert packages, "no .package lines found in Package.swift"
    readme = (ROOT / "README.md").read_text()
    for repo, kind, version in packages:
        assert kind == "exact", f"{repo} is `{kind}: {version}`; pin every direct dependency with exact:"
        assert re.search(rf"\[{re.escape(repo)}\]\([^)]*\) \| {re.escape(version)} \|", readme), \
            f"README.md's tested-versions table does not say {repo} {version}"
    assert len(re.findall(r"\.package\(", manifest)) == len(packages), "a .package line the test cannot read"
