import Foundation

/// A PEP 508 requirement string split into its parts.
public struct PEP508Requirement: Sendable, Hashable {
    public var name: String
    public var extras: [String]
    /// Version specifiers (`>=1.0,<2`), empty when none.
    public var specifier: String
    /// A direct reference (`name @ https://...`).
    public var url: String?
    public var markers: String?

    /// The pinned version for `==X` / `===X` (not `==X.*`).
    public var pinnedVersion: String? {
        let s = specifier.trimmingCharacters(in: .whitespaces)
        if s.contains(",") { return nil }
        for op in ["===", "=="] where s.hasPrefix(op) {
            let v = s.dropFirst(op.count).trimmingCharacters(in: .whitespaces)
            return v.isEmpty || v.hasSuffix(".*") ? nil : v
        }
        return nil
    }

    /// Parses `name[extra] (>=1) ; marker` or `name @ url ; marker`; nil when there is no valid name.
    public static func parse(_ raw: String) -> PEP508Requirement? {
        var s = Substring(raw.trimmingCharacters(in: .whitespaces))
        var markers: String?
        if let semi = s.firstIndex(of: ";") {
            let m = s[s.index(after: semi)...].trimmingCharacters(in: .whitespaces)
            markers = m.isEmpty ? nil : m
            s = s[..<semi]
        }
        let nameEnd = s.firstIndex { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") } ?? s.endIndex
        let name = String(s[..<nameEnd])
        // Non-ASCII letters are not valid PEP 508 names, but they are kept: a Cyrillic `е` in `rеquests` is a
        // confusable squat that a reviewer cannot see, and the typosquat check must get to report it.
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return nil }
        var rest = s[nameEnd...].drop { $0 == " " }
        var extras: [String] = []
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            extras = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        if rest.first == "@" {
            let url = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            return PEP508Requirement(name: name, extras: extras, specifier: "", url: url.isEmpty ? nil : url, markers: markers)
        }
        var spec = rest.trimmingCharacters(in: .whitespaces)
        if spec.hasPrefix("("), spec.hasSuffix(")") { spec = String(spec.dropFirst().dropLast()) }
        if !spec.isEmpty, !spec.hasPrefix("=") && !spec.hasPrefix("<") && !spec.hasPrefix(">") && !spec.hasPrefix("~") && !spec.hasPrefix("!") {
            return nil
        }
        return PEP508Requirement(name: name, extras: extras, specifier: spec.replacingOccurrences(of: " ", with: ""),
                                 url: nil, markers: markers)
    }
}

/// Python source URL helpers shared by the Python parsers.
enum PythonSource {
    /// Kind, URL and git ref of a direct reference (`git+https://host/x.git@v1#egg=x`).
    static func classify(_ url: String) -> (PackageSourceKind, String, String?) {
        let lower = url.lowercased()
        for vcs in ["git+", "hg+", "svn+", "bzr+"] where lower.hasPrefix(vcs) {
            var u = String(url.dropFirst(vcs.count))
            if let hash = u.firstIndex(of: "#") { u = String(u[..<hash]) }
            var ref: String?
            // The ref follows the last `@` after the host part.
            if let schemeEnd = u.range(of: "://") {
                let afterScheme = u[schemeEnd.upperBound...]
                if let slash = afterScheme.firstIndex(of: "/"), let at = afterScheme[slash...].lastIndex(of: "@") {
                    ref = String(afterScheme[afterScheme.index(after: at)...])
                    u = String(u[..<at])
                }
            }
            return (.git, u, ref)
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("ftp://") {
            return (.url, url, nil)
        }
        if lower.hasPrefix("file:") || url.hasPrefix(".") || url.hasPrefix("/") { return (.path, url, nil) }
        return (.unknown, url, nil)
    }

    /// The `#egg=name` fragment, or the archive's file name stem.
    static func nameFromURL(_ url: String) -> String? {
        if let r = url.range(of: "#egg=") {
            let n = url[r.upperBound...].prefix { $0 != "&" && $0 != "[" }
            if !n.isEmpty { return String(n) }
        }
        var path = url
        if let h = path.firstIndex(of: "#") { path = String(path[..<h]) }
        if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
        guard var file = path.split(separator: "/").last.map(String.init) else { return nil }
        if path.hasPrefix("git+") || file.hasSuffix(".git") {
            if file.hasSuffix(".git") { file = String(file.dropLast(4)) }
            if let at = file.firstIndex(of: "@") { file = String(file[..<at]) }
            return file.isEmpty ? nil : file
        }
        for ext in [".tar.gz", ".tar.bz2", ".zip", ".whl", ".tgz"] where file.hasSuffix(ext) {
            let stem = file.dropLast(ext.count)
            return stem.split(separator: ext == ".whl" ? "-" : "-").dropLast().joined(separator: "-").nonEmpty ?? String(stem)
        }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// pip requirements files: requirements, options, hashes, includes and direct references.
public enum RequirementsParser {
    /// Lines read from one requirements file. Real ones have at most a few thousand (hash-pinned
    /// files about 30 a package); 5 million lines of `a==1` took 1 GB and 47 s (debug) as packages.
    public static let maxLines = 200_000

    /// The error for a file over `maxLines`, or nil (a count of newlines, no text built).
    static func lineLimitProblem(_ bytes: [UInt8]) -> String? {
        var lines = 1
        for c in bytes where c == 0x0A {
            lines += 1
            if lines > maxLines {
                return "more than \(maxLines) lines, the most Bulwark reads in a requirements file (real ones have a few thousand)"
            }
        }
        return nil
    }

    public static func parse(path: String, bytes: [UInt8], limits: LockfileParser.Limits = .init(),
                             resolve: LockfileParser.Resolver = { _ in nil }) throws(LockfileError) -> DependencyFile {
        if let problem = lineLimitProblem(bytes) { throw LockfileError(problem, line: maxLines + 1) }
        var file = DependencyFile(path: path, kind: .requirementsTxt)
        var visited: Set<String> = [path]
        parseInto(&file, path: path, bytes: bytes, depth: 0, declaredIn: nil, limits: limits, resolve: resolve, visited: &visited)
        return file
    }

    /// Logical lines: comments stripped, `\` continuations joined, numbered by their first line.
    static func logicalLines(_ bytes: [UInt8]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var pending = ""
        var pendingLine = 0
        for (n, raw) in textLines(bytes) {
            var l = String(raw)
            // A comment starts at `#` at line start or after whitespace (URLs keep `#egg=`).
            if l.hasPrefix("#") { l = "" }
            else if let r = l.range(of: " #") ?? l.range(of: "\t#") { l = String(l[..<r.lowerBound]) }
            if pending.isEmpty { pendingLine = n }
            let trimmed = l.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("\\") {
                pending += String(trimmed.dropLast()) + " "
                continue
            }
            pending += trimmed
            let t = pending.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty { out.append((pendingLine, t)) }
            pending = ""
        }
        let t = pending.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty { out.append((pendingLine, t)) }
        return out
    }

    static func parseInto(_ file: inout DependencyFile, path: String, bytes: [UInt8], depth: Int, declaredIn: String?,
                          limits: LockfileParser.Limits, resolve: LockfileParser.Resolver, visited: inout Set<String>) {
        let dir = RepoPath.directory(of: path)
        for (line, text) in logicalLines(bytes) {
            if file.packages.count >= limits.maxPackages { break }
            let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = tokens.first else { continue }
            func optionValue(_ names: [String]) -> String? {
                for n in names {
                    if first == n { return tokens.count > 1 ? tokens[1] : nil }
                    if first.hasPrefix(n + "=") { return String(first.dropFirst(n.count + 1)) }
                }
                if first.count > 2, names.contains(String(first.prefix(2))), !first.hasPrefix("--") { return String(first.dropFirst(2)) }
                return nil
            }
            if first.hasPrefix("-") && !first.hasPrefix("-e") && first != "--editable" && !first.hasPrefix("--editable=") {
                if let inc = optionValue(["-r", "--requirement"]) ?? optionValue(["-c", "--constraint"]) {
                    let isConstraint = first.hasPrefix("-c") || first.hasPrefix("--constraint")
                    if declaredIn == nil || depth > 0 {
                        var entry = IncludedFile(path: inc, isConstraint: isConstraint, line: line)
                        if let target = RepoPath.resolve(inc, from: dir) {
                            entry.path = target
                            if depth + 1 > limits.maxIncludeDepth {
                                entry.problem = "includes nested deeper than \(limits.maxIncludeDepth)"
                            } else if visited.contains(target) {
                                entry.problem = "include cycle"
                            } else if let data = resolve(target) {
                                visited.insert(target)
                                if let problem = lineLimitProblem(data) {
                                    entry.problem = problem
                                } else if !isConstraint {
                                    parseInto(&file, path: target, bytes: data, depth: depth + 1, declaredIn: target,
                                              limits: limits, resolve: resolve, visited: &visited)
                                }
                            } else {
                                entry.problem = "file not found in the repository"
                            }
                        } else {
                            entry.problem = "points outside the repository"
                        }
                        if depth == 0 { file.includes.append(entry) }
                    }
                } else if let url = optionValue(["-i", "--index-url"]) {
                    if depth == 0 { file.indexes.append(PackageIndex(url: url, isExtra: false, line: line)) }
                } else if let url = optionValue(["--extra-index-url"]) {
                    if depth == 0 { file.indexes.append(PackageIndex(url: url, isExtra: true, line: line)) }
                } else if let url = optionValue(["-f", "--find-links"]) {
                    if depth == 0 { file.indexes.append(PackageIndex(url: url, isExtra: true, line: line)) }
                }
                continue
            }
            var editable = false
            var reqTokens = tokens
            if first == "-e" || first == "--editable" {
                editable = true
                reqTokens.removeFirst()
            } else if first.hasPrefix("--editable=") {
                editable = true
                reqTokens[0] = String(first.dropFirst("--editable=".count))
            } else if first.hasPrefix("-e"), first.count > 2 {
                editable = true
                reqTokens[0] = String(first.dropFirst(2))
            }
            // Per-requirement options (--hash=..., --config-settings) follow the requirement.
            var hashes: [String] = []
            var specParts: [String] = []
            var k = 0
            while k < reqTokens.count {
                let t = reqTokens[k]
                if t.hasPrefix("--hash=") { hashes.append(String(t.dropFirst(7))) }
                else if t == "--hash", k + 1 < reqTokens.count { hashes.append(reqTokens[k + 1]); k += 1 }
                else if t.hasPrefix("--") { if !t.contains("="), k + 1 < reqTokens.count, !reqTokens[k + 1].hasPrefix("-") { k += 1 } }
                else { specParts.append(t) }
                k += 1
            }
            let spec = specParts.joined(separator: " ")
            guard !spec.isEmpty else { continue }
            var pkg: LockedPackage
            let lower = spec.lowercased()
            if lower.hasPrefix("git+") || lower.hasPrefix("hg+") || lower.hasPrefix("svn+") || lower.hasPrefix("bzr+")
                || lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file:")
                || spec.hasPrefix(".") || spec.hasPrefix("/") {
                var urlPart = spec
                var markers: String?
                if let semi = spec.range(of: "; ") ?? spec.range(of: " ;") {
                    urlPart = String(spec[..<semi.lowerBound]).trimmingCharacters(in: .whitespaces)
                    markers = spec[semi.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
                }
                let (kind, url, ref) = PythonSource.classify(urlPart)
                let name = PythonSource.nameFromURL(urlPart) ?? urlPart
                pkg = LockedPackage(ecosystem: .pypi, name: name, requirement: urlPart, sourceKind: kind, sourceURL: url,
                                    gitRef: ref, hashes: hashes, line: line, isEditable: editable, markers: markers)
            } else if let req = PEP508Requirement.parse(spec) {
                if let url = req.url {
                    let (kind, u, ref) = PythonSource.classify(url)
                    pkg = LockedPackage(ecosystem: .pypi, name: req.name, requirement: url, sourceKind: kind, sourceURL: u,
                                        gitRef: ref, hashes: hashes, line: line, isEditable: editable, markers: req.markers)
                } else {
                    let pinned = req.pinnedVersion
                    pkg = LockedPackage(ecosystem: .pypi, name: req.name, version: pinned,
                                        requirement: pinned == nil ? req.specifier : nil, hashes: hashes, line: line,
                                        isEditable: editable, markers: req.markers)
                }
            } else {
                file.addIssue(ParseIssue("cannot parse requirement `\(spec.prefix(80))`", line: line))
                continue
            }
            pkg.declaredIn = declaredIn
            file.packages.append(pkg)
        }
    }
}
