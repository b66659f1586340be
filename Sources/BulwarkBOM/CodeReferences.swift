import Foundation

/// Hugging Face model ids referenced in code: `from_pretrained("org/name", revision="...")`,
/// `hf_hub_download(repo_id=...)`, `snapshot_download(...)`, `pipeline(model=...)`,
/// `SentenceTransformer("...")`. Only string literals count (a variable is not a reference).
public enum CodeReferences {
    public struct Reference: Sendable, Equatable {
        public var modelID: String
        public var revision: String?
        public var path: String
        public var line: Int
        public var function: String
    }

    public static func wants(_ f: RepoFile) -> Bool {
        ["py", "ipynb", "js", "ts", "mjs"].contains(f.fileExtension) && f.size < 4 << 20
    }

    static let functions = ["from_pretrained", "hf_hub_download", "snapshot_download", "pipeline", "SentenceTransformer", "CrossEncoder", "load_dataset"]

    public static func find(path: String, text: String) -> [Reference] {
        var out: [Reference] = []
        // Notebooks hold code as JSON strings: unescape quotes so the same patterns apply.
        let src = path.hasSuffix(".ipynb") ? text.replacingOccurrences(of: "\\\"", with: "\"") : text
        let bytes = Array(src.utf8)
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        func lineOf(_ offset: Int) -> Int {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return lo + 1
        }
        for fn in functions {
            var searchFrom = src.startIndex
            while let r = src.range(of: fn, range: searchFrom..<src.endIndex) {
                searchFrom = r.upperBound
                // Must be a call: name followed by optional spaces and "(".
                var i = r.upperBound
                while i < src.endIndex, src[i] == " " { i = src.index(after: i) }
                guard i < src.endIndex, src[i] == "(" else { continue }
                if r.lowerBound > src.startIndex {
                    let prev = src[src.index(before: r.lowerBound)]
                    if prev.isLetter || prev.isNumber || prev == "_" { continue }
                }
                // The argument text up to the matching parenthesis (bounded).
                var depth = 0
                var j = i
                var count = 0
                while j < src.endIndex, count < 2000 {
                    if src[j] == "(" { depth += 1 }
                    if src[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j = src.index(after: j)
                    count += 1
                }
                let args = String(src[src.index(after: i)..<j])
                if fn == "load_dataset" { continue }  // datasets are not models; recorded by the model card
                let id: String?
                switch fn {
                case "pipeline": id = keyword(args, ["model"])
                case "hf_hub_download", "snapshot_download": id = keyword(args, ["repo_id"]) ?? firstPositional(args)
                default: id = firstPositional(args) ?? keyword(args, ["pretrained_model_name_or_path", "model_name_or_path", "model_name"])
                }
                guard let id, ModelCardFacts.isHubID(id) else { continue }
                if fn == "hf_hub_download" || fn == "snapshot_download", keyword(args, ["repo_type"]).map({ $0 != "model" }) == true { continue }
                let offset = src.utf8.distance(from: src.utf8.startIndex, to: r.lowerBound.samePosition(in: src.utf8) ?? src.utf8.startIndex)
                out.append(Reference(modelID: id, revision: keyword(args, ["revision"]), path: path, line: lineOf(offset), function: fn))
            }
        }
        return out.sorted { ($0.line, $0.modelID) < ($1.line, $1.modelID) }
    }

    /// The value of `name="..."` / `name='...'` in an argument list.
    static func keyword(_ args: String, _ names: [String]) -> String? {
        for n in names {
            var from = args.startIndex
            while let r = args.range(of: n, range: from..<args.endIndex) {
                from = r.upperBound
                if r.lowerBound > args.startIndex {
                    let prev = args[args.index(before: r.lowerBound)]
                    if prev.isLetter || prev.isNumber || prev == "_" { continue }
                }
                var i = r.upperBound
                while i < args.endIndex, args[i] == " " { i = args.index(after: i) }
                guard i < args.endIndex, args[i] == "=" || args[i] == ":" else { continue }
                i = args.index(after: i)
                while i < args.endIndex, args[i] == " " { i = args.index(after: i) }
                if let s = literal(args, at: i) { return s }
            }
        }
        return nil
    }

    static func firstPositional(_ args: String) -> String? {
        var i = args.startIndex
        while i < args.endIndex, args[i] == " " || args[i] == "\n" || args[i] == "\t" { i = args.index(after: i) }
        return literal(args, at: i)
    }

    static func literal(_ s: String, at i: String.Index) -> String? {
        guard i < s.endIndex, s[i] == "\"" || s[i] == "'" else { return nil }
        let q = s[i]
        let start = s.index(after: i)
        guard let end = s[start...].firstIndex(of: q) else { return nil }
        let v = String(s[start..<end])
        return v.contains("\n") || v.isEmpty ? nil : v
    }
}
