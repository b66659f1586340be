#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds of the symbolic pickle machine. Hitting one stops the analysis and sets `limitHit`.
public struct PickleLimits: Sendable {
    public var maxOpcodes: Int = 20_000_000
    public var maxValues: Int = 4_000_000
    public var maxMemo: Int = 2_000_000
    public var maxStackDepth: Int = 2_000_000
    public var maxMarkDepth: Int = 100_000
    /// Pickles read one after the other in a stream (legacy torch writes five).
    public var maxPickles: Int = 16
    /// Pickles read from a dbm.dumb (shelve) data file, one per 512-byte-aligned value; the opcode and value
    /// limits bound the work.
    public var maxBlockPickles: Int = 65_536
    /// Pickles nested inside a stream (joblib object arrays).
    public var maxNesting: Int = 8
    /// Characters of a string literal kept in the model.
    public var maxStringKept: Int = 64 * 1024
    /// Bytes after a failure searched for dangerous names.
    public var maxTailScan: Int = 1 << 20
    /// Anomalies recorded before further ones are dropped.
    public var maxAnomalies: Int = 64

    public init() {}
}

/// Options describing what the caller knows about the stream.
public struct PickleOptions: Sendable {
    /// Bytes after the first STOP belong to another format (tar legacy members): read one pickle only.
    public var firstPickleOnly: Bool = false
    /// Recognise the torch legacy sequence of five pickles followed by raw storages.
    public var recognizeLegacyTorch: Bool = true
    /// Skip numpy arrays joblib writes inline after a `NumpyArrayWrapper` BUILD.
    public var recognizeJoblibArrays: Bool = true
    /// Where each value starts and ends when an index says so (a dbm.dumb `.dat` file read with its `.dir`):
    /// each range is decoded as its own pickle, the way shelve loads one value at a time, and bytes no range
    /// covers (padding, values the store overwrote) are not read.
    public var valueRanges: [Range<Int>]? = nil

    public init() {}
}

/// A symbolic pickle virtual machine: it runs every opcode of protocols 0-5 over abstract values,
/// recording each import and call with its position, and never executes anything.
public enum PickleMachine {
    /// The integer `torch.save` writes first in its legacy format.
    public static let torchLegacyMagic = "119547037146038801333356"

    /// Analyses `bytes` as a pickle stream (or a sequence of pickles).
    public static func analyze(_ bytes: [UInt8], limits: PickleLimits = PickleLimits(),
                               options: PickleOptions = PickleOptions()) -> PickleAnalysis {
        var m = Machine(bytes: bytes, limits: limits, options: options)
        m.runStream()
        return m.a
    }

    /// Whether the bytes plausibly start a pickle (a PROTO opcode with a known version, or a
    /// protocol 0/1 opcode that commonly opens a stream) and the last non-blank byte is STOP.
    public static func looksLikePickle(prefix: [UInt8], lastByte: UInt8?) -> Bool {
        looksLikePickle(prefix: prefix[...], lastByte: lastByte)
    }

    public static func looksLikePickle(prefix: ArraySlice<UInt8>, lastByte: UInt8?) -> Bool {
        guard let first = prefix.first else { return false }
        if first == 0x80 {
            let i = prefix.startIndex
            guard prefix.count >= 3, (2...5).contains(prefix[i + 1]) else { return false }
            return PickleOpcode(rawValue: prefix[i + 2]) != nil
        }
        guard lastByte == 0x2E else { return false }
        switch first {
        case 0x28, 0x7D, 0x5D, 0x29, 0x63, 0x4E, 0x49, 0x4C, 0x53, 0x56, 0x64, 0x6C: return true
        default: return false
        }
    }
}

/// A struct, not a class: its state is then accessed statically, without the runtime exclusivity
/// checks every class property access pays (they were a tenth of the time on checkpoints).
private struct Machine {
    let bytes: [UInt8]
    let limits: PickleLimits
    let options: PickleOptions
    var a = PickleAnalysis()
    var opcodeBudget: Int
    var pickleIndex = 0
    var stopped = false  // a limit or fatal error ended everything
    /// GLOBAL arguments already decoded (`module\nname\n` bytes -> fixed module and name): a state dict
    /// repeats the same few globals for every tensor.
    /// Keyed by a hash of the bytes, then compared byte for byte: a dictionary keyed by a struct of our own cost a
    /// run-time `Hashable` conformance lookup (a scan of every conformance record of the binary) in every process.
    var globalNames: [Int: [GlobalName]] = [:]
    var globalNameCount = 0
    /// Read position of the pickle being run (see `runOne`).
    var pos = 0
    /// The last few GLOBAL arguments (byte ranges of the stream), compared byte for byte before hashing: a
    /// protocol 2 state dict repeats the same two or three globals for every tensor. Ranges and names are
    /// kept apart so that the search copies no strings.
    var recentGlobals: [Range<Int>] = []
    var recentNames: [(String, String, Int)] = []
    /// Distinct (module, name) pairs -> `PickleImport.nameID`, by module then name (string keys only, for the
    /// reason given at `globalNames`).
    var nameIDs: [String: [String: Int]] = [:]
    /// The first distinct pairs, searched in order (their ids are their positions) before `nameIDs` is used: most
    /// pickles import one to three names, and the two dictionaries per name cost two allocations and two string
    /// hashes for each (session 15).
    var firstNames: [(module: String, name: String)] = []
    static let firstNamesLimit = 8
    /// Fills kept across every call of this analysis (bounded by `PickleCall.maxFills`).
    var fillsKept = 0
    /// Whether Python 2 names are mapped (`fix_imports`): only while the pickle being run declares a
    /// protocol below 3 (no PROTO counts as 0), as `pickle.Unpickler.find_class` does.
    var fixImports = true
    /// Inline arrays still read as a plain unpickler would (see `plainReadOfArray`).
    var plainReadsLeft = 64
    /// State entries still readable (see `stateEntryBudget`).
    var stateEntriesLeft = Machine.stateEntryBudget
    let unknownMissing: Int

    init(bytes: [UInt8], limits: PickleLimits, options: PickleOptions) {
        self.bytes = bytes
        self.limits = limits
        self.options = options
        self.opcodeBudget = limits.maxOpcodes
        // About one value per four bytes of stream (bounded): grown once instead of a dozen doublings.
        a.values.reserveCapacity(min(bytes.count / 4, 4_096) + 1)
        a.values.append(.unknown("missing"))
        unknownMissing = 0
    }

    /// Whether a bytes literal starts like a pickle (a PROTO header, or a protocol 0 import ending with STOP):
    /// such literals are analysed as nested pickles, the way `pickle.loads` or a `__setstate__` would load them.
    static func mayHoldPickle(_ s: ArraySlice<UInt8>) -> Bool {
        guard let first = s.first else { return false }
        if first == 0x80 {
            let i = s.startIndex
            return s.count >= 3 && (0...5).contains(s[i + 1]) && PickleOpcode(rawValue: s[i + 2]) != nil
        }
        return (first == 0x63 || first == 0x28 || first == 0x69) && s.last == 0x2E
    }

    /// The latin-1 encoding of UTF-8 text, or nil when a character is above U+00FF.
    static func latin1(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for u in String(decoding: s, as: UTF8.self).unicodeScalars {
            guard u.value < 256 else { return nil }
            out.append(UInt8(u.value))
        }
        return out
    }

    // MARK: - Stream level

    mutating func runStream() {
        if let ranges = options.valueRanges, !ranges.isEmpty {
            runRanges(ranges)
            return
        }
        var pos = 0
        let first = runOne(at: pos, nesting: 0)
        pos = first.end
        a.endOffset = pos
        guard first.ok, !stopped else { return }
        if options.firstPickleOnly { return }
        if options.recognizeLegacyTorch, let r = first.result, case .int(let v) = a.values[r], v == PickleMachine.torchLegacyMagic {
            a.layout = .legacyTorch
            // protocol version, sys_info, the object, then the storage keys; raw storages follow.
            for _ in 0..<4 {
                guard pos < bytes.count else {
                    anomaly(.truncated, pos, "torch legacy file ends before its five pickles")
                    return
                }
                pickleIndex += 1
                let r = runOne(at: pos, nesting: 0)
                pos = r.end
                a.endOffset = pos
                guard r.ok, !stopped else { return }
            }
            return
        }
        var blockLayout = false
        while pos < bytes.count, !stopped {
            let maxPickles = blockLayout ? limits.maxBlockPickles : limits.maxPickles
            if pickleIndex + 1 >= maxPickles {
                a.limitHit = "pickles per stream (\(maxPickles))"
                return
            }
            // A newline or padding after STOP (old NumPy wrote `.\n`) is no opcode and holds nothing to run.
            if Self.isPadding(bytes, from: pos) { return }
            // dbm.dumb (shelve's fallback database) stores each pickled value at a 512-byte block boundary and
            // pads the gap with NUL bytes: skip such a gap when a pickle (PROTO) starts at the boundary. Every
            // value is still decoded; nothing after the padding goes unread.
            if let next = Self.blockAlignedNext(bytes, from: pos) { pos = next; blockLayout = true }
            let before = a.anomalies.count
            pickleIndex += 1
            let r = runOne(at: pos, nesting: 0)
            if r.ok {
                a.layout = .sequence
                pos = r.end
                a.endOffset = pos
                continue
            }
            // Not a well-formed pickle: what was decoded still counts (imports, calls), but the
            // errors collapse into one trailing-data anomaly.
            a.anomalies.removeSubrange(before...)
            a.anomalies.append(PickleAnomaly(kind: .trailingData, offset: pos, opcodeIndex: a.opcodeCount,
                                             message: "\(bytes.count - pos) bytes after STOP that are not a well-formed pickle",
                                             importsBefore: a.imports.count))
            if r.fatalAt != nil { tailScan(from: pos) }
            stopped = true
            return
        }
    }

    /// Decodes each indexed value as its own pickle (the index is the caller's: ranges outside the bytes are
    /// reported as truncated values). The analysis spans all of them, with `pickleIndex` per value.
    mutating func runRanges(_ ranges: [Range<Int>]) {
        a.layout = .sequence
        for (i, r) in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }).enumerated() {
            if stopped { return }
            if i >= limits.maxBlockPickles {
                a.limitHit = "pickles per stream (\(limits.maxBlockPickles))"
                return
            }
            guard r.lowerBound >= 0, r.lowerBound < bytes.count else {
                anomaly(.truncated, bytes.count, "the index names a value at byte \(r.lowerBound), past the end of the data (\(bytes.count) bytes)")
                continue
            }
            pickleIndex = i
            let run = runOne(at: r.lowerBound, nesting: 0)
            a.endOffset = max(a.endOffset, run.end)
        }
    }

    /// The next 512-byte boundary when a PROTO opcode (0x80, protocol 2 to 5) starts there and every byte before
    /// it is NUL: dbm.dumb's padding between values. (Without the `.dir` index, bytes a store overwrote in place
    /// cannot be told from a broken stream, so only pure padding is skipped.) Else nil.
    static func blockAlignedNext(_ bytes: [UInt8], from start: Int) -> Int? {
        let boundary = (start + 511) / 512 * 512
        guard boundary > start, boundary + 1 < bytes.count, bytes[boundary] == 0x80,
              bytes[boundary + 1] >= 2, bytes[boundary + 1] <= 5 else { return nil }
        for i in start..<boundary where bytes[i] != 0x00 { return nil }
        return boundary
    }

    /// Whether everything from `start` on is ASCII whitespace or NUL padding (at most 64 bytes): none of
    /// these bytes is a pickle opcode, so a loader reading on would fail at once and run nothing.
    static func isPadding(_ bytes: [UInt8], from start: Int) -> Bool {
        guard start < bytes.count, bytes.count - start <= 64 else { return false }
        for i in start..<bytes.count {
            switch bytes[i] {
            case 0x00, 0x09, 0x0A, 0x0D, 0x20: continue
            default: return false
            }
        }
        return true
    }

    struct RunResult {
        var ok: Bool
        var end: Int
        var result: Int?
        var fatalAt: Int?
    }

    // MARK: - Helpers

    mutating func anomaly(_ kind: PickleAnomaly.Kind, _ offset: Int, _ message: String) {
        guard a.anomalies.count < limits.maxAnomalies else { return }
        a.anomalies.append(PickleAnomaly(kind: kind, offset: offset, opcodeIndex: a.opcodeCount,
                                         message: message, importsBefore: a.imports.count))
    }

    mutating func newValue(_ v: PickleValue) -> Int? {
        guard a.values.count < limits.maxValues else {
            if a.limitHit == nil { a.limitHit = "abstract values (\(limits.maxValues))" }
            return nil
        }
        a.values.append(v)
        return a.values.count - 1
    }

    /// Whether two ranges of `bytes` hold the same bytes.
    static func sameBytes(_ bytes: [UInt8], _ x: Range<Int>, _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        guard !x.isEmpty else { return true }
        return bytes.withUnsafeBytes { p in memcmp(p.baseAddress! + x.lowerBound, p.baseAddress! + y.lowerBound, x.count) == 0 }
    }

    static func sameBytes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBytes { x in b.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    /// The id of a distinct (module, name) pair, shared by every import of it.
    mutating func nameID(_ module: String, _ name: String) -> Int {
        // Keyed by the pair (no joined string: a long module and name joined is a heap string per import).
        if nameIDs.isEmpty {
            for (i, p) in firstNames.enumerated() where p.name == name && p.module == module { return i }
            if firstNames.count < Self.firstNamesLimit {
                let id = a.distinctNames
                a.distinctNames += 1
                firstNames.append((module, name))
                return id
            }
            for (i, p) in firstNames.enumerated() { nameIDs[p.module, default: [:]][p.name] = i }
        }
        if let id = nameIDs[module]?[name] { return id }
        let id = a.distinctNames
        a.distinctNames += 1
        nameIDs[module, default: [:]][name] = id
        return id
    }

    mutating func tailScan(from: Int) {
        guard from < bytes.count else { return }
        let end = min(bytes.count, from + limits.maxTailScan)
        var hits = Set<String>()
        var token: [UInt8] = []
        func flush() {
            if token.count >= 2, token.count <= 40 {
                let s = String(decoding: token, as: UTF8.self)
                if Self.dangerousTokens.contains(s) { hits.insert(s) }
            }
            token.removeAll(keepingCapacity: true)
        }
        for i in from..<end {
            let c = bytes[i]
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F {
                if token.count < 64 { token.append(c) }
            } else { flush() }
        }
        flush()
        a.rawTailHits = hits.sorted()
    }

    static let dangerousTokens: Set<String> = [
        "system", "popen", "Popen", "subprocess", "posix", "eval", "exec", "execfile", "__import__", "compile",
        "getattr", "runpy", "run_path", "run_module", "check_output", "check_call", "spawnv", "spawnl",
        "execv", "execve", "webbrowser", "socket", "marshal", "ctypes", "pty", "builtins", "__builtin__",
        "breakpoint", "import_module", "load_inline", "apply", "startfile",
    ]

    /// Switches Python 2 name mapping; the GLOBAL caches hold mapped names, so they start over.
    mutating func setFixImports(_ on: Bool) {
        guard on != fixImports else { return }
        fixImports = on
        globalNames.removeAll(keepingCapacity: true)
        globalNameCount = 0
        recentGlobals.removeAll(keepingCapacity: true)
        recentNames.removeAll(keepingCapacity: true)
    }

    /// Python 2 builtins renamed in Python 3 (what `fix_imports` maps them to).
    /// Protocol-2 name fixes (`__builtin__` -> `builtins`, ...), as Python's unpickler applies them.
    static func fixNames(_ module: String, _ qual: String) -> (String, String) {
        var m = module
        var q = qual
        if m == "__builtin__", let n = builtinNameFixes[q] { (m, q) = n }
        if let fixed = moduleFixes[m] { m = fixed }
        return (m, q)
    }

    static let builtinNameFixes: [String: (String, String)] = [
        "xrange": ("builtins", "range"), "unicode": ("builtins", "str"), "basestring": ("builtins", "str"),
        "long": ("builtins", "int"), "unichr": ("builtins", "chr"), "raw_input": ("builtins", "input"),
        "reduce": ("functools", "reduce"), "intern": ("sys", "intern"), "execfile": ("builtins", "execfile"),
    ]

    static let moduleFixes: [String: String] = [
        "__builtin__": "builtins", "copy_reg": "copyreg", "cPickle": "pickle", "Queue": "queue",
        "exceptions": "builtins", "UserDict": "collections", "UserList": "collections",
        "UserString": "collections", "commands": "subprocess", "urllib2": "urllib.request",
        "httplib": "http.client", "SocketServer": "socketserver", "cStringIO": "io", "StringIO": "io",
        "thread": "_thread", "repr": "reprlib", "_winreg": "winreg", "ConfigParser": "configparser",
        "cookielib": "http.cookiejar", "HTMLParser": "html.parser", "Tkinter": "tkinter",
        "dbm": "dbm.ndbm", "anydbm": "dbm", "whichdb": "dbm", "urlparse": "urllib.parse",
        "robotparser": "urllib.robotparser", "xmlrpclib": "xmlrpc.client", "SimpleXMLRPCServer": "xmlrpc.server",
        "BaseHTTPServer": "http.server", "SimpleHTTPServer": "http.server", "CGIHTTPServer": "http.server",
        "Cookie": "http.cookies", "copy_reg.": "copyreg",
    ]

    /// Decimal text of small integers, made once: shapes, strides, offsets and storage keys are
    /// mostly below 4096, and formatting each cost as much as the rest of its opcode.
    static let smallDecimals: [String] = (0..<4096).map { String($0) }

    static func decimal(_ v: Int) -> String { v >= 0 && v < smallDecimals.count ? smallDecimals[v] : String(v) }

    static func decimal(littleEndian b: ArraySlice<UInt8>) -> String {
        let bytes = Array(b)
        if bytes.isEmpty { return "0" }
        if bytes.count > 64 { return "<long of \(bytes.count) bytes>" }
        let negative = (bytes.last! & 0x80) != 0
        var mag = bytes
        if negative {
            // two's complement: invert and add one
            var carry: UInt16 = 1
            for i in 0..<mag.count {
                let v = UInt16(~mag[i]) + carry
                mag[i] = UInt8(v & 0xFF)
                carry = v >> 8
            }
        }
        var be = Array(mag.reversed())
        while be.first == 0 { be.removeFirst() }
        if be.isEmpty { return "0" }
        var digits: [UInt8] = []
        while !be.isEmpty {
            var rem: UInt16 = 0
            var next: [UInt8] = []
            next.reserveCapacity(be.count)
            for byte in be {
                let cur = rem << 8 | UInt16(byte)
                let q = cur / 10
                rem = cur % 10
                if !(next.isEmpty && q == 0) { next.append(UInt8(q)) }
            }
            digits.append(UInt8(rem))
            be = next
        }
        return (negative ? "-" : "") + String(decoding: digits.reversed().map { $0 + 0x30 }, as: UTF8.self)
    }

    // MARK: - One pickle

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func runOne(at start: Int, nesting: Int) -> RunResult {
        // The read position is a property, not a local: the argument readers below capture it, and a
        // captured local var is boxed with a runtime exclusivity check on every byte read.
        let outerPos = pos
        pos = start
        let outerFix = fixImports
        setFixImports(true)  // each load starts at protocol 0
        defer {
            pos = outerPos
            setFixImports(outerFix)
        }
        var stack: [Int] = []
        var marks: [Int] = []
        var memo = MemoTable()
        var firstOpcode = true
        var frameEnd: Int?
        let count = bytes.count

        func fence() -> Int { marks.last ?? 0 }
        func pop(_ opOffset: Int, _ op: PickleOpcode) -> Int {
            if stack.count <= fence() {
                anomaly(.stackUnderflow, opOffset, "\(op.name) pops from an empty stack")
                return unknownMissing
            }
            return stack.removeLast()
        }
        func peek(_ opOffset: Int, _ op: PickleOpcode) -> Int {
            if stack.count <= fence() {
                anomaly(.stackUnderflow, opOffset, "\(op.name) needs a value on the stack")
                return unknownMissing
            }
            return stack[stack.count - 1]
        }
        func popMark(_ opOffset: Int, _ op: PickleOpcode) -> [Int] {
            guard let m = marks.popLast() else {
                anomaly(.missingMark, opOffset, "\(op.name) without a MARK")
                let all = stack
                stack.removeAll()
                return all
            }
            let items = Array(stack[m...])
            stack.removeSubrange(m...)
            return items
        }
        func fail(_ kind: PickleAnomaly.Kind, _ offset: Int, _ message: String) -> RunResult {
            anomaly(kind, offset, message)
            a.endOffset = offset
            tailScan(from: offset)
            stopped = true
            return RunResult(ok: false, end: offset, result: nil, fatalAt: offset)
        }

        while true {
            if stopped { return RunResult(ok: false, end: pos, result: nil, fatalAt: nil) }
            guard pos < count else {
                anomaly(.noStop, pos, "the stream ends without a STOP opcode")
                a.endOffset = pos
                return RunResult(ok: false, end: pos, result: nil, fatalAt: pos)
            }
            if opcodeBudget <= 0 {
                a.limitHit = "opcodes (\(limits.maxOpcodes))"
                stopped = true
                return RunResult(ok: false, end: pos, result: nil, fatalAt: nil)
            }
            if stack.count > limits.maxStackDepth {
                a.limitHit = "stack depth (\(limits.maxStackDepth))"
                stopped = true
                return RunResult(ok: false, end: pos, result: nil, fatalAt: nil)
            }
            if a.limitHit != nil {
                stopped = true
                return RunResult(ok: false, end: pos, result: nil, fatalAt: nil)
            }
            if let fe = frameEnd {
                if pos == fe { frameEnd = nil } else if pos > fe {
                    anomaly(.frameViolation, pos, "an opcode crosses the end of its FRAME")
                    frameEnd = nil
                }
            }
            opcodeBudget -= 1
            a.opcodeCount += 1
            let opOffset = pos
            let byte = bytes[pos]
            pos += 1
            guard let op = PickleOpcode.decode(byte) else {
                return fail(.unknownOpcode, opOffset, "unknown opcode 0x\(String(byte, radix: 16)) at byte \(opOffset)")
            }
            defer { firstOpcode = false }
            var name: String { op.name }  // for messages only

            // Argument readers; nil means the stream is truncated.
            func take(_ n: Int) -> ArraySlice<UInt8>? {
                guard n >= 0 else { return nil }
                let (end, o) = pos.addingReportingOverflow(n)
                guard !o, end <= count else { return nil }
                defer { pos = end }
                return bytes[pos..<end]
            }
            func uint(_ n: Int) -> UInt64? {
                guard let s = take(n) else { return nil }
                var v: UInt64 = 0
                for (i, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
                return v
            }
            func length(_ n: Int) -> Int? {
                guard let v = uint(n), v <= UInt64(Int.max) else { return nil }
                return Int(v)
            }
            func line() -> ArraySlice<UInt8>? {
                // memchr: the text opcodes' arguments (GLOBAL names, protocol 0 values) end at a newline.
                let start = pos
                guard start < count, let i = bytes.withUnsafeBytes({ p -> Int? in
                    guard let hit = memchr(p.baseAddress! + start, 0x0A, count - start) else { return nil }
                    return p.baseAddress!.distance(to: UnsafeRawPointer(hit))
                }) else { return nil }
                defer { pos = i + 1 }
                var e = i
                if e > pos, bytes[e - 1] == 0x0D { e -= 1 }
                return bytes[pos..<e]
            }
            func keepString(_ s: String) -> PickleValue {
                // `count` walks grapheme clusters; a string with no more bytes than the limit has no more characters.
                if s.utf8.count > limits.maxStringKept, s.count > limits.maxStringKept {
                    return .string(String(s.prefix(limits.maxStringKept)), truncated: true)
                }
                return .string(s, truncated: false)
            }
            func utf8(_ s: ArraySlice<UInt8>) -> PickleValue {
                if s.count > limits.maxStringKept * 4 {
                    return .string(String(decoding: s.prefix(limits.maxStringKept), as: UTF8.self), truncated: true)
                }
                // ASCII (nearly every name in a checkpoint) is valid UTF-8; `String(validating:)` over a slice
                // is not specialised and costs more than the rest of the opcode.
                if s.allSatisfy({ $0 < 0x80 }) { return keepString(String(decoding: s, as: UTF8.self)) }
                if let v = String(validating: s, as: UTF8.self) { return keepString(v) }
                anomaly(.badArgument, opOffset, "\(name) holds invalid UTF-8")
                return keepString(String(decoding: s, as: UTF8.self))
            }
            func push(_ v: PickleValue) {
                if let r = newValue(v) { stack.append(r) }
            }
            func truncated() -> RunResult { fail(.truncated, opOffset, "the stream is truncated inside \(name)") }
            func memoKey(_ v: UInt64?) -> Int? { v.flatMap { $0 <= UInt64(Int32.max) ? Int($0) : nil } }
            func addImport(_ module: String, _ qual: String, _ kind: PickleImportKind, computed: String? = nil,
                           alreadyFixed: Bool = false, id: Int? = nil) -> Int {
                let (m, q) = alreadyFixed || !fixImports ? (module, qual) : Self.fixNames(module, qual)
                // Built in the append (no local copy to retain and release: a state dict imports per tensor).
                let nid = id ?? nameID(m, q)
                a.imports.append(PickleImport(module: m, name: q, kind: kind, offset: opOffset, opcodeIndex: a.opcodeCount - 1,
                                              computed: computed, pickleIndex: pickleIndex, nameID: nid))
                return a.imports.count - 1
            }
            func addCall(_ callee: Int, _ args: Int?, _ kwargs: Int?, _ kind: PickleCallKind) -> Int {
                recordCall(callee, args, kwargs, kind, offset: opOffset)
            }

            switch op {
            case .proto:
                guard let v = take(1) else { return truncated() }
                let version = Int(v.first!)
                if !firstOpcode { anomaly(.secondProto, opOffset, "PROTO \(version) in the middle of the stream") }
                if version > 5 { return fail(.badArgument, opOffset, "unsupported pickle protocol \(version)") }
                if firstOpcode, pickleIndex == 0, nesting == 0 { a.protocolVersion = version }
                setFixImports(version < 3)
            case .frame:
                guard let n = length(8) else { return truncated() }
                if frameEnd != nil { anomaly(.frameViolation, opOffset, "a FRAME starts before the previous one ends") }
                let (end, o) = pos.addingReportingOverflow(n)
                if o || end > count { anomaly(.frameViolation, opOffset, "FRAME of \(n) bytes runs past the end of the data") }
                frameEnd = o ? nil : end
            case .stop:
                let r = pop(opOffset, op)
                a.results.append(r)
                return RunResult(ok: true, end: pos, result: r, fatalAt: nil)
            case .mark:
                guard marks.count < limits.maxMarkDepth else {
                    a.limitHit = "mark depth (\(limits.maxMarkDepth))"
                    stopped = true
                    return RunResult(ok: false, end: pos, result: nil, fatalAt: nil)
                }
                marks.append(stack.count)
            case .pop:
                if let m = marks.last, m == stack.count { marks.removeLast() } else { _ = pop(opOffset, op) }
            case .popMark:
                _ = popMark(opOffset, op)
            case .dup:
                stack.append(peek(opOffset, op))
            case .none: push(.none)
            case .newTrue: push(.bool(true))
            case .newFalse: push(.bool(false))
            case .int:
                guard let l = line() else { return truncated() }
                let s = String(decoding: l, as: UTF8.self).pickleTrimmed(" \t")
                if s == "00" { push(.bool(false)) } else if s == "01" { push(.bool(true)) } else if Int(s) != nil {
                    push(.int(s))
                } else if let d = PickleMachine.pythonIntLiteral(l, cOctal: true) {
                    // `int(s, 0)` syntax the loader accepts (R6 X1): hex, octal, binary, underscores.
                    push(.int(d))
                } else {
                    anomaly(.badArgument, opOffset, "INT with a non-numeric argument")
                    push(.int(s))
                }
            case .long:
                guard let l = line() else { return truncated() }
                var s = String(decoding: l, as: UTF8.self)
                if s.hasSuffix("L") { s.removeLast() }
                push(.int(Int(s) != nil ? s : PickleMachine.pythonIntLiteral(Array(s.utf8)[...], cOctal: false) ?? s))
            case .binInt:
                guard let v = uint(4) else { return truncated() }
                push(.int(Self.decimal(Int(Int32(bitPattern: UInt32(v))))))
            case .binInt1:
                guard let v = uint(1) else { return truncated() }
                push(.int(Self.decimal(Int(v))))
            case .binInt2:
                guard let v = uint(2) else { return truncated() }
                push(.int(Self.decimal(Int(v))))
            case .long1, .long4:
                guard let n = length(op == .long1 ? 1 : 4) else { return truncated() }
                if op == .long4, n > Int32.max { return fail(.badArgument, opOffset, "LONG4 with a negative length") }
                guard let s = take(n) else { return truncated() }
                push(.int(Self.decimal(littleEndian: s)))
            case .float:
                guard let l = line() else { return truncated() }
                let s = String(decoding: l, as: UTF8.self)
                guard let d = Double(s) else {
                    anomaly(.badArgument, opOffset, "FLOAT with a non-numeric argument")
                    push(.unknown("bad float"))
                    break
                }
                push(.float(d))
            case .binFloat:
                guard let v = uint(8) else { return truncated() }
                push(.float(Double(bitPattern: v.byteSwapped)))
            case .string:
                guard let l = line() else { return truncated() }
                let (text, error) = Self.decodePythonStringRepr(l)
                if let error { anomaly(.badArgument, opOffset, "STRING: \(error) (a loader stops here)") }
                push(keepString(text))
            case .binString, .shortBinString:
                guard let n = length(op == .shortBinString ? 1 : 4) else { return truncated() }
                if op == .binString, n > Int32.max { return fail(.badArgument, opOffset, "BINSTRING with a negative length") }
                guard let s = take(n) else { return truncated() }
                push(keepString(String(decoding: s.prefix(limits.maxStringKept * 4), as: UTF8.self)))
            case .unicode:
                guard let l = line() else { return truncated() }
                push(keepString(Self.decodeRawUnicodeEscape(l)))
            case .binUnicode, .shortBinUnicode, .binUnicode8:
                guard let n = length(op == .shortBinUnicode ? 1 : (op == .binUnicode ? 4 : 8)) else { return truncated() }
                guard let s = take(n) else { return truncated() }
                // Protocol 2 writes bytes as `_codecs.encode(str, "latin-1")`: a str opening with U+0080 and a
                // protocol number may be a nested pickle once latin-1 encoded.
                if n >= 10, n <= 16 << 20, a.embeddedPickles.count < 32, s.first == 0xC2, s[s.startIndex + 1] == 0x80,
                   let latin1 = Self.latin1(s), Self.mayHoldPickle(latin1[...]) {
                    a.embeddedPickles.append(PickleByteRange(offset: s.startIndex, length: n, latin1: latin1))
                }
                push(utf8(s))
            case .binBytes, .shortBinBytes, .binBytes8, .byteArray8:
                guard let n = length(op == .shortBinBytes ? 1 : (op == .binBytes ? 4 : 8)) else { return truncated() }
                guard let s = take(n) else { return truncated() }
                if n >= 8, a.embeddedPickles.count < 32, Self.mayHoldPickle(s) {
                    a.embeddedPickles.append(PickleByteRange(offset: s.startIndex, length: n))
                }
                push(.bytes(count: n, prefix: Array(s.prefix(32)), isByteArray: op == .byteArray8))
            case .emptyTuple: push(.tuple([]))
            case .tuple: push(.tuple(popMark(opOffset, op)))
            case .tuple1:
                let x = pop(opOffset, op)
                push(.tuple([x]))
            case .tuple2:
                let y = pop(opOffset, op), x = pop(opOffset, op)
                push(.tuple([x, y]))
            case .tuple3:
                let z = pop(opOffset, op), y = pop(opOffset, op), x = pop(opOffset, op)
                push(.tuple([x, y, z]))
            case .emptyList: push(.list([]))
            case .list: push(.list(popMark(opOffset, op)))
            case .emptyDict: push(.dict([]))
            case .emptySet: push(.set([], frozen: false))
            case .dict:
                let items = popMark(opOffset, op)
                if items.count % 2 != 0 { anomaly(.badArgument, opOffset, "DICT with an odd number of items") }
                var entries: [PickleDictEntry] = []
                var i = 0
                while i + 1 < items.count {
                    entries.append(PickleDictEntry(key: items[i], value: items[i + 1]))
                    countDictEntry(value: items[i + 1])
                    i += 2
                }
                push(.dict(entries))
            case .frozenSet:
                push(.set(popMark(opOffset, op), frozen: true))
            case .append, .appends, .setItem, .setItems, .addItems:
                var added: [Int]
                if op == .append {
                    added = [pop(opOffset, op)]
                } else if op == .setItem {
                    let v = pop(opOffset, op), k = pop(opOffset, op)
                    added = [k, v]
                } else {
                    added = popMark(opOffset, op)
                }
                let target = peek(opOffset, op)
                mutate(target, op: op, added: added, opOffset: opOffset)
            case .put, .binPut, .longBinPut, .memoize:
                var key: Int?
                switch op {
                case .put:
                    guard let l = line() else { return truncated() }
                    key = Int(String(decoding: l, as: UTF8.self))
                case .binPut: key = memoKey(uint(1))
                case .longBinPut:
                    guard let v = uint(4) else { return truncated() }
                    key = memoKey(v)
                default: key = memo.count
                }
                if op == .binPut, pos > count { return truncated() }
                guard let k = key, k >= 0 else {
                    if pos >= count, op != .memoize { return truncated() }
                    anomaly(.badArgument, opOffset, "\(name) with an invalid memo key")
                    break
                }
                guard memo.count < limits.maxMemo || memo.contains(k) else {
                    a.limitHit = "memo entries (\(limits.maxMemo))"
                    stopped = true
                    return RunResult(ok: false, end: pos, result: nil, fatalAt: nil)
                }
                memo.set(k, peek(opOffset, op))
            case .get, .binGet, .longBinGet:
                var key: Int?
                switch op {
                case .get:
                    guard let l = line() else { return truncated() }
                    key = Int(String(decoding: l, as: UTF8.self))
                case .binGet:
                    guard let v = uint(1) else { return truncated() }
                    key = Int(v)
                default:
                    guard let v = uint(4) else { return truncated() }
                    key = Int(v)
                }
                if let k = key, let r = memo.get(k) { stack.append(r) } else {
                    anomaly(.missingMemo, opOffset, "\(name) \(key.map(String.init) ?? "?") reads a memo entry that was never stored")
                    push(.unknown("missing memo"))
                }
            case .global, .inst:
                let argStart = pos
                guard let m = line(), let n = line() else { return truncated() }
                let module: String, qual: String, id: Int
                let arg = bytes[argStart..<pos]
                var hit: Int?
                for (i, r) in recentGlobals.enumerated() where Self.sameBytes(bytes, r, argStart..<pos) {
                    hit = i
                    break
                }
                if let hit {
                    (module, qual, id) = recentNames[hit]
                } else {
                    let argRange = argStart..<pos
                    // `globalNames` holds the arguments that left the recent list: while that list is not full none
                    // has (both are emptied together), and a pickle of a few globals never hashes nor stores one.
                    var known: GlobalName?
                    if recentGlobals.count == 4 {
                        known = globalNames[Self.byteHash(arg)]?.first(where: { Self.sameBytes(bytes, $0.range, argRange) })
                    }
                    if let known {
                        (module, qual, id) = (known.module, known.qual, known.id)
                    } else {
                        let raw = (String(decoding: m, as: UTF8.self), String(decoding: n, as: UTF8.self))
                        (module, qual) = fixImports ? Self.fixNames(raw.0, raw.1) : raw
                        id = nameID(module, qual)
                    }
                    if recentGlobals.count == 4 {
                        let oldRange = recentGlobals.removeFirst()
                        let old = recentNames.removeFirst()
                        if globalNameCount < 4_096 {
                            let key = Self.byteHash(bytes[oldRange])
                            if globalNames[key]?.contains(where: { Self.sameBytes(bytes, $0.range, oldRange) }) != true {
                                globalNames[key, default: []].append(GlobalName(range: oldRange, module: old.0, qual: old.1, id: old.2))
                                globalNameCount += 1
                            }
                        }
                    }
                    recentGlobals.append(argRange)
                    recentNames.append((module, qual, id))
                }
                let g = addImport(module, qual, op == .global ? .global : .inst, alreadyFixed: true, id: id)
                if op == .global {
                    push(.global(g))
                } else {
                    let args = popMark(opOffset, op)
                    guard let cls = newValue(.global(g)), let t = newValue(.tuple(args)) else { break }
                    let c = addCall(cls, t, nil, .inst)
                    push(.call(c))
                }
            case .stackGlobal:
                let n = pop(opOffset, op), m = pop(opOffset, op)
                if let module = a.string(m), let qual = a.string(n) {
                    push(.global(addImport(module, qual, .stackGlobal)))
                } else {
                    let why = "STACK_GLOBAL operands are not literal strings: module \(a.render(m, maxLength: 80)), name \(a.render(n, maxLength: 80))"
                    let module = a.string(m) ?? a.render(m, maxLength: 80)
                    let qual = a.string(n) ?? a.render(n, maxLength: 80)
                    push(.global(addImport(module, qual, .stackGlobal, computed: why)))
                }
            case .ext1, .ext2, .ext4:
                guard let code = uint(op == .ext1 ? 1 : (op == .ext2 ? 2 : 4)) else { return truncated() }
                let g = addImport("copyreg", "_inverted_registry[\(code)]", .ext,
                                  computed: "\(name) \(code) loads whatever copyreg.add_extension registered under code \(code)")
                push(.global(g))
            case .reduce:
                let args = pop(opOffset, op), callee = pop(opOffset, op)
                let ci = addCall(callee, args, nil, .reduce)
                setObjState(ci, opOffset: opOffset)
                push(.call(ci))
            case .newObj:
                let args = pop(opOffset, op), cls = pop(opOffset, op)
                push(.call(addCall(cls, args, nil, .newObj)))
            case .newObjEx:
                let kwargs = pop(opOffset, op), args = pop(opOffset, op), cls = pop(opOffset, op)
                push(.call(addCall(cls, args, kwargs, .newObjEx)))
            case .obj:
                let items = popMark(opOffset, op)
                guard let cls = items.first else {
                    anomaly(.stackUnderflow, opOffset, "OBJ without a class")
                    push(.unknown("bad OBJ"))
                    break
                }
                guard let t = newValue(.tuple(Array(items.dropFirst()))) else { break }
                push(.call(addCall(cls, t, nil, .obj)))
            case .build:
                let state = pop(opOffset, op)
                let target = peek(opOffset, op)
                build(target, state: state, opOffset: opOffset)
                // joblib's unpickler reads the array after any BUILD that leaves a wrapper on the stack (however
                // it was made) and puts the array in its place; the nested pickle of an object array is read by
                // a plain unpickler, which reads no arrays.
                if options.recognizeJoblibArrays, nesting == 0, case .call(let ci) = a.values[target],
                   let gi = instanceClass(ci), a.imports[gi].name.hasSuffix("ArrayWrapper"),
                   Self.joblibWrappers.contains(a.imports[gi].qualifiedName) {
                    switch skipJoblibArray(call: ci, at: pos, nesting: nesting) {
                    case .skipped(let end):
                        pos = end
                        frameEnd = nil  // joblib commits the frame before writing the array outside any frame
                        if let arr = newValue(.unknown("numpy array read by joblib")), stack.count > fence() {
                            stack[stack.count - 1] = arr
                        }
                    case .failed(let why): return fail(.badArgument, opOffset, why)
                    case .truncated: return fail(.truncated, opOffset, "a joblib inline array runs past the end of the data")
                    }
                }
            case .persID:
                guard let l = line() else { return truncated() }
                guard let pid = newValue(utf8(l)) else { break }
                push(.persistent(pid))
            case .binPersID:
                push(.persistent(pop(opOffset, op)))
            case .nextBuffer:
                anomaly(.outOfBandBuffer, opOffset, "NEXT_BUFFER needs out-of-band buffers the loader must supply")
                push(.buffer)
            case .readonlyBuffer:
                _ = peek(opOffset, op)
            }
        }
    }

    // MARK: - Mutation and BUILD

    mutating func mutate(_ target: Int, op: PickleOpcode, added: [Int], opOffset: Int) {
        let v = a.values[target]
        switch (v, op) {
        case (.list(var items), .append), (.list(var items), .appends):
            a.values[target] = .none
            items.append(contentsOf: added)
            a.values[target] = .list(items)
        case (.dict(var entries), .setItem), (.dict(var entries), .setItems):
            a.values[target] = .none
            var i = 0
            while i + 1 < added.count {
                entries.append(PickleDictEntry(key: added[i], value: added[i + 1]))
                countDictEntry(value: added[i + 1])
                i += 2
            }
            a.values[target] = .dict(entries)
        case (.set(var items, let frozen), .addItems) where !frozen:
            a.values[target] = .none
            items.append(contentsOf: added)
            a.values[target] = .set(items, frozen: false)
        case (.call(let ci), _):
            // The loader calls `obj.append(x)` (APPEND), `obj.extend(items)` or `obj.append` per item
            // (APPENDS), `obj.add(x)` (ADDITEMS), looked up on the instance: a method planted there by BUILD
            // is called with the stream's data.
            let attrs = a.calls[ci].attributes
            let planted: (Int, Bool)? = switch op {
            case .append: attrs["append"].map { ($0, false) }
            case .appends: attrs["extend"].map { ($0, true) } ?? attrs["append"].map { ($0, false) }
            case .addItems: attrs["add"].map { ($0, false) }
            default: nil
            }
            if let (method, whole) = planted, !a.isLiteral(method) {
                if whole {
                    if let l = newValue(.list(added)), let t = newValue(.tuple([l])) {
                        _ = recordCall(method, t, nil, .plantedMethod, offset: opOffset)
                    }
                } else {
                    for item in added.prefix(3) {
                        if let t = newValue(.tuple([item])) { _ = recordCall(method, t, nil, .plantedMethod, offset: opOffset) }
                    }
                }
            }
            // A custom container (an OrderedDict state dict, a model class): its class was already
            // judged when it was created; the items are kept, bounded, for `explain-model`.
            recordFills(ci, op: op, added: added)
        case (.unknown, _), (.persistent, _):
            break // a custom container; its class was already judged when it was created
        default:
            anomaly(.badArgument, opOffset, "\(op.name) on a value that does not support it")
        }
    }

    /// Counts a dict entry whose value is not a scalar literal (`PickleAnalysis.dictEntriesHoldingObjects`).
    mutating func countDictEntry(value v: Int) {
        guard v >= 0, v < a.values.count else { return }
        switch a.values[v] {
        case .none, .bool, .int, .float, .string, .bytes: break
        default: a.dictEntriesHoldingObjects += 1
        }
    }

    mutating func recordFills(_ ci: Int, op: PickleOpcode, added: [Int]) {
        let pairs = op == .setItem || op == .setItems
        let n = pairs ? added.count / 2 : added.count
        let room = max(0, PickleCall.maxFills - fillsKept)
        a.calls[ci].fillsDropped += max(0, n - room)
        guard room > 0, n > 0 else { return }
        fillsKept += min(n, room)
        for j in 0..<min(n, room) {
            if pairs {
                a.calls[ci].fills.append(PickleFill(kind: .setItem, key: added[2 * j], value: added[2 * j + 1]))
            } else {
                a.calls[ci].fills.append(PickleFill(kind: op == .addItems ? .add : .append, key: nil, value: added[j]))
            }
        }
    }

    mutating func recordCall(_ callee: Int, _ args: Int?, _ kwargs: Int?, _ kind: PickleCallKind, offset: Int) -> Int {
        a.calls.append(PickleCall(callee: callee, args: args, kwargs: kwargs, kind: kind, offset: offset,
                                  opcodeIndex: a.opcodeCount - 1, pickleIndex: pickleIndex))
        let i = a.calls.count - 1
        if let g = a.importIndex(callee) { a.imports[g].calls.append(i) }
        return i
    }

    mutating func build(_ target: Int, state: Int, opOffset: Int) {
        switch a.values[target] {
        case .call(let ci):
            if let planted = a.calls[ci].attributes["__setstate__"] {
                if let t = newValue(.tuple([state])) { _ = recordCall(planted, t, nil, .setstate, offset: opOffset) }
                return
            }
            a.calls[ci].builds.append(state)
            applyState(to: ci, state: state, opOffset: opOffset, via: "BUILD")
            if let gi = instanceClass(ci), a.imports[gi].name.hasSuffix("NDArrayWrapper"),
               Self.joblibFileWrappers.contains(a.imports[gi].qualifiedName) {
                checkJoblibFilename(ci, opOffset: opOffset)
            }
        case .global(let gi):
            let imp = a.imports[gi]
            anomaly(.buildOnGlobal, opOffset,
                    "BUILD sets attributes on \(imp.qualifiedName) itself (monkey-patching): \(a.render(state, maxLength: 160))")
        case .unknown, .persistent:
            let read = readState(state)
            for (k, v) in read.attrs where k.hasPrefix("__") && k.hasSuffix("__") && !inertDunder(k, v) {
                anomaly(.dunderState, opOffset, "BUILD sets the attribute \(k) to \(a.render(v, maxLength: 120))")
            }
            reportUnread(read, opOffset: opOffset, via: "BUILD")
        default:
            anomaly(.badArgument, opOffset, "BUILD on a \(Self.kindName(a.values[target])), which a loader rejects")
        }
    }

    /// Sets the attributes a state holds on the object call `ci` creates (BUILD without `__setstate__`, or
    /// `torch._utils._set_obj_state`), reporting planted dunders and methods, and states it cannot read.
    mutating func applyState(to ci: Int, state: Int, opOffset: Int, via: String) {
        let read = readState(state)
        for (k, v) in read.attrs {
            a.calls[ci].attributes[k] = v
            if k.hasPrefix("__") && k.hasSuffix("__"), !inertDunder(k, v) {
                anomaly(.dunderState, opOffset, "\(via) sets the attribute \(k) to \(a.render(v, maxLength: 120))")
            } else if Self.loaderCalledMethods.contains(k), plantsCallable(v) {
                // `dict(obj)` and `dict.update(obj)` call `obj.keys()`, looked up on the instance: a function or
                // a partial planted there runs on load. (APPEND, APPENDS and ADDITEMS are followed in `mutate`.)
                anomaly(.dunderState, opOffset, "\(via) plants the method \(k) (which dict() calls) as \(a.render(v, maxLength: 120))")
            }
        }
        reportUnread(read, opOffset: opOffset, via: via)
    }

    /// A state part the loader would use as attributes but the scanner cannot read (a dict built by an unknown
    /// call, a key built by a call, a state past the read budget): reported when it holds anything callable
    /// (an import, a call, a dunder name), since it may plant `__setstate__`, `append`...
    mutating func reportUnread(_ read: StateRead, opOffset: Int, via: String) {
        if let over = read.overBudget {
            anomaly(.dunderState, opOffset, "\(via) state the scanner cannot read in full (more than \(Self.stateEntryBudget) state entries in this stream): \(a.render(over, maxLength: 120))")
            return
        }
        for part in read.unread where mayPlant(part) {
            anomaly(.dunderState, opOffset, "\(via) state the scanner cannot read holds a callable: \(a.render(part, maxLength: 160))")
            return
        }
    }

    /// Whether a state part the scanner cannot read may plant a method: a call whose result is unknown (not
    /// an import's), a call or import of the modules that build mappings and names (`builtins`, `collections`,
    /// `operator`...), or anything holding a text with `__` in it, a method name the loader calls, or a dict
    /// key built by a call (bounded walk). Calls of
    /// library classes (a numpy `SeedSequence`, a pandas dtype) are the states of classes with their own
    /// `__setstate__`, which reads them its own way.
    func mayPlant(_ ref: Int) -> Bool {
        switch a.values[ref] {
        case .call(let ci):
            guard let imp = a.calleeImport(of: a.calls[ci]) else { return true }
            if Self.builderModules.contains(imp.module) { return true }
        case .global(let gi):
            let imp = a.imports[gi]
            if Self.builderModules.contains(imp.module) || imp.name.hasPrefix("__") { return true }
        default: break
        }
        var budget = 512
        func walk(_ r: Int, _ depth: Int) -> Bool {
            guard budget > 0, depth < 16 else { return false }
            budget -= 1
            switch a.values[r] {
            case .string(let s, _): return s.contains("__") || Self.plantableMethods.contains(s)
            case .tuple(let t), .list(let t), .set(let t, _): return t.contains { walk($0, depth + 1) }
            case .dict(let e):
                return e.contains { !a.isLiteral($0.key) || walk($0.key, depth + 1) || walk($0.value, depth + 1) }
            case .call(let ci):
                let c = a.calls[ci]
                return (c.args.map { walk($0, depth + 1) } ?? false) || (c.kwargs.map { walk($0, depth + 1) } ?? false)
                    || c.fills.prefix(64).contains { f in walk(f.value, depth + 1) || (f.key.map { walk($0, depth + 1) } ?? false) }
            default: return false
            }
        }
        return walk(ref, 0)
    }

    /// Modules whose functions build the mappings and strings a hostile state needs.
    static let builderModules: Set<String> = [
        "builtins", "collections", "_collections", "types", "copy", "copyreg", "operator", "_operator", "functools",
        "_functools", "itertools", "codecs", "_codecs", "string", "__builtin__", "__builtins__",
    ]

    /// `torch._utils._set_obj_state(obj, state)` sets the state's attributes on `obj` with `setattr` (no
    /// `__setstate__`) and returns `obj`: read like BUILD, the result carries the attributes too.
    mutating func setObjState(_ ci: Int, opOffset: Int) {
        // Runs for every REDUCE: the name's tail is compared in place first (copying the call and import and
        // joining the qualified name per call was 2.5% of a small-files scan).
        guard let gi = a.importIndex(a.calls[ci].callee), a.imports[gi].name.hasSuffix("_set_obj_state"),
              a.imports[gi].qualifiedName == "torch._utils._set_obj_state",
              let args = a.items(a.calls[ci].args), args.count == 2 else { return }
        let via = "torch._utils._set_obj_state"
        if case .call(let obj) = a.values[args[0]] {
            applyState(to: obj, state: args[1], opOffset: opOffset, via: via)
            a.calls[ci].attributes = a.calls[obj].attributes
        } else {
            let read = readState(args[1])
            for (k, v) in read.attrs where k.hasPrefix("__") && k.hasSuffix("__") && !inertDunder(k, v) {
                anomaly(.dunderState, opOffset, "\(via) sets the attribute \(k) to \(a.render(v, maxLength: 120))")
            }
            reportUnread(read, opOffset: opOffset, via: via)
        }
    }

    // MARK: - Joblib NDArrayWrapper files

    static let joblibFileWrappers: Set<String> = [
        "joblib.numpy_pickle_compat.NDArrayWrapper", "sklearn.externals.joblib.numpy_pickle_compat.NDArrayWrapper",
        "joblib.numpy_pickle.NDArrayWrapper", "joblib.numpy_pickle_compat.ZNDArrayWrapper",
        "joblib.numpy_pickle.ZNDArrayWrapper", "sklearn.externals.joblib.numpy_pickle_compat.ZNDArrayWrapper",
    ]

    /// The import of the class a call instantiates: its callee, or the class given to copyreg's constructors
    /// (`_reconstructor(cls, base, state)`, `__newobj__(cls, *args)`, `__newobj_ex__(cls, args, kwargs)`).
    func instanceClass(_ ci: Int) -> Int? {
        guard let gi = a.importIndex(a.calls[ci].callee) else { return nil }
        let n = a.imports[gi].name
        if n == "_reconstructor" || n == "__newobj__" || n == "__newobj_ex__", a.imports[gi].module == "copyreg",
           let args = a.items(a.calls[ci].args), let first = args.first, let g = a.importIndex(first) {
            return g
        }
        return gi
    }

    /// Old joblib (`NDArrayWrapper`) stores arrays in side files and calls `np.load(dirname/filename,
    /// allow_pickle=True)` on them; joblib writes a bare file name. An absolute name or one with `..` loads
    /// (and may unpickle) a file outside the model folder.
    mutating func checkJoblibFilename(_ ci: Int, opOffset: Int) {
        guard let ref = a.calls[ci].attributes["filename"] else { return }
        guard let name = a.string(ref) else {
            if !a.isLiteral(ref) {
                anomaly(.badArgument, opOffset, "joblib NDArrayWrapper with a file name the scanner cannot read: \(a.render(ref, maxLength: 120)) (joblib loads, and may unpickle, that file)")
            }
            return
        }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        let bytes = Array(name.utf8)
        let absolute = name.hasPrefix("/") || name.hasPrefix("\\") || name.hasPrefix("~")
            || (bytes.count >= 2 && bytes[1] == 0x3A && ((bytes[0] | 0x20) >= 0x61 && (bytes[0] | 0x20) <= 0x7A))
        if absolute || parts.contains("..") {
            anomaly(.badArgument, opOffset, "joblib loads (and may unpickle) a file outside the model folder: \(PickleAnalysis.pythonRepr(name))")
        } else if parts.count > 1 || name.isEmpty || name == "." {
            anomaly(.badArgument, opOffset, "joblib loads (and may unpickle) a file in another folder: \(PickleAnalysis.pythonRepr(name)) (joblib writes a bare file name)")
        }
    }

    /// A docstring kept in an instance's state (statsmodels' results objects carry `__doc__`): text or None
    /// under a name nothing calls.
    static func isInertDunder(_ name: String, _ value: PickleValue?) -> Bool {
        guard name == "__doc__" else { return false }
        switch value {
        case .string?, .none?: return true
        default: return false
        }
    }

    /// Pydantic v2's `__getstate__` keys: data the model's own `__setstate__` restores (`__dict__` beside these).
    static let pydanticStateKeys: Set<String> = ["__pydantic_extra__", "__pydantic_fields_set__", "__pydantic_private__"]

    /// A dunder a state may set without planting behaviour: `__doc__` as text; `__dict__` as a dict whose
    /// keys are ordinary attribute names (no dunder, no loader-called method bound to a callable), which is
    /// what every default `__getstate__` and pydantic's produce; pydantic's own state keys holding data.
    func inertDunder(_ name: String, _ ref: Int) -> Bool {
        if Self.isInertDunder(name, a.value(ref)) { return true }
        if Self.pydanticStateKeys.contains(name) {
            switch a.values[ref] {
            case .none, .dict, .set: return !plantsCallable(ref)
            default: return false
            }
        }
        guard name == "__dict__", case .dict(let entries) = a.values[ref] else { return false }
        for e in entries.prefix(4_096) {
            guard let key = a.string(e.key), !(key.hasPrefix("__") && key.hasSuffix("__")) else { return false }
            if (Self.loaderCalledMethods.contains(key) || Self.plantableMethods.contains(key)), plantsCallable(e.value) { return false }
        }
        return entries.count <= 4_096
    }

    /// Instance attributes the loader itself calls while filling an object.
    static let loaderCalledMethods: Set<String> = ["keys"]

    /// An imported function, or a call of `functools`/`operator` (partials, attrgetters): callables,
    /// unlike the containers and objects real state holds under a `keys` attribute.
    func plantsCallable(_ v: Int) -> Bool {
        switch a.values[v] {
        case .global: return true
        case .call(let ci):
            guard let gi = a.importIndex(a.calls[ci].callee) else { return true }
            let m = a.imports[gi].module
            return m == "functools" || m == "_functools" || m == "operator" || m == "_operator"
        default: return false
        }
    }

    /// Attribute names and values a BUILD state would set (`dict`, `(dict, slotstate)`, or
    /// `functools.partial`'s `(func, args, keywords, namespace)`, whose namespace becomes `__dict__`), and
    /// the parts that would set attributes but cannot be read.
    struct StateRead {
        var attrs: [(String, Int)] = []
        var unread: [Int] = []
        /// Set when the stream's state entries exceed `stateEntryBudget`: the state not read in full.
        var overBudget: Int?
    }

    /// State entries read over the whole analysis (a hostile stream can BUILD the same huge dict many times).
    static let stateEntryBudget = 20_000_000
    /// Entries of one state kept as attributes whatever their name; past this, only names the loader or an
    /// attack uses (dunders, methods the loader calls) are kept.
    static let stateEntriesKept = 10_000
    static let plantableMethods: Set<String> = ["append", "extend", "add", "keys"]

    func stateAttributes(_ state: Int) -> [(String, Int)] {
        var budget = Self.stateEntriesKept * 4
        return readState(state, budget: &budget).attrs
    }

    mutating func readState(_ state: Int) -> StateRead {
        var budget = stateEntriesLeft
        let r = readState(state, budget: &budget)
        stateEntriesLeft = max(0, budget)
        return r
    }

    func readState(_ state: Int, budget: inout Int) -> StateRead {
        var out = StateRead()
        func keep(_ k: String, _ v: Int) {
            if out.attrs.count < Self.stateEntriesKept || (k.hasPrefix("__") && k.hasSuffix("__"))
                || Self.plantableMethods.contains(k) {
                out.attrs.append((k, v))
            }
        }
        func entry(_ key: Int, _ value: Int, _ whole: Int) -> Bool {
            budget -= 1
            if budget < 0 {
                out.overBudget = whole
                return false
            }
            if let k = a.string(key) { keep(k, value) } else if !a.isLiteral(key) { out.unread.append(key) }
            return true
        }
        func add(_ ref: Int) {
            switch a.values[ref] {
            case .dict(let entries):
                for e in entries { guard entry(e.key, e.value, ref) else { return } }
            case .none:
                break
            case .call(let ci):
                // `builtins.dict(pairs)` / `collections.OrderedDict(pairs)` (then SETITEMS into it) read as a dict.
                let c = a.calls[ci]
                guard let imp = a.calleeImport(of: c), Self.dictClasses.contains(imp.qualifiedName) else {
                    out.unread.append(ref)
                    return
                }
                let args = a.items(c.args) ?? []
                if c.args != nil, a.items(c.args) == nil { out.unread.append(ref); return }
                if args.count > 1 { out.unread.append(ref); return }
                if let arg = args.first {
                    switch a.values[arg] {
                    case .dict: add(arg)
                    case .none: break
                    case .list(let pairs), .tuple(let pairs):
                        for p in pairs {
                            guard let kv = a.items(p), kv.count == 2 else {
                                if !a.isLiteral(p) { out.unread.append(p) }
                                continue
                            }
                            guard entry(kv[0], kv[1], ref) else { return }
                        }
                    default: out.unread.append(arg)
                    }
                }
                if let kw = c.kwargs {
                    if case .dict = a.values[kw] { add(kw) } else if !a.isLiteral(kw) { out.unread.append(kw) }
                }
                for f in c.fills where f.kind == .setItem {
                    guard entry(f.key ?? unknownMissing, f.value, ref) else { return }
                }
                if c.fillsDropped > 0 { out.unread.append(ref) }
            case .global, .persistent:
                out.unread.append(ref)
            default:
                break  // not a mapping: the loader fails (or the class's own __setstate__ reads it)
            }
        }
        switch a.values[state] {
        case .dict, .call, .global, .persistent: add(state)
        case .tuple(let t) where t.count == 2:
            add(t[0])
            if out.overBudget == nil { add(t[1]) }
        case .tuple(let t) where t.count == 4:
            add(t[3])
        default: break
        }
        return out
    }

    static let dictClasses: Set<String> = ["builtins.dict", "collections.OrderedDict"]

    static func kindName(_ v: PickleValue) -> String {
        switch v {
        case .none: "None"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .bytes: "bytes"
        case .tuple: "tuple"
        case .list: "list"
        case .dict: "dict"
        case .set: "set"
        default: "value"
        }
    }

    // MARK: - Joblib inline arrays

    static let joblibWrappers: Set<String> = [
        "joblib.numpy_pickle.NumpyArrayWrapper", "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper",
    ]

    enum SkipResult { case skipped(Int), failed(String), truncated }

    mutating func skipJoblibArray(call ci: Int, at pos: Int, nesting: Int) -> SkipResult {
        var fields: [String: Int] = [:]
        for state in a.calls[ci].builds {
            for (k, v) in stateAttributes(state) { fields[k] = v }
        }
        guard let shapeRef = fields["shape"], let dtypeRef = fields["dtype"] else {
            return .failed("joblib NumpyArrayWrapper without a literal shape and dtype; the inline array cannot be skipped")
        }
        var countElems = 1
        if case .tuple(let dims) = a.values[shapeRef] {
            for d in dims {
                guard case .int(let s) = a.values[d], let n = Int(s), n >= 0 else {
                    return .failed("joblib NumpyArrayWrapper with a non-literal shape")
                }
                let (p, o) = countElems.multipliedReportingOverflow(by: n)
                guard !o else { return .failed("joblib NumpyArrayWrapper shape overflows") }
                countElems = p
            }
        } else if case .int(let s) = a.values[shapeRef], let n = Int(s), n >= 0 {
            countElems = n
        } else {
            return .failed("joblib NumpyArrayWrapper with a non-literal shape")
        }
        guard let (itemSize, hasObject, odd) = dtypeInfo(dtypeRef) else {
            return .failed("joblib NumpyArrayWrapper with an unknown dtype")
        }
        if let odd { anomaly(.badArgument, pos, "joblib NumpyArrayWrapper that joblib does not write: \(odd); the array is skipped as joblib reads it") }
        var p = pos
        if hasObject {
            guard nesting < limits.maxNesting else {
                a.limitHit = "nested pickles (\(limits.maxNesting))"
                return .skipped(bytes.count)
            }
            a.inlineArrays += 1
            let r = runOne(at: p, nesting: nesting + 1)
            guard r.ok else { return .skipped(r.end) }
            return .skipped(r.end)
        }
        // joblib reads a padding byte (and that many bytes) whenever the attribute is not None; it writes an int.
        if let al = fields["numpy_array_alignment_bytes"], !Self.isNone(a.values[al]) {
            if case .int = a.values[al] {} else {
                anomaly(.badArgument, pos, "joblib NumpyArrayWrapper with numpy_array_alignment_bytes = \(a.render(al, maxLength: 60)) (joblib writes an int); the padding is skipped as joblib reads it")
            }
            guard p < bytes.count else { return .truncated }
            let pad = Int(bytes[p])
            p += 1 + pad
        }
        let (size, o) = countElems.multipliedReportingOverflow(by: itemSize)
        let (end, o2) = p.addingReportingOverflow(size)
        guard !o, !o2 else { return .failed("joblib inline array size overflows") }
        guard end <= bytes.count else { return .truncated }
        a.inlineArrays += 1
        plainReadOfArray(from: pos, to: end)
        return .skipped(end)
    }

    /// A plain unpickler (`pickle.load`, `torch.load` on a file joblib did not write) reads an inline array's
    /// bytes as opcodes. Array data stops such a reading at once (an unknown opcode); opcodes that decode
    /// cleanly to an import inside the array are hidden from the joblib reading and reported. Bounded: a few
    /// arrays per stream, a small opcode budget each.
    mutating func plainReadOfArray(from start: Int, to end: Int) {
        guard plainReadsLeft > 0, end > start else { return }
        plainReadsLeft -= 1
        var limits = PickleLimits()
        limits.maxOpcodes = 20_000
        limits.maxTailScan = 0
        var options = PickleOptions()
        options.firstPickleOnly = true
        options.recognizeJoblibArrays = false
        options.recognizeLegacyTorch = false
        var sub = Machine(bytes: bytes, limits: limits, options: options)
        _ = sub.runOne(at: start, nesting: 1)
        // The outer stream's stack, marks and memo are not there: only other errors end the clean reading.
        let clean = sub.a.anomalies.first { $0.kind != .stackUnderflow && $0.kind != .missingMemo && $0.kind != .missingMark }
            .map { $0.importsBefore } ?? sub.a.imports.count
        func ident(_ s: String) -> Bool {
            !s.isEmpty && s.utf8.allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E }
        }
        let hidden = sub.a.imports.prefix(clean).filter { $0.offset < end && ident($0.module) && ident($0.name) }
        guard !hidden.isEmpty else { return }
        let names = hidden.prefix(4).map { $0.qualifiedName }.joined(separator: ", ")
        anomaly(.dunderState, start, "a plain unpickler (pickle.load, torch.load) reads the bytes of a joblib inline array as opcodes that import \(names); the joblib reading skips them")
    }

    static func isNone(_ v: PickleValue) -> Bool {
        if case .none = v { return true }
        return false
    }

    /// Item sizes of numpy's one-character type codes (fixed-size types: numpy ignores the `elsize` of their
    /// pickled state). `l`/`L` are 8 bytes on the 64-bit Unix builds models are loaded on (see `platformSized`).
    static let typeCodeSizes: [Character: Int] = [
        "?": 1, "b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "p": 8, "P": 8,
        "e": 2, "f": 4, "d": 8, "g": 16, "F": 8, "D": 16, "G": 32, "M": 8, "m": 8,
    ]

    /// Type codes whose size depends on the loading platform: C `long` (`l`/`L`: 4 bytes on Windows, 8 elsewhere)
    /// and `long double` (`g`/`G`: 8 bytes with MSVC and on Apple arm64, 16 on x86-64 and arm64 Linux). numpy pickles
    /// a dtype by kind and size (`np.dtype('l')` reduces to `'i8'` or `'i4'`), so joblib never writes these codes;
    /// a stream that does makes the array skip differently by platform, which can hide opcodes from one reading.
    static let platformSized: Set<Character> = ["l", "L", "g", "G"]

    /// Item size and object-ness of a `numpy.dtype(...)` call value, as numpy computes them (what joblib
    /// reads), and what in it numpy would not write (an `elsize` that disagrees with a fixed-size code).
    /// Object-ness is `dtype.hasobject`, which joblib asks to decide whether the array is an embedded pickle:
    /// from version 3 of numpy's dtype state on, it is bit 0 of the state's flags (numpy takes them as
    /// written, whatever the type: a `'f8'` or a structured `'V16'` dtype with flags 1 is an object array);
    /// before, it is computed from the fields and subarray.
    func dtypeInfo(_ ref: Int, depth: Int = 0) -> (Int, Bool, String?)? {
        guard depth < 8, case .call(let ci) = a.values[ref] else { return nil }
        let c = a.calls[ci]
        // numpy 2's `StringDType` pickles as `numpy._core._internal._convert_to_stringdtype_kwargs(coerce[, na_object])`;
        // its arrays have `hasobject` set, so joblib writes and reads them as an embedded pickle (R6 FA2).
        if let gi = a.importIndex(c.callee), a.imports[gi].name == "_convert_to_stringdtype_kwargs",
           a.imports[gi].module == "numpy._core._internal" || a.imports[gi].module == "numpy.core._internal" {
            return (16, true, nil)
        }
        guard let args = a.items(c.args), let first = args.first, let code = a.string(first) else { return nil }
        var s = Substring(code)
        if let f = s.first, "<>|=".contains(f) { s.removeFirst() }
        guard let kind = s.first else { return nil }
        var rest = s.dropFirst()
        if let b = rest.firstIndex(of: "["), kind == "M" || kind == "m" { rest = rest[..<b] }  // datetime unit
        let digits = Int(rest) ?? 0
        var elsize = -1
        var flagged: Bool?
        var parts: [Int] = []
        // numpy's dtype states: (endian, subarray, fields, elsize, alignment), then a version in front, then
        // names, flags and metadata after it; the last BUILD wins.
        if let b = c.builds.last, let st = a.items(b), st.count >= 5 {
            let at = st.count == 5 ? 3 : (st.count == 6 ? 4 : 5)
            if case .int(let e) = a.values[st[at]], let n = Int(e) { elsize = n }
            var version = 0
            if st.count >= 6, case .int(let v) = a.values[st[0]] { version = Int(v) ?? 3 }
            if st.count >= 8, version >= 3 {
                guard case .int(let f) = a.values[st[7]], let n = Int(f) else { return nil }
                flagged = n & 1 != 0
            }
            // Fields (`{name: (dtype, offset[, title])}`) and the subarray's base (`(dtype, shape)`), for older states.
            let fieldsAt = st.count == 5 ? 2 : (st.count == 6 ? 3 : 4)
            if case .dict(let pairs) = a.values[st[fieldsAt]] {
                for e in pairs.prefix(256) { if let t = a.items(e.value), let d = t.first { parts.append(d) } }
            }
            if let sub = a.items(st[st.count == 5 ? 1 : 2]), let d = sub.first { parts.append(d) }
        }
        if kind == "O" { return (8, true, nil) }
        // joblib pickles the array whenever `dtype.hasobject`: the flags decide, else an object field or subarray.
        let hasObject = flagged ?? parts.contains { dtypeInfo($0, depth: depth + 1)?.1 == true }
        if hasObject { return (max(elsize, 8), true, nil) }
        switch kind {
        case "U": return (elsize > 0 ? elsize : digits * 4, false, nil)
        case "S", "V", "a":
            if elsize > 0 { return (elsize, false, nil) }
            return digits > 0 ? (digits, false, nil) : nil
        default:
            let size: Int
            if rest.isEmpty, let n = Self.typeCodeSizes[kind] {
                size = n
            } else if digits > 0, "biufcMm".contains(kind) {
                size = digits
            } else {
                return nil
            }
            var odd = elsize > 0 && elsize != size
                ? "dtype \(PickleAnalysis.pythonRepr(code)) states an item size of \(elsize) bytes, numpy uses \(size)" : nil
            if odd == nil, rest.isEmpty, Self.platformSized.contains(kind) {
                odd = "dtype \(PickleAnalysis.pythonRepr(code)) has a platform-dependent item size (\(kind == "l" || kind == "L" ? "4 bytes on Windows, 8 elsewhere" : "8 or 16 bytes")); numpy writes the size (`'i8'`, `'f16'`), never this code"
            }
            return (size, false, odd)
        }
    }

    // MARK: - Text decoders

    /// Decodes the quoted argument of STRING (`'abc\n'`) as Python's loader does: the quotes stripped, then
    /// `codecs.escape_decode` (octal `\137`, `\x5f`, `\a \b \f \v \n \r \t \\ \' \"`, backslash-newline
    /// dropped, any other escape kept as written). `error` says why a loader would reject the argument.
    static func decodePythonStringRepr(_ l: ArraySlice<UInt8>) -> (text: String, error: String?) {
        var b = Array(l)
        var error: String?
        if b.count >= 2, let f = b.first, (f == 0x27 || f == 0x22), b.last == f {
            b = Array(b[1..<(b.count - 1)])
        } else {
            error = "the STRING opcode argument must be quoted"
        }
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            guard c == 0x5C else {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < b.count else {
                error = error ?? "Trailing \\ in string"
                i += 1
                continue
            }
            let n = b[i + 1]
            i += 2
            switch n {
            case 0x0A: break  // line continuation
            case 0x5C, 0x27, 0x22: out.append(n)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x74: out.append(0x09)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x76: out.append(0x0B)
            case 0x61: out.append(0x07)
            case 0x30...0x37:
                var v = Int(n - 0x30)
                var digits = 1
                while digits < 3, i < b.count, (0x30...0x37).contains(b[i]) {
                    v = v << 3 + Int(b[i] - 0x30)
                    i += 1
                    digits += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case 0x78:
                if i + 1 < b.count, let h = hex(b[i]), let l = hex(b[i + 1]) {
                    out.append(h << 4 | l)
                    i += 2
                } else {
                    error = error ?? "invalid \\x escape"
                }
            default:
                out.append(0x5C)
                out.append(n)
            }
        }
        return (String(decoding: out, as: UTF8.self), error)
    }

    /// Decodes raw-unicode-escape text (UNICODE opcode).
    static func decodeRawUnicodeEscape(_ l: ArraySlice<UInt8>) -> String {
        let b = Array(l)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            if b[i] == 0x5C, i + 1 < b.count, b[i + 1] == 0x75 || b[i + 1] == 0x55 {
                let n = b[i + 1] == 0x75 ? 4 : 8
                if i + 2 + n <= b.count, let v = UInt32(String(decoding: b[(i + 2)..<(i + 2 + n)], as: UTF8.self), radix: 16),
                   let u = Unicode.Scalar(v) {
                    out.append(u)
                    i += 2 + n
                    continue
                }
            }
            out.append(Unicode.Scalar(b[i]))
            i += 1
        }
        return String(out)
    }
}

extension String {
    fileprivate func pickleTrimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}

/// A decoded GLOBAL argument: where its bytes are in the stream, and the fixed module and name with their id.
struct GlobalName {
    let range: Range<Int>
    let module: String
    let qual: String
    let id: Int
}

extension Machine {
    /// FNV-1a of a slice of the stream, the key of `globalNames` (equal bytes are compared after).
    static func byteHash(_ bytes: ArraySlice<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBufferPointer { p in
            for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: h)
    }
}

/// The unpickler's memo: keys are almost always small and dense (PUT 0, 1, 2...; MEMOIZE counts up),
/// so they live in an array; rare large keys go to a dictionary. Bounded by the caller (`maxMemo`).
struct MemoTable {
    private var dense: [Int32] = []
    private var sparse: [Int: Int] = [:]
    private(set) var count = 0
    static let denseLimit = 1 << 20

    func get(_ k: Int) -> Int? {
        if k >= 0, k < dense.count { let v = dense[k]; return v < 0 ? nil : Int(v) }
        return sparse[k]
    }

    func contains(_ k: Int) -> Bool { get(k) != nil }

    mutating func set(_ k: Int, _ v: Int) {
        if k >= 0, k < Self.denseLimit, v <= Int(Int32.max) {
            if k >= dense.count {
                // Grow geometrically, but never past the key (a lone PUT 1000000 stays cheap enough: 4 MB).
                let target = max(k + 1, min(Self.denseLimit, dense.count * 2))
                dense.append(contentsOf: repeatElement(-1, count: target - dense.count))
            }
            if dense[k] < 0 { count += 1 }
            dense[k] = Int32(v)
            return
        }
        if sparse.updateValue(v, forKey: k) == nil { count += 1 }
    }
}
