import BulwarkFormats

/// Launch hygiene of MCP servers: pinned packages and images, transport security, literal secrets.
public enum MCPLaunchAnalysis {
    public struct Unpinned: Sendable, Hashable {
        public var launcher: String
        public var package: String
        public var reason: String
        public var mark: ConfigMark
    }

    /// The package or image a server launches when it is not pinned to an exact version or digest.
    /// What a server's command line launches: a package spec for a package runner, or an image.
    struct Launch {
        enum Kind { case npm, python, image }
        var kind: Kind
        var launcher: String
        var spec: String
        var mark: ConfigMark
    }

    static func launch(_ srv: MCPServerConfig) -> Launch? {
        guard let cmd = srv.command else { return nil }
        var words = cmd.value.split(separator: " ").map(String.init)
        let argMarks = srv.args.map(\.mark)
        var marks = [ConfigMark](repeating: cmd.mark, count: words.count)
        words += srv.args.map(\.value)
        marks += argMarks
        guard let first = words.first else { return nil }
        let base = baseName(first)
        var rest = Array(words.dropFirst())
        var restMarks = Array(marks.dropFirst())
        var launcher = base
        // `pnpm dlx`, `yarn dlx`, `uv tool run`, `pipx run`, `bun x`.
        if ["pnpm", "yarn"].contains(base), rest.first == "dlx" { launcher += " dlx"; rest.removeFirst(); restMarks.removeFirst() }
        else if base == "uv", rest.count >= 2, rest[0] == "tool", rest[1] == "run" { launcher = "uv tool run"; rest.removeFirst(2); restMarks.removeFirst(2) }
        else if base == "pipx", rest.first == "run" { launcher = "pipx run"; rest.removeFirst(); restMarks.removeFirst() }
        else if base == "bun", rest.first == "x" { launcher = "bun x"; rest.removeFirst(); restMarks.removeFirst() }
        else if base == "docker" || base == "podman", rest.first == "run" { launcher = base + " run"; rest.removeFirst(); restMarks.removeFirst() }
        switch launcher {
        case "npx", "bunx", "pnpm dlx", "yarn dlx", "bun x":
            guard let (i, pkg) = firstPackage(rest, valueFlags: ["-p", "--package", "-c", "--call", "--registry", "--cache"]) else { return nil }
            if let p = packageFlag(rest) { return Launch(kind: .npm, launcher: launcher, spec: p, mark: restMarks.first ?? cmd.mark) }
            return Launch(kind: .npm, launcher: launcher, spec: pkg, mark: restMarks[i])
        case "uvx", "uv tool run", "pipx run":
            if let from = valueOf(rest, "--from") ?? valueOf(rest, "--spec") {
                return Launch(kind: .python, launcher: launcher, spec: from, mark: restMarks.first ?? cmd.mark)
            }
            guard let (i, pkg) = firstPackage(rest, valueFlags: ["--with", "--python", "-p", "--index-url", "--index", "--pip-args"]) else { return nil }
            return Launch(kind: .python, launcher: launcher, spec: pkg, mark: restMarks[i])
        case "docker run", "podman run":
            let valueFlags: Set<String> = ["-e", "--env", "-v", "--volume", "-p", "--publish", "--name", "--network", "--net",
                                           "-w", "--workdir", "--entrypoint", "-u", "--user", "--env-file", "--mount",
                                           "--platform", "-l", "--label", "--add-host", "--cpus", "-m", "--memory",
                                           "--pull", "--cap-add", "--cap-drop", "--security-opt", "-h", "--hostname", "--device"]
            guard let (i, image) = firstPackage(rest, valueFlags: valueFlags) else { return nil }
            return Launch(kind: .image, launcher: launcher, spec: image, mark: restMarks[i])
        default:
            return nil
        }
    }

    /// The package or image a server launches when it is not pinned to an exact version or digest.
    public static func unpinned(_ srv: MCPServerConfig) -> Unpinned? {
        if let fetched = shellFetch(srv) { return fetched }
        guard let l = launch(srv) else { return nil }
        switch l.kind {
        case .npm: return npmVerdict(l.spec, l.launcher, l.mark)
        case .python: return pyVerdict(l.spec, l.launcher, l.mark)
        case .image:
            if l.spec.contains("@sha256:") { return nil }
            let tag = imageTag(l.spec)
            let reason = tag == nil ? "no tag or digest (runs whatever `latest` is today)" :
                (tag == "latest" ? "the `latest` tag" : "tag `\(tag!)` without a digest (tags can be moved)")
            return Unpinned(launcher: l.launcher, package: l.spec, reason: reason, mark: l.mark)
        }
    }

    static let shells: Set<String> = ["sh", "bash", "zsh", "dash", "ash", "cmd", "powershell", "pwsh"]

    /// A shell launch (`bash -c "curl -fsSL https://... | sh"`) that downloads a script and runs it: no
    /// version at all, the server's code is whatever the URL serves at each start.
    static func shellFetch(_ srv: MCPServerConfig) -> Unpinned? {
        guard let cmd = srv.command else { return nil }
        var words = cmd.value.split(separator: " ").map(String.init)
        guard let first = words.first, shells.contains(baseName(first).lowercased().replacingOccurrences(of: ".exe", with: "")) else { return nil }
        words += srv.args.map(\.value)
        let script = words.dropFirst().joined(separator: " ").lowercased()
        let fetches = script.contains("curl ") || script.contains("wget ") || script.contains("iwr ")
            || script.contains("invoke-webrequest") || script.contains("irm ") || script.contains("invoke-restmethod")
        let runs = script.contains("| sh") || script.contains("| bash") || script.contains("|sh") || script.contains("|bash")
            || script.contains("| zsh") || script.contains("| iex") || script.contains("|iex") || script.contains("invoke-expression")
            || script.contains("bash <(") || script.contains("sh <(")
        guard fetches && runs else { return nil }
        let mark = srv.args.first { a in let l = a.value.lowercased(); return l.contains("curl") || l.contains("wget") || l.contains("iwr") || l.contains("irm") || l.contains("invoke-") }?.mark ?? cmd.mark
        let shown = script.count > 80 ? String(script.prefix(80)) + "..." : script
        return Unpinned(launcher: baseName(first), package: shown, reason: "a script downloaded and piped into a shell", mark: mark)
    }

    /// A registry package a server launches (npm or PyPI), with its version when one is given.
    public struct LaunchedPackage: Sendable, Hashable {
        public var ecosystem: String   // `npm` or `PyPI`, as OSV names them
        public var name: String
        public var version: String?
        public var launcher: String
        public var mark: ConfigMark
    }

    public static func launchedPackage(_ srv: MCPServerConfig) -> LaunchedPackage? {
        guard let l = launch(srv) else { return nil }
        let spec = l.spec
        if spec.hasPrefix(".") || spec.hasPrefix("/") || spec.hasPrefix("~") || spec.hasPrefix("file:") || spec.contains("://") || spec.hasPrefix("git+") {
            return nil
        }
        switch l.kind {
        case .npm:
            var name = spec, version: String?
            let from = spec.hasPrefix("@") ? spec.index(after: spec.startIndex) : spec.startIndex
            if let at = spec[from...].firstIndex(of: "@") {
                name = String(spec[..<at]); version = String(spec[spec.index(after: at)...])
            }
            return LaunchedPackage(ecosystem: "npm", name: name, version: version.flatMap { isExactVersion($0) ? $0 : nil },
                                   launcher: l.launcher, mark: l.mark)
        case .python:
            var name = spec, version: String?
            if let r = spec.range(of: "==") { name = String(spec[..<r.lowerBound]); version = String(spec[r.upperBound...]) }
            else if let at = spec.firstIndex(of: "@") { name = String(spec[..<at]); version = String(spec[spec.index(after: at)...]) }
            else { name = spec.split(whereSeparator: { "<>=~![".contains($0) }).first.map(String.init) ?? spec }
            if let b = name.firstIndex(of: "[") { name = String(name[..<b]) }
            return LaunchedPackage(ecosystem: "PyPI", name: name, version: version.flatMap { isExactVersion($0) ? $0 : nil },
                                   launcher: l.launcher, mark: l.mark)
        case .image:
            return nil
        }
    }

    static func baseName(_ s: String) -> String {
        var b = s.split(separator: "/").last.map(String.init) ?? s
        for ext in [".exe", ".cmd"] where b.hasSuffix(ext) { b = String(b.dropLast(ext.count)) }
        return b
    }

    static func valueOf(_ args: [String], _ flag: String) -> String? {
        for (i, a) in args.enumerated() {
            if a == flag, i + 1 < args.count { return args[i + 1] }
            if a.hasPrefix(flag + "=") { return String(a.dropFirst(flag.count + 1)) }
        }
        return nil
    }

    static func packageFlag(_ args: [String]) -> String? { valueOf(args, "--package") ?? valueOf(args, "-p") }

    /// The first positional argument (the package or image), skipping flags and their values.
    static func firstPackage(_ args: [String], valueFlags: Set<String>) -> (Int, String)? {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { i += 1; continue }
            if a.hasPrefix("-") {
                if valueFlags.contains(a) { i += 2 } else { i += 1 }
                continue
            }
            return (i, a)
        }
        return nil
    }

    static func npmVerdict(_ spec: String, _ launcher: String, _ mark: ConfigMark) -> Unpinned? {
        if spec.hasPrefix(".") || spec.hasPrefix("/") || spec.hasPrefix("file:") || spec.hasPrefix("~") { return nil }
        var name = spec, version: String?
        let searchFrom = spec.hasPrefix("@") ? spec.index(after: spec.startIndex) : spec.startIndex
        if let at = spec[searchFrom...].firstIndex(of: "@") {
            name = String(spec[..<at])
            version = String(spec[spec.index(after: at)...])
        }
        guard let v = version, !v.isEmpty else {
            return Unpinned(launcher: launcher, package: name, reason: "no version (each start installs the newest release)", mark: mark)
        }
        if isExactVersion(v) { return nil }
        return Unpinned(launcher: launcher, package: name, reason: "version `\(v)` is a tag or range, not an exact version", mark: mark)
    }

    static func pyVerdict(_ spec: String, _ launcher: String, _ mark: ConfigMark) -> Unpinned? {
        if spec.hasPrefix(".") || spec.hasPrefix("/") || spec.hasPrefix("git+") && spec.contains("@") && spec.count > 50 { return nil }
        if let r = spec.range(of: "==") {
            let v = String(spec[r.upperBound...])
            return isExactVersion(v) ? nil : Unpinned(launcher: launcher, package: String(spec[..<r.lowerBound]), reason: "version `\(v)` is not exact", mark: mark)
        }
        if let at = spec.firstIndex(of: "@") {
            let v = String(spec[spec.index(after: at)...])
            if isExactVersion(v) { return nil }
            return Unpinned(launcher: launcher, package: String(spec[..<at]), reason: "version `\(v)` is a tag, not an exact version", mark: mark)
        }
        let name = spec.split(whereSeparator: { "<>=~!".contains($0) }).first.map(String.init) ?? spec
        return Unpinned(launcher: launcher, package: name, reason: "no exact version (each start resolves the newest release)", mark: mark)
    }

    static func isExactVersion(_ v: String) -> Bool {
        guard let f = v.first, f.isNumber else { return false }
        return v.allSatisfy { $0.isNumber || $0.isLetter || $0 == "." || $0 == "-" || $0 == "+" } && v.contains(".")
            && v.lowercased() != "latest"
    }

    static func imageTag(_ image: String) -> String? {
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return nil }
        return String(lastComponent[lastComponent.index(after: colon)...])
    }

    // MARK: - Transport

    /// A plain-http URL whose host is not the local machine.
    public static func isPlainHTTPRemote(_ url: String) -> Bool {
        let low = url.lowercased().trimmingSpaces()
        guard low.hasPrefix("http://") || low.hasPrefix("ws://") else { return false }
        var rest = low.dropFirst(low.hasPrefix("http://") ? 7 : 5)
        if let at = rest.firstIndex(of: "@"), rest[..<at].firstIndex(of: "/") == nil { rest = rest[rest.index(after: at)...] }
        let hostPort = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var host = String(hostPort)
        if host.hasPrefix("[") { host = String(host.prefix { $0 != "]" }.dropFirst()) }
        else if let c = host.lastIndex(of: ":") { host = String(host[..<c]) }
        if host.isEmpty || host.hasPrefix("$") || host.hasPrefix("${") { return false }
        let local = host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.") || host == "::1"
            || host == "0.0.0.0" || host == "host.docker.internal"
        return !local
    }

    // MARK: - Secrets

    public struct LiteralSecret: Sendable, Hashable {
        public var where_: String
        public var key: String
        public var redacted: String
        public var mark: ConfigMark
    }

    static let secretKeyWords = ["token", "secret", "password", "passwd", "api_key", "apikey", "api-key", "access_key",
                                 "private_key", "credential", "auth", "pat", "bearer", "client_secret", "key"]
    static let knownPrefixes = ["ghp_", "gho_", "ghu_", "ghs_", "github_pat_", "sk-", "sk_live_", "rk_live_", "xoxb-", "xoxp-",
                                "xapp-", "glpat-", "AKIA", "ASIA", "AIza", "hf_", "npm_", "pypi-", "shpat_", "lin_api_",
                                "ntn_", "secret_", "dop_v1_", "sq0atp-", "figd_", "pk_live_", "SG."]

    /// Redacts a secret for messages: the first 4 characters and the length.
    public static func redact(_ s: String) -> String {
        "\(s.prefix(4))... (\(s.count) chars)"
    }

    /// Whether a value is a placeholder or a reference rather than a secret.
    static func isReference(_ v: String) -> Bool {
        let t = v.trimmingSpaces()
        if t.isEmpty || t.count < 8 { return true }
        if t.contains("${") || t.hasPrefix("$") || t.contains("{{") || t.hasPrefix("<") || t.hasPrefix("%") { return true }
        let low = t.lowercased()
        for p in ["your", "xxx", "changeme", "replace", "example", "placeholder", "insert", "todo", "redacted", "dummy", "test", "<", "***", "..."]
        where low.contains(p) { return true }
        return false
    }

    static func looksRandom(_ v: String) -> Bool {
        let t = v.hasPrefix("Bearer ") || v.hasPrefix("bearer ") || v.hasPrefix("Basic ") || v.hasPrefix("token ")
            ? String(v.drop { $0 != " " }.dropFirst()) : v
        guard t.count >= 16, !t.contains(" ") else { return false }
        let letters = t.filter(\.isLetter).count, digits = t.filter(\.isNumber).count
        guard letters >= 4, digits >= 2 || t.contains("_") || t.contains("-") else { return false }
        var counts: [Character: Int] = [:]
        for c in t { counts[c, default: 0] += 1 }
        var h = 0.0
        let n = Double(t.count)
        for (_, c) in counts { let p = Double(c) / n; h -= p * log2(p) }
        return h >= 3.0
    }

    static func hasKnownPrefix(_ v: String) -> Bool {
        let t = v.hasPrefix("Bearer ") ? String(v.dropFirst(7)) : v
        return knownPrefixes.contains { t.hasPrefix($0) && t.count >= $0.count + 12 && !t.contains(" ") }
    }

    static func secretKey(_ k: String) -> Bool {
        let low = k.lowercased()
        return secretKeyWords.contains { low.contains($0) } && !low.contains("path") && !low.contains("file")
            && !low.contains("url") && !low.hasSuffix("_id") && !low.contains("public")
    }

    /// Literal secrets in `env`, `headers` and `args` of a server.
    public static func literalSecrets(_ srv: MCPServerConfig) -> [LiteralSecret] {
        var out: [LiteralSecret] = []
        for (k, v) in srv.env + srv.headers where !isReference(v.value) {
            if hasKnownPrefix(v.value) || (secretKey(k) && looksRandom(v.value)) {
                let where_ = v.mark.keyPath.contains(".headers.") ? "headers" : "env"
                out.append(LiteralSecret(where_: where_, key: k, redacted: redact(v.value), mark: v.mark))
            }
        }
        // Tokens in the URL query (`?api_key=...`, `&token=...`).
        if let u = srv.url, let q = u.value.firstIndex(of: "?") {
            for pair in u.value[u.value.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2, !isReference(kv[1]) else { continue }
                if hasKnownPrefix(kv[1]) || (secretKey(kv[0]) && looksRandom(kv[1])) {
                    out.append(LiteralSecret(where_: "url", key: kv[0], redacted: redact(kv[1]), mark: u.mark))
                }
            }
        }
        for (i, a) in srv.args.enumerated() {
            var value = a.value
            var key = "args[\(i)]"
            if let eq = value.firstIndex(of: "="), value.hasPrefix("-") {
                key = String(value[..<eq])
                value = String(value[value.index(after: eq)...])
            } else if i > 0, srv.args[i - 1].value.hasPrefix("-") {
                key = srv.args[i - 1].value
            }
            guard !isReference(value) else { continue }
            if hasKnownPrefix(value) || (key.hasPrefix("-") && secretKey(key) && looksRandom(value)) {
                out.append(LiteralSecret(where_: "args", key: key, redacted: redact(value), mark: a.mark))
            }
            // Authorization headers passed as arguments (`--header "Authorization: Bearer ..."`).
            if value.lowercased().hasPrefix("authorization:") {
                let token = value.drop { $0 != ":" }.dropFirst().trimmingSpaces()
                if !isReference(token), looksRandom(token) || hasKnownPrefix(token) {
                    out.append(LiteralSecret(where_: "args", key: "Authorization", redacted: redact(token), mark: a.mark))
                }
            }
        }
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
