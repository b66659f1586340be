import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Real-repository benchmark (issue 15/19): `.pptx` test files had their printer-settings and OLE
/// `.bin` members read as pickles and reported as malformed pickle streams. In an Office or
/// OpenDocument package `.bin` is not a weights file; only content that is a pickle counts.
@Test func officeDocumentBinMembersAreNotPickles() {
    var z = ZipBuilder()
    z.add("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types/>".utf8))
    z.add("ppt/presentation.xml", Array("<p:presentation/>".utf8))
    // Printer settings: a DEVMODE blob (binary, starts with a device name in UTF-16).
    z.add("ppt/printerSettings/printerSettings1.bin", Array("H\0P\0 \0L\0a\0s\0e\0r\0J\0e\0t\0".utf8) + [UInt8](repeating: 0x01, count: 200))
    z.add("ppt/embeddings/oleObject1.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
    let found = scanModel(z.build(), path: "tests/data/slides.pptx")
    #expect(!found.contains { $0.ruleID.hasPrefix("pickle-") }, "\(found.map { "\($0.ruleID): \($0.message)" })")

    // Control: a real pickle hidden in the same document is still found by its content.
    var evil = z
    evil.add("ppt/embeddings/model.bin", PickleExamples.osSystem)
    #expect(scanModel(evil.build(), path: "slides.pptx").contains { $0.ruleID == "pickle-dangerous-call" })
    // And outside an Office package a `.bin` member is still taken for a pickle when it does not decode...
    var torch = ZipBuilder()
    torch.add("archive/data.bin", [0x80, 0x02, 0xFE, 0x00, 0x13, 0x37] + [UInt8](repeating: 0x42, count: 100))
    #expect(scanModel(torch.build(), path: "model.pt").contains { $0.ruleID.hasPrefix("pickle-") })
    // ...unless its first byte is no pickle opcode at all: `pickle.load` fails there before anything runs
    // (modelaudit's TorchServe test archive has a `weights.bin` holding the text "weights").
    var text = ZipBuilder()
    text.add("weights.bin", Array("weights".utf8))
    text.add("archive/data.bin", [0xFF, 0xFE, 0x00, 0x13, 0x37] + [UInt8](repeating: 0x42, count: 100))
    #expect(serious(scanModel(text.build(), path: "model.mar")).isEmpty)
}
