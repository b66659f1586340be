import BulwarkCore
import Foundation

/// Scans git history for secrets: the added lines of every commit's patch.
///
/// Input is the output of `git log -p --all --no-color --no-ext-diff -U0 --format=commit%x20%H`
/// (plain `git log -p --all` works too). Each finding names the commit that introduced the secret (the
/// oldest commit adding that secret to that path) in the `commit` property; secrets removed from HEAD
/// are still reported, since every clone keeps them.
public enum GitHistoryScanner {
    /// The `git log` arguments this parser expects.
    public static let gitLogArguments = ["log", "-p", "--all", "--no-color", "--no-ext-diff", "--no-renames", "-U0",
                                         "--format=commit %H%nAuthor: %an%nDate: %aI"]

    /// Scans a `git log -p` stream. Honors rule enablement and `ignore-paths` from the configuration.
    public static func scan(gitLog: [UInt8], configuration: Configuration = Configuration(),
                            engine: SecretEngine = SecretCatalog.engine) -> [Finding] {
        var found: [String: Finding] = [:] // path + rule + secret hash -> oldest commit's finding
        var order: [String] = []
        let rules = Dictionary(SecretsScanner.allRules.map { ($0.pattern.id, $0) }, uniquingKeysWith: { a, _ in a })

        var commit = "", date = "", path: String? = nil
        var added: [UInt8] = []
        var addedLines: [Int] = [] // new-file line number of each added line
        var newLine = 0

        func flush() {
            defer { added.removeAll(keepingCapacity: true); addedLines.removeAll(keepingCapacity: true) }
            guard let p = path, !added.isEmpty else { return }
            let file = SourceFile(relativePath: p, bytes: added)
            guard SecretViews.wants(file) else { return }
            for segment in SecretViews.segments(for: file) {
                for hit in engine.scan(segment.bytes, path: p) {
                    let pattern = engine.patterns[hit.patternIndex]
                    guard let rule = rules[pattern.id] else { continue }
                    let settings = configuration.settings(for: rule.description)
                    guard settings.enabled else { continue }
                    if settings.strings("ignore-paths").map(Glob.init).contains(where: { $0.matches(p) }) { continue }
                    var line = 1, column = 1
                    var encoding: String? = nil
                    switch segment.origin {
                    case .raw:
                        let lc = file.lineColumn(ofByte: hit.range.lowerBound)
                        line = lc.line; column = lc.column
                    case .decoded(let l, let c, let e):
                        line = l; column = c; encoding = e
                    }
                    let fileLine = line - 1 < addedLines.count ? addedLines[line - 1] : line
                    let located = LocatedSecret(patternIndex: hit.patternIndex, secret: hit.secret, verdict: hit.verdict,
                                                line: fileLine, column: column, endColumn: nil, encoding: encoding)
                    var f = SecretFindings.make(pattern, rule: rule.description, located: located, path: p,
                                                extraProperties: ["commit": commit, "commitDate": date])
                    if let s = settings.severity { f.severity = s }
                    f.message += " (introduced in commit \(commit.prefix(12)))"
                    let key = p + "\u{0}" + pattern.id + "\u{0}" + (f.properties["secretHash"] ?? "")
                    // git log lists newest first: a later entry is an older commit, which introduced it.
                    if found[key] == nil { order.append(key) }
                    found[key] = f
                }
            }
        }

        var i = 0
        let n = gitLog.count
        while i < n {
            var e = i
            while e < n, gitLog[e] != 0x0A { e += 1 }
            let line = gitLog[i..<e]
            i = e + 1
            if line.starts(with: Array("commit ".utf8)) {
                flush(); path = nil
                commit = String(decoding: line.dropFirst(7).prefix(40), as: UTF8.self)
            } else if line.starts(with: Array("Date:".utf8)) {
                date = String(decoding: line.dropFirst(5), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            } else if line.starts(with: Array("diff --git ".utf8)) {
                flush(); path = nil
            } else if line.starts(with: Array("+++ ".utf8)) {
                flush()
                let rest = String(decoding: line.dropFirst(4), as: UTF8.self)
                path = rest == "/dev/null" ? nil : (rest.hasPrefix("b/") ? String(rest.dropFirst(2)) : rest)
            } else if line.starts(with: Array("@@ ".utf8)) {
                // @@ -a,b +c,d @@: new-file lines start at c.
                let text = String(decoding: line, as: UTF8.self)
                if let plus = text.split(separator: " ").first(where: { $0.hasPrefix("+") }) {
                    newLine = Int(plus.dropFirst().split(separator: ",").first ?? "1") ?? 1
                }
            } else if line.first == UInt8(ascii: "+"), path != nil {
                added.append(contentsOf: line.dropFirst())
                added.append(0x0A)
                addedLines.append(newLine)
                newLine += 1
            } else if line.first == UInt8(ascii: " ") {
                newLine += 1
            }
            if added.count > 64 << 20 { flush() }
        }
        flush()
        return order.compactMap { found[$0] }.sorted(by: Finding.stableOrder)
    }

    /// Runs `git log` in `repository` and scans its output. Throws when git fails.
    public static func scan(repository: String, configuration: Configuration = Configuration()) throws -> [Finding] {
        let r: Subprocess.Output
        do { r = try Subprocess.git(repository, gitLogArguments) } catch { throw HistoryError(message: "\(error)") }
        guard r.status == 0 else { throw HistoryError(message: "git log failed: \(r.errorLine)") }
        return scan(gitLog: r.stdout, configuration: configuration)
    }

    public struct HistoryError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
