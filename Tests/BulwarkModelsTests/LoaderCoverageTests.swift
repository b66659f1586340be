import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Issue 19, misses: formats and CVE classes a loader runs that the scanner must see. Every input is
/// built here or by the Support builders; nothing is loaded.

private let escape = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"
private let plainTemplate = "{% for message in messages %}{{ message['role'] }}: {{ message['content'] }}\n{% endfor %}"

private func highs(_ f: [Finding], _ rule: String) -> [Finding] { f.filter { $0.ruleID == rule && $0.severity >= .high } }

@Test func standaloneJinjaTemplatesAreInspected() {
    for name in ["chat_template.jinja", "templates/llama3.jinja", "prompts/chat.j2"] {
        let bad = scanModel(Array((plainTemplate + escape).utf8), path: name)
        #expect(!highs(bad, "gguf-chat-template-injection").isEmpty, "\(name): \(bad.map(\.message))")
        #expect(serious(scanModel(Array(plainTemplate.utf8), path: name)).isEmpty, "\(name)")
    }
    // A `.template` file is a chat template only when it renders messages.
    let chat = scanModel(Array((plainTemplate + escape).utf8), path: "chat.template")
    #expect(!highs(chat, "gguf-chat-template-injection").isEmpty)
    #expect(scanModel(Array("KEY={{ config.value }}\n".utf8), path: "env.template").isEmpty)
}

@Test func chatTemplateJSONAndOtherConfigsAreInspected() {
    func json(_ t: String, key: String = "chat_template") -> [UInt8] {
        let escaped = t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        return Array("{\"tokenizer_class\": \"X\", \"\(key)\": \"\(escaped)\"}".utf8)
    }
    // transformers' chat_template.json, and any config a loader reads with a chat_template key.
    for path in ["chat_template.json", "model/processor_config.json", "cfg/generation.json"] {
        #expect(!highs(scanModel(json(plainTemplate + escape), path: path), "gguf-chat-template-injection").isEmpty, "\(path)")
        #expect(serious(scanModel(json(plainTemplate), path: path)).isEmpty, "\(path)")
    }
    // Another template-bearing key next to a benign chat_template.
    var mixed = Array("{\"chat_template\": \"{{ messages[0]['content'] }}\", \"custom_template\": \"{{ self.__init__.__globals__ }}\"}".utf8)
    #expect(!highs(scanModel(mixed, path: "tokenizer_config.json"), "gguf-chat-template-injection").isEmpty)
    mixed = Array("{\"name\": \"x\", \"prompt\": \"{{ self.__init__.__globals__ }}\"}".utf8)
    #expect(scanModel(mixed, path: "settings.json").isEmpty, "no chat_template key: not a model config")
    // YAML configs.
    let yaml = "model_name: m\nchat_template: \"" + escape + "\"\n"
    #expect(!highs(scanModel(Array(yaml.utf8), path: "configs/model.yaml"), "gguf-chat-template-injection").isEmpty)
    #expect(serious(scanModel(Array("chat_template: '{{ messages }}'\n".utf8), path: "configs/model.yaml")).isEmpty)
    // GitHub workflow expressions are never chat templates.
    let workflow = "on: push\n# chat_template\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.event.pull_request.head.ref }}\n"
    #expect(scanModel(Array(workflow.utf8), path: ".github/workflows/ci.yml").isEmpty)
}

@Test func kerasModuleHiddenInFnModuleIsCritical() {
    let f = scanModel(FormatBuilders.keras(config: FormatBuilders.kerasFnModuleConfig), path: "model.keras")
    #expect(f.contains { $0.ruleID == "keras-unsafe-module" && $0.severity == .critical && $0.message.contains("`os`") }, "\(f.map(\.message))")
    #expect(serious(scanModel(FormatBuilders.keras(config: FormatBuilders.kerasDenseConfig), path: "model.keras")).isEmpty)
}

@Test func kerasGetFileWithURLIsCritical() {
    let f = scanModel(FormatBuilders.keras(config: FormatBuilders.kerasGetFileConfig), path: "model.keras")
    #expect(f.contains { $0.ruleID == "keras-unsafe-module" && $0.severity == .critical && $0.message.contains("attacker.example") },
            "\(f.map(\.message))")
}

@Test func kerasTorchModuleWrapperPayloadIsInspected() {
    let payload = ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem)
    let f = scanModel(FormatBuilders.keras(config: FormatBuilders.kerasTorchModuleWrapperConfig(moduleBytes: payload)), path: "model.keras")
    #expect(f.contains { $0.ruleID == "keras-unsafe-module" && $0.severity == .critical }, "\(f.map(\.message))")
    // The embedded torch.save is scanned: its os.system call is reported inside the wrapper's module.
    #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && ($0.location.archiveMember ?? "").contains("TorchModuleWrapper") },
            "\(f.map { ($0.ruleID, $0.location.archiveMember) })")
}

@Test func kerasZipWithoutMetadataIsInspected() {
    let f = scanModel(FormatBuilders.kerasConfigOnly(config: FormatBuilders.kerasLambdaConfig), path: "model.keras")
    #expect(f.contains { $0.ruleID == "keras-lambda-layer" }, "\(f.map(\.message))")
    // A zip whose config.json is not Keras JSON is left alone.
    var z = ZipBuilder()
    z.add("config.json", Array("not json".utf8))
    #expect(serious(scanModel(z.build(), path: "bundle.zip")).isEmpty)
    #expect(serious(scanModel(FormatBuilders.kerasConfigOnly(config: FormatBuilders.kerasDenseConfig), path: "model.keras")).isEmpty)
}

@Test func kerasLambdaInSavedModelMetadataIsReported() {
    let bad = FormatBuilders.kerasMetadata(layers: [FormatBuilders.kerasDenseLayerJSON, FormatBuilders.kerasLambdaLayerJSON])
    let f = scanModel(bad, path: "export/keras_metadata.pb")
    #expect(f.contains { $0.ruleID == "keras-lambda-layer" }, "\(f.map(\.message))")
    #expect(serious(scanModel(FormatBuilders.kerasMetadata(layers: [FormatBuilders.kerasDenseLayerJSON]), path: "export/keras_metadata.pb")).isEmpty)
}

@Test func pyFuncGraphWithoutSchemaVersionIsReported() {
    let bad = FormatBuilders.savedModelWithoutVersion(ops: ["Const", "PyFunc"])
    #expect(bad.first == 0x12)
    let f = scanModel(bad, path: "export/saved_model.pb")
    #expect(f.contains { $0.ruleID == "savedmodel-dangerous-op" && $0.severity == .critical }, "\(f.map(\.message))")
    #expect(serious(scanModel(FormatBuilders.savedModelWithoutVersion(ops: ["Const", "MatMul"]), path: "export/saved_model.pb")).isEmpty)
}

@Test func brokenPicklesThatImportFirstAreStillPickles() {
    // A string length past the end of the file right after the import (what a loader has imported by then).
    let pastEOF = Array("cbuiltins\nexec\n(X".utf8) + [0x3E, 0x0A, 0x66, 0x20] + Array("print(1)tRX.".utf8)
    // A `#` byte (no such opcode) after the import, and a call on an empty stack.
    let hash = Array("cos\nsystem\n#junk.".utf8)
    let emptyCall = [0x80, 0x02] + Array("cposix\nsystem\n0R.".utf8)
    for (name, bytes) in [("past-eof", pastEOF), ("hash", hash), ("empty-call", emptyCall)] {
        let f = scanModel(bytes, path: "weights/\(name).pkl")
        #expect(f.contains { $0.severity >= .high && ($0.message.contains("system") || $0.message.contains("exec")) }, "\(name): \(f.map(\.message))")
    }
    // Text that merely starts with `c` is not a pickle, and neither is a pickle-named file of prose.
    #expect(scanModel(Array("cat\nand dog\nThe end.".utf8), path: "notes.txt").isEmpty)
    #expect(scanModel(Array("checkpoint notes: see README\n".utf8), path: "notes.pkl").filter { $0.severity >= .high }.isEmpty)
}

@Test func tensorSetItemAimedAtWeightsOnlyIsCritical() {
    let f = scanModel(PickleBuilder.tensorSetItem(), path: "model.pt")
    #expect(f.contains { $0.ruleID == "pickle-tensor-setitem" && $0.severity == .critical }, "\(f.map(\.message))")
    let zipped = scanModel(ZipBuilder.torchCheckpoint(pickle: PickleBuilder.tensorSetItem()), path: "pytorch_model.bin")
    #expect(zipped.contains { $0.ruleID == "pickle-tensor-setitem" })
    // A real state dict stores items into its OrderedDict, never into a tensor.
    #expect(serious(scanModel(ZipBuilder.torchCheckpoint(pickle: PickleBuilder.torchStateDict()), path: "pytorch_model.bin")).isEmpty)
}

@Test func encryptedPlainDataMemberIsLowAndZipCryptoSizesAreNotTampering() {
    // ZipCrypto: 12 header bytes before the data, so the stored size is the plain size + 12.
    let sealed: [UInt8] = [0x9A, 0x13, 0xF7, 0x42, 0x08, 0xC1, 0x6E, 0xD5, 0x31, 0xB0, 0x7C, 0x25] + Array("hello, world".utf8).map { $0 ^ 0x5A }
    var z = ZipBuilder()
    z.add(.init(name: "test.txt", data: sealed, flags: 1, uncompressedSize: 12))
    let f = scanModel(z.build(), path: "docs.zip")
    #expect(!f.contains { $0.ruleID == "archive-zip-tampering" }, "\(f.map(\.message))")
    #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .low }, "\(f.map { ($0.message, $0.severity) })")
    // The same sealing around a pickle-named member stays medium: a loader given the password would run it.
    var m = ZipBuilder()
    m.add(.init(name: "archive/data.pkl", data: sealed, flags: 1, uncompressedSize: 12))
    #expect(scanModel(m.build(), path: "model.pt").contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .medium })
}

@Test func standardJinjaFiltersAreNotSandboxEscapes() {
    // trl's llava_next.jinja: `selectattr` and `rejectattr` are standard filters (real-repository benchmark).
    let benign = "{% for message in messages %}{% for content in message['content'] | selectattr('type', 'equalto', 'text') %}{{ content['text'] }}{% endfor %}{% for c in message['content'] | rejectattr('type', 'equalto', 'image') %}{% endfor %}{% endfor %}"
    #expect(serious(scanModel(Array(benign.utf8), path: "chat_templates/llava_next.jinja")).isEmpty)
    // The bare filter still counts.
    let evil = "{{ ''|attr('__class__') }}{{ x.attr('y') }}"
    #expect(!highs(scanModel(Array(evil.utf8), path: "chat_templates/evil.jinja"), "gguf-chat-template-injection").isEmpty)
    #expect(ChatTemplateInspector.containsToken("pull_request.head", "request.") == false)
    #expect(ChatTemplateInspector.containsToken("{{ request.args }}", "request."))
}
