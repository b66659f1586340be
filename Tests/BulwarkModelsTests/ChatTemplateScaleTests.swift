import Testing
@testable import BulwarkModels

/// Review R6 (session 10): the template check searched every block for every marker with string searches,
/// about 200 µs per `{{ }}` block in a debug build, and re-searched the whole rest of a block for each
/// occurrence of a marker preceded by a letter: a 14 MB template of small blocks took six minutes. It is now
/// one byte pass per block and piece kind. These inputs have the shapes that were slow; the payload at the
/// end must still be found, and padding alone must stay clean.
@Suite struct ChatTemplateScaleTests {
    func reasons(_ t: String) -> [String] { ChatTemplateInspector.inspect(t).map(\.reason) }

    @Test func manySmallBlocksThenAPayload() {
        let pad = String(repeating: "{{ x }}", count: 20_000)
        #expect(reasons(pad).isEmpty)
        #expect(reasons(pad + "{{ lipsum.__globals__.os.popen('id').read() }}").contains { $0.contains("__globals__") })
    }

    @Test func oneBlockOfManyJoinedOrSubscriptedLiterals() {
        let joined = "{{ " + String(repeating: "'a'~", count: 50_000) + "'a' }}"
        #expect(reasons(joined).isEmpty)
        let subscripts = "{{ x" + String(repeating: "['a']", count: 50_000) + " }}"
        #expect(reasons(subscripts).isEmpty)
        // The same shapes with a name spelled in pieces at the end.
        let joinedPayload = "{{ " + String(repeating: "'a'~", count: 50_000) + "'a' }}{{ lipsum['_'~'_'~'glob'~'als'~'_'~'_'] }}"
        #expect(reasons(joinedPayload).contains { $0.contains("__globals__") })
        let subscriptPayload = "{{ x" + String(repeating: "['a']", count: 50_000) + "['popen']('id') }}"
        #expect(reasons(subscriptPayload).contains { $0.contains("popen") })
    }

    @Test func manyOccurrencesOfAMarkerInsideWords() {
        // `popen` preceded by a letter is another identifier; each occurrence used to restart the search.
        let words = "{{ " + String(repeating: "apopen", count: 100_000) + " }}"
        #expect(!reasons(words).contains { $0.contains("popen") })
        #expect(reasons(words + "{{ x.popen('id') }}").contains { $0.contains("popen") })
    }

    @Test func underscorePiecesBuildADunderAtScale() {
        let pieces = "{{ " + String(repeating: "'_'~", count: 20_000) + "'_' }}"
        // A run of joined underscores names a dunder (`__`), as a short one does.
        #expect(reasons(pieces) == reasons("{{ '_'~'_' }}"))
        #expect(!reasons(pieces).isEmpty)
    }
}
