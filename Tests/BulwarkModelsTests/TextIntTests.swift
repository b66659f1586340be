import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Protocol-0 INT/LONG arguments as the C unpickler reads them (`strtol(s, 0)`, then `int(s, 0)`): a payload
/// behind `I0x1_0` was not recognised as a pickle (R6 X1). Built as bytes; nothing is loaded.
@Suite("pickle text integers")
struct TextIntTests {
    /// `I<arg>\n` POP, then `os.system('id')`, no PROTO header.
    static func stream(_ arg: String) -> [UInt8] {
        Array("I\(arg)\n0cos\nsystem\n(S'id'\ntR.".utf8)
    }

    @Test(arguments: ["0x1_0", "0x10", "0o7", "1_0", "0b1", "-0x1", "010", " 7 ", "0X_ff"])
    func acceptedIntegerSpellingsKeepThePayloadVisible(_ arg: String) {
        let f = scanModel(Self.stream(arg), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(arg): \(f.map(\.message))")
        #expect(!f.contains { $0.message.contains("non-numeric") }, "\(arg)")
    }

    @Test func valuesMatchPython() {
        func v(_ s: String, octal: Bool = true) -> String? { PickleMachine.pythonIntLiteralForTests(s, cOctal: octal) }
        #expect(v("0x1_0") == "16")
        #expect(v("0o17") == "15")
        #expect(v("0b101") == "5")
        #expect(v("-0x10") == "-16")
        #expect(v("010") == "8")
        #expect(v("010", octal: false) == nil)
        #expect(v("0xffffffffffffffffffff") == "1208925819614629174706175")
        #expect(v("1__0") == nil)
        #expect(v("_1") == nil)
        #expect(v("1_") == nil)
        #expect(v("0x") == nil)
        #expect(v("12a") == nil)
        #expect(v("0b2") == nil)
    }
}
