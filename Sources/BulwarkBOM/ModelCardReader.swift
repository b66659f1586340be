import BulwarkFormats
import Foundation
import Yams

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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return }
        lines.removeFirst()
        guard let end = lines.prefix(5000).firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return }
        let yaml = lines[..<end].joined(separator: "\n")
        guard let doc = try? Yams.load(yaml: yaml) as? [String: Any] else { return }
        func strings(_ v: Any?) -> [String] {
            if let s = v as? String { return [s] }
            if let a = v as? [Any] { return a.compactMap { $0 as? String ?? ($0 as? [String: Any])?["name"] as? String } }
            return []
        }
        license = strings(doc["license"]).first
        licenseName = doc["license_name"] as? String
        licenseLink = doc["license_link"] as? String
        datasets = strings(doc["datasets"])
        baseModels = strings(doc["base_model"])
        pipelineTag = doc["pipeline_tag"] as? String
        languages = strings(doc["language"])
        metricNames = strings(doc["metrics"])
        tags = strings(doc["tags"])
        libraryName = doc["library_name"] as? String
        modelName = doc["model_name"] as? String
        for entry in (doc["model-index"] as? [Any] ?? []).prefix(32) {
            guard let e = entry as? [String: Any] else { continue }
            if modelName == nil { modelName = e["name"] as? String }
            for r in (e["results"] as? [Any] ?? []).prefix(256) {
                guard let r = r as? [String: Any] else { continue }
                let ds = (r["dataset"] as? [String: Any]).flatMap { ($0["name"] as? String) ?? ($0["type"] as? String) }
                let task = (r["task"] as? [String: Any])?["type"] as? String
                if pipelineTag == nil, let task { pipelineTag = task }
                for m in (r["metrics"] as? [Any] ?? []).prefix(256) {
                    guard let m = m as? [String: Any], let type = (m["type"] as? String) ?? (m["name"] as? String) else { continue }
                    let value = m["value"].map { "\($0)" } ?? ""
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
