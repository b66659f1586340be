import Foundation

/// The header of a `.npy` file: its dtype description and where the data starts.
public struct NpyHeader: Sendable {
    public var major: Int
    /// The header's `descr`, rendered the Python way (`'|O'`), or the start of the header when it cannot be read.
    public var descr: String
    public var dataOffset: Int
    /// Whether the dtype holds Python objects, certain or unknown.
    public var dtype: DtypeVerdict
    /// Whether the dtype holds Python objects (`O`), stored as a pickle after the header.
    public var hasObjects: Bool { dtype == .objects }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Header bytes parsed. numpy itself refuses headers over 10000 bytes unless `allow_pickle=True`, which
    /// object arrays need anyway, so any length up to 4 GiB (version 2/3) loads; past this one the caller
    /// reports the file as incomplete.
    public static let maxHeaderBytes = 64 << 20

    /// Header bytes evaluated as a Python literal; a longer header is "could not be judged".
    public static let maxEvaluatedHeaderBytes = 4 << 20

    /// The header length field and where the header text starts, from the first 12 bytes.
    public static func headerExtent(_ head: [UInt8]) -> (start: Int, length: Int)? {
        guard head.count >= 10, Array(head.prefix(6)) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else { return nil }
        switch head[6] {
        case 1: return (10, Int(head[8]) | Int(head[9]) << 8)
        case 2, 3:
            guard head.count >= 12 else { return nil }
            return (12, Int(head[8]) | Int(head[9]) << 8 | Int(head[10]) << 16 | Int(head[11]) << 24)
        default: return nil
        }
    }

    /// Parses the magic, version and header length, and judges the header's `descr`. Throws only when the
    /// file is not a `.npy` numpy would read (wrong magic, unknown version, truncated header).
    public static func parse(_ head: [UInt8], maxHeader: Int = maxHeaderBytes) throws -> NpyHeader {
        guard head.count >= 10, Array(head.prefix(6)) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else {
            throw Failure(message: "not a .npy file")
        }
        let major = Int(head[6])
        var hlen: Int
        var start: Int
        if major == 1 {
            hlen = Int(head[8]) | Int(head[9]) << 8
            start = 10
        } else if major == 2 || major == 3 {
            guard head.count >= 12 else { throw Failure(message: "truncated .npy header") }
            hlen = Int(head[8]) | Int(head[9]) << 8 | Int(head[10]) << 16 | Int(head[11]) << 24
            start = 12
        } else {
            throw Failure(message: "unsupported .npy version \(major)")
        }
        guard hlen <= maxHeader else { throw Failure(message: "the .npy header is \(hlen) bytes") }
        guard start + hlen <= head.count else { throw Failure(message: "truncated .npy header") }
        let h = head[start..<(start + hlen)]
        let (descr, dtype) = Self.judgeHeader(h, major: major)
        return NpyHeader(major: major, descr: descr, dataOffset: start + hlen, dtype: dtype)
    }

    /// Reads the header the way numpy does (`ast.literal_eval` of its text, latin-1 for versions 1 and 2,
    /// UTF-8 for version 3; the Python 2 `L` suffix tolerated in versions 1 and 2) and judges its `descr`.
    static func judgeHeader(_ h: ArraySlice<UInt8>, major: Int) -> (descr: String, dtype: DtypeVerdict) {
        // The header's text as shown when no `descr` is judged; only those paths build it (Foundation's trim
        // was 1.1% of the CPU profile of the 640-file benchmark folder, about 6 us per array).
        var raw: String { String(decoding: h.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        // numpy's own headers are a few hundred bytes (a wide structured dtype, some KB); a larger one is not
        // evaluated (the text would cost four bytes a character) and is reported as not checked.
        guard h.count <= maxEvaluatedHeaderBytes else {
            return (raw, .uncertain("the header is \(h.count) bytes, above the \(maxEvaluatedHeaderBytes) this reader evaluates"))
        }
        if let fast = canonical(h) {
            // Debug builds (the tests) check the shortcut against the full reading of every header they see.
            assert(fast.descr == judgeHeaderInFull(h, major: major).descr && fast.dtype == judgeHeaderInFull(h, major: major).dtype)
            return fast
        }
        return judgeHeaderInFull(h, major: major)
    }

    /// The header exactly as numpy's `write_array` lays it out, `{'descr': '<f4', 'fortran_order': False,
    /// 'shape': (3, 4), }` then spaces and a newline, with a dtype string of letters, digits and `<>|=[]`: read
    /// with a byte comparison instead of the literal parser (about 10 us a header, 2.5% of the CPU of the
    /// 640-file benchmark folder). Anything else (structured or object dtypes written as lists, escapes, other
    /// key orders or spacing, Python 2 `L` suffixes) returns nil and goes through `judgeHeaderInFull`.
    static func canonical(_ h: ArraySlice<UInt8>) -> (descr: String, dtype: DtypeVerdict)? {
        var i = h.startIndex
        func take(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard h.endIndex - i >= n else { return false }
            let p = literal.utf8Start
            for k in 0..<n where h[i + k] != p[k] { return false }
            i += n
            return true
        }
        guard take("{'descr': '") else { return nil }
        let descrStart = i
        while i < h.endIndex, i - descrStart <= 64 {
            let c = h[i]
            let ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c == 0x3C || c == 0x3E || c == 0x7C || c == 0x3D || c == 0x5B || c == 0x5D
            guard ok else { break }
            i += 1
        }
        let descrEnd = i
        guard descrEnd > descrStart, descrEnd - descrStart <= 64, take("', 'fortran_order': ") else { return nil }
        guard take("False") || take("True") else { return nil }
        guard take(", 'shape': (") else { return nil }
        // Comma-separated decimal integers without leading zeros (`0` alone), a trailing comma allowed, spaces after commas.
        var count = 0
        while i < h.endIndex, h[i] != 0x29 {
            let digitsStart = i
            while i < h.endIndex, h[i] >= 0x30, h[i] <= 0x39 { i += 1 }
            let digits = i - digitsStart
            guard digits >= 1, digits <= 18, !(digits > 1 && h[digitsStart] == 0x30) else { return nil }
            count += 1
            guard i < h.endIndex else { return nil }
            if h[i] == 0x2C {
                i += 1
                if i < h.endIndex, h[i] == 0x20 { i += 1 }
            } else if h[i] != 0x29 {
                return nil
            }
        }
        guard count <= 64, take("), }") else { return nil }
        while i < h.endIndex, h[i] == 0x20 { i += 1 }
        guard i < h.endIndex, h[i] == 0x0A else { return nil }
        i += 1
        guard i == h.endIndex else { return nil }
        let descr = String(decoding: h[descrStart..<descrEnd], as: UTF8.self)
        return ("'" + descr + "'", judgeTypeString(descr))
    }

    /// `judgeHeader` through the Python literal parser.
    static func judgeHeaderInFull(_ h: ArraySlice<UInt8>, major: Int) -> (descr: String, dtype: DtypeVerdict) {
        var raw: String { String(decoding: h.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
        var text: [Unicode.Scalar] = []
        if major >= 3 {
            guard let s = String(bytes: h, encoding: .utf8) else {
                return (raw, .uncertain("the version 3 header is not valid UTF-8"))
            }
            text = Array(s.unicodeScalars)
        } else {
            text.reserveCapacity(h.count)
            for b in h { text.append(Unicode.Scalar(b)) }
        }
        let parsed: PythonLiteralParser.Result
        do {
            parsed = try PythonLiteralParser.parse(text, allowLongSuffix: major <= 2)
        } catch {
            return (raw, .uncertain("the header is not a Python literal this reader can evaluate (\(error))"))
        }
        // numpy refuses a header that is not a dict or has no descr: nothing is loaded.
        guard let descr = parsed.value.value(forKey: "descr") else { return (raw, .plain) }
        var verdict = judge(descr)
        if verdict != .objects, let why = parsed.inexact { verdict = .uncertain(why) }
        return (descr.rendered(), verdict)
    }

    /// What `numpy.dtype` (through `numpy.lib.format.descr_to_dtype`) would make of `descr`: a string is a
    /// dtype string; a tuple is `(base, shape)`; anything else is iterated as fields, each unpacked as
    /// `(name, base)` or `(name, base, shape)`, whatever its type (a 2-character string `'aO'` is the field
    /// `a` of type `O`). Objects anywhere make the array a pickle.
    public static func judge(_ descr: PythonLiteral, depth: Int = 0) -> DtypeVerdict {
        guard depth < PythonLiteralParser.maxDepth else { return .uncertain("the dtype is nested too deeply") }
        switch descr {
        case .str(let s): return judgeTypeString(s)
        case .tuple(let items):
            guard let base = items.first else { return .plain }  // numpy raises IndexError
            return judge(base, depth: depth + 1)
        default:
            // Not iterable (a number, None): numpy raises before reading any data.
            guard let fields = elements(descr) else { return .plain }
            var out = DtypeVerdict.plain
            for field in fields {
                // A field that does not unpack into 2 or 3 items makes numpy raise; judged anyway.
                let base: PythonLiteral
                if case .str(let name) = field {
                    // A string field unpacks into its characters: only a 2- or 3-character one can, and its
                    // second character is the type (not materialised for long strings).
                    var it = name.unicodeScalars.makeIterator()
                    _ = it.next()
                    guard let second = it.next() else { continue }
                    if it.next() != nil, it.next() != nil { continue }
                    base = .str(String(second))
                } else {
                    guard let parts = elements(field), parts.count >= 2 else { continue }
                    base = parts[1]
                }
                out = out.combined(with: judge(base, depth: depth + 1))
                if out == .objects { return out }
            }
            return out
        }
    }

    /// What Python's iteration of `v` yields, or nil when `v` is not iterable.
    static func elements(_ v: PythonLiteral) -> [PythonLiteral]? {
        switch v {
        case .tuple(let a), .list(let a), .set(let a): return a
        case .dict(let pairs): return pairs.map(\.key)
        case .str(let s): return s.unicodeScalars.map { .str(String($0)) }
        case .bytes(let b): return b.map { .number(String($0)) }
        default: return nil
        }
    }

    /// Type codes numpy maps to a dtype without objects (`f4`, `<i8`, `|b1`, `U10`, `M8[ns]`...).
    static let plainCodes = Set("?bBhHiIlLqQpPnNefdgFDGSaUVcmMu".unicodeScalars)
    /// numpy's type names whose dtype holds no objects (`numpy.sctypeDict`, numpy 2.4).
    static let plainNames: Set<Substring> = [
        "a", "bool", "bool_", "byte", "bytes", "bytes_", "cdouble", "clongdouble", "complex", "complex128", "complex256",
        "complex64", "csingle", "datetime64", "double", "float", "float128", "float16", "float32", "float64", "half",
        "int", "int16", "int32", "int64", "int8", "int_", "intc", "intp", "long", "longdouble", "longlong", "short",
        "single", "str", "str_", "timedelta64", "ubyte", "uint", "uint16", "uint32", "uint64", "uint8", "uintc", "uintp",
        "ulong", "ulonglong", "unicode", "ushort", "void",
    ]

    /// `numpy.dtype(s)` for a string: comma-separated parts (`'f4,O'`), each an optional byte order, an
    /// optional repeat or shape (`3`, `(2,3)`), a type code or name and an optional unit (`[ns]`). `O`
    /// (any byte order or size), `object`/`object_` and `T` (StringDType, stored as a pickle) hold objects.
    public static func judgeTypeString(_ s: String) -> DtypeVerdict {
        var parts: [Substring] = []
        var level = 0
        var from = s.startIndex
        for i in s.indices {
            switch s[i] {
            case "(", "[": level += 1
            case ")", "]": level -= 1
            case "," where level == 0:
                parts.append(s[from..<i])
                from = s.index(after: i)
            default: break
            }
        }
        parts.append(s[from...])
        var out = DtypeVerdict.plain
        for (n, part) in parts.enumerated() {
            // A trailing comma (`'f4,'`) leaves an empty last part, which numpy ignores.
            if n > 0, n == parts.count - 1, part.allSatisfy({ $0 == " " }) { continue }
            out = out.combined(with: judgeTypePart(part, whole: s))
            if out == .objects { return out }
        }
        return out
    }

    static func judgeTypePart(_ part: Substring, whole: String) -> DtypeVerdict {
        var t = part.drop { $0.isWhitespace }
        while let l = t.last, l.isWhitespace { t = t.dropLast() }
        func dropOrder() { if let f = t.first, "<>|=".contains(f) { t = t.dropFirst() } }
        dropOrder()
        if t.first == "(" {
            guard let close = t.firstIndex(of: ")") else { return .uncertain("the dtype string `\(whole)` is malformed") }
            t = t[t.index(after: close)...]
        }
        t = t.drop { $0.isWhitespace || $0.isASCII && $0.isNumber }
        dropOrder()
        if let open = t.firstIndex(of: "["), open != t.startIndex, t.last == "]" { t = t[..<open] }
        guard let first = t.unicodeScalars.first else { return .uncertain("the dtype string `\(whole)` has an empty type") }
        let digitsAfterFirst = t.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        if first == "O" || first == "T", digitsAfterFirst { return .objects }
        if plainCodes.contains(first), digitsAfterFirst { return .plain }
        if plainNames.contains(t) { return .plain }
        if t.lowercased().hasPrefix("object") { return .objects }
        return .uncertain("numpy type `\(t)` in `\(whole)` is not one this reader knows")
    }
}

/// Whether a dtype holds Python objects (so the array's data is a pickle numpy would unpickle).
public enum DtypeVerdict: Sendable, Equatable {
    case plain
    case objects
    /// The header or dtype could not be judged with certainty; why.
    case uncertain(String)

    func combined(with other: DtypeVerdict) -> DtypeVerdict {
        switch (self, other) {
        case (.objects, _), (_, .objects): return .objects
        case (.uncertain, _): return self
        default: return other
        }
    }
}
