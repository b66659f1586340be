import BulwarkCore
import BulwarkReporters
import Testing

/// A scanned repository chooses its file and member names: none of their control characters may
/// reach the terminal raw (ESC/CSI sequences, OSC window titles, newlines, C1 controls, U+202E).
@Test func textReportEscapesControlCharactersInNamesAndMessages() {
    let rule = RuleDescription(id: "pickle-dangerous-call", name: "Dangerous call", family: "models",
                               summary: "s", rationale: "## What it detects\nx", defaultSeverity: .critical)
    let hostileName = "models/evil\u{1B}]0;pwned\u{07}\u{1B}[2J\nFAKE LINE\u{202E}lp.kcip"
    let member = "archive/\u{9B}31mdata\n.pkl"
    let f = Finding(rule: rule, message: "calls `os\u{1B}[1A.system` in member `x\n  CRITICAL fake-rule`", location: Location(path: hostileName, archiveMember: member, byteOffset: 3),
                    anchor: "a")
    let report = Report(findings: [f], rules: [rule], filesScanned: 1, roots: ["/r"], toolVersion: "0", families: [("models", "Models")],
                        notes: ["note \u{1B}[31m"], skippedFolders: ["build\u{1B}x"])
    let text = TextReporter(color: false).render(report)
    for bad: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
        #expect(!text.unicodeScalars.contains(bad), "raw U+\(String(bad.value, radix: 16)) reached the text report")
    }
    #expect(!text.contains("\nFAKE LINE"))
    #expect(!text.contains("\n  CRITICAL fake-rule") && text.contains("x<U+A>  CRITICAL fake-rule"))
    #expect(text.contains("<U+1B>]0;pwned<U+7>"))
    #expect(text.contains("<U+A>FAKE LINE<U+202E>"))
    #expect(text.contains("archive/<U+9B>31mdata<U+A>.pkl"))
    // Colour codes Bulwark adds itself stay when colour is on; scanned text is still escaped.
    let coloured = TextReporter(color: true).render(report)
    #expect(coloured.contains("\u{1B}[1;4m"))
    #expect(!coloured.contains("]0;pwned\u{07}"))
}

@Test func terminalTextLeavesOrdinaryTextAlone() {
    #expect(TerminalText.escape("models/bert-base/pytorch_model.bin") == "models/bert-base/pytorch_model.bin")
    #expect(TerminalText.escape("données/模型.safetensors") == "données/模型.safetensors")
    #expect(TerminalText.escape("a\nb", allowNewline: true) == "a\nb")
    #expect(TerminalText.escape("a\nb") == "a<U+A>b")
}
