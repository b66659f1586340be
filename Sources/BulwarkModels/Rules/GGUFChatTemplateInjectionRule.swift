import BulwarkCore

/// Jinja chat templates that try to break out of the sandbox.
struct GGUFChatTemplateInjectionRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "gguf-chat-template-injection", name: "Chat template sandbox escape", family: "models",
            summary: "A model's Jinja chat template (GGUF tokenizer.chat_template, tokenizer_config.json, chat_template.json/.jinja, any JSON/YAML config with a chat_template, .j2 files) uses sandbox-escape constructs.",
            rationale: """
            ## What it detects
            Code blocks (`{{ }}` and `{% %}`) of a chat template that use what server-side template injection \
            payloads use and chat templates never need: dunder attributes (`__class__`, `__globals__`, \
            `__subclasses__`, `__init__`), the `attr` filter, underscores hidden as `\\x5f`, `format`-forged \
            names, Jinja globals walked by attribute (`lipsum.__globals__`, `cycler.__init__`), `popen`. Templates \
            are read from GGUF metadata, `tokenizer_config.json`, `chat_template.json` and `chat_template.jinja` \
            (what transformers writes), standalone `.jinja`/`.j2` files and chat `.template` files, and every \
            template string of a JSON or YAML config that has a `chat_template` key.

            ## Why it matters
            Inference servers render the template on every request. `llama-cpp-python` rendered it without a \
            sandbox (CVE-2024-34359), giving code execution to whoever published the GGUF; sandboxed renderers \
            have had escapes too.

            ## How to fix
            Replace the template with the one from the base model's `tokenizer_config.json`, or pass an explicit \
            template to the server; upgrade `llama-cpp-python` to 0.2.72 or later.

            ## References
            - CVE-2024-34359 (llama-cpp-python, "Llama Drama")
            - CWE-1336: Improper Neutralization of Special Elements Used in a Template Engine
            """,
            defaultSeverity: .critical, defaultConfidence: .medium,
            remediation: "Use the base model's chat template or an explicit server-side template.",
            lazyExamples: [
                Example(.triggers, path: "models/chat.gguf", bytes: FormatBuilders.gguf(strings: [
                    ("tokenizer.chat_template", "{% for m in messages %}{{ m['content'] }}{% endfor %}{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
                ])),
                Example(.triggers, path: "models/chat_template.jinja",
                        bytes: Array("{% for m in messages %}{{ m.content }}{% endfor %}{{ cycler.__init__.__globals__.os.popen('id').read() }}".utf8)),
                Example(.triggers, path: "configs/serve.yaml",
                        bytes: Array("chat_template: \"{{ self.__init__.__globals__['os'].system('id') }}\"\n".utf8)),
                Example(.clean, path: "models/chat_template.jinja", bytes: Array("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}".utf8)),
                Example(.clean, path: "models/chat.gguf", bytes: FormatBuilders.gguf(strings: [
                    ("tokenizer.chat_template", "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] + eos_token }}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"),
                ])),
            ])
    static let issueKind = ModelIssue.Kind.chatTemplateInjection
}
