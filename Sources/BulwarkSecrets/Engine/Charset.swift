/// A set of bytes written as a regular-expression character class body (`A-Za-z0-9_-`).
///
/// Token matchers test membership once per byte, so the set is a flat 256-entry table.
public struct Charset: Sendable, Hashable {
    /// The class body as written, reused to render the documented regex.
    public let spec: String
    let table: [Bool]

    public init(_ spec: String) {
        self.spec = spec
        var t = [Bool](repeating: false, count: 256)
        let u = Array(spec.utf8)
        var i = 0
        while i < u.count {
            if i + 2 < u.count, u[i + 1] == UInt8(ascii: "-"), u[i] <= u[i + 2] {
                for c in u[i]...u[i + 2] { t[Int(c)] = true }
                i += 3
            } else {
                t[Int(u[i])] = true
                i += 1
            }
        }
        table = t
    }

    @inline(__always) public func contains(_ b: UInt8) -> Bool { table[Int(b)] }

    public func containsAll(_ s: String) -> Bool { s.utf8.allSatisfy { table[Int($0)] } }

    /// The regex character class (`[A-Za-z0-9_-]`), with `-` kept last so it stays literal.
    public var regexClass: String {
        var s = spec
        if s.hasSuffix("-") == false, s.contains("-") == false { return "[" + s + "]" }
        if s.hasSuffix("-") { s.removeLast(); return "[" + s.replacingSlash() + "\\-]" }
        return "[" + s.replacingSlash() + "]"
    }

    public static let base62 = Charset("A-Za-z0-9")
    public static let base62Dash = Charset("A-Za-z0-9-")
    public static let base62Underscore = Charset("A-Za-z0-9_")
    public static let urlSafe = Charset("A-Za-z0-9_-")
    public static let hexLower = Charset("a-f0-9")
    public static let hex = Charset("a-fA-F0-9")
    public static let hexDash = Charset("a-fA-F0-9-")
    public static let base64 = Charset("A-Za-z0-9+/=")
    public static let base64Any = Charset("A-Za-z0-9+/=_-")
    public static let letters = Charset("A-Za-z")
    public static let upperBase32 = Charset("A-Z2-7")
    public static let lowerAlnum = Charset("a-z0-9")
    public static let upperAlnum = Charset("A-Z0-9")

    /// ASCII letters and digits: a token next to one of these is part of a longer word.
    static let wordByte = Charset("A-Za-z0-9")
}

extension String {
    fileprivate func replacingSlash() -> String { self.replacingOccurrences(of: "/", with: "\\/") }
}

/// A `Charset`'s membership as 256 bits held inline: copying it retains nothing, and a test is one load and a
/// shift (the keyword-hit loop tests one byte per hit against the pattern's set).
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init() {}

    init(_ set: Charset) {
        for c in 0..<256 where set.contains(UInt8(c)) {
            switch c >> 6 {
            case 0: words.0 |= 1 << UInt64(c & 63)
            case 1: words.1 |= 1 << UInt64(c & 63)
            case 2: words.2 |= 1 << UInt64(c & 63)
            default: words.3 |= 1 << UInt64(c & 63)
            }
        }
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        let w = withUnsafeBytes(of: words) { $0.load(fromByteOffset: Int(b >> 6) &* 8, as: UInt64.self) }
        return w &>> UInt64(b & 63) & 1 != 0
    }
}
