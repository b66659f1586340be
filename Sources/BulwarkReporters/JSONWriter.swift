/// A tiny JSON writer with stable key order, so golden files and diffs stay readable.
/// (Foundation's JSONEncoder escapes `/` and orders keys only alphabetically.)
public indirect enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// Already rendered JSON text, written as is (fragments rendered in parallel).
    case raw(String)
    /// The same, as UTF-8 bytes.
    case rawBytes([UInt8])

    public func render(indent: Int = 2) -> String {
        render(indent: indent, level: 0)
    }

    /// Renders this value as it would appear nested `level` deep in a document.
    public func render(indent: Int = 2, level: Int) -> String {
        String(decoding: renderBytes(indent: indent, level: level), as: UTF8.self)
    }

    /// The UTF-8 text. Reports are built as bytes: appending to a String checks and grows its
    /// storage piece by piece, and writing reports was a tenth of a scan of small files.
    public func renderBytes(indent: Int = 2, level: Int = 0, capacity: Int = 4096) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)  // growing a large report by doubling copied it and faulted fresh pages each time
        write(into: &out, level: level, indent: indent)
        return out
    }

    func write(into out: inout [UInt8], level: Int, indent: Int) {
        switch self {
        case .array(let a):
            if a.isEmpty { JSON.append("[]", to: &out); return }
            out.append(0x5B)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSON.newline(indent: indent, level: level + 1, into: &out)
                v.write(into: &out, level: level + 1, indent: indent)
            }
            JSON.newline(indent: indent, level: level, into: &out)
            out.append(0x5D)
        case .object(let o):
            if o.isEmpty { JSON.append("{}", to: &out); return }
            out.append(0x7B)
            for (i, (k, v)) in o.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSON.newline(indent: indent, level: level + 1, into: &out)
                JSON.escape(k, into: &out)
                out.append(0x3A)
                if indent > 0 { out.append(0x20) }
                v.write(into: &out, level: level + 1, indent: indent)
            }
            JSON.newline(indent: indent, level: level, into: &out)
            out.append(0x7D)
        case .null: JSON.append("null", to: &out)
        case .bool(let b): JSON.append(b ? "true" : "false", to: &out)
        case .int(let i): JSON.append(String(i), to: &out)
        case .double(let d):
            if d.isFinite { JSON.append(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d), to: &out) } else {
                JSON.append("null", to: &out)
            }
        case .string(let s): JSON.escape(s, into: &out)
        case .raw(let r): JSON.append(r, to: &out)
        case .rawBytes(let r): out.append(contentsOf: r)
        }
    }

    static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Newline plus indentation for a nesting level.
    static func newline(indent: Int, level: Int, into out: inout [UInt8]) {
        guard indent > 0 else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * level))
    }

    /// Printable ASCII without quotes or backslashes, checked on the contiguous UTF-8 storage when there
    /// is one (iterating `utf8` element by element was the slowest part of writing a report).
    static func isPlain(_ s: String) -> Bool {
        func plain(_ c: UInt8) -> Bool { c >= 0x20 && c < 0x7F && c != 0x22 && c != 0x5C }
        if let r = s.utf8.withContiguousStorageIfAvailable({ buf -> Bool in
            for c in buf where !plain(c) { return false }
            return true
        }) { return r }
        return s.utf8.allSatisfy(plain)
    }

    public static func escape(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    public static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Fast path: printable ASCII without quotes or backslashes needs no escaping (most strings).
        if JSON.isPlain(s) {
            append(s, to: &out)
            out.append(0x22)
            return
        }
        func hex4(_ v: UInt32) {
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            append("\\u", to: &out)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((v >> UInt32(shift)) & 0xF)]) }
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": append("\\\"", to: &out)
            case "\\": append("\\\\", to: &out)
            case "\n": append("\\n", to: &out)
            case "\r": append("\\r", to: &out)
            case "\t": append("\\t", to: &out)
            case "\u{08}": append("\\b", to: &out)
            case "\u{0C}": append("\\f", to: &out)
            default:
                // Escape controls and invisible/bidi characters so reports cannot hide text.
                if u.value < 0x20 || u.value == 0x7F || (0x200B...0x200F).contains(u.value)
                    || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
                    || (0xE0000...0xE007F).contains(u.value) || u.value == 0xFEFF {
                    if u.value > 0xFFFF {
                        let v = u.value - 0x10000
                        hex4(0xD800 + (v >> 10))
                        hex4(0xDC00 + (v & 0x3FF))
                    } else {
                        hex4(u.value)
                    }
                } else {
                    out.append(contentsOf: UTF8.encode(u)!)
                }
            }
        }
        out.append(0x22)
    }
}

import Foundation
