import BulwarkBOM
import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

/// A serving image whose Dockerfile installs the backdoored xz (5.6.1): the seed's xz lesson is
/// that the AI BOM must cover the OS layer, so that "are we affected?" finds it.
private func xzProject() -> TemporaryDirectory {
    let d = TemporaryDirectory()
    d.write("pyproject.toml", """
    [project]
    name = "sample-ai-app"
    version = "0.3.0"
    dependencies = ["fastapi==0.115.0"]
    """)
    d.write("Dockerfile", """
    FROM debian:bookworm@sha256:\(String(repeating: "ab", count: 32)) AS base
    RUN apt-get update && apt-get install -y --no-install-recommends \\
          xz-utils=5.6.1-1 liblzma5=5.6.1-1 curl \\
     && pip install --no-cache-dir uvicorn==0.30.6
    """)
    d.write("requirements.txt", "fastapi==0.115.0\n")
    return d
}

@Test func bomListsDockerfileOSPackagesBaseImageTagAndDigest() throws {
    let d = xzProject()
    let inv = BOMBuilder.build(path: d.path)
    let purls = Set(inv.components.compactMap(\.purl))
    #expect(purls.contains("pkg:deb/debian/xz-utils@5.6.1-1?distro=debian-bookworm"), "\(purls.sorted())")
    #expect(purls.contains("pkg:deb/debian/liblzma5@5.6.1-1?distro=debian-bookworm"))
    // liblzma5 is built from xz-utils: the source package is listed too (advisories name it).
    #expect(purls.contains("pkg:deb/debian/xz-utils@5.6.1-1?arch=source&distro=debian-bookworm"))
    #expect(purls.contains("pkg:deb/debian/curl?distro=debian-bookworm"))
    #expect(purls.contains("pkg:pypi/uvicorn@0.30.6"))
    let image = inv.components.first { $0.purl?.hasPrefix("pkg:docker/library/debian@sha256%3A") == true }
    #expect(image?.purl?.hasSuffix("?tag=bookworm") == true, "\(purls.sorted())")
    #expect(image?.hashes.first?.hex == String(repeating: "ab", count: 32))
    #expect(image?.version == "bookworm")
    // The root is the project as it names itself, not the temporary folder's name.
    #expect(inv.root.name == "sample-ai-app")
    #expect(inv.root.version == "0.3.0")
    #expect(inv.root.purl == "pkg:pypi/sample-ai-app@0.3.0")
}

@Test func bomHonoursConfiguredAndDefaultExcludes() throws {
    let d = xzProject()
    d.write("tests/fixtures/typo/requirements.txt", "reqwset==1.0\n")
    d.write(".venv/lib/python3.12/site-packages/x/requirements.txt", "leaked==1.0\n")
    var config = Configuration()
    config.exclude = [Glob("tests/fixtures/**")]
    var options = BOMOptions()
    options.configuration = config
    let names = Set(BOMBuilder.build(path: d.path, options: options).components.map(\.name))
    #expect(names.contains("fastapi"))
    #expect(!names.contains("reqwset"))
    #expect(!names.contains("leaked"))
}

/// End to end through the binary: bom -> inventory add -> affected answers affected (exit 1).
@Test func xzInDockerfileIsFoundByAffectedEndToEnd() throws {
    guard let b = Repository.bulwarkBinary else { Issue.record("bulwark binary not built (swift build)"); return }
    let d = xzProject()
    let out = TemporaryDirectory()
    var r = Repository.run(b, ["bom", d.path, "--no-scan", "--output", out.path + "/bom.json"])
    #expect(r.0 == 0, "\(r.2)")
    let db = out.path + "/inv.db"
    r = Repository.run(b, ["inventory", "add", out.path + "/bom.json", "--repo", "acme/sample-ai-app", "--db", db])
    #expect(r.0 == 0, "\(r.1)\(r.2)")
    r = Repository.run(b, ["affected", "pkg:deb/debian/xz-utils", "--range", ">=5.5.1alpha-0.1,<5.6.1+really5.4.5-1", "--db", db])
    #expect(r.0 == 1, "expected affected:\n\(r.1)\(r.2)")
    #expect(r.1.contains("acme/sample-ai-app"))
    r = Repository.run(b, ["affected", "pkg:deb/debian/liblzma5", "--range", ">=5.5.1alpha-0.1,<5.6.1+really5.4.5-1", "--db", db])
    #expect(r.0 == 1, "liblzma5:\n\(r.1)\(r.2)")
    // Control: a fixed version is not affected.
    r = Repository.run(b, ["affected", "pkg:deb/debian/xz-utils", "--range", "<5.5.1alpha-0.1", "--db", db])
    #expect(r.0 == 0, "\(r.1)\(r.2)")
    // The disclosure by its CVE id, with no advisory folder: the bundled incident answers.
    r = Repository.run(b, ["affected", "CVE-2024-3094", "--db", db])
    #expect(r.0 == 1, "CVE-2024-3094 from the bundled incidents:\n\(r.1)\(r.2)")
    #expect(r.1.contains("acme/sample-ai-app"))
    // Control: a project whose image has the fixed package is not affected by the same CVE id.
    let fixed = TemporaryDirectory()
    fixed.write("Dockerfile", "FROM debian:bookworm\nRUN apt-get update && apt-get install -y xz-utils=5.4.1-0.2\n")
    r = Repository.run(b, ["bom", fixed.path, "--no-scan", "--output", out.path + "/fixed.json"])
    let db2 = out.path + "/fixed.db"
    r = Repository.run(b, ["inventory", "add", out.path + "/fixed.json", "--repo", "acme/fixed", "--db", db2])
    #expect(r.0 == 0, "\(r.1)\(r.2)")
    r = Repository.run(b, ["affected", "CVE-2024-3094", "--db", db2])
    #expect(r.0 == 0, "fixed xz is not affected:\n\(r.1)\(r.2)")
    // An unknown id still says what to do.
    r = Repository.run(b, ["affected", "CVE-1999-0001", "--db", db])
    #expect(r.0 == 2 && r.2.contains("--advisories"), "\(r.2)")
}
