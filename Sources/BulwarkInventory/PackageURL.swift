import Foundation

/// A package URL (`pkg:type/namespace/name@version?qualifiers#subpath`), parsed per the purl
/// specification: percent-decoding of every component, lower-case type and qualifier keys, empty
/// qualifier values dropped, and the type-specific case folding the spec requires (PyPI names
/// lower-cased with `_` → `-`, GitHub, npm and Debian names lower-cased, ...).
public struct PackageURL: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var type: String
    public var namespace: String
    public var name: String
    public var version: String
    public var qualifiers: [String: String]
    public var subpath: String

    public struct ParseError: Error, CustomStringConvertible, Equatable, Sendable {
        public var message: String
        public var description: String { message }
    }

    public init(type: String, namespace: String = "", name: String, version: String = "",
                qualifiers: [String: String] = [:], subpath: String = "") {
        self.type = type.lowercased()
        self.namespace = namespace
        self.name = name
        self.version = version
        self.qualifiers = qualifiers
        self.subpath = subpath
        normalize()
    }

    public init(parsing text: String) throws(ParseError) {
        guard text.utf8.count <= 4096 else { throw ParseError(message: "purl longer than 4096 bytes") }
        var rest = Substring(text)
        while let f = rest.first, f == " " || f == "\t" { rest.removeFirst() }
        while let l = rest.last, l == " " || l == "\t" { rest.removeLast() }
        guard rest.lowercased().hasPrefix("pkg:") else { throw ParseError(message: "`\(text)` is not a purl (it must start with `pkg:`)") }
        rest = rest.dropFirst(4)
        while rest.hasPrefix("/") { rest = rest.dropFirst() }

        var subpath = ""
        if let hash = rest.lastIndex(of: "#") {
            let parts = rest[rest.index(after: hash)...].split(separator: "/").filter { $0 != "." && $0 != ".." && !$0.isEmpty }
            subpath = try parts.map { s throws(ParseError) in try Self.decode(s) }.joined(separator: "/")
            rest = rest[..<hash]
        }
        var qualifiers: [String: String] = [:]
        if let q = rest.lastIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") {
                guard let eq = pair.firstIndex(of: "=") else { continue }
                let key = pair[..<eq].lowercased()
                let value = try Self.decode(pair[pair.index(after: eq)...])
                if !key.isEmpty, !value.isEmpty { qualifiers[key] = value }
            }
            rest = rest[..<q]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw ParseError(message: "`\(text)`: a purl needs a type and a name (`pkg:type/name`)") }
        let type = rest[..<slash].lowercased()
        guard !type.isEmpty, type.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "+" || $0 == "-") }),
              !(type.first?.isNumber ?? true) else {
            throw ParseError(message: "`\(text)`: invalid purl type `\(type)`")
        }
        rest = rest[rest.index(after: slash)...]
        while rest.hasSuffix("/") { rest = rest.dropLast() }

        var version = ""
        // The version follows the last `@`, except an `@` that starts a segment followed by another
        // one: that is an npm scope written unencoded (`pkg:npm/@types/semver`), as most users and
        // many generators write it, not a version separator.
        if let at = rest.indices.last(where: { i in
            guard rest[i] == "@" else { return false }
            let startsSegment = i == rest.startIndex || rest[rest.index(before: i)] == "/"
            return !(startsSegment && rest[i...].contains("/"))
        }) {
            version = try Self.decode(rest[rest.index(after: at)...])
            rest = rest[..<at]
        }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard let last = segments.popLast() else { throw ParseError(message: "`\(text)`: the purl has no name") }
        let name = try Self.decode(last)
        guard !name.isEmpty else { throw ParseError(message: "`\(text)`: the purl has no name") }
        let namespace = try segments.map { s throws(ParseError) in try Self.decode(s) }.filter { !$0.isEmpty }.joined(separator: "/")
        self.init(type: type, namespace: namespace, name: name, version: version, qualifiers: qualifiers, subpath: subpath)
    }

    /// Type-specific case folding from the purl spec; also lets `pkg:npm/@scope/name` (unencoded
    /// `@` in the scope, as many generators write it) compare equal to `%40scope`.
    private mutating func normalize() {
        switch type {
        case "pypi":
            name = name.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
        case "github", "bitbucket", "gitlab":
            namespace = namespace.lowercased()
            name = name.lowercased()
            version = version.lowercased()
        case "npm", "composer", "deb", "apk", "alpm", "hex", "pub":
            namespace = namespace.lowercased()
            name = name.lowercased()
        case "huggingface":
            // Hub repository ids resolve case-insensitively; the revision is a lower-case commit.
            namespace = namespace.lowercased()
            name = name.lowercased()
            version = version.lowercased()
        case "oci", "docker":
            namespace = namespace.lowercased()
            name = name.lowercased()
        case "golang":
            break
        default:
            break
        }
    }

    /// Percent-decoding; malformed escapes are an error rather than silently kept.
    static func decode(_ s: Substring) throws(ParseError) -> String {
        guard s.contains("%") else { return String(s) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%") {
                guard let h = it.popFirst(), let l = it.popFirst(), let hv = hexValue(h), let lv = hexValue(l) else {
                    throw ParseError(message: "invalid percent-encoding in `\(s)`")
                }
                bytes.append(hv << 4 | lv)
            } else {
                bytes.append(b)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw ParseError(message: "percent-encoding in `\(s)` is not UTF-8")
        }
        return decoded
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Percent-encodes everything but ASCII letters, digits and `.-_~` (and `/` when asked), byte by
    /// byte: Foundation's CharacterSet is far too slow for millions of components.
    private static func encode(_ s: String, keepSlash: Bool = false) -> String {
        let utf8 = s.utf8
        if utf8.allSatisfy({ isUnreserved($0) || (keepSlash && $0 == 0x2F) }) { return s }
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 8)
        for b in utf8 {
            if isUnreserved(b) || (keepSlash && b == 0x2F) {
                out.append(b)
            } else {
                out.append(0x25)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x7E
    }

    /// The inventory's package key: `type:namespace/name` without version, qualifiers or subpath.
    public var key: String {
        namespace.isEmpty ? "\(type):\(name)" : "\(type):\(namespace)/\(name)"
    }

    /// The canonical string form (qualifiers sorted by key).
    public var description: String {
        var s = "pkg:\(type)/"
        if !namespace.isEmpty {
            s += namespace.split(separator: "/").map { Self.encode(String($0)) }.joined(separator: "/") + "/"
        }
        s += Self.encode(name)
        if !version.isEmpty { s += "@" + Self.encode(version).replacingOccurrences(of: "%3A", with: ":") }
        if !qualifiers.isEmpty {
            s += "?" + qualifiers.keys.sorted().map { "\($0)=\(Self.encode(qualifiers[$0] ?? ""))" }.joined(separator: "&")
        }
        if !subpath.isEmpty { s += "#" + Self.encode(subpath, keepSlash: true) }
        return s
    }
}
