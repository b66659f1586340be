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

/// Review of the literal handling above (reviewer R1): names spelled as strings and joined, block ends
/// inside strings, and escapes Jinja decodes must not hide a payload.
@Test func namesSpelledAsStringsAndBlockEndsInStringsStillCount() {
    let cases = [
        // `}}` inside a string does not end the block.
        "{{ '}}' ~ lipsum.__globals__.os.popen('id').read() }}",
        "{% set x = '%}' ~ lipsum.__globals__ %}{{ x }}",
        // Attribute names joined from pieces, as subscript keys.
        "{{ lipsum[\"_\"~\"_\"~\"glob\"~\"als\"~\"_\"~\"_\"][\"os\"][\"popen\"](\"id\") }}",
        "{% set u = \"_\" ~ \"_\" %}{{ lipsum[u ~ \"globals\" ~ u] }}",
        "{{ lipsum[\"_\" * 2 ~ \"globals\" ~ \"_\" * 2] }}",
        // Escapes that decode to underscores.
        "{{ lipsum[\"\\N{LOW LINE}\\N{LOW LINE}globals\\N{LOW LINE}\\N{LOW LINE}\"] }}",
        "{{ lipsum[\"\\U0000005f\\U0000005fglobals\\U0000005f\\U0000005f\"] }}",
        // A format string assembled from pieces, and a builtin reached by a string key.
        "{{ (\"{0.\" ~ \"_\" ~ \"_class_\" ~ \"_}\").format(messages) }}",
        "{{ lipsum.x[\"eval\"](\"1\") }}",
    ]
    for t in cases {
        #expect(!injection(t).isEmpty, "missed: \(t)")
    }
    // Controls: what real templates do with joined strings and subscripts.
    let benign = """
    {%- for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{%- endfor %}
    {%- if tools %}{{ '\\n{"name": ' ~ tool['function']['name'] ~ '}' }}{%- endif %}
    {{- '[SYSTEM_PROMPT]' ~ 'Answer the request. Use config. values.' ~ '[/SYSTEM_PROMPT]' }}
    """
    #expect(injection(benign).isEmpty, "\(injection(benign).map(\.message))")
}
