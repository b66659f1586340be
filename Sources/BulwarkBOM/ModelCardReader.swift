import BulwarkFormats
import Foundation

/// Model card facts from a Hugging Face README front matter and `config.json`.
public struct ModelCardFacts: Sendable {
    public var license: String?
    public var licenseName: String?
    public var licenseLink: String?
    public var datasets: [String] = []
    public var baseModels: [String] = []
    public var pipelineTag: String?
    public var languages: [String] = []
    public var metricNames: [String] = []
    public var tags: [String] = []
    public var libraryName: String?
    public var modelName: String?
    public var results: [ModelCard.Metric] = []
    // config.json
    public var architectures: [String] = []
    public var modelType: String?
    public var torchDtype: String?
    public var nameOrPath: String?
    public init() {}

    /// Reads the YAML front matter (between the first two `---` lines) of a model card.
    public mutating func readFrontMatter(_ text: String) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return }
        lines.removeFirst()
        guard let end = lines.prefix(5000).firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return }
        let yaml = lines[..<end].joined(separator: "\n")
        // Front matter is attacker-controlled text: the bounded reader refuses alias bombs and deep
        // nesting (the card is then read without its front matter) instead of expanding them.
        var limits = YAMLLimits()
        limits.maxBytes = 1 << 20
        limits.maxNodes = 200_000
        limits.maxDepth = 64
        guard let root = try? YAMLTree.parse(yaml, limits: limits), let doc = root.mapping else { return }
        func string(_ v: YNode?) -> String? {
            guard let s = v?.scalar, !s.isNull else { return nil }
            return s.value
        }
        func strings(_ v: YNode?) -> [String] {
            if let s = string(v) { return [s] }
            if let a = v?.sequence { return a.items.prefix(10_000).compactMap { string($0) ?? string($0["name"]) } }
            return []
        }
        license = strings(doc["license"]).first
        licenseName = string(doc["license_name"])
        licenseLink = string(doc["license_link"])
        datasets = strings(doc["datasets"])
        baseModels = strings(doc["base_model"])
        pipelineTag = string(doc["pipeline_tag"])
        languages = strings(doc["language"])
        metricNames = strings(doc["metrics"])
        tags = strings(doc["tags"])
        libraryName = string(doc["library_name"])
        modelName = string(doc["model_name"])
        for e in (doc["model-index"]?.sequence?.items ?? []).prefix(32) {
            guard e.mapping != nil else { continue }
            if modelName == nil { modelName = string(e["name"]) }
            for r in (e["results"]?.sequence?.items ?? []).prefix(256) {
                guard r.mapping != nil else { continue }
                let ds = r["dataset"]?.mapping.flatMap { string($0["name"]) ?? string($0["type"]) }
                let task = string(r["task"]?["type"])
                if pipelineTag == nil, let task { pipelineTag = task }
                for m in (r["metrics"]?.sequence?.items ?? []).prefix(256) {
                    guard m.mapping != nil, let type = string(m["type"]) ?? string(m["name"]) else { continue }
                    let value = m["value"]?.scalar?.value ?? ""
                    results.append(.init(type: type, value: value, slice: ds))
                }
            }
        }
    }

    public mutating func readConfig(_ bytes: [UInt8]) {
        guard let root = try? JSONParser.parse(bytes, limits: .init(maxDepth: 64, maxValues: 1_000_000)) else { return }
        architectures = (root["architectures"]?.array ?? []).compactMap(\.string)
        modelType = root["model_type"]?.string
        torchDtype = root["torch_dtype"]?.string ?? root["dtype"]?.string
        nameOrPath = root["_name_or_path"]?.string
    }

    /// The task: `pipeline_tag`, else guessed from the architecture's head.
    public var task: String? {
        if let pipelineTag { return pipelineTag }
        let heads: [(String, String)] = [
            ("ForSequenceClassification", "text-classification"), ("ForTokenClassification", "token-classification"),
            ("ForQuestionAnswering", "question-answering"), ("ForCausalLM", "text-generation"), ("ForMaskedLM", "fill-mask"),
            ("ForConditionalGeneration", "text2text-generation"), ("ForImageClassification", "image-classification"),
            ("ForObjectDetection", "object-detection"), ("ForSpeechSeq2Seq", "automatic-speech-recognition"),
            ("ForCTC", "automatic-speech-recognition"),
        ]
        for a in architectures { for (suffix, t) in heads where a.hasSuffix(suffix) { return t } }
        return nil
    }

    /// True when `s` looks like a Hub id (`org/name` or a bare canonical name), not a path or URL.
    public static func isHubID(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 200, !s.hasPrefix("."), !s.hasPrefix("/"), !s.contains("://"), !s.contains("\\") else { return false }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) } }
    }
}
