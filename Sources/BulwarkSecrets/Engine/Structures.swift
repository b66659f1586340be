import BulwarkFormats

/// Offline decoding of structured tokens: JWT claims and PyPI macaroon caveats.
public enum Structures {
    /// Top-level claims of a JWT payload (strings and numbers as text), or nil if it is not a JWT.
    public static func jwtClaims(_ token: String) -> [String: String]? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count <= 2048, parts[1].utf8.count <= 16384,
              let header = Codecs.base64Decode(parts[0], maxBytes: 4096),
              let headerJSON = try? JSONParser.parse(header), headerJSON["alg"] != nil,
              let payload = Codecs.base64Decode(parts[1], maxBytes: 16384),
              let json = try? JSONParser.parse(payload), let members = json.members else { return nil }
        var out: [String: String] = [:]
        for m in members {
            switch m.value.value {
            case .string(let s): out[m.key] = s
            case .number(let n): out[m.key] = n
            case .bool(let b): out[m.key] = String(b)
            default: break
            }
        }
        return out
    }

    /// What a PyPI API token can do, read from its macaroon caveats.
    public struct PyPIScope: Sendable, Equatable {
        public enum Kind: String, Sendable { case userWide = "user-wide", projectScoped = "project-scoped", unknown }
        public var kind: Kind
        public var projects: [String]
        public var location: String
        /// Whether the macaroon ends with its 32-byte signature; without it the token is truncated and unusable as is.
        public var signed: Bool = true
    }

    /// Decodes a `pypi-...` token (base64url of a version-2 macaroon); nil if it is not one.
    public static func pypiScope(_ token: String) -> PyPIScope? {
        guard token.hasPrefix("pypi-"), let raw = Codecs.base64Decode(Substring(token).dropFirst(5), maxBytes: 8192),
              raw.count > 12, raw[0] == 2 else { return nil }
        // Version-2 binary macaroon: packets of (field type, varint length, bytes); 0 ends a section.
        var i = 1
        var sections: [[(Int, [UInt8])]] = [[]]
        var signed = false
        func varint() -> Int? {
            var v = 0, shift = 0
            while i < raw.count, shift < 28 {
                let b = raw[i]; i += 1
                v |= Int(b & 0x7F) << shift
                if b & 0x80 == 0 { return v }
                shift += 7
            }
            return nil
        }
        while i < raw.count, sections.count < 64 {
            let field = Int(raw[i]); i += 1
            if field == 0 { sections.append([]); continue }
            guard let len = varint(), len >= 0, len <= raw.count - i else { break }
            sections[sections.count - 1].append((field, Array(raw[i..<(i + len)])))
            i += len
            if field == 6 { signed = len == 32; break } // signature: the end
        }
        guard let first = sections.first, let loc = first.first(where: { $0.0 == 1 }) else { return nil }
        let location = String(decoding: loc.1, as: UTF8.self)
        guard location.hasSuffix("pypi.org") else { return nil }
        var kind = PyPIScope.Kind.unknown
        var projects: [String] = []
        for section in sections.dropFirst() {
            for (field, data) in section where field == 2 {
                guard let json = try? JSONParser.parse(data) else { continue }
                if let arr = json.array, let tag = arr.first?.value.numberValue {
                    // [1, [names]] project names, [2, [ids]] project ids, [3, user] the user.
                    if tag == 1 || tag == 2 {
                        kind = .projectScoped
                        projects += arr.dropFirst().first?.array?.compactMap(\.string) ?? []
                    } else if tag == 3, kind == .unknown { kind = .userWide }
                } else if let perms = json["permissions"] {
                    if perms.string == "user" { if kind == .unknown { kind = .userWide } }
                    else if let p = perms["projects"]?.array {
                        kind = .projectScoped
                        projects += p.compactMap(\.string)
                    }
                }
            }
        }
        if kind == .unknown, sections.count <= 3 { kind = .userWide }
        return PyPIScope(kind: kind, projects: projects, location: location, signed: signed)
    }
}
