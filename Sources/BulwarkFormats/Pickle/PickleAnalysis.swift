/// An abstract value of the symbolic pickle machine. Containers hold references (indices into
/// `PickleAnalysis.values`) so that mutation through the memo is seen by every alias, as in a loader.
public enum PickleValue: Sendable, Equatable {
    case none
    case bool(Bool)
    /// An integer, as decimal text (pickle integers are unbounded).
    case int(String)
    case float(Double)
    /// A text string; very long strings keep a prefix and `truncated` is set.
    case string(String, truncated: Bool)
    /// A bytes object: its length and a short prefix.
    case bytes(count: Int, prefix: [UInt8], isByteArray: Bool)
    case tuple([Int])
    case list([Int])
    case dict([PickleDictEntry])
    case set([Int], frozen: Bool)
    /// An imported global: an index into `PickleAnalysis.imports`.
    case global(Int)
    /// The result of a call: an index into `PickleAnalysis.calls`.
    case call(Int)
    /// What the loader's `persistent_load` returns for a persistent id (a reference to the id value).
    case persistent(Int)
    /// An out-of-band buffer (protocol 5).
    case buffer
    /// Something the machine cannot know, with why.
    case unknown(String)
}

/// One key/value pair of an abstract dict (both references).
public struct PickleDictEntry: Sendable, Equatable {
    public var key: Int
    public var value: Int
}

/// How a global was imported.
public enum PickleImportKind: String, Sendable {
    case global = "GLOBAL"
    case stackGlobal = "STACK_GLOBAL"
    case inst = "INST"
    case ext = "EXT"
}

/// One import (`find_class`) the loader would perform.
public struct PickleImport: Sendable {
    /// Module as written in the stream (after protocol-2 name fixes such as `__builtin__` -> `builtins`).
    public var module: String
    /// Qualified name as written (may be dotted: `_os.system`).
    public var name: String
    public var kind: PickleImportKind
    /// Byte offset of the opcode in the scanned buffer.
    public var offset: Int
    public var opcodeIndex: Int
    /// Set when module or name is not a literal string (a call result, an extension code...).
    public var computed: String?
    /// Indices of the calls whose callee is this global.
    public var calls: PickleCallList = []
    /// Number of the pickle in a sequence of pickles (0 for the first).
    public var pickleIndex: Int = 0
    /// Imports of the same module and name share an id (below `PickleAnalysis.distinctNames`), so that
    /// a judge asks about each global once, not once per tensor.
    public var nameID: Int = 0

    public var qualifiedName: String { module + "." + name }
}

/// Indices of the calls of one import, in order. The first is kept inline: nearly every import of a checkpoint
/// is called once (a pickle without memo imports `_rebuild_tensor_v2` anew for each tensor), and an array per
/// import was a heap block per tensor (4,300 of the 87,000 allocations of a `--jobs 1` scan of the benchmark's
/// 640-file folder, session 15).
public struct PickleCallList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
    /// The first index, or -1 when the list is empty (call indices are never negative).
    private var head = -1
    private var rest: [Int] = []

    public init() {}
    public init(arrayLiteral elements: Int...) {
        for e in elements { append(e) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { head < 0 ? 0 : 1 + rest.count }
    public var count: Int { endIndex }
    public var isEmpty: Bool { head < 0 }

    public subscript(i: Int) -> Int {
        precondition(i >= 0 && i < endIndex, "PickleCallList index out of range")
        return i == 0 ? head : rest[i - 1]
    }

    public mutating func append(_ call: Int) {
        precondition(call >= 0, "a call index is never negative")
        if head < 0 { head = call } else { rest.append(call) }
    }
}

/// How a call happens.
public enum PickleCallKind: String, Sendable {
    case reduce = "REDUCE"
    case newObj = "NEWOBJ"
    case newObjEx = "NEWOBJ_EX"
    case obj = "OBJ"
    case inst = "INST"
    /// `BUILD` calling an instance attribute `__setstate__` planted by an earlier `BUILD`.
    case setstate = "BUILD"
    /// APPEND, APPENDS or ADDITEMS calling an `append`, `extend` or `add` method planted by `BUILD`.
    case plantedMethod = "APPEND"
}

/// One call the loader would make.
public struct PickleCall: Sendable {
    /// Reference to the callee value (usually a `.global`).
    public var callee: Int
    /// Reference to the positional arguments (a tuple), or nil.
    public var args: Int?
    /// Reference to keyword arguments (NEWOBJ_EX), or nil.
    public var kwargs: Int?
    public var kind: PickleCallKind
    public var offset: Int
    public var opcodeIndex: Int
    /// `BUILD` states applied to the result, in order (references).
    public var builds: [Int] = []
    /// Attributes planted on the result by `BUILD` (name -> reference).
    public var attributes: [String: Int] = [:]
    public var pickleIndex: Int = 0
    /// What `SETITEM(S)` stored into the result (`obj[key] = value`, e.g. a state dict's entries)
    /// and what `APPEND(S)` / `ADDITEMS` added to it, in stream order; at most `maxFills` per
    /// analysis are kept.
    public var fills: [PickleFill] = []
    /// Fills past the limit, counted and not kept.
    public var fillsDropped: Int = 0
    public static let maxFills = 100_000
}

/// One item a loader puts into an object a call created: `obj[key] = value` (SETITEM, SETITEMS),
/// `obj.append(value)` (APPEND, APPENDS) or `obj.add(value)` (ADDITEMS).
public struct PickleFill: Sendable {
    public enum Kind: Sendable { case setItem, append, add }
    public var kind: Kind
    /// Reference to the key (setItem only).
    public var key: Int?
    public var value: Int
}

/// Something odd about the stream: an error a loader would raise, trailing data, a second PROTO...
public struct PickleAnomaly: Sendable {
    public enum Kind: String, Sendable {
        case stackUnderflow, missingMark, missingMemo, badArgument, truncated, unknownOpcode, secondProto,
             trailingData, frameViolation, outOfBandBuffer, noStop, buildOnGlobal, dunderState, limit
    }
    public var kind: Kind
    public var offset: Int
    public var opcodeIndex: Int
    public var message: String
    /// Imports recorded before the anomaly (a break right after a payload is the nullifAI pattern).
    public var importsBefore: Int
}

/// A layout recognised in the stream that explains bytes a plain loader would not read.
public enum PickleLayout: String, Sendable {
    case single
    /// `torch.save` legacy format: magic number, protocol, sys_info, the object, storage keys, raw data.
    case legacyTorch
    /// Several pickles written one after the other.
    case sequence
}

/// Everything the symbolic machine learned about a pickle stream.
/// A range of the analysed bytes.
public struct PickleByteRange: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    /// For a text literal: its latin-1 encoding (what `_codecs.encode(s, "latin-1")` hands a loader).
    public var latin1: [UInt8]? = nil
}

public struct PickleAnalysis: Sendable {
    public var values: [PickleValue] = []
    public var imports: [PickleImport] = []
    public var calls: [PickleCall] = []
    public var anomalies: [PickleAnomaly] = []
    /// Reference to the value returned by STOP of each pickle in the stream.
    public var results: [Int] = []
    /// Where decoding stopped (after the last STOP or at the failure).
    public var endOffset: Int = 0
    public var opcodeCount: Int = 0
    public var protocolVersion: Int = 0
    public var layout: PickleLayout = .single
    /// Set when a limit stopped the analysis early (the name of the limit).
    public var limitHit: String?
    /// Denylisted module names found as raw text after decoding had to stop.
    public var rawTailHits: [String] = []
    /// Joblib arrays written inline after a `NumpyArrayWrapper` (skipped bytes, not findings).
    public var inlineArrays: Int = 0
    /// Bytes literals that start like a pickle (nested payloads for `pickle.loads`, `__setstate__`...).
    public var embeddedPickles: [PickleByteRange] = []
    /// Number of distinct (module, name) pairs among `imports` (see `PickleImport.nameID`).
    public var distinctNames: Int = 0
    /// Entries put into dicts (DICT, SETITEM and SETITEMS on a dict) whose value is not a scalar literal (None, a
    /// bool, number, string or bytes): a reader looking for objects hidden in dicts (`PickleJudge`'s planted
    /// methods) has nothing to look at when it is 0.
    public var dictEntriesHoldingObjects: Int = 0

    public init() {}

    public var didComplete: Bool { limitHit == nil && !anomalies.contains { $0.kind == .unknownOpcode || $0.kind == .truncated || $0.kind == .noStop } }

    // MARK: - Reading values

    // Inlinable: the judge and the rules read values by reference many times per call of a checkpoint (the
    // namespace search of `PickleJudge.plantedDunder` alone was 1.1% of a scan's CPU, a third of it in these
    // out-of-module calls and the copies they return).
    @inlinable
    public func value(_ ref: Int?) -> PickleValue? {
        guard let ref, ref >= 0, ref < values.count else { return nil }
        return values[ref]
    }

    @inlinable
    public func string(_ ref: Int?) -> String? {
        if case .string(let s, _)? = value(ref) { return s }
        return nil
    }

    /// Items of a tuple or list.
    @inlinable
    public func items(_ ref: Int?) -> [Int]? {
        switch value(ref) {
        case .tuple(let t)?: t
        case .list(let l)?: l
        default: nil
        }
    }

    @inlinable
    public func importIndex(_ ref: Int?) -> Int? {
        if case .global(let i)? = value(ref) { return i }
        return nil
    }

    /// The global a call result was produced by, if the callee is a global.
    public func calleeImport(of call: PickleCall) -> PickleImport? {
        importIndex(call.callee).map { imports[$0] }
    }

    /// Whether a value is made only of literals (no globals, calls or unknowns), bounded.
    public func isLiteral(_ ref: Int?, depth: Int = 0) -> Bool {
        guard depth < 32, let v = value(ref) else { return false }
        switch v {
        case .none, .bool, .int, .float, .string, .bytes: return true
        case .tuple(let a), .list(let a), .set(let a, _): return a.allSatisfy { isLiteral($0, depth: depth + 1) }
        case .dict(let e): return e.allSatisfy { isLiteral($0.key, depth: depth + 1) && isLiteral($0.value, depth: depth + 1) }
        default: return false
        }
    }

    // MARK: - Rendering

    /// How calls are shown: expanded inline (`os.system('x')`) or by variable (`_var3`).
    public enum CallStyle: Sendable { case inline, variables }

    /// Python-like text of a value, bounded in length and depth.
    public func render(_ ref: Int?, style: CallStyle = .inline, maxLength: Int = 240) -> String {
        var budget = maxLength
        var out = ""
        render(ref, style: style, depth: 0, budget: &budget, into: &out)
        if budget <= 0 { out += "…" }
        return out
    }

    /// The call rendered as `callee(args)`.
    public func renderCall(_ index: Int, style: CallStyle = .inline, maxLength: Int = 240) -> String {
        guard index >= 0, index < calls.count else { return "<call>" }
        var budget = maxLength
        var out = ""
        renderCallBody(index, style: style, depth: 0, budget: &budget, into: &out)
        if budget <= 0 { out += "…" }
        return out
    }

    private func emit(_ s: String, _ budget: inout Int, _ out: inout String) {
        guard budget > 0 else { return }
        // Characters are counted only when the text could be cut (no string has more characters than bytes).
        let n = s.utf8.count
        if n <= budget {
            out += s
            budget -= s.utf8.allSatisfy({ $0 < 0x80 }) ? n : s.count
            return
        }
        if s.count > budget {
            out += s.prefix(budget)
            budget = 0
        } else {
            out += s
            budget -= s.count
        }
    }

    private func render(_ ref: Int?, style: CallStyle, depth: Int, budget: inout Int, into out: inout String) {
        guard budget > 0 else { return }
        guard depth < 24, let v = value(ref) else { emit("…", &budget, &out); return }
        switch v {
        case .none: emit("None", &budget, &out)
        case .bool(let b): emit(b ? "True" : "False", &budget, &out)
        case .int(let s): emit(s, &budget, &out)
        case .float(let d): emit("\(d)", &budget, &out)
        case .string(let s, let t): emit(Self.pythonRepr(s) + (t ? "…" : ""), &budget, &out)
        case .bytes(let n, let p, let ba):
            var s = ba ? "bytearray(b'" : "b'"
            for c in p.prefix(24) { s += Self.escapeByte(c) }
            if n > p.prefix(24).count { s += "…(\(n) bytes)" }
            s += ba ? "')" : "'"
            emit(s, &budget, &out)
        case .tuple(let items):
            emit("(", &budget, &out)
            renderList(items, style: style, depth: depth, budget: &budget, into: &out)
            if items.count == 1 { emit(",", &budget, &out) }
            emit(")", &budget, &out)
        case .list(let items):
            emit("[", &budget, &out)
            renderList(items, style: style, depth: depth, budget: &budget, into: &out)
            emit("]", &budget, &out)
        case .set(let items, let frozen):
            if items.isEmpty { emit(frozen ? "frozenset()" : "set()", &budget, &out); return }
            emit(frozen ? "frozenset({" : "{", &budget, &out)
            renderList(items, style: style, depth: depth, budget: &budget, into: &out)
            emit(frozen ? "})" : "}", &budget, &out)
        case .dict(let entries):
            emit("{", &budget, &out)
            for (i, e) in entries.enumerated() {
                if i > 0 { emit(", ", &budget, &out) }
                if budget <= 0 { return }
                render(e.key, style: style, depth: depth + 1, budget: &budget, into: &out)
                emit(": ", &budget, &out)
                render(e.value, style: style, depth: depth + 1, budget: &budget, into: &out)
            }
            emit("}", &budget, &out)
        case .global(let i):
            if i >= 0, i < imports.count {
                let imp = imports[i]
                emit(imp.computed != nil ? "<computed \(imp.module).\(imp.name)>" : imp.qualifiedName, &budget, &out)
            }
        case .call(let i):
            switch style {
            case .variables: emit("_var\(i)", &budget, &out)
            case .inline: renderCallBody(i, style: style, depth: depth + 1, budget: &budget, into: &out)
            }
        case .persistent(let pid):
            emit("persistent_load(", &budget, &out)
            render(pid, style: style, depth: depth + 1, budget: &budget, into: &out)
            emit(")", &budget, &out)
        case .buffer: emit("<out-of-band buffer>", &budget, &out)
        case .unknown(let why): emit("<\(why)>", &budget, &out)
        }
    }

    private func renderList(_ items: [Int], style: CallStyle, depth: Int, budget: inout Int, into out: inout String) {
        for (i, r) in items.enumerated() {
            if i > 0 { emit(", ", &budget, &out) }
            if budget <= 0 { return }
            render(r, style: style, depth: depth + 1, budget: &budget, into: &out)
        }
    }

    private func renderCallBody(_ i: Int, style: CallStyle, depth: Int, budget: inout Int, into out: inout String) {
        guard i >= 0, i < calls.count, depth < 24 else { emit("…", &budget, &out); return }
        let c = calls[i]
        render(c.callee, style: style, depth: depth + 1, budget: &budget, into: &out)
        if c.kind == .newObj || c.kind == .newObjEx { emit(".__new__", &budget, &out) }
        if c.kind == .setstate { emit("", &budget, &out) }
        emit("(", &budget, &out)
        var first = true
        if c.kind == .newObj || c.kind == .newObjEx {
            render(c.callee, style: style, depth: depth + 1, budget: &budget, into: &out)
            first = false
        }
        if let a = c.args {
            if let items = items(a) {
                for r in items {
                    if !first { emit(", ", &budget, &out) }
                    first = false
                    if budget <= 0 { return }
                    render(r, style: style, depth: depth + 1, budget: &budget, into: &out)
                }
            } else {
                if !first { emit(", ", &budget, &out) }
                emit("*", &budget, &out)
                render(a, style: style, depth: depth + 1, budget: &budget, into: &out)
                first = false
            }
        }
        if let k = c.kwargs {
            if case .dict(let entries)? = value(k) {
                for e in entries {
                    if !first { emit(", ", &budget, &out) }
                    first = false
                    emit(string(e.key) ?? "<key>", &budget, &out)
                    emit("=", &budget, &out)
                    render(e.value, style: style, depth: depth + 1, budget: &budget, into: &out)
                }
            } else {
                if !first { emit(", ", &budget, &out) }
                emit("**", &budget, &out)
                render(k, style: style, depth: depth + 1, budget: &budget, into: &out)
            }
        }
        emit(")", &budget, &out)
    }

    /// A Python `repr` of a string with single quotes, control characters escaped.
    public static func pythonRepr(_ s: String) -> String {
        // Printable ASCII without a quote or backslash (nearly every module, name and key) needs no escape,
        // and no Unicode property lookup per character (the judge renders every call it reports).
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x27 && $0 != 0x5C }) { return "'" + s + "'" }
        var out = "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value >= 0x20 && u.value < 0x7F {
                    out.unicodeScalars.append(u)
                } else if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) {
                    out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
                } else if u.properties.generalCategory == .format || u.properties.generalCategory == .lineSeparator
                            || u.properties.generalCategory == .paragraphSeparator {
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - String(u.value, radix: 16).count)) + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "'"
    }

    static func escapeByte(_ c: UInt8) -> String {
        switch c {
        case 0x5C: return "\\\\"
        case 0x27: return "\\'"
        case 0x0A: return "\\n"
        case 0x20...0x7E: return String(UnicodeScalar(c))
        default: return "\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)
        }
    }
}
