import BulwarkCore
@testable import BulwarkModels
import Testing

/// Prose that starts with `L`, `I` or `F` and ends with a full stop opened like a protocol 0 pickle (LONG, INT,
/// FLOAT ... STOP). A Lorem-ipsum test file on a real repository (RR14) was a high `pickle-malformed-stream`:
/// its first line is longer than the sniffer's head, so the LONG argument "orem ipsum ..." only looked truncated.
@Suite struct ProseSniffTests {
    static let lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna "
        + String(repeating: "aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo. ", count: 8)
        + "\n\nDuis aute irure dolor in reprehenderit.\n"

    @Test func proseOpeningWithANumericOpcodeLetterIsNotAPickle() {
        for (name, text) in [("TestData/test_content.txt", Self.lorem), ("docs/intro.txt", "In the beginning the model was small.\n"),
                             ("notes/f.txt", "From the start, every file ends with a full stop.")] {
            let bytes = Array(text.utf8)
            #expect(ModelSniffer.sniff(head: Array(bytes.prefix(512)), lastByte: 0x2E, size: bytes.count, fileName: name) == nil, "\(name)")
            #expect(scanModel(bytes, path: name).isEmpty, "\(name)")
        }
    }

    @Test func numericOpeningsOfRealPicklesStillCount() {
        // A long integer of any length before the payload: the sniffer must not give up on it.
        let long = "L" + String(repeating: "1234567890", count: 60) + "L\n0cos\nsystem\n(S'id'\ntR."
        let f = scanModel(Array(long.utf8), path: "data/blob.txt")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
        let int = "I01\n0cos\nsystem\n(S'id'\ntR."
        #expect(scanModel(Array(int.utf8), path: "data/flag.txt").contains { $0.ruleID == "pickle-dangerous-call" })
        #expect(ModelSniffer.firstTextArgumentPlausible(Array("F-1.5e3\n.".utf8)))
        #expect(ModelSniffer.firstTextArgumentPlausible(Array("Finf\n.".utf8)))
        #expect(!ModelSniffer.firstTextArgumentPlausible(Array("From here on.".utf8)))
        #expect(!ModelSniffer.firstTextArgumentPlausible(Array("In short.".utf8)))
    }
}
