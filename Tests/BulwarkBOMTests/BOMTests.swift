import BulwarkTestSupport
import BulwarkFormats
import Foundation
import Testing
@testable import BulwarkBOM
@testable import BulwarkSigning

let fixture = Repository.root() + "/Tests/BulwarkBOMTests/Fixtures/ai-project"

func component(_ inv: BOMInventory, _ ref: String) -> BOMComponent? { inv.components.first { $0.ref == ref } }

/// Runs scripts/validate_bom.py (official validators in the test venv) on a rendered BOM.
func validateBOM(_ kind: String, _ text: String, version: String? = nil) {
    guard let python = Repository.python else {
        Issue.record("no validator venv: run scripts/test (it installs cyclonedx-python-lib and spdx-python-model), or set BULWARK_PYTHON")
        return
    }
    let d = TemporaryDirectory()
    let file = d.write("bom.json", text)
    let (status, out, err) = Repository.run(python, [Repository.root() + "/scripts/validate_bom.py", kind, file] + (version.map { [$0] } ?? []))
    #expect(status == 0, "\(kind) BOM failed validation:\n\(out.prefix(4000))\(err.suffix(2000))")
}

@Suite struct BOMContentTests {
    let inv = BOMBuilder.build(path: fixture)

    @Test func librariesFromLockfilesWithHashesScopeAndGraph() throws {
        let fastapi = try #require(component(inv, "pkg:pypi/fastapi@0.110.0"))
        #expect(fastapi.hashes.first?.alg == "SHA-256")
        #expect(fastapi.scope == "required")
        #expect(component(inv, "pkg:pypi/transformers@4.38.2") != nil)  // extras stripped
        #expect(component(inv, "pkg:pypi/pytest@8.1.1")?.scope == "optional")  // requirements-dev.txt
        let inference = try #require(component(inv, "pkg:npm/%40huggingface/inference@2.6.4"))
        #expect(inference.hashes.first?.alg == "SHA-512")
        #expect(inference.licenses == [.id("MIT")])
        #expect(component(inv, "pkg:npm/typescript@5.4.2")?.scope == "optional")
        #expect(inv.dependencies.contains { $0.ref == inference.ref && $0.dependsOn == ["pkg:npm/%40huggingface/tasks@0.6.0"] })
        let rootDeps = try #require(inv.dependencies.first { $0.ref == inv.root.ref })
        #expect(rootDeps.dependsOn.contains("pkg:pypi/fastapi@0.110.0"))
        #expect(rootDeps.dependsOn.contains(inference.ref))
        #expect(!rootDeps.dependsOn.contains("pkg:npm/%40huggingface/tasks@0.6.0"))  // transitive
    }

    @Test func modelFolderWithCardFilesLineageAndSignature() throws {
        let m = try #require(component(inv, "model:models/sentiment"))
        #expect(m.kind == .machineLearningModel)
        #expect(m.purl == "pkg:huggingface/acme/sentiment-small")
        #expect(m.licenses == [.id("Apache-2.0")])
        #expect(m.property("bulwark:model:format") == "safetensors")
        #expect(m.property("bulwark:model:parameters") == "19")  // 4*3 + 3 + 2*2
        #expect(m.property("bulwark:model:dtypes") == "BF16,F32")
        // Per-file SHA-256, verified independently of the BOM code.
        let weights = try #require(m.children.first { $0.name == "model.safetensors" })
        let expected = FileHashing.hex(try FileHashing.hash(path: fixture + "/models/sentiment/model.safetensors", algorithm: .sha256))
        #expect(weights.hashes.map(\.hex) == [expected])
        #expect(Set(m.children.map(\.name)).isSuperset(of: ["README.md", "config.json", "tokenizer.json", "model.safetensors"]))
        let card = try #require(m.modelCard)
        #expect(card.task == "text-classification")
        #expect(card.modelArchitecture == "DistilBertForSequenceClassification")
        #expect(card.architectureFamily == "distilbert")
        #expect(card.datasetRefs == ["dataset:stanfordnlp/sst2", "dataset:acme/reviews-2024"])
        #expect(card.metrics.map(\.type) == ["accuracy", "f1"])
        #expect(card.properties.contains { $0 == ("language", "en,fr") })
        #expect(m.ancestors.map(\.purl) == ["pkg:huggingface/distilbert/distilbert-base-uncased"])
        for ds in card.datasetRefs { #expect(component(inv, ds)?.kind == .data) }
        // The signature in the folder: root digest recorded and still matching the content.
        #expect(m.property("bulwark:signature:rootDigest")?.hasPrefix("sha256:") == true)
        #expect(m.property("bulwark:signature:matchesContent") == "true")
        let peek = try #require(ModelSignature.peek(signaturePath: fixture + "/models/sentiment/model.sig"))
        #expect(m.property("bulwark:signature:rootDigest") == "sha256:" + peek.rootDigest)
        #expect(m.property("bulwark:scan:verdict") == "not-scanned")
    }

    @Test func singleGGUFFileWithMetadata() throws {
        let g = try #require(component(inv, "model:models/tiny-llama.Q8.gguf"))
        #expect(g.hashes.count == 1)
        #expect(g.property("bulwark:model:format") == "gguf")
        #expect(g.property("bulwark:model:parameters") == "32")
        #expect(g.licenses == [.id("MIT")])
        #expect(g.modelCard?.architectureFamily == "llama")
        #expect(g.ancestors.map(\.purl) == ["pkg:huggingface/meta-llama/Llama-3.2-1B"])
    }

    @Test func modelsReferencedInCode() throws {
        let pinned = try #require(component(inv, "pkg:huggingface/distilbert/distilbert-base-uncased-finetuned-sst-2-english@714eb0fa89d2f80546fda750413ed43d93601a13"))
        #expect(pinned.version == "714eb0fa89d2f80546fda750413ed43d93601a13")
        #expect(pinned.occurrences == [BOMOccurrence(location: "app/main.py", line: 7, symbol: "from_pretrained")])
        #expect(pinned.property("bulwark:model:pinned") == "true")
        #expect(component(inv, "pkg:huggingface/acme/toxicity-guard")?.occurrences.first?.symbol == "hf_hub_download")
        #expect(component(inv, "pkg:huggingface/facebook/bart-large-mnli") != nil)
        // A local path and a variable are not hub references.
        #expect(!inv.components.contains { $0.name.contains("./models") || $0.name == "MODEL_ID" })
    }

    @Test func imagesAndActions() throws {
        let py = try #require(inv.components.first { $0.kind == .container && $0.name == "python" })
        #expect(py.hashes.first?.hex == "3e6c4b7f3a3f5a4cbd0b9e0a1f2d3c4b5a6978877665544332211000ffeeddcc")
        #expect(py.version == "3.11-slim")  // ARG substituted
        #expect(py.property("bulwark:image:pinned") == "true")
        #expect(inv.components.contains { $0.kind == .container && $0.name == "gcr.io/distroless/python3-debian12" })
        #expect(!inv.components.contains { $0.name == "build" })  // a stage, not an image
        let checkout = try #require(component(inv, "pkg:github/actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11"))
        #expect(checkout.property("bulwark:action:pinned") == "true")
        #expect(component(inv, "pkg:github/github/codeql-action@v3#init") != nil)
        #expect(!inv.components.contains { $0.name.contains("./.github") })
    }

    @Test func everyReferenceResolves() {
        let refs = inv.allRefs
        for d in inv.dependencies {
            #expect(refs.contains(d.ref))
            for t in d.dependsOn { #expect(refs.contains(t), "\(t)") }
        }
        #expect(refs.count == Set(refs).count)
    }
}

@Suite struct BOMOutputTests {
    @Test func deterministicOutputIsStable() {
        let a = CycloneDXWriter.render(BOMBuilder.build(path: fixture), deterministic: true, toolVersion: "t")
        let b = CycloneDXWriter.render(BOMBuilder.build(path: fixture), deterministic: true, toolVersion: "t")
        #expect(a == b)
        #expect(!a.contains("\"timestamp\""))
        let s1 = SPDXWriter.render(BOMBuilder.build(path: fixture), deterministic: true, toolVersion: "t")
        let s2 = SPDXWriter.render(BOMBuilder.build(path: fixture), deterministic: true, toolVersion: "t")
        #expect(s1 == s2)
        let c = CycloneDXWriter.render(BOMBuilder.build(path: fixture), deterministic: false, toolVersion: "t")
        #expect(c.contains("\"timestamp\""))
    }

    @Test func cycloneDX16And17AreSchemaValid() {
        let inv = BOMBuilder.build(path: fixture)
        validateBOM("cyclonedx", CycloneDXWriter.render(inv, specVersion: "1.6", deterministic: true, toolVersion: "t"), version: "1.6")
        validateBOM("cyclonedx", CycloneDXWriter.render(inv, specVersion: "1.7", deterministic: true, toolVersion: "t"), version: "1.7")
    }

    @Test func spdx3LoadsWithAIAndDatasetProfiles() {
        let text = SPDXWriter.render(BOMBuilder.build(path: fixture), deterministic: true, toolVersion: "t")
        #expect(text.contains("\"ai_AIPackage\""))
        #expect(text.contains("\"dataset_DatasetPackage\""))
        #expect(text.contains("\"trainedOn\""))
        #expect(text.contains("\"ancestorOf\""))
        validateBOM("spdx", text)
    }

    @Test func demoProjectBOMIsValid() {
        let inv = BOMBuilder.build(path: Repository.root() + "/examples/demo-ai-app")
        validateBOM("cyclonedx", CycloneDXWriter.render(inv, deterministic: true, toolVersion: "t"), version: "1.6")
        validateBOM("spdx", SPDXWriter.render(inv, deterministic: true, toolVersion: "t"))
    }

    @Test func rootfsPackages() throws {
        let d = TemporaryDirectory()
        d.write("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n")
        d.write("var/lib/dpkg/status", """
        Package: libssl3
        Status: install ok installed
        Architecture: amd64
        Version: 3.0.11-1~deb12u2

        Package: removed-thing
        Status: deinstall ok config-files
        Version: 1.0

        Package: zlib1g
        Status: install ok installed
        Architecture: amd64
        Source: zlib
        Version: 1:1.2.13.dfsg-1

        """)
        d.write("repo/app.py", "print('hi')\n")
        var opts = BOMOptions()
        opts.rootfs = d.path
        let inv = BOMBuilder.build(path: d.path + "/repo", options: opts)
        let os = try #require(inv.components.first { $0.kind == .operatingSystem })
        #expect(os.name == "debian" && os.version == "12")
        #expect(inv.components.contains { $0.purl == "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12" })
        #expect(inv.components.contains { $0.purl?.hasPrefix("pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1") == true })
        #expect(!inv.components.contains { $0.name == "removed-thing" })
        #expect(inv.dependencies.first { $0.ref == os.ref }?.dependsOn.count == 2)
        validateBOM("cyclonedx", CycloneDXWriter.render(inv, deterministic: true, toolVersion: "t"), version: "1.6")

        let a = TemporaryDirectory()
        a.write("etc/os-release", "ID=alpine\nVERSION_ID=3.19.1\n")
        a.write("lib/apk/db/installed", "C:Q1abc=\nP:musl\nV:1.2.4_git20230717-r4\nA:x86_64\nL:MIT\n\nP:busybox\nV:1.36.1-r15\nA:x86_64\nL:GPL-2.0-only\n\n")
        let (_, pkgs, _) = RootfsSource.inventory(rootfs: a.path)
        #expect(pkgs.map(\.purl) == ["pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1",
                                     "pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1"])
    }
}

@Suite struct BOMParserTests {
    @Test func imageReferences() {
        #expect(DockerfileSource.parseImage("python:3.11") == .init(registry: nil, repository: "python", tag: "3.11", digest: nil))
        #expect(DockerfileSource.parseImage("localhost:5000/team/img:1@sha256:" + String(repeating: "a", count: 64))
            == .init(registry: "localhost:5000", repository: "team/img", tag: "1", digest: "sha256:" + String(repeating: "a", count: 64)))
        #expect(DockerfileSource.parseImage("ghcr.io/org/x")?.registry == "ghcr.io")
    }

    @Test func hubIDs() {
        #expect(ModelCardFacts.isHubID("org/name-1.5"))
        #expect(ModelCardFacts.isHubID("gpt2"))
        #expect(!ModelCardFacts.isHubID("./models/x"))
        #expect(!ModelCardFacts.isHubID("/abs/path"))
        #expect(!ModelCardFacts.isHubID("a/b/c"))
        #expect(!ModelCardFacts.isHubID("https://x/y"))
    }

    @Test func codeReferenceVariants() {
        let src = """
        m = AutoModel.from_pretrained('org/a', revision='abc')
        x = snapshot_download(repo_id="org/b")
        d = hf_hub_download(repo_id="org/ds", repo_type="dataset", filename="x")
        p = pipeline("text-generation")
        s = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")
        not_a_call = "from_pretrained('org/z')"
        """
        let refs = CodeReferences.find(path: "a.py", text: src)
        #expect(refs.map(\.modelID) == ["org/a", "org/b", "sentence-transformers/all-MiniLM-L6-v2", "org/z"])
        #expect(refs.first?.revision == "abc")
    }

    @Test func licensesAreSPDXWhenTheyCanBe() {
        #expect(BOMLicense.from("apache-2.0") == .id("Apache-2.0"))
        #expect(BOMLicense.from("MIT") == .id("MIT"))
        #expect(BOMLicense.from("llama3.1") == .name("llama3.1"))
        #expect(BOMLicense.from("openrail") == .name("openrail"))
    }

    @Test func purls() {
        #expect(PURL.huggingFace("org/name", revision: "main") == "pkg:huggingface/org/name@main")
        #expect(PURL.make(type: "npm", namespace: "@scope", name: "pkg", version: "1.0.0") == "pkg:npm/%40scope/pkg@1.0.0")
    }
}

/// Seeded mutations of model headers and text inputs: no crash, bounded time.
@Suite struct BOMFuzzTests {
    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) }
    }

    func mutate(_ base: [UInt8], _ rng: inout RNG) -> [UInt8] {
        var b = base
        for _ in 0..<Int.random(in: 1...6, using: &rng) where !b.isEmpty {
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b[i] = [0x00, 0xFF, 0x7F, 0x80][Int.random(in: 0..<4, using: &rng)]
            case 2: b.remove(at: i)
            default: b = Array(b[..<i])
            }
        }
        return b
    }

    @Test func mutatedHeaders() throws {
        let d = TemporaryDirectory()
        let bases = [
            ("safetensors", [UInt8](FileManager.default.contents(atPath: fixture + "/models/sentiment/model.safetensors") ?? Data())),
            ("gguf", [UInt8](FileManager.default.contents(atPath: fixture + "/models/tiny-llama.Q8.gguf") ?? Data())),
        ]
        var rng = RNG(state: 1234)
        let start = Date()
        var parsed = 0
        for (ext, base) in bases {
            #expect(!base.isEmpty)
            for i in 0..<1500 {
                let m = mutate(base, &rng)
                let p = d.write("m\(i % 8).\(ext)", bytes: m)
                let info = ModelHeaderSummary.read(path: p, fileExtension: ext, size: Int64(m.count))
                if info.parameters != nil { parsed += 1 }
            }
        }
        #expect(parsed > 0)
        #expect(Date().timeIntervalSince(start) < 120)
    }

    @Test func mutatedTextInputs() {
        var rng = RNG(state: 99)
        let texts = [
            (try? String(contentsOfFile: fixture + "/app/main.py", encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: fixture + "/Dockerfile", encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: fixture + "/.github/workflows/ci.yml", encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: fixture + "/models/sentiment/README.md", encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: fixture + "/web/package-lock.json", encoding: .utf8)) ?? "",
            (try? String(contentsOfFile: fixture + "/requirements.txt", encoding: .utf8)) ?? "",
        ]
        let f = RepoFile(path: "x", absolute: "/nonexistent", size: 0)
        for _ in 0..<600 {
            for (i, t) in texts.enumerated() {
                let m = String(decoding: mutate(Array(t.utf8), &rng), as: UTF8.self)
                switch i {
                case 0: _ = CodeReferences.find(path: "a.py", text: m)
                case 1: _ = DockerfileSource.components(f, text: m)
                case 2: _ = WorkflowSource.components(f, text: m)
                case 3: var facts = ModelCardFacts(); facts.readFrontMatter(m)
                case 4: _ = LockfileComponentSource().components(file: "package-lock.json", bytes: Array(m.utf8)) { _ in nil }
                default: _ = LockfileComponentSource().components(file: "requirements.txt", bytes: Array(m.utf8)) { _ in nil }
                }
            }
        }
    }
}
