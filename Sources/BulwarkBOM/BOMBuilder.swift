import BulwarkCore
import BulwarkFormats
import BulwarkSigning
import Foundation

/// The model scanner's verdict for one model, filled by the caller (the CLI runs the models family).
public struct ModelVerdict: Sendable {
    /// clean, findings, or not-scanned.
    public var verdict: String
    public var maxSeverity: String?
    public var findingCount: Int
    public var rules: [String]
    public init(verdict: String, maxSeverity: String? = nil, findingCount: Int = 0, rules: [String] = []) {
        self.verdict = verdict
        self.maxSeverity = maxSeverity
        self.findingCount = findingCount
        self.rules = rules
    }
}

/// Hook for the models family: given a model's files (repository-relative paths), its verdict.
public typealias ModelVerdictProvider = @Sendable (_ modelPath: String, _ files: [String]) -> ModelVerdict?

public struct BOMOptions: Sendable {
    public var rootfs: String?
    /// The scan configuration: its excludes (and the default excludes) apply to the BOM's walk, so
    /// `bom` and `scan` see the same files.
    public var configuration = Configuration()
    public var sources: [any ComponentSource] = [LockfileComponentSource()]
    public var verdicts: ModelVerdictProvider?
    public var toolVersion = "0.0.0"
    /// Files a scan of the same root already walked with the same configuration: the BOM reads
    /// them instead of walking again (nil: walk).
    public var walkedFiles: [SourceFile]?
    public init() {}
}

public enum BOMBuilder {
    static let modelSideFiles: Set<String> = ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                                              "special_tokens_map.json", "vocab.txt", "vocab.json", "merges.txt", "modules.json",
                                              "sentence_bert_config.json", "preprocessor_config.json", "adapter_config.json"]
    static let strongWeightExtensions: Set<String> = ["safetensors", "gguf", "onnx", "pt", "pth", "ckpt", "pkl", "pickle", "h5", "keras",
                                                      "tflite", "npz", "msgpack", "mlmodel", "joblib", "ggml"]

    /// Builds the inventory of the repository (or single file) at `path`.
    public static func build(path: String, options: BOMOptions = BOMOptions()) -> BOMInventory {
        let rootURL = URL(fileURLWithPath: path).standardizedFileURL
        let rootName = rootURL.lastPathComponent.isEmpty ? "repository" : rootURL.lastPathComponent
        var inv = BOMInventory(root: BOMComponent(ref: "root:" + rootName, kind: .application, name: rootName))
        let (files, walkNotes) = options.walkedFiles.map { (RepositoryFiles.adapt($0, root: rootURL.path), [String]()) }
            ?? RepositoryFiles.list(root: rootURL.path, configuration: options.configuration)
        inv.notes += walkNotes
        // The root is the project as it names itself (pyproject.toml, package.json, Cargo.toml,
        // Package.swift), not the folder it was cloned into.
        let rootPath = rootURL.path
        if let id = ProjectIdentity.read(root: rootPath, read: { try? SafeRead.file($0, under: rootPath, maxBytes: 4 << 20) }) {
            inv.root.name = id.name
            inv.root.version = id.version
            inv.root.ref = "root:" + id.name + (id.version.map { "@" + $0 } ?? "")
            if id.ecosystem == "npm", id.name.hasPrefix("@"), let slash = id.name.firstIndex(of: "/") {
                inv.root.purl = PURL.make(type: "npm", namespace: String(id.name[..<slash]), name: String(id.name[id.name.index(after: slash)...]),
                                          version: id.version)
            } else {
                inv.root.purl = PURL.make(type: id.ecosystem, name: id.ecosystem == "pypi" ? id.name.lowercased() : id.name, version: id.version)
            }
            inv.root.properties.append(("bulwark:root:declaredIn", id.source))
            inv.root.properties.append(("bulwark:root:folder", rootName))
        }
        var direct: [String] = []

        // 1. Libraries from lockfiles.
        for f in files {
            for source in options.sources where source.wants(f.path) {
                guard let bytes = RepositoryFiles.read(f) else { inv.notes.append("\(f.path): too large or unreadable"); continue }
                let root = rootURL.path
                // Includes are read without following links, never from outside the root.
                let out = source.components(file: f.path, bytes: bytes) { rel in
                    try? SafeRead.file(rel, under: root, maxBytes: 32 << 20)
                }
                out.components.forEach { inv.add($0) }
                for d in out.dependencies { inv.depend(d.ref, on: d.dependsOn) }
                direct += out.direct
                inv.notes += out.notes
            }
        }

        // 2. Models.
        let models = modelComponents(files: files, options: options, inventory: &inv)
        for m in models { inv.add(m); direct.append(m.ref) }

        // 3. Models referenced in code.
        for f in files where CodeReferences.wants(f) {
            guard let bytes = RepositoryFiles.read(f, limit: 4 << 20) else { continue }
            for r in CodeReferences.find(path: f.path, text: String(decoding: bytes, as: UTF8.self)) {
                let purl = PURL.huggingFace(r.modelID, revision: r.revision)
                var c = BOMComponent(ref: purl, kind: .machineLearningModel, name: r.modelID, version: r.revision, purl: purl)
                c.occurrences = [BOMOccurrence(location: r.path, line: r.line, symbol: r.function)]
                c.properties.append(("bulwark:model:pinned", (r.revision.map { $0.count == 40 && $0.allSatisfy(\.isHexDigit) } ?? false) ? "true" : "false"))
                c.properties.append(("bulwark:model:source", "huggingface-hub"))
                c.externalReferences.append(("website", "https://huggingface.co/\(r.modelID)", nil))
                inv.add(c)
                direct.append(purl)
            }
        }

        // 4. Container images and GitHub Actions.
        for f in files where DockerfileSource.wants(f) || WorkflowSource.wants(f) {
            guard let bytes = RepositoryFiles.read(f, limit: 4 << 20) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let found = DockerfileSource.wants(f) ? DockerfileSource.components(f, text: text) : WorkflowSource.components(f, text: text)
            for c in found { inv.add(c); direct.append(c.ref) }
        }

        // 5. OS packages of an image root.
        if let rootfs = options.rootfs {
            let r = RootfsSource.inventory(rootfs: rootfs)
            inv.notes += r.notes
            if let os = r.os {
                inv.add(os)
                direct.append(os.ref)
                r.packages.forEach { inv.add($0) }
                inv.depend(os.ref, on: r.packages.map(\.ref))
            }
        }

        inv.depend(inv.root.ref, on: direct)
        inv.normalize()
        return inv
    }

    // MARK: models

    struct ModelGroup {
        var directory: String   // "" = repository root
        var files: [RepoFile]
        var singleFile: Bool
    }

    static func isWeight(_ f: RepoFile, format: String?) -> Bool {
        if strongWeightExtensions.contains(f.fileExtension) { return true }
        if ["bin", "pb", "model"].contains(f.fileExtension), let format, format != "zip" { return true }
        return false
    }

    static func modelComponents(files: [RepoFile], options: BOMOptions, inventory inv: inout BOMInventory) -> [BOMComponent] {
        // Sniff candidate weight files.
        var formats: [String: String] = [:]
        var weights: [RepoFile] = []
        for f in files where ModelHeaderSummary.weightExtensions.contains(f.fileExtension) {
            let head = (FileHandle(forReadingAtPath: f.absolute).flatMap { try? $0.read(upToCount: 64) }).map { [UInt8]($0) } ?? []
            let fmt = ModelHeaderSummary.sniff(head: head, fileExtension: f.fileExtension)
            if let fmt { formats[f.path] = fmt }
            if isWeight(f, format: fmt) { weights.append(f) }
        }
        guard !weights.isEmpty else { return [] }
        // A folder is a model folder when it holds weights plus model-side files (config, tokenizer,
        // card) or several weight files, and is not the repository root. Other weights stand alone.
        var byDir: [String: [RepoFile]] = [:]
        for w in weights { byDir[w.directory, default: []].append(w) }
        let filesByDir = Dictionary(grouping: files, by: \.directory)
        var modelDirs: [String] = []
        var singles: [RepoFile] = []
        for (dir, ws) in byDir {
            let siblings = filesByDir[dir] ?? []
            let hasSide = siblings.contains { modelSideFiles.contains($0.fileName) || $0.fileName.lowercased() == "readme.md" }
            let hasCode = siblings.contains { ["py", "js", "ts", "go", "rs", "java", "swift"].contains($0.fileExtension) }
            if !dir.isEmpty, !hasCode, hasSide || ws.count > 1 { modelDirs.append(dir) } else { singles += ws }
        }
        // Outermost folders claim the ones below them.
        modelDirs.sort()
        var tops: [String] = []
        for d in modelDirs where !tops.contains(where: { d.hasPrefix($0 + "/") }) { tops.append(d) }
        singles = singles.filter { s in !tops.contains { s.path.hasPrefix($0 + "/") } }

        var groups: [ModelGroup] = tops.map { d in ModelGroup(directory: d, files: files.filter { $0.path.hasPrefix(d + "/") }, singleFile: false) }
        groups += singles.map { ModelGroup(directory: $0.directory, files: [$0], singleFile: true) }

        // Hash every model file (parallel, streamed).
        let toHash = groups.flatMap(\.files)
        nonisolated(unsafe) var digests = [String?](repeating: nil, count: toHash.count)
        digests.withUnsafeMutableBufferPointer { buf in
            nonisolated(unsafe) let out = buf
            DispatchQueue.concurrentPerform(iterations: toHash.count) { i in
                out[i] = (try? FileHashing.hash(path: toHash[i].absolute, algorithm: .sha256)).map(FileHashing.hex)
            }
        }
        var sha: [String: String] = [:]
        for (i, f) in toHash.enumerated() {
            if let d = digests[i] { sha[f.path] = d } else { inv.notes.append("\(f.path): unreadable, no hash") }
        }

        var out: [BOMComponent] = []
        for g in groups {
            out.append(modelComponent(g, formats: formats, sha: sha, options: options, inventory: &inv))
        }
        return out
    }

    static func modelComponent(_ g: ModelGroup, formats: [String: String], sha: [String: String], options: BOMOptions,
                               inventory inv: inout BOMInventory) -> BOMComponent {
        let mainPath = g.singleFile ? g.files[0].path : g.directory
        let ref = "model:" + mainPath
        var facts = ModelCardFacts()
        if !g.singleFile {
            if let readme = g.files.first(where: { $0.directory == g.directory && $0.fileName.lowercased() == "readme.md" }),
               let b = RepositoryFiles.read(readme, limit: 4 << 20) {
                facts.readFrontMatter(String(decoding: b, as: UTF8.self))
            }
            if let cfg = g.files.first(where: { $0.directory == g.directory && $0.fileName == "config.json" }),
               let b = RepositoryFiles.read(cfg, limit: 16 << 20) {
                facts.readConfig(b)
            }
        }
        let folderName = g.singleFile ? g.files[0].fileName : (g.directory.split(separator: "/").last.map(String.init) ?? g.directory)
        var name = folderName
        var purl: String?
        if let n = facts.nameOrPath, n.contains("/"), ModelCardFacts.isHubID(n) {
            name = n
            purl = PURL.huggingFace(n)
        }
        var c = BOMComponent(ref: ref, kind: .machineLearningModel, name: name, purl: purl)
        c.properties.append(("bulwark:model:path", mainPath))

        // Files and headers.
        var paramsByFormat: [String: Int64] = [:]
        var dtypes: Set<String> = []
        var fileFormats: Set<String> = []
        var ggufMeta: [String: String] = [:]
        for f in g.files {
            let rel = g.singleFile ? f.fileName : String(f.path.dropFirst(g.directory.count + 1))
            var fc = BOMComponent(ref: "file:" + f.path, kind: .file, name: rel)
            if let h = sha[f.path] { fc.hashes = [("SHA-256", h)] }
            fc.properties.append(("bulwark:file:size", String(f.size)))
            if let fmt = formats[f.path], isWeight(f, format: fmt) || fmt != "zip" {
                let info = ModelHeaderSummary.read(path: f.absolute, fileExtension: f.fileExtension, size: f.size)
                let format = info.format ?? fmt
                fileFormats.insert(format)
                fc.properties.append(("bulwark:model:format", format))
                if let p = info.parameters {
                    fc.properties.append(("bulwark:model:parameters", String(p)))
                    paramsByFormat[format, default: 0] += p
                }
                if !info.dtypes.isEmpty { fc.properties.append(("bulwark:model:dtypes", info.dtypes.joined(separator: ","))) }
                dtypes.formUnion(info.dtypes)
                if let problem = info.problem { fc.properties.append(("bulwark:model:headerProblem", problem)) }
                if format == "gguf" { ggufMeta.merge(info.metadata) { a, _ in a } }
            }
            c.children.append(fc)
        }
        if g.singleFile, let h = sha[g.files[0].path] { c.hashes = [("SHA-256", h)] }
        if !fileFormats.isEmpty { c.properties.append(("bulwark:model:format", fileFormats.sorted().joined(separator: ","))) }
        if let p = paramsByFormat.values.max() { c.properties.append(("bulwark:model:parameters", String(p))) }
        if !dtypes.isEmpty { c.properties.append(("bulwark:model:dtypes", dtypes.sorted().joined(separator: ","))) }
        if let dt = facts.torchDtype { c.properties.append(("bulwark:model:torchDtype", dt)) }

        // GGUF metadata fills the gaps of a card.
        if let arch = ggufMeta["general.architecture"], facts.modelType == nil { facts.modelType = arch }
        if let lic = ggufMeta["general.license"], facts.license == nil { facts.license = lic }
        if let n = ggufMeta["general.name"], c.name == folderName { c.description = "GGUF general.name: \(n)" }
        var i = 0
        while let repo = ggufMeta["general.base_model.\(i).repo_url"] ?? ggufMeta["general.base_model.\(i).name"], i < 16 {
            let id = repo.replacingOccurrences(of: "https://huggingface.co/", with: "")
            if !facts.baseModels.contains(id) { facts.baseModels.append(id) }
            i += 1
        }

        // License.
        if let lic = facts.license {
            if lic.lowercased() == "other" || SPDXLicenseIDs.canonical(lic) == nil, let n = facts.licenseName ?? (lic.lowercased() == "other" ? nil : lic) {
                c.licenses = [.name(n)]
            } else if lic.lowercased() != "other" {
                c.licenses = [BOMLicense.from(lic)]
            } else {
                c.licenses = [.name("other")]
            }
        }

        // Model card.
        var card = ModelCard()
        card.task = facts.task
        card.modelArchitecture = facts.architectures.first
        card.architectureFamily = facts.modelType
        card.metrics = facts.results
        if !facts.languages.isEmpty { card.properties.append(("language", facts.languages.joined(separator: ","))) }
        if !facts.metricNames.isEmpty { card.properties.append(("metrics", facts.metricNames.joined(separator: ","))) }
        if let lib = facts.libraryName { card.properties.append(("library_name", lib)) }
        if let pt = facts.pipelineTag { card.properties.append(("pipeline_tag", pt)) }
        if !facts.baseModels.isEmpty { card.properties.append(("base_model", facts.baseModels.joined(separator: ","))) }
        if !facts.tags.isEmpty { card.properties.append(("tags", facts.tags.prefix(32).joined(separator: ","))) }
        if let link = facts.licenseLink { card.properties.append(("license_link", link)) }

        // Datasets as data components.
        for ds in facts.datasets.prefix(64) {
            let dref = "dataset:" + ds
            var d = BOMComponent(ref: dref, kind: .data, name: ds)
            var url: String?
            if ModelCardFacts.isHubID(ds) {
                url = "https://huggingface.co/datasets/\(ds)"
                d.externalReferences.append(("website", url!, nil))
            }
            d.dataset = DatasetInfo(name: ds, url: url, description: nil)
            d.properties.append(("bulwark:dataset:referencedBy", mainPath))
            inv.add(d)
            card.datasetRefs.append(dref)
        }
        inv.depend(ref, on: card.datasetRefs)

        // Base models as pedigree ancestors.
        for b in facts.baseModels.prefix(16) {
            var a = BOMComponent(ref: ref + "#base:" + b, kind: .machineLearningModel, name: b)
            if ModelCardFacts.isHubID(b) { a.purl = PURL.huggingFace(b) }
            c.ancestors.append(a)
        }
        c.modelCard = card

        // Signature (model-signing bundle) in the folder.
        if !g.singleFile {
            for f in g.files where f.fileExtension == "sig" || f.fileName.hasSuffix(".sigstore.json") || f.fileName.hasSuffix(".sigstore") {
                guard let (_, root, ser) = ModelSignature.peek(signaturePath: f.absolute) else { continue }
                c.properties.append(("bulwark:signature:file", f.path))
                c.properties.append(("bulwark:signature:rootDigest", "sha256:" + root))
                c.externalReferences.append(("attestation", f.path, "OpenSSF model-signing v1.0 signature; root digest sha256:\(root)"))
                // Does the folder as it is now still hash to the signed root digest? (files/sha256 only)
                if ser.method == .files, ser.hash == .sha256 {
                    var items: [ManifestItem] = []
                    for mf in g.files where mf.path != f.path {
                        let rel = String(mf.path.dropFirst(g.directory.count + 1))
                        if ser.ignorePaths.contains(where: { rel == $0 || rel.hasPrefix($0 + "/") }) { continue }
                        guard let h = sha[mf.path], let bytes = FileHashing.unhex(h) else { continue }
                        items.append(ManifestItem(path: rel, algorithm: "sha256", digest: bytes))
                    }
                    let (_, now) = SignedStatement.payload(modelName: name, serialization: ser, items: items)
                    c.properties.append(("bulwark:signature:matchesContent", now == root ? "true" : "false"))
                }
                break
            }
        }

        // Scanner verdict hook.
        let verdict = options.verdicts?(mainPath, g.files.map(\.path)) ?? ModelVerdict(verdict: "not-scanned")
        c.properties.append(("bulwark:scan:verdict", verdict.verdict))
        if let s = verdict.maxSeverity { c.properties.append(("bulwark:scan:maxSeverity", s)) }
        if verdict.findingCount > 0 { c.properties.append(("bulwark:scan:findings", String(verdict.findingCount))) }
        if !verdict.rules.isEmpty { c.properties.append(("bulwark:scan:rules", verdict.rules.joined(separator: ","))) }
        return c
    }
}
