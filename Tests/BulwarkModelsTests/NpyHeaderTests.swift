import BulwarkCore
@testable import BulwarkFormats
@testable import BulwarkModels
import Testing

/// numpy reads a `.npy` header with `ast.literal_eval` and builds the dtype with `numpy.dtype`: every
/// spelling Python accepts (spaces before `:`, duplicate keys, escapes, implicit concatenation, type names,
/// structured fields named like header keys) must be judged as numpy would judge it.
@Suite("numpy headers read as Python literals")
struct NpyHeaderTests {
    /// A `.npy` file whose header is exactly `header` (padded with spaces and a newline, as numpy pads).
    func npy(_ header: String, body: [UInt8], version: UInt8 = 1, latin1: Bool = true) -> [UInt8] {
        var h: [UInt8] = latin1 ? header.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } : Array(header.utf8)
        let prefix = version == 1 ? 10 : 12
        while (prefix + h.count + 1) % 64 != 0 { h.append(0x20) }
        h.append(0x0A)
        let n = h.count
        let length: [UInt8] = version == 1 ? [UInt8(n & 0xFF), UInt8(n >> 8)] : [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), 0]
        return [0x93] + Array("NUMPY".utf8) + [version, 0] + length + h + body
    }

    var payload: [UInt8] { PickleBuilder.call("os", "system", ["id"]) }

    func header(descr: String) -> String { "{'descr': \(descr), 'fortran_order': False, 'shape': (1,), }" }

    func expectCaught(_ header: String, version: UInt8 = 1, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) {
        let f = scanModel(npy(header, body: payload, version: version), path: "data/arr.npy")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity >= .high }, comment, sourceLocation: sourceLocation)
        #expect(f.contains { ($0.ruleID == "numpy-object-array" || $0.ruleID == "model-scan-incomplete") && $0.severity >= .medium },
                comment, sourceLocation: sourceLocation)
    }

    @Test func objectDtypeSpelledEveryWayIsCaught() {
        for descr in ["'|O'", "'object'", "'object_'", "'O8'", "'<O'", "'=O4'", "'T'", "'|T'", "'f4,O'", "'i4, object'", "'(2,)O'",
                      "'2O'", "'M8[ns],O'", "('|O', (2,))", "[('a', '<f4'), ('b', ('O', (3,)))]", "[('a', [('b', '|O')])]",
                      "[('x', '<f4', (2,)), ('y', 'O', (2,))]", "[(('title', 'n'), 'O')]", "['aO']", "{'aO': 1}", "[['a', 'O']]"] {
            expectCaught(header(descr: descr), "descr \(descr)")
        }
    }

    @Test func pythonLiteralSpellingsAreCaught() {
        let cases = [
            "{'descr' : '|O', 'fortran_order' : False, 'shape' : (1,), }",                    // spaces before the colon
            "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'descr': '|O'}",         // the last duplicate wins
            "{'descr': '\\x4f', 'fortran_order': False, 'shape': (1,), }",                    // hex escape
            "{'descr': '\\117', 'fortran_order': False, 'shape': (1,), }",                    // octal escape
            "{'descr': '\\u004f', 'fortran_order': False, 'shape': (1,), }",                  // \u escape
            "{'descr': '\\N{LATIN CAPITAL LETTER O}', 'fortran_order': False, 'shape': (1,), }",
            "{'descr': '|' 'O', 'fortran_order': False, 'shape': (1,), }",                    // implicit concatenation
            "{'descr': \"ob\" r'ject', 'fortran_order': False, 'shape': (1,), }",
            "{'descr': '''|O''', 'fortran_order': False, 'shape': (1,), }",
            "{'de' 'scr': u'|O', 'fortran_order': False, 'shape': (1,), }",                   // the key itself concatenated
            "{'\\x64escr': '|O', 'fortran_order': False, 'shape': (1,), }",
            "{'descr': [('shape', '|O')], 'fortran_order': False, 'shape': (1,), }",          // a field named like a key
            "{'descr': [('x', '<f4'), ('fortran_order', 'O')], 'fortran_order': False, 'shape': (1,), }",
            "{'shape': (1,), 'fortran_order': False, 'descr': '|O'}",                         // keys in another order
            "{'descr': # a comment\n '|O', 'fortran_order': False, 'shape': (1,), }",
            "{\"descr\":\"|O\",\"fortran_order\":False,\"shape\":(1,)}",
            "{'descr': ('|O'), 'fortran_order': False, 'shape': (1L,), }",                    // parentheses, Python 2 long
        ]
        for h in cases { expectCaught(h, "header \(h)") }
        expectCaught("{'descr': 'object', 'fortran_order': False, 'shape': (1,), }", version: 2, "version 2")
        expectCaught("{'descr': '\u{4F}', 'fortran_order': False, 'shape': (1,), }", version: 3, "version 3")
    }

    @Test func unreadableHeaderFailsClosed() {
        // Not a literal this reader can evaluate (an f-string; an unknown \N name): medium or above, and the
        // data read as a pickle.
        for h in ["{'descr': f'|O', 'fortran_order': False, 'shape': (1,), }",
                  "{'descr': '\\N{LATIN CAPITAL LETTER O WITH NOTHING}', 'fortran_order': False, 'shape': (1,), }",
                  "{'descr': 'Zz9', 'fortran_order': False, 'shape': (1,), }"] {
            let f = scanModel(npy(h, body: payload), path: "data/arr.npy")
            #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.severity >= .medium }, "\(h): \(f.map(\.message))")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" }, "\(h)")
        }
    }

    @Test func hugeHeadersAndLongFieldsAreBounded() {
        // A 5 MiB header (numpy reads it with allow_pickle=True) is not evaluated: not fully checked, data read.
        let padded = header(descr: "'<f4'") + String(repeating: " ", count: 5 << 20)
        let f = scanModel(npy(padded, body: payload, version: 2), path: "data/arr.npy")
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.severity >= .medium }, "\(f.map(\.message))")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
        // A long string as a field unpacks into too many values: numpy refuses it, nothing to report.
        let long = scanModel(npy(header(descr: "['" + String(repeating: "O", count: 100_000) + "']"), body: [0, 0, 128, 63], version: 2), path: "data/arr.npy")
        #expect(serious(long).isEmpty, "\(long.map(\.message))")
    }

    @Test func realNumpyHeadersAreClean() {
        // Headers as numpy 2.4 writes them (write_array), and hand-spaced benign variants.
        let headers = [
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }",
            "{'descr': [('x', '<f8'), ('y', '<i4', (2,)), ('n', [('a', '|u1'), ('b', '<U3')])], 'fortran_order': False, 'shape': (2,), }",
            "{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (2,), }",
            "{'descr': '<U7', 'fortran_order': False, 'shape': (), }",
            "{'descr': '>c16', 'fortran_order': False, 'shape': (5,), }",
            "{'descr': [('a', '<i2'), ('', '|V6'), ('b', '<f4'), ('', '|V4')], 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
            "{'descr' : '<f4' , 'fortran_order' : False , 'shape' : ( 3 , 4 ) }",
            "{'descr': 'float32', 'fortran_order': False, 'shape': (3L, 4L), }",
            "{'descr': '|b1', 'fortran_order': False, 'shape': (1,), }",
            "{'descr': 'f4,(2,3)i8', 'fortran_order': False, 'shape': (1,), }",
        ]
        let floats: [UInt8] = [0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64]
        for h in headers {
            let f = scanModel(npy(h, body: floats), path: "data/arr.npy")
            #expect(serious(f).isEmpty, "\(h): \(f.map(\.message))")
        }
    }

    @Test func literalReaderMatchesPython() throws {
        let r = try PythonLiteralParser.parse("{'a' : 1, 'a': ('x' \"y\", -2+3j, [b'\\x00', None, True],), 'b': {1, 2}, 'c': set()}")
        #expect(r.value.value(forKey: "a") == .tuple([.str("xy"), .number("-2+3j"), .list([.bytes([0]), .none, .bool(true)])]))
        #expect(r.value.value(forKey: "b") == .set([.number("1"), .number("2")]))
        #expect(try PythonLiteralParser.parse("r'\\x4f'").value == .str("\\x4f"))
        #expect(try PythonLiteralParser.parse("'\\q\\\n'").value == .str("\\q"))
        #expect(throws: PythonLiteralParser.Failure.self) { try PythonLiteralParser.parse("{'a': b'x' 'y'}") }
        #expect(throws: PythonLiteralParser.Failure.self) { try PythonLiteralParser.parse("__import__('os')") }
        #expect(throws: PythonLiteralParser.Failure.self) { try PythonLiteralParser.parse(String(repeating: "[", count: 5000)) }
        #expect(NpyHeader.judgeTypeString("<f4") == .plain)
        #expect(NpyHeader.judgeTypeString("|O") == .objects)
    }

    /// Headers laid out exactly as numpy writes them skip the literal parser (session 12 speed work); the shortcut
    /// gives the full reading's descr and verdict, and every other spelling goes through the full reading.
    @Test func canonicalHeadersTakeTheShortcutWithTheFullReadingsVerdict() {
        func padded(_ h: String) -> ArraySlice<UInt8> { ArraySlice(Array((h + String(repeating: " ", count: 7) + "\n").utf8)) }
        let canonical = [
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }",
            "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
            "{'descr': '<U10', 'fortran_order': True, 'shape': (), }",
            "{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (10,), }",
            "{'descr': 'O8', 'fortran_order': False, 'shape': (0, 1, 2), }",
            "{'descr': '<V0', 'fortran_order': False, 'shape': (1,), }",
            "{'descr': 'object', 'fortran_order': False, 'shape': (5,), }",
            "{'descr': 'zz9', 'fortran_order': False, 'shape': (5,), }",
        ]
        for h in canonical {
            let fast = NpyHeader.canonical(padded(h))
            let full = NpyHeader.judgeHeaderInFull(padded(h), major: 1)
            #expect(fast != nil, "\(h)")
            #expect(fast?.descr == full.descr, "\(h)")
            #expect(fast?.dtype == full.dtype, "\(h)")
        }
        #expect(NpyHeader.canonical(padded(canonical[1]))?.dtype == .objects)
        #expect(NpyHeader.canonical(padded(canonical[0]))?.dtype == .plain)
        let other = [
            "{'descr': [('a', '<f4'), ('b', '|O')], 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f4', 'shape': (3,), 'fortran_order': False, }",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (03,), }",
            "{'descr': '\\x4f', 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f' '4', 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'descr': '|O', }",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (3 ,), }",
            "{'descr': '<f4', 'fortran_order': 0, 'shape': (3,), }",
            "{\"descr\": '<f4', 'fortran_order': False, 'shape': (3,), }",
        ]
        for h in other { #expect(NpyHeader.canonical(padded(h)) == nil, "\(h)") }
        // Text after the newline, or no newline, is not the canonical layout either.
        #expect(NpyHeader.canonical(ArraySlice(Array((canonical[0] + "\nx").utf8))) == nil)
        #expect(NpyHeader.canonical(ArraySlice(Array(canonical[0].utf8))) == nil)
    }
}
