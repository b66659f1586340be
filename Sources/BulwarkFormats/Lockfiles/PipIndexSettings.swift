import Foundation

/// Package indexes configured outside requirements files: `pip.conf` / `pip.ini`, `PIP_EXTRA_INDEX_URL`
/// and `--extra-index-url` in environment files, CI configuration and Dockerfiles.
///
/// These settings apply to every install of a machine, image or job, so an extra index set there mixes
/// with the public index for every package, whatever the requirements files say. The reader is
/// line-based and bounded (it keeps at most `maxIndexes` indexes per file); it never fails.
public enum PipIndexSettings {
    static let maxIndexes = 1_000

    /// `pip.conf` / `pip.ini` (INI): `index-url`, `extra-index-url` (several URLs, continuation lines)
    /// and `find-links` in any section (`[global]`, `[install]`, `[download]`...).
    public static func pipConf(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .pipConfig)
        var currentKey: String?
        for (n, raw) in textLines(bytes) {
            guard file.indexes.count < maxIndexes else { break }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("[") { currentKey = nil; continue }
            let continuation = raw.first == " " || raw.first == "\t"
            var value: Substring
            if continuation, currentKey != nil {
                value = Substring(trimmed)
            } else if let sep = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) {
                currentKey = normalizedKey(trimmed[..<sep])
                value = trimmed[trimmed.index(after: sep)...]
            } else {
                currentKey = nil
                continue
            }
            guard let key = currentKey else { continue }
            let isExtra: Bool
            switch key {
            case "extra-index-url", "find-links": isExtra = true
            case "index-url": isExtra = false
            default: continue
            }
            for url in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) where !url.hasPrefix("#") {
                file.indexes.append(PackageIndex(url: redactedURL(String(url)), isExtra: isExtra, line: n))
            }
        }
        return file
    }

    /// Environment files and CI configuration: `PIP_EXTRA_INDEX_URL` / `PIP_INDEX_URL` /
    /// `PIP_FIND_LINKS` assignments (`KEY=value`, `KEY: value`, `export KEY=...`) and `pip`/`uv pip`
    /// command options (`--extra-index-url URL`, `--extra-index-url=URL`, `pip config set
    /// global.extra-index-url URL`).
    public static func environmentOrCI(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .installSettings)
        // Cheap pre-check: most CI files and env files mention no index at all.
        guard containsASCIICaseInsensitive(bytes, "index-url") || containsASCIICaseInsensitive(bytes, "index_url")
                || containsASCIICaseInsensitive(bytes, "find-links") || containsASCIICaseInsensitive(bytes, "find_links") else {
            return file
        }
        var lines = textLines(bytes).makeIterator()
        while file.indexes.count < maxIndexes, let (n, raw) = lines.next() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            // A shell command continued with `\` (CI run blocks) is one command, reported at its first line.
            var joined = 0
            while line.hasSuffix("\\"), joined < 200, let (_, nextRaw) = lines.next() {
                line.removeLast()
                line += " " + nextRaw.trimmingCharacters(in: .whitespaces)
                joined += 1
            }
            file.indexes += indexes(inLine: line, number: n)
        }
        return file
    }

    /// Indexes a single line sets: an environment assignment or command options. Also used for
    /// Dockerfile `ENV`/`ARG` and `RUN` lines.
    public static func indexes(inLine line: String, number: Int) -> [PackageIndex] {
        var out: [PackageIndex] = []
        let upper = line.uppercased()
        // Environment assignments.
        for (key, extra) in [("PIP_EXTRA_INDEX_URL", true), ("PIP_FIND_LINKS", true), ("PIP_INDEX_URL", false)] {
            var search = upper.startIndex
            while let r = upper.range(of: key, range: search..<upper.endIndex) {
                search = r.upperBound
                // A whole word: not `MY_PIP_INDEX_URL_NOTE`.
                if r.lowerBound > upper.startIndex, isWordChar(upper[upper.index(before: r.lowerBound)]) { continue }
                let offset = upper.distance(from: upper.startIndex, to: r.upperBound)
                var rest = line[line.index(line.startIndex, offsetBy: offset)...].drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }
                guard let first = rest.first, first == "=" || first == ":" else {
                    // Dockerfile `ENV KEY value` form.
                    if rest.hasPrefix("http") || rest.hasPrefix("$") { out += urls(in: rest, extra: extra, line: number) }
                    continue
                }
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                out += urls(in: rest, extra: extra, line: number)
            }
        }
        // Command options, per shell command (`a && b; c`): an index given to one install applies to it.
        for segment in line.split(whereSeparator: { $0 == ";" || $0 == "&" || $0 == "|" }).map(String.init) {
            let lower = segment.lowercased()
            guard lower.contains("index-url") || lower.contains("find-links") else { continue }
            let names = installedNames(in: segment)
            for (flag, extra) in [("--extra-index-url", true), ("--find-links", true), ("--index-url", false),
                                  ("global.extra-index-url", true), ("install.extra-index-url", true)] {
                var search = lower.startIndex
                while let r = lower.range(of: flag, range: search..<lower.endIndex) {
                    search = r.upperBound
                    if r.lowerBound > lower.startIndex {
                        let before = lower[lower.index(before: r.lowerBound)]
                        // `--index-url` inside `--extra-index-url`; a flag preceded by a word character is another word.
                        if before == "-" || isWordChar(before) || before == "." { continue }
                    }
                    let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                    var rest = segment[segment.index(segment.startIndex, offsetBy: offset)...]
                    guard let first = rest.first, first == "=" || first == " " || first == "\t" else { continue }
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                    out += urls(in: rest, extra: extra, line: number, first: true).map {
                        var ix = $0
                        ix.installs = names
                        return ix
                    }
                }
            }
        }
        return out
    }

    /// Options of `pip install` that take a value.
    static let optionsWithValue: Set<String> = ["-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-c",
                                                "--constraint", "-t", "--target", "--prefix", "--root", "--python",
                                                "--platform", "--python-version", "--implementation", "--abi",
                                                "--only-binary", "--no-binary", "--progress-bar", "--cache-dir",
                                                "--src", "--trusted-host", "--timeout", "--retries", "--log",
                                                "--upgrade-strategy", "--config-settings", "-C", "--proxy", "--cert",
                                                "--client-cert", "--exists-action", "--report", "--index-strategy"]

    /// The registry names a `pip install` / `uv pip install` / `pip3 install` command names, without
    /// versions; local paths and expressions are skipped. Nil when the command is not an install or
    /// also installs from a requirements file or an editable checkout (its names are elsewhere).
    public static func installedNames(in command: String) -> [String]? {
        let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\\" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }.filter { !$0.isEmpty }
        guard let install = words.indices.first(where: { i in isPipInstall(words, at: i) }) else { return nil }
        var names: [String] = []
        var i = install + 1
        var inExpression = false
        while i < words.count {
            let w = words[i]
            i += 1
            if inExpression { if w.contains("}}") { inExpression = false }; continue }
            if w.hasPrefix("${{") { inExpression = !w.contains("}}"); continue }
            // `torch==${{ matrix.version }}+cpu`: the name, then the expression's words are skipped.
            if let open = w.range(of: "${{"), !w[open.upperBound...].contains("}}") { inExpression = true }
            if w == "-r" || w == "--requirement" || w.hasPrefix("--requirement=") || w == "-e" || w == "--editable" { return nil }
            if w.hasPrefix("-") {
                if optionsWithValue.contains(w) { i += 1 }
                continue
            }
            if isLocalOrVariable(w) { continue }
            let end = w.firstIndex { "<>=!~[;@ ,".contains($0) } ?? w.endIndex
            let name = String(w[..<end])
            if !name.isEmpty, name.allSatisfy(isNameChar) { names.append(name) }
        }
        return names
    }

    /// URLs at the start of `text`: quoted (several, space-separated) or one bare word.
    static func urls(in text: Substring, extra: Bool, line: Int, first: Bool = false) -> [PackageIndex] {
        var t = text
        // A CI expression (`${{ secrets.PRIVATE_INDEX }}`) stands for one URL.
        if t.hasPrefix("${{"), let close = t.range(of: "}}") {
            return [PackageIndex(url: String(t[..<close.upperBound]), isExtra: extra, line: line)]
        }
        var quote: Character?
        if let q = t.first, q == "\"" || q == "'" { quote = q; t = t.dropFirst() }
        let end = t.firstIndex { c in
            if let q = quote { return c == q }
            return c == " " || c == "\t" || c == "\"" || c == "'" || c == ";" || c == "&" || c == "|" || c == "\\" || c == ")"
        } ?? t.endIndex
        let value = t[..<end]
        var words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if first || quote == nil { words = Array(words.prefix(1)) }
        return words.filter { looksLikeIndex($0) }.map { PackageIndex(url: redactedURL($0), isExtra: extra, line: line) }
    }

    /// A URL, a path or a variable reference (`${{ secrets.INDEX }}`, `$PRIVATE_INDEX`) that stands for one.
    static func looksLikeIndex(_ s: String) -> Bool {
        s.contains("://") || s.hasPrefix("$") || s.hasPrefix("/") || s.hasPrefix("./")
    }

    /// The URL without its user-info (tokens often sit there: `https://user:TOKEN@host/simple`).
    public static func redactedURL(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<hostEnd].lastIndex(of: "@") else { return url }
        return String(url[..<scheme.upperBound]) + "***@" + rest[rest.index(after: at)...]
    }

    /// `install` after `pip`, `pip3`, `pip3.12` or `python -m pip` / `uv pip`.
    static func isPipInstall(_ words: [String], at i: Int) -> Bool {
        guard words[i] == "install", i > 0 else { return false }
        let tool = words[i - 1].split(separator: "/").last.map(String.init) ?? words[i - 1]
        return tool.hasPrefix("pip")
    }

    static func isLocalOrVariable(_ w: String) -> Bool {
        if w.hasPrefix("$") || w.hasPrefix(".") || w.hasPrefix("~") { return true }
        return w.contains("/")
    }

    static func isNameChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == "."
    }

    static func normalizedKey(_ s: Substring) -> String {
        s.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
    }

    static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    static func containsASCIICaseInsensitive(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.lowercased().utf8)
        guard !n.isEmpty, bytes.count >= n.count else { return false }
        let first = n[0]
        var i = 0
        let last = bytes.count - n.count
        while i <= last {
            if bytes[i] | 0x20 == first {
                var j = 1
                while j < n.count, (bytes[i + j] | (n[j] >= 0x61 && n[j] <= 0x7A ? 0x20 : 0)) == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
