import BulwarkCore
import Foundation

/// Scans git history for secrets: the added lines of every commit's patch.
///
/// Input is the output of `git log -p --all --no-color --no-ext-diff -U0 --format=commit%x20%H`
/// (plain `git log -p --all` works too). Each finding names the commit that introduced the secret (the
/// oldest commit adding that secret to that path) in the `commit` property; secrets removed from HEAD
/// are still reported, since every clone keeps them.
public enum GitHistoryScanner {
    /// The `git log` arguments this parser expects. `--no-textconv` and `--no-ext-diff` keep git from
    /// running the diff programs a scanned repository's config and attributes may name (see
    /// `Subprocess.gitSafetySettings` for the rest).
    public static let gitLogArguments = ["log", "-p", "--all", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                                         "-U0", "--format=commit %H%nAuthor: %an%nDate: %aI"]

    /// Added bytes kept for one file of one commit before they are scanned and dropped.
    static let maxPendingBytes = 64 << 20
    /// Longest line kept whole; the rest of a longer line is not scanned (a finding says so).
    static let maxLineBytes = 16 << 20

    /// Scans a `git log -p` stream held in memory. Honors rule enablement and `ignore-paths`.
    public static func scan(gitLog: [UInt8], configuration: Configuration = Configuration(),
                            engine: SecretEngine = SecretCatalog.engine) -> [Finding] {
        let parser = HistoryParser(configuration: configuration, engine: engine)
        parser.feed(gitLog[...])
        return parser.finish()
    }

    /// Runs `git log` in `repository` and scans its output as it streams, so memory stays bounded
    /// whatever the size of the history. Throws when git fails.
    public static func scan(repository: String, configuration: Configuration = Configuration()) throws -> [Finding] {
        let parser = HistoryParser(configuration: configuration, engine: SecretCatalog.engine)
        let r: (status: Int32, stderr: String, stopped: Bool)
        do {
            r = try Subprocess.gitStream(repository, gitLogArguments) { chunk in
                parser.feed(chunk[...])
                return true
            }
        } catch { throw HistoryError(message: "\(error)") }
        guard r.status == 0 else {
            let line = r.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(r.status)"
            throw HistoryError(message: "git log failed: \(line)")
        }
        return parser.finish()
    }

    /// A `git log -p` reader fed in chunks of any size.
    ///
    /// Headers are recognised only where git writes them: `+++ b/path` counts as a file header only
    /// between `diff --git` and the first `@@` hunk of that file, so an added content line that reads
    /// `++ b/x` (shown as `+++ b/x`) is content, not a new file.
    final class HistoryParser {
        let configuration: Configuration
        let engine: SecretEngine
        let rules: [String: SecretPatternRule]
        var found: [String: Finding] = [:] // path + rule + secret hash -> oldest commit's finding
        var order: [String] = []
        var commit = "", date = "", path: String? = nil
        var inHeader = false
        var added: [UInt8] = []
        var addedLines: [Int] = [] // new-file line number of each added line
        var newLine = 0
        var partial: [UInt8] = []
        var partialTruncated = false
        var truncatedLines: [(path: String, commit: String, line: Int)] = []

        init(configuration: Configuration, engine: SecretEngine) {
            self.configuration = configuration
            self.engine = engine
            self.rules = Dictionary(SecretsScanner.allRules.map { ($0.pattern.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        func feed(_ chunk: ArraySlice<UInt8>) {
            var i = chunk.startIndex
            let n = chunk.endIndex
            while i < n {
                guard let nl = chunk[i..<n].firstIndex(of: 0x0A) else {
                    appendPartial(chunk[i..<n])
                    return
                }
                if partial.isEmpty && !partialTruncated {
                    handle(chunk[i..<nl], truncated: false)
                } else {
                    appendPartial(chunk[i..<nl])
                    let line = partial, t = partialTruncated
                    partial.removeAll(keepingCapacity: true); partialTruncated = false
                    handle(line[...], truncated: t)
                }
                i = nl + 1
            }
        }

        private func appendPartial(_ bytes: ArraySlice<UInt8>) {
            let room = GitHistoryScanner.maxLineBytes - partial.count
            if bytes.count <= room { partial.append(contentsOf: bytes) } else {
                partial.append(contentsOf: bytes.prefix(max(0, room)))
                partialTruncated = true
            }
        }

        func finish() -> [Finding] {
            if !partial.isEmpty || partialTruncated {
                let line = partial, t = partialTruncated
                partial = []; partialTruncated = false
                handle(line[...], truncated: t)
            }
            flush()
            var out = order.compactMap { found[$0] }
            for t in truncatedLines.prefix(100) {
                out.append(Finding(rule: FileWalker.scanErrorRule,
                                   message: "a line added in commit \(t.commit.prefix(12)) is longer than \(GitHistoryScanner.maxLineBytes >> 20) MiB; only its first \(GitHistoryScanner.maxLineBytes >> 20) MiB were scanned for secrets",
                                   location: Location(path: t.path, startLine: t.line), anchor: t.commit + ":" + String(t.line)))
            }
            return out.sorted(by: Finding.stableOrder)
        }

        private func handle(_ line: ArraySlice<UInt8>, truncated: Bool) {
            if line.starts(with: Self.commitPrefix) {
                flush(); path = nil; inHeader = false
                commit = String(decoding: line.dropFirst(7).prefix(40), as: UTF8.self)
            } else if line.starts(with: Self.datePrefix) && path == nil && !inHeader {
                date = String(decoding: line.dropFirst(5), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            } else if line.starts(with: Self.diffPrefix) {
                flush(); path = nil; inHeader = true
            } else if inHeader && line.starts(with: Self.newFilePrefix) {
                flush()
                let rest = String(decoding: line.dropFirst(4), as: UTF8.self)
                path = rest == "/dev/null" ? nil : (rest.hasPrefix("b/") ? String(rest.dropFirst(2)) : rest)
            } else if line.starts(with: Self.hunkPrefix) && (inHeader || path != nil) {
                inHeader = false
                // @@ -a,b +c,d @@: new-file lines start at c.
                let text = String(decoding: line.prefix(200), as: UTF8.self)
                if let plus = text.split(separator: " ").first(where: { $0.hasPrefix("+") }) {
                    newLine = Int(plus.dropFirst().split(separator: ",").first ?? "1") ?? 1
                }
            } else if !inHeader, line.first == UInt8(ascii: "+"), let p = path {
                if truncated { truncatedLines.append((p, commit, newLine)) }
                added.append(contentsOf: line.dropFirst())
                added.append(0x0A)
                addedLines.append(newLine)
                newLine += 1
            } else if !inHeader, line.first == UInt8(ascii: " ") {
                newLine += 1
            }
            if added.count > GitHistoryScanner.maxPendingBytes { flush() }
        }

        static let commitPrefix = Array("commit ".utf8)
        static let datePrefix = Array("Date:".utf8)
        static let diffPrefix = Array("diff --git ".utf8)
        static let newFilePrefix = Array("+++ ".utf8)
        static let hunkPrefix = Array("@@ ".utf8)

        private func flush() {
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
    }

    public struct HistoryError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
