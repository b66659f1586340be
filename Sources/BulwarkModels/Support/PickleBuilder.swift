import BulwarkFormats

/// A small pickle assembler for rule examples and tests: it writes opcodes as bytes, so malicious
/// samples never come from a real pickler and are never loaded by anything.
public struct PickleBuilder: Sendable {
    public private(set) var bytes: [UInt8] = []

    /// Starts a stream; protocols 2 and above begin with PROTO.
    public init(protocol proto: Int = 2) {
        if proto >= 2 { bytes += [PickleOpcode.proto.rawValue, UInt8(proto)] }
    }

    @discardableResult
    public mutating func op(_ o: PickleOpcode) -> PickleBuilder {
        bytes.append(o.rawValue)
        return self
    }

    public mutating func raw(_ b: [UInt8]) { bytes += b }

    /// `GLOBAL module\nname\n`.
    public mutating func global(_ module: String, _ name: String) {
        bytes.append(PickleOpcode.global.rawValue)
        bytes += Array(module.utf8) + [0x0A] + Array(name.utf8) + [0x0A]
    }

    /// Pushes module and name strings, then STACK_GLOBAL.
    public mutating func stackGlobal(_ module: String, _ name: String) {
        string(module)
        string(name)
        op(.stackGlobal)
    }

    /// A text string (SHORT_BINUNICODE or BINUNICODE).
    public mutating func string(_ s: String) {
        let u = Array(s.utf8)
        if u.count < 256 {
            bytes += [PickleOpcode.shortBinUnicode.rawValue, UInt8(u.count)]
        } else {
            bytes.append(PickleOpcode.binUnicode.rawValue)
            bytes += le(UInt64(u.count), 4)
        }
        bytes += u
    }

    /// A text string with the protocol-0 UNICODE opcode.
    public mutating func unicodeLine(_ s: String) {
        bytes.append(PickleOpcode.unicode.rawValue)
        bytes += Array(s.utf8) + [0x0A]
    }

    public mutating func int(_ v: Int) {
        if v >= 0 && v < 256 {
            bytes += [PickleOpcode.binInt1.rawValue, UInt8(v)]
        } else if v >= 0 && v < 65536 {
            bytes += [PickleOpcode.binInt2.rawValue] + le(UInt64(v), 2)
        } else {
            bytes += [PickleOpcode.binInt.rawValue] + le(UInt64(UInt32(truncatingIfNeeded: v)), 4)
        }
    }

    /// A LONG1 integer from little-endian two's complement bytes.
    public mutating func long1(_ littleEndian: [UInt8]) {
        bytes += [PickleOpcode.long1.rawValue, UInt8(littleEndian.count)] + littleEndian
    }

    public mutating func binBytes(_ b: [UInt8]) {
        if b.count < 256 {
            bytes += [PickleOpcode.shortBinBytes.rawValue, UInt8(b.count)] + b
        } else {
            bytes += [PickleOpcode.binBytes.rawValue] + le(UInt64(b.count), 4) + b
        }
    }

    public mutating func binPut(_ i: Int) { bytes += [PickleOpcode.binPut.rawValue, UInt8(i & 0xFF)] }
    public mutating func binGet(_ i: Int) { bytes += [PickleOpcode.binGet.rawValue, UInt8(i & 0xFF)] }
    public mutating func persID(_ s: String) { bytes += [PickleOpcode.persID.rawValue] + Array(s.utf8) + [0x0A] }
    public mutating func frame(_ n: Int) { bytes += [PickleOpcode.frame.rawValue] + le(UInt64(n), 8) }

    /// A tuple of the given string arguments (`MARK ... TUPLE`, or TUPLE1-3).
    public mutating func stringTuple(_ items: [String]) {
        switch items.count {
        case 0: op(.emptyTuple)
        case 1: string(items[0]); op(.tuple1)
        case 2: string(items[0]); string(items[1]); op(.tuple2)
        case 3: string(items[0]); string(items[1]); string(items[2]); op(.tuple3)
        default:
            op(.mark)
            for s in items { string(s) }
            op(.tuple)
        }
    }

    public mutating func stop() { op(.stop) }

    /// The finished stream, ending with STOP.
    public func finished() -> [UInt8] {
        var b = self
        b.stop()
        return b.bytes
    }

    /// `module.name(*args)` via GLOBAL + REDUCE: the classic payload shape.
    public static func call(_ module: String, _ name: String, _ args: [String], protocol proto: Int = 2,
                            stackGlobal: Bool = false) -> [UInt8] {
        var p = PickleBuilder(protocol: proto)
        if stackGlobal { p.stackGlobal(module, name) } else { p.global(module, name) }
        p.stringTuple(args)
        p.op(.reduce)
        return p.finished()
    }

    /// A torch-style state dict pickle: `OrderedDict` of tensors rebuilt from persistent storages.
    public static func torchStateDict(tensors: [String] = ["weight", "bias"], protocol proto: Int = 2) -> [UInt8] {
        var p = PickleBuilder(protocol: proto)
        p.global("collections", "OrderedDict")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.op(.mark)
        for (i, name) in tensors.enumerated() {
            p.string(name)
            p.global("torch._utils", "_rebuild_tensor_v2")
            p.op(.mark)
            // persistent id: ('storage', torch.FloatStorage, key, 'cpu', numel)
            p.op(.mark)
            p.string("storage")
            p.global("torch", "FloatStorage")
            p.string(String(i))
            p.string("cpu")
            p.int(4)
            p.op(.tuple)
            p.op(.binPersID)
            p.int(0)
            p.int(2); p.int(2); p.op(.tuple2)
            p.int(2); p.int(1); p.op(.tuple2)
            p.op(.newFalse)
            p.global("collections", "OrderedDict")
            p.op(.emptyTuple)
            p.op(.reduce)
            p.op(.tuple)
            p.op(.reduce)
        }
        p.op(.setItems)
        return p.finished()
    }

    /// A tensor rebuilt by `torch._utils._rebuild_tensor_v2`, then written into with SETITEM
    /// (`tensor[key] = value`): the shape aimed at `torch.load(weights_only=True)` (CVE-2026-24747 class),
    /// whose allowlisted rebuild helpers hand SETITEM a tensor instead of a dict.
    public static func tensorSetItem(key: Int = 1 << 20, value: Int = 0x4141) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("torch._utils", "_rebuild_tensor_v2")
        p.op(.mark)
        p.op(.mark)
        p.string("storage")
        p.global("torch", "FloatStorage")
        p.string("0")
        p.string("cpu")
        p.int(4)
        p.op(.tuple)
        p.op(.binPersID)
        p.int(0)
        p.int(4); p.op(.tuple1)
        p.int(1); p.op(.tuple1)
        p.op(.newFalse)
        p.global("collections", "OrderedDict")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.op(.tuple)
        p.op(.reduce)
        p.int(key)
        p.int(value)
        p.op(.setItem)
        return p.finished()
    }

    func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
}
