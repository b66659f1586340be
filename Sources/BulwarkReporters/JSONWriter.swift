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

    public func render(indent: Int = 2) -> String {
        var out = ""
        write(into: &out, level: 0, indent: indent)
        return out
    }

    /// Renders this value as it would appear nested `level` deep in a document.
    public func render(indent: Int = 2, level: Int) -> String {
        var out = ""
        write(into: &out, level: level, indent: indent)
        return out
    }

    private func write(into out: inout String, level: Int, indent: Int) {
        switch self {
        case .array, .object: break
        default: return writeScalar(into: &out)
        }
        let pad = JSON.newline(indent: indent, level: level + 1)
        let close = JSON.newline(indent: indent, level: level)
        let sep = indent > 0 ? ": " : ":"
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite { out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) } else { out += "null" }
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let a):
            if a.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                out += pad
                v.write(into: &out, level: level + 1, indent: indent)
            }
            out += close
            out += "]"
        case .object(let o):
            if o.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in o.enumerated() {
                if i > 0 { out += "," }
                out += pad
                JSON.escape(k, into: &out)
                out += sep
                v.write(into: &out, level: level + 1, indent: indent)
            }
            out += close
            out += "}"
        default:
            writeScalar(into: &out)
        }
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

    /// Newline plus indentation for a nesting level (the common two-space levels are built once).
    static func newline(indent: Int, level: Int) -> String {
        guard indent > 0 else { return "" }
        if indent == 2, level < twoSpaceLines.count { return twoSpaceLines[level] }
        return "\n" + String(repeating: " ", count: indent * level)
    }

    static let twoSpaceLines: [String] = (0..<16).map { "\n" + String(repeating: " ", count: 2 * $0) }

    private func writeScalar(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite { out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) } else { out += "null" }
        case .string(let s): JSON.escape(s, into: &out)
        case .raw(let r): out += r
        case .array, .object: break
        }
    }

    public static func escape(_ s: String, into out: inout String) {
        // Fast path: printable ASCII without quotes or backslashes needs no escaping (most strings).
        if JSON.isPlain(s) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                // Escape controls and invisible/bidi characters so reports cannot hide text.
                if u.value < 0x20 || u.value == 0x7F || (0x200B...0x200F).contains(u.value)
                    || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
                    || (0xE0000...0xE007F).contains(u.value) || u.value == 0xFEFF {
                    if u.value > 0xFFFF {
                        let v = u.value - 0x10000
                        out += String(format: "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
                    } else {
                        out += String(format: "\\u%04x", u.value)
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}

import Foundation
