/// A GitHub Actions expression (`${{ ... }}` body or an `if:` condition) as a syntax tree.
public indirect enum Expr: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    /// A context reference with its accessors, e.g. `github.event.commits[0].message`.
    case path(ContextPath)
    /// Index or property access on a computed value: `fromJSON(x).y`, `(a || b)[0]`.
    case access(Expr, [PathSegment])
    case call(name: String, args: [Expr])
    case not(Expr)
    case binary(op: BinaryOp, Expr, Expr)

    public enum BinaryOp: String, Sendable, Hashable {
        case and = "&&", or = "||", eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    }

    /// Every context path in the tree, in source order.
    public var paths: [ContextPath] {
        var out: [ContextPath] = []
        walk { if case .path(let p) = $0 { out.append(p) } }
        return out
    }

    /// Every function call name (lowercased) in the tree.
    public var functionNames: [String] {
        var out: [String] = []
        walk { if case .call(let n, _) = $0 { out.append(n.lowercased()) } }
        return out
    }

    /// Pre-order traversal.
    public func walk(_ visit: (Expr) -> Void) {
        var stack: [Expr] = [self]
        while let e = stack.popLast() {
            visit(e)
            switch e {
            case .access(let base, let segs):
                stack.append(base)
                for s in segs { if case .expr(let x) = s { stack.append(x) } }
            case .call(_, let args): stack.append(contentsOf: args.reversed())
            case .not(let x): stack.append(x)
            case .binary(_, let l, let r): stack.append(r); stack.append(l)
            case .path(let p):
                for s in p.segments { if case .expr(let x) = s { stack.append(x) } }
            default: break
            }
        }
    }
}

/// One accessor of a context path.
public enum PathSegment: Sendable, Hashable {
    case name(String)
    case index(Int)
    case wildcard
    /// A computed index such as `matrix[inputs.key]`.
    case expr(Expr)
}

/// A context reference: the root identifier and its accessors.
public struct ContextPath: Sendable, Hashable {
    public var root: String
    public var segments: [PathSegment]

    public init(root: String, segments: [PathSegment]) {
        self.root = root
        self.segments = segments
    }

    /// Lowercased dotted form with `*` for indexes and wildcards: `github.event.commits.*.message`.
    public var normalized: String {
        var parts = [root.lowercased()]
        for s in segments {
            switch s {
            case .name(let n): parts.append(n.lowercased())
            case .index, .wildcard, .expr: parts.append("*")
            }
        }
        return parts.joined(separator: ".")
    }

    /// Normalized components.
    public var components: [String] { normalized.split(separator: ".").map(String.init) }
}

/// A `${{ ... }}` occurrence inside a string value.
public struct EmbeddedExpression: Sendable, Hashable {
    /// Byte offset of `${{` in the string.
    public var offset: Int
    /// The text between the braces, untrimmed.
    public var source: String
    /// The whole `${{ ... }}` text.
    public var raw: String
    /// The parsed tree, or nil when the body is not a valid expression.
    public var expr: Expr?
}

/// Why an expression could not be parsed.
public struct ExpressionError: Error, Sendable, Hashable {
    public var message: String
    public var offset: Int
}

/// A recursive-descent parser for the GitHub Actions expression language, bounded in length and depth.
public enum ExpressionParser {
    public static let maxLength = 8_192
    public static let maxDepth = 64

    /// Finds every `${{ ... }}` in a string (at most `limit`), parsing each body.
    public static func embedded(in text: String, limit: Int = 512) -> [EmbeddedExpression] {
        let b = Array(text.utf8)
        var out: [EmbeddedExpression] = []
        var i = 0
        while i + 2 < b.count, out.count < limit {
            guard b[i] == 0x24, b[i + 1] == 0x7B, b[i + 2] == 0x7B else { i += 1; continue }
            // Find the closing `}}` outside string literals.
            var j = i + 3
            var inString = false
            var close: Int?
            while j < b.count {
                if b[j] == 0x27 { inString.toggle() }
                else if !inString, b[j] == 0x7D, j + 1 < b.count, b[j + 1] == 0x7D { close = j; break }
                j += 1
            }
            guard let c = close else { break }
            let body = String(decoding: b[(i + 3)..<c], as: UTF8.self)
            let raw = String(decoding: b[i..<(c + 2)], as: UTF8.self)
            out.append(EmbeddedExpression(offset: i, source: body, raw: raw, expr: try? parse(body)))
            i = c + 2
        }
        return out
    }

    /// Parses an expression body (without `${{ }}`).
    public static func parse(_ text: String) throws(ExpressionError) -> Expr {
        guard text.utf8.count <= maxLength else { throw ExpressionError(message: "expression too long", offset: 0) }
        var p = Parser(tokens: try tokenize(text))
        let e = try p.parseOr(depth: 0)
        guard p.peek == .end else { throw ExpressionError(message: "unexpected token", offset: p.offset) }
        return e
    }

    /// An `if:` value: either an expression in `${{ }}` covering the whole value, or a bare expression.
    public static func parseCondition(_ text: String) throws(ExpressionError) -> Expr {
        let t = text.trimmingCharacters(in: " \t\n")
        if t.hasPrefix("${{"), t.hasSuffix("}}") {
            let emb = embedded(in: t)
            if emb.count == 1, emb[0].offset == 0, emb[0].raw.utf8.count == t.utf8.count {
                return try parse(emb[0].source)
            }
        }
        return try parse(t)
    }

    enum Token: Equatable {
        case ident(String), string(String), number(Double), punct(String), end
    }

    static func tokenize(_ text: String) throws(ExpressionError) -> [(Token, Int)] {
        let b = Array(text.utf8)
        var out: [(Token, Int)] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            let start = i
            if c == 0x27 { // 'string' with '' escapes
                var s: [UInt8] = []
                i += 1
                var closed = false
                while i < b.count {
                    if b[i] == 0x27 {
                        if i + 1 < b.count, b[i + 1] == 0x27 { s.append(0x27); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    s.append(b[i]); i += 1
                }
                guard closed else { throw ExpressionError(message: "unterminated string", offset: start) }
                out.append((.string(String(decoding: s, as: UTF8.self)), start))
                continue
            }
            if isDigit(c) || (c == 0x2D && i + 1 < b.count && isDigit(b[i + 1]) && (out.last.map { isOperand($0.0) } != true)) {
                i += 1
                while i < b.count, isDigit(b[i]) || b[i] == 0x2E || b[i] == 0x78 || b[i] == 0x58 || b[i] == 0x65 || b[i] == 0x45
                        || (b[i] >= 0x61 && b[i] <= 0x66) || (b[i] >= 0x41 && b[i] <= 0x46) { i += 1 }
                let s = String(decoding: b[start..<i], as: UTF8.self)
                out.append((.number(Double(s) ?? (s.hasPrefix("0x") ? Double(Int(s.dropFirst(2), radix: 16) ?? 0) : 0)), start))
                continue
            }
            if isIdentStart(c) {
                i += 1
                while i < b.count, isIdentStart(b[i]) || isDigit(b[i]) || b[i] == 0x2D { i += 1 }
                out.append((.ident(String(decoding: b[start..<i], as: UTF8.self)), start))
                continue
            }
            let two = i + 1 < b.count ? String(decoding: b[i...(i + 1)], as: UTF8.self) : ""
            if ["&&", "||", "==", "!=", "<=", ">="].contains(two) {
                out.append((.punct(two), start)); i += 2; continue
            }
            let one = String(UnicodeScalar(c))
            if ["(", ")", "[", "]", ".", ",", "!", "<", ">", "*"].contains(one) {
                out.append((.punct(one), start)); i += 1; continue
            }
            throw ExpressionError(message: "unexpected character", offset: start)
        }
        out.append((.end, b.count))
        return out
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isIdentStart(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F }
    static func isOperand(_ t: Token) -> Bool {
        switch t {
        case .ident, .string, .number: true
        case .punct(let p): p == ")" || p == "]"
        case .end: false
        }
    }

    struct Parser {
        var tokens: [(Token, Int)]
        var pos = 0
        var peek: Token { tokens[min(pos, tokens.count - 1)].0 }
        var offset: Int { tokens[min(pos, tokens.count - 1)].1 }

        mutating func advance() -> Token { let t = peek; if pos < tokens.count - 1 { pos += 1 }; return t }
        func fail(_ m: String) -> ExpressionError { ExpressionError(message: m, offset: offset) }

        mutating func expect(_ p: String) throws(ExpressionError) {
            guard peek == .punct(p) else { throw fail("expected \(p)") }
            _ = advance()
        }

        mutating func parseOr(depth: Int) throws(ExpressionError) -> Expr {
            guard depth < ExpressionParser.maxDepth else { throw fail("expression nests too deep") }
            var l = try parseAnd(depth: depth + 1)
            while peek == .punct("||") { _ = advance(); l = .binary(op: .or, l, try parseAnd(depth: depth + 1)) }
            return l
        }
        mutating func parseAnd(depth: Int) throws(ExpressionError) -> Expr {
            var l = try parseEquality(depth: depth + 1)
            while peek == .punct("&&") { _ = advance(); l = .binary(op: .and, l, try parseEquality(depth: depth + 1)) }
            return l
        }
        mutating func parseEquality(depth: Int) throws(ExpressionError) -> Expr {
            var l = try parseComparison(depth: depth + 1)
            while case .punct(let p) = peek, p == "==" || p == "!=" {
                _ = advance()
                l = .binary(op: p == "==" ? .eq : .ne, l, try parseComparison(depth: depth + 1))
            }
            return l
        }
        mutating func parseComparison(depth: Int) throws(ExpressionError) -> Expr {
            var l = try parseUnary(depth: depth + 1)
            while case .punct(let p) = peek, ["<", "<=", ">", ">="].contains(p) {
                _ = advance()
                l = .binary(op: Expr.BinaryOp(rawValue: p) ?? .lt, l, try parseUnary(depth: depth + 1))
            }
            return l
        }
        mutating func parseUnary(depth: Int) throws(ExpressionError) -> Expr {
            guard depth < ExpressionParser.maxDepth else { throw fail("expression nests too deep") }
            if peek == .punct("!") { _ = advance(); return .not(try parseUnary(depth: depth + 1)) }
            return try parsePostfix(depth: depth + 1)
        }
        mutating func parsePostfix(depth: Int) throws(ExpressionError) -> Expr {
            let base = try parsePrimary(depth: depth + 1)
            var segs: [PathSegment] = []
            while true {
                if peek == .punct(".") {
                    _ = advance()
                    switch advance() {
                    case .ident(let n): segs.append(.name(n))
                    case .punct("*"): segs.append(.wildcard)
                    default: throw fail("expected a property name")
                    }
                } else if peek == .punct("[") {
                    _ = advance()
                    if peek == .punct("*") { _ = advance(); segs.append(.wildcard) }
                    else {
                        let idx = try parseOr(depth: depth + 1)
                        switch idx {
                        case .number(let d): segs.append(.index(Int(exactly: d.rounded(.towardZero)) ?? 0))
                        case .string(let s): segs.append(.name(s))
                        default: segs.append(.expr(idx))
                        }
                    }
                    try expect("]")
                } else { break }
            }
            if segs.isEmpty { return base }
            if case .path(var p) = base {
                p.segments += segs
                return .path(p)
            }
            return .access(base, segs)
        }
        mutating func parsePrimary(depth: Int) throws(ExpressionError) -> Expr {
            switch advance() {
            case .string(let s): return .string(s)
            case .number(let d): return .number(d)
            case .punct("("):
                let e = try parseOr(depth: depth + 1)
                try expect(")")
                return e
            case .ident(let name):
                switch name {
                case "true": return .bool(true)
                case "false": return .bool(false)
                case "null": return .null
                case "NaN": return .number(.nan)
                case "Infinity": return .number(.infinity)
                default: break
                }
                if peek == .punct("(") {
                    _ = advance()
                    var args: [Expr] = []
                    if peek != .punct(")") {
                        args.append(try parseOr(depth: depth + 1))
                        while peek == .punct(",") {
                            _ = advance()
                            args.append(try parseOr(depth: depth + 1))
                            guard args.count <= 64 else { throw fail("too many arguments") }
                        }
                    }
                    try expect(")")
                    return .call(name: name, args: args)
                }
                return .path(ContextPath(root: name, segments: []))
            default:
                throw fail("expected a value")
            }
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
