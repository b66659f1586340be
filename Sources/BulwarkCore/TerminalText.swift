/// Makes text from scanned files safe to print on a terminal.
///
/// File names, archive member names, pickle globals and YAML keys are chosen by whoever wrote the
/// scanned repository. Printed raw, an ESC or CSI sequence can move the cursor, rewrite earlier
/// lines or set the window title (OSC), a newline can forge a report line, and bidirectional
/// overrides (U+202E) can show a name backwards. Every such character is shown as a visible
/// `<U+XXXX>` instead.
public enum TerminalText {
    /// Whether a scalar must not reach a terminal raw: C0 and C1 controls, DEL, zero-width and
    /// bidirectional formatting characters, tag characters and the byte-order mark.
    @inline(__always)
    public static func isUnsafe(_ u: Unicode.Scalar, allowNewline: Bool) -> Bool {
        let v = u.value
        if v < 0x20 { return !(allowNewline && v == 0x0A) }
        if v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if v < 0x200B { return v == 0x061C }
        return (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || (0x2028...0x2029).contains(v) || (0xE0000...0xE007F).contains(v) || v == 0xFEFF
    }

    /// `s` with every unsafe character shown as `<U+XXXX>`. Newlines are kept only when
    /// `allowNewline` is true (for multi-line messages; never for names).
    public static func escape(_ s: String, allowNewline: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0, allowNewline: allowNewline) }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if isUnsafe(u, allowNewline: allowNewline) {
                out += "<U+\(String(u.value, radix: 16, uppercase: true))>"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
