import BulwarkFormats
import Testing

// The text findings show for pickle values: quoting as Python's repr does, and the length budget counted
// in characters (a non-ASCII string has more bytes than characters and must not be cut early).

@Test func pythonReprQuotesAndEscapesAsPythonDoes() {
    #expect(PickleAnalysis.pythonRepr("os") == "'os'")
    #expect(PickleAnalysis.pythonRepr("") == "''")
    #expect(PickleAnalysis.pythonRepr("it's") == #"'it\'s'"#)
    #expect(PickleAnalysis.pythonRepr(#"a\b"#) == #"'a\\b'"#)
    #expect(PickleAnalysis.pythonRepr("tab\there\nx") == #"'tab\there\nx'"#)
    #expect(PickleAnalysis.pythonRepr("del\u{7F}") == #"'del\x7f'"#)
    #expect(PickleAnalysis.pythonRepr("\u{85}") == #"'\x85'"#)
    // Invisible format characters are spelled out; other non-ASCII text is kept.
    #expect(PickleAnalysis.pythonRepr("\u{200B}os") == #"'\u200bos'"#)
    #expect(PickleAnalysis.pythonRepr("h\u{E9}llo") == "'h\u{E9}llo'")
}

@Test func renderedValuesAreCutByCharactersNotBytes() {
    var a = PickleAnalysis()
    a.values = [.string("h\u{E9}llo w\u{F6}rld", truncated: false), .string("system", truncated: false)]
    // 13 characters, 15 bytes: a budget of 14 holds it whole, 13 holds it and marks the end, 5 cuts it.
    #expect(a.render(0, maxLength: 14) == "'h\u{E9}llo w\u{F6}rld'")
    #expect(a.render(0, maxLength: 13) == "'h\u{E9}llo w\u{F6}rld'…")
    #expect(a.render(0, maxLength: 5) == "'h\u{E9}ll…")
    #expect(a.render(1, maxLength: 8) == "'system'…")
    #expect(a.render(1, maxLength: 9) == "'system'")
    #expect(a.render(1, maxLength: 3) == "'sy…")
}
