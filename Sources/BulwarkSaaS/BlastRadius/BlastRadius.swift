import BulwarkCore
import BulwarkSecrets
import Foundation

/// Where a copy of a credential lives: a platform store or a file.
public struct CredentialPlace: Sendable, Hashable, Codable {
    /// `vercel`, `github-actions`, `repository`, `terraform`, `env-file`.
    public var platform: String
    /// `production`, a file path, a workflow path...
    public var detail: String
    /// Whether the platform can hand the value back in clear (Vercel non-Sensitive, committed files).
    public var readable: Bool
    public var label: String { detail.isEmpty ? platform : "\(platform): \(detail)" }
}

/// One credential, what it unlocks and every place that holds it.
public struct CredentialNode: Sendable, Codable {
    public var name: String
    public var provider: String
    public var unlocks: String
    public var severity: Severity
    public var places: [CredentialPlace]
}

/// The blast-radius map of a repository (plus any Vercel export in it).
public struct BlastRadiusMap: Sendable, Codable {
    public var credentials: [CredentialNode]

    /// A Mermaid flowchart: places -> credentials -> services.
    public func mermaid() -> String {
        var s = "flowchart LR\n"
        var placeIDs: [String: String] = [:], serviceIDs: [String: String] = [:]
        for (i, c) in credentials.enumerated() {
            let cid = "k\(i)"
            s += "  \(cid)[\"\(esc(c.name))\"]\n"
            for p in c.places {
                let pid = placeIDs[p.label] ?? { let id = "p\(placeIDs.count)"; placeIDs[p.label] = id; s += "  \(id)([\"\(esc(p.label))\"])\n"; return id }()
                s += "  \(pid) \(p.readable ? "-->" : "-.->") \(cid)\n"
            }
            let sid = serviceIDs[c.provider] ?? { let id = "s\(serviceIDs.count)"; serviceIDs[c.provider] = id; s += "  \(id){{\"\(esc(c.provider))\"}}\n"; return id }()
            s += "  \(cid) ==> \(sid)\n"
        }
        return s
    }

    /// Graphviz dot.
    public func dot() -> String {
        var s = "digraph blast_radius {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n"
        for c in credentials {
            s += "  \"\(esc(c.name))\" [shape=box];\n  \"\(esc(c.name))\" -> \"svc:\(esc(c.provider))\";\n"
            s += "  \"svc:\(esc(c.provider))\" [shape=hexagon, label=\"\(esc(c.provider))\"];\n"
            for p in c.places {
                s += "  \"place:\(esc(p.label))\" [shape=ellipse, label=\"\(esc(p.label))\"];\n"
                s += "  \"place:\(esc(p.label))\" -> \"\(esc(c.name))\"\(p.readable ? "" : " [style=dashed]");\n"
            }
        }
        return s + "}\n"
    }

    public func json() -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? String(decoding: e.encode(self), as: UTF8.self)) ?? "{}"
    }

    func esc(_ s: String) -> String { s.replacingOccurrences(of: "\"", with: "'") }
}

/// A key to rotate after a breach, and why.
public struct RotationStep: Sendable, Codable {
    public var order: Int
    public var name: String
    public var provider: String
    public var unlocks: String
    public var severity: Severity
    public var exposedIn: [String]
    public var alsoStoredIn: [String]
    public var reason: String
}

/// Builds the blast-radius map from files a team already has, offline.
public enum BlastRadius {
    /// The places `map` records credentials in: the names `rotatePlan(_:breached:)` understands.
    public static let platforms = ["vercel", "github-actions", "repository", "terraform", "env-file"]

    /// Checks a `--breached` name against `known` (case-insensitive); throws a one-line error with
    /// the closest known name (edit distance at most 3) when the name is not one of them, so that a
    /// typo never answers "nothing to rotate".
    public static func validateVendor(_ name: String, known: [String] = platforms) throws(VendorError) -> String {
        let v = name.lowercased().trimmingCharacters(in: .whitespaces)
        if known.contains(v) { return v }
        var message = "unknown platform `\(name)`"
        if let guess = closest(v, among: known) { message += "; did you mean \(guess)?" }
        message += " Known: \(known.joined(separator: ", "))."
        throw VendorError(message: message)
    }

    public struct VendorError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// The known name nearest to `word` by edit distance, if within 3 edits and half its length.
    public static func closest(_ word: String, among known: [String]) -> String? {
        let w = Array(word.prefix(64))
        var best: (String, Int)?
        for k in known {
            let d = editDistance(w, Array(k))
            if d < (best?.1 ?? Int.max) { best = (k, d) }
        }
        guard let (name, d) = best, d <= 3, d <= max(1, w.count / 2) else { return nil }
        return name
    }

    /// Levenshtein distance (insert, delete, substitute), O(n·m) with two rows.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// Walks `path` (a repository, possibly with a Vercel export inside) and maps every credential.
    public static func map(path: String, configuration: Configuration = Configuration()) throws -> BlastRadiusMap {
        let (root, onlyFile) = try FileWalker.root(for: path)
        let files = FileWalker(configuration: configuration).walk(root, onlyFile: onlyFile).files
        return map(files: files)
    }

    public static func map(files: [SourceFile]) -> BlastRadiusMap {
        var nodes: [String: CredentialNode] = [:]
        func add(_ name: String, _ pattern: SecretPattern?, _ place: CredentialPlace, severity: Severity? = nil) {
            let key = name.uppercased()
            let providerName = pattern.map { $0.provider == "Generic" ? $0.name : $0.provider }
            var n = nodes[key] ?? CredentialNode(name: name, provider: providerName ?? "unknown service",
                                                  unlocks: pattern?.unlocks ?? "unknown", severity: severity ?? pattern?.severity ?? .medium, places: [])
            if n.provider == "unknown service", let p = pattern, let pn = providerName { n.provider = pn; n.unlocks = p.unlocks }
            if let s = severity ?? pattern?.severity, s > n.severity { n.severity = s }
            if !n.places.contains(place) { n.places.append(place) }
            nodes[key] = n
        }
        for file in files where !file.isVendored {
            let lower = file.relativePath.lowercased()
            var isExport = false
            if let doc = SaaSParser.parse(file) {
                switch doc {
                case .vercelExport(let vars):
                    isExport = true
                    for v in vars where CredentialNames.isCredential(v.key) {
                        for t in v.targets.isEmpty ? ["all"] : v.targets {
                            add(v.key, CredentialNames.provider(forKey: v.key),
                                CredentialPlace(platform: "vercel", detail: t, readable: v.type != "sensitive"))
                        }
                    }
                case .vercelCLI(let vars):
                    for v in vars where CredentialNames.isCredential(v.key) {
                        for t in v.targets.isEmpty ? ["all"] : v.targets {
                            add(v.key, CredentialNames.provider(forKey: v.key),
                                CredentialPlace(platform: "vercel", detail: t, readable: v.type != "sensitive"))
                        }
                    }
                case .terraform(let blocks):
                    for b in blocks where b.kind == "variable" && CredentialNames.isCredential(b.name) {
                        add(b.name.uppercased(), CredentialNames.provider(forKey: b.name),
                            CredentialPlace(platform: "terraform", detail: file.relativePath, readable: !b.sensitive))
                    }
                    // Variables a Terraform configuration stores in Vercel: the same exposure as an export shows.
                    for b in blocks where b.kind == "vercel-env" && CredentialNames.isCredential(b.name) {
                        for t in b.targets.isEmpty ? ["all"] : b.targets {
                            add(b.name, CredentialNames.provider(forKey: b.name),
                                CredentialPlace(platform: "vercel", detail: t, readable: !b.sensitive))
                        }
                    }
                default: break
                }
            }
            if lower.hasPrefix(".github/workflows/"), let text = file.text {
                for name in workflowSecretNames(text) where name != "GITHUB_TOKEN" {
                    add(name, CredentialNames.provider(forKey: name), CredentialPlace(platform: "github-actions", detail: "secrets.\(name)", readable: false))
                }
            }
            // Literal secrets anywhere in the repository.
            // Values inside an export belong to its variables, already mapped above.
            guard !isExport, SecretViews.wants(file) else { continue }
            let model = SecretsModel(file: file)
            for (id, hits) in model.byPattern {
                guard let p = SecretCatalog.pattern(id), !p.publishable else { continue }
                for h in hits {
                    let name = variableName(file: file, line: h.line) ?? "\(p.provider) key \(SecretFindings.redact(h.secret))"
                    let env = file.fileName.hasPrefix(".env")
                    add(name, p, CredentialPlace(platform: env ? "env-file" : "repository", detail: "\(file.relativePath):\(h.line)", readable: true),
                        severity: h.verdict.severity ?? p.severity)
                }
            }
            file.releaseCache()
        }
        let ordered = nodes.values.sorted { ($0.severity, $0.places.count, $1.name) > ($1.severity, $1.places.count, $0.name) }
        return BlastRadiusMap(credentials: ordered)
    }

    /// Keys to rotate after `breached` (a platform: `vercel`, `github-actions`, `repository`...),
    /// most dangerous first: readable copies on the breached platform, production before others,
    /// then by severity and by how many other places hold the same key.
    public static func rotatePlan(_ map: BlastRadiusMap, breached: String) -> [RotationStep] {
        let b = breached.lowercased()
        var steps: [(CredentialNode, [CredentialPlace], Int)] = []
        for c in map.credentials {
            let exposed = c.places.filter { $0.platform == b && $0.readable }
            guard !exposed.isEmpty else { continue }
            let production = exposed.contains { $0.detail == "production" || $0.detail == "all" } ? 1 : 0
            steps.append((c, exposed, production))
        }
        steps.sort { a, c in
            if a.2 != c.2 { return a.2 > c.2 }
            if a.0.severity != c.0.severity { return a.0.severity > c.0.severity }
            if a.0.places.count != c.0.places.count { return a.0.places.count > c.0.places.count }
            return a.0.name < c.0.name
        }
        return steps.enumerated().map { i, s in
            let others = s.0.places.filter { $0.platform != b }.map(\.label)
            var reason = "readable on \(b) (\(s.1.map(\.detail).joined(separator: ", ")))"
            if s.2 == 1 { reason += "; production" }
            if !others.isEmpty { reason += "; the same key also lives in \(others.count) other place(s): rotate it there too" }
            return RotationStep(order: i + 1, name: s.0.name, provider: s.0.provider, unlocks: s.0.unlocks, severity: s.0.severity,
                                exposedIn: s.1.map(\.label), alsoStoredIn: others, reason: reason)
        }
    }

    /// Renders a rotate plan as text, one numbered step per key.
    public static func renderPlan(_ steps: [RotationStep], breached: String) -> String {
        if steps.isEmpty { return "Nothing readable was stored on \(breached); no key needs rotating because of it.\n" }
        var s = "Rotate after a \(breached) breach (most dangerous first):\n"
        for st in steps {
            s += "\(st.order). \(st.name) [\(st.severity)] \(st.provider): \(st.unlocks)\n   why: \(st.reason)\n"
            if !st.alsoStoredIn.isEmpty { s += "   also update: \(st.alsoStoredIn.joined(separator: ", "))\n" }
        }
        return s
    }

    static func workflowSecretNames(_ text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let r = rest.range(of: "secrets.") {
            let name = rest[r.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, !out.contains(String(name)) { out.append(String(name)) }
            rest = rest[r.upperBound...]
        }
        return out
    }

    /// `NAME` from a `NAME=value`, `NAME: value` or `NAME = "value"` line.
    static func variableName(file: SourceFile, line: Int) -> String? {
        // Only the line's first 256 bytes: a name sits at its start, and a minified file's one line
        // may be megabytes long (reading it whole for every secret on it was quadratic).
        guard file.size <= SecretViews.wholeFileLimit, let b = file.bytes, line >= 1 else { return nil }
        let starts = file.lineStarts
        guard line <= starts.count else { return nil }
        let s = starts[line - 1]
        var e = s
        while e < b.count, e - s < 256, b[e] != 0x0A { e += 1 }
        let text = String(decoding: b[s..<e], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        var t = Substring(text)
        if t.hasPrefix("export ") { t = t.dropFirst(7) }
        t = t.drop { $0 == "\"" || $0 == "'" || $0 == "-" || $0 == " " }
        let name = t.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard name.count >= 3, name.contains(where: { $0.isLetter }) else { return nil }
        let after = t.dropFirst(name.count).drop { $0 == "\"" || $0 == "'" || $0 == " " }
        guard after.hasPrefix("=") || after.hasPrefix(":") else { return nil }
        return String(name)
    }
}
