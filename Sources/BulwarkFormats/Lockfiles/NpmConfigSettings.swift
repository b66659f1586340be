import Foundation

/// Registries and TLS settings of npm, pnpm and Yarn, from `.npmrc` (INI: `registry=`, `@scope:registry=`,
/// `strict-ssl=false`), Yarn 1's `.yarnrc` (`registry "url"`, `strict-ssl false`) and Yarn Berry's `.yarnrc.yml`
/// (`npmRegistryServer:`, `npmScopes.<scope>.npmRegistryServer:`, `enableStrictSsl: false`,
/// `unsafeHttpWhitelist:`). Line-based and bounded like `PipIndexSettings`; it never fails. Values that are
/// variable references (`${NPM_REGISTRY}`) are not URLs and are left alone.
public enum NpmConfigSettings {
    public static func parse(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .npmConfig)
        let lower = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        let yarnBerry = lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")
        let manager = lower.hasPrefix(".yarnrc") ? "yarn" : "npm"
        var tls: [TLSOffSetting] = []
        var inWhitelist = false
        for (n, raw) in textLines(bytes) {
            guard file.indexes.count < PipIndexSettings.maxIndexes, tls.count < PipIndexSettings.maxIndexes else { break }
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if yarnBerry {
                // `unsafeHttpWhitelist:` then `  - host` items (or an inline `[a, b]` list).
                if inWhitelist, trimmed.hasPrefix("- ") {
                    let host = unquote(trimmed.dropFirst(2))
                    tls.append(TLSOffSetting(setting: "unsafeHttpWhitelist: \(host.prefix(80))", manager: manager, hosts: [host], line: n))
                    continue
                }
                inWhitelist = false
                guard let colon = trimmed.firstIndex(of: ":") else { continue }
                let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
                let value = unquote(trimmed[trimmed.index(after: colon)...])
                switch key {
                case "npmRegistryServer":
                    if value.contains("://") { file.indexes.append(PackageIndex(url: PipIndexSettings.redactedURL(value), isExtra: false, line: n)) }
                case "enableStrictSsl":
                    if value.lowercased() == "false" { tls.append(TLSOffSetting(setting: "enableStrictSsl: false", manager: manager, line: n)) }
                case "unsafeHttpWhitelist":
                    if value.isEmpty { inWhitelist = true } else {
                        let hosts = value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",").map { unquote($0) }.filter { !$0.isEmpty }
                        if !hosts.isEmpty { tls.append(TLSOffSetting(setting: "unsafeHttpWhitelist: \(value.prefix(80))", manager: manager, hosts: hosts, line: n)) }
                    }
                default: break
                }
                continue
            }
            // `.npmrc` (`key=value`) and `.yarnrc` (`key value` or `"key" "value"`).
            let key: String, value: String
            if let eq = trimmed.firstIndex(of: "=") {
                key = unquote(trimmed[..<eq]).lowercased()
                value = unquote(trimmed[trimmed.index(after: eq)...])
            } else if let sp = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) {
                key = unquote(trimmed[..<sp]).lowercased()
                value = unquote(trimmed[sp...])
            } else { continue }
            if key == "registry" || key.hasSuffix(":registry") {
                if value.contains("://") { file.indexes.append(PackageIndex(url: PipIndexSettings.redactedURL(value), isExtra: false, line: n)) }
            } else if key == "strict-ssl", value.lowercased() == "false" {
                tls.append(TLSOffSetting(setting: "strict-ssl=false", manager: manager, line: n))
            }
        }
        if !tls.isEmpty { file.tlsOff = tls }
        return file
    }

    static func unquote<S: StringProtocol>(_ s: S) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        if let hash = t.range(of: " #") { t = String(t[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
        if t.count >= 2, let f = t.first, let l = t.last, f == l, f == "\"" || f == "'" { t = String(t.dropFirst().dropLast()) }
        return t
    }
}

/// TLS checks switched off for package downloads in files read for other reasons: pip's `trusted-host` in
/// `pip.conf`, and in environment files, CI configuration and Dockerfiles `PIP_TRUSTED_HOST`,
/// `pip install --trusted-host HOST`, `NPM_CONFIG_STRICT_SSL=false`, `npm|pnpm|yarn config set strict-ssl false`.
public enum TLSOffSettings {
    /// `file` with `settings` recorded (nil stays nil when there are none).
    static func adding(_ settings: [TLSOffSetting], to file: DependencyFile) -> DependencyFile {
        guard !settings.isEmpty else { return file }
        var f = file
        f.tlsOff = settings
        return f
    }

    /// Cheap pre-check: none of the settings' words occurs.
    static func mayHold(_ bytes: [UInt8]) -> Bool {
        PipIndexSettings.containsASCIICaseInsensitive(bytes, "trusted-host") || PipIndexSettings.containsASCIICaseInsensitive(bytes, "trusted_host")
            || PipIndexSettings.containsASCIICaseInsensitive(bytes, "strict-ssl") || PipIndexSettings.containsASCIICaseInsensitive(bytes, "strict_ssl")
    }

    /// Settings in a `pip.conf` (`trusted-host = a b`, continuation lines included).
    public static func pipConf(_ bytes: [UInt8]) -> [TLSOffSetting] {
        guard mayHold(bytes) else { return [] }
        var out: [TLSOffSetting] = []
        var inTrusted = false
        for (n, raw) in textLines(bytes) where out.count < PipIndexSettings.maxIndexes {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            let continuation = raw.first == " " || raw.first == "\t"
            var value: Substring
            if continuation, inTrusted {
                value = Substring(trimmed)
            } else if let sep = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }), !trimmed.hasPrefix("[") {
                inTrusted = PipIndexSettings.normalizedKey(trimmed[..<sep]) == "trusted-host"
                guard inTrusted else { continue }
                value = trimmed[trimmed.index(after: sep)...]
            } else { inTrusted = false; continue }
            let hosts = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).filter { !$0.hasPrefix("#") }
            if !hosts.isEmpty {
                out.append(TLSOffSetting(setting: "trusted-host = \(hosts.joined(separator: " ").prefix(80))", manager: "pip", hosts: hosts, line: n))
            }
        }
        return out
    }

    /// Settings in environment files, CI configuration and Dockerfiles.
    public static func commandsAndVariables(_ bytes: [UInt8]) -> [TLSOffSetting] {
        guard mayHold(bytes) else { return [] }
        var out: [TLSOffSetting] = []
        for (n, raw) in textLines(bytes) where out.count < PipIndexSettings.maxIndexes {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.hasPrefix("//") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            for (i, w) in words.enumerated() {
                // `PIP_TRUSTED_HOST=host`, `PIP_TRUSTED_HOST: host`, `NPM_CONFIG_STRICT_SSL=false`
                let upper = w.uppercased()
                if upper.hasPrefix("PIP_TRUSTED_HOST") {
                    let v = value(after: "PIP_TRUSTED_HOST", in: w, next: i + 1 < words.count ? words[i + 1] : nil)
                    if let v, !v.isEmpty, !v.hasPrefix("$") {
                        out.append(TLSOffSetting(setting: "PIP_TRUSTED_HOST=\(v.prefix(80))", manager: "pip", hosts: v.split(separator: " ").map(String.init), line: n))
                    }
                } else if upper.hasPrefix("NPM_CONFIG_STRICT_SSL") {
                    let v = value(after: "NPM_CONFIG_STRICT_SSL", in: w, next: i + 1 < words.count ? words[i + 1] : nil)
                    if v?.lowercased() == "false" || v == "0" { out.append(TLSOffSetting(setting: "NPM_CONFIG_STRICT_SSL=false", manager: "npm", line: n)) }
                } else if w == "--trusted-host" || w.hasPrefix("--trusted-host=") {
                    let host = w == "--trusted-host" ? (i + 1 < words.count ? words[i + 1] : "") : String(w.dropFirst("--trusted-host=".count))
                    let h = NpmConfigSettings.unquote(host)
                    if !h.isEmpty, !h.hasPrefix("$") { out.append(TLSOffSetting(setting: "--trusted-host \(h.prefix(80))", manager: "pip", hosts: [h], line: n)) }
                } else if w == "strict-ssl" || w == "strict_ssl", i >= 2, words[i - 1] == "set", words[i - 2] == "config",
                          i + 1 < words.count, NpmConfigSettings.unquote(words[i + 1]).lowercased() == "false" {
                    let tool = i >= 3 ? words[i - 3] : "npm"
                    out.append(TLSOffSetting(setting: "\(tool) config set strict-ssl false", manager: tool, line: n))
                }
            }
        }
        return out
    }

    /// The value of `NAME=value`, `NAME: value` or `NAME value` (quotes removed).
    static func value(after name: String, in word: String, next: String?) -> String? {
        var rest = Substring(word.dropFirst(name.count))
        if rest.first == "=" || rest.first == ":" {
            rest = rest.dropFirst()
            if rest.isEmpty, let next { return NpmConfigSettings.unquote(next) }
            return NpmConfigSettings.unquote(rest)
        }
        return rest.isEmpty ? next.map { NpmConfigSettings.unquote($0) } : nil
    }
}
