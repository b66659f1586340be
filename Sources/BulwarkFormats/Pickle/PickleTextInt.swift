extension PickleMachine {
    /// The decimal value of an INT/LONG argument as the C unpickler reads it: `strtol(s, 0)` (C octal `010`, hex
    /// `0x10`, leading blanks and a sign), else `int(s, 0)` (`0o`, `0b`, `0x` prefixes, single underscores between
    /// digits, blanks around). Nil when neither accepts it. Bounded: 4,300 digits, Python's own limit.
    public static func pythonIntLiteral(_ line: ArraySlice<UInt8>, cOctal: Bool) -> String? {
        let space: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        var b = line.drop(while: space)
        let trailingBlank = b.last.map(space) ?? false
        while let l = b.last, space(l) { b.removeLast() }
        guard b.count <= 4_300 else { return nil }
        var negative = false
        if let f = b.first, f == 0x2B || f == 0x2D { negative = f == 0x2D; b.removeFirst() }
        var base = 10
        var prefixed = false
        if b.count >= 2, b.first == 0x30 {
            switch b[b.startIndex + 1] | 0x20 {
            case 0x78: base = 16; prefixed = true
            case 0x6F: base = 8; prefixed = true
            case 0x62: base = 2; prefixed = true
            default: break
            }
        }
        if prefixed { b.removeFirst(2) }
        var digits: [Int] = []
        var previousUnderscore = !prefixed   // an underscore may follow the prefix, never lead otherwise
        for c in b {
            if c == 0x5F {
                guard !previousUnderscore else { return nil }
                previousUnderscore = true
                continue
            }
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c - 0x30)
            case 0x61...0x66: d = Int(c - 0x61) + 10
            case 0x41...0x46: d = Int(c - 0x41) + 10
            default: return nil
            }
            guard d < base else {
                return nil
            }
            digits.append(d)
            previousUnderscore = false
        }
        guard !digits.isEmpty, !previousUnderscore || digits.isEmpty else { return nil }
        // Python rejects a decimal with leading zeros (`010`); C's strtol reads it as octal (no blanks or underscores after).
        if base == 10, digits.count > 1, digits[0] == 0, digits.contains(where: { $0 != 0 }) {
            guard cOctal, !trailingBlank, !b.contains(0x5F), digits.allSatisfy({ $0 < 8 }), digits.count <= 22 else { return nil }
            base = 8
        }
        // Base conversion into base-1e9 limbs (least significant first).
        var limbs: [UInt64] = [0]
        for d in digits {
            var carry = UInt64(d)
            for i in limbs.indices {
                let v = limbs[i] * UInt64(base) + carry
                limbs[i] = v % 1_000_000_000
                carry = v / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            text += String(repeating: "0", count: 9 - s.count) + s
        }
        return negative && text != "0" ? "-" + text : text
    }

    /// `pythonIntLiteral` over text (tests).
    public static func pythonIntLiteralForTests(_ s: String, cOctal: Bool) -> String? {
        pythonIntLiteral(Array(s.utf8)[...], cOctal: cOctal)
    }
}
