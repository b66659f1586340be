import BulwarkCore
@testable import BulwarkModels
import Testing

/// Issue 19, real checkpoints: 70 chat templates of published models (the `models/templates` folder of
/// llama.cpp, as shipped in llama-cpp-python 0.3.36's sdist) gave 5 false criticals. Prose inside string
/// literals ("...the user's request.") matched `request.`, and `'<eos{}>'.format(n)` matched `.format(`.
/// These templates are our own, written to the same shapes; each has a control that must still fire.

private func injection(_ template: String, path: String = "chat_template.jinja") -> [Finding] {
    scanModel(Array(template.utf8), path: path).filter { $0.ruleID == "gguf-chat-template-injection" && $0.severity >= .high }
}

@Test func proseInStringLiteralsIsNotTemplateCode() {
    let prompt = """
    {%- set default_system = "You are a helpful assistant. Answer the user's request. Use config. values only when asked." %}
    {{- bos_token }}{{- '[SYSTEM_PROMPT]' + default_system + '[/SYSTEM_PROMPT]' }}
    {%- for message in messages %}{{ message['content'] }}{%- endfor %}
    """
    #expect(injection(prompt).isEmpty, "\(injection(prompt).map(\.message))")
    // Controls: the same names as code reach Flask's request and config objects.
    #expect(!injection("{{ request.application.__globals__ }}").isEmpty)
    #expect(!injection("{% set c = config.items() %}{{ c }}").isEmpty)
    // Attribute names spelled in strings still count: that is how payloads hide them.
    #expect(!injection("{{ ''|attr('__cla' ~ 'ss__') }}").isEmpty)
    #expect(!injection("{{ (lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')) }}").isEmpty)
}

@Test func formatIsAnEscapeOnlyWithLookupFields() {
    let eos = "{%- set eos = '<|eos{}|>'.format(7) %}{%- set tools_json = '{\"name\": \"x\", \"description\": \"Get it.\"}' %}{{ eos }}"
    #expect(injection(eos).isEmpty, "\(injection(eos).map(\.message))")
    // `str.format` with an attribute lookup in the field walks objects from inside the sandbox.
    #expect(!injection("{{ '{0.__class__}'.format(messages) }}").isEmpty)
    #expect(!injection("{% set f = '{0.thing[0]}' %}{{ f.format(messages) }}").isEmpty)
    #expect(ChatTemplateInspector.hasLookupField("a {0.x} b"))
    #expect(ChatTemplateInspector.hasLookupField("{user[0]}"))
    #expect(!ChatTemplateInspector.hasLookupField("<eos{}> {\"a\": 1.5} {0} {name}"))
}

@Test func literalSplittingKeepsEscapedQuotes() {
    let s = ChatTemplateInspector.splitLiterals(#" x + 'it\'s request.' + "a\"b" + y "#)
    #expect(s.literals == [#"it\'s request."#, #"a\"b"#])
    #expect(!s.code.contains("request."))
    #expect(s.code.contains("x +") && s.code.contains("+ y"))
}
