import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

@Suite("other model formats")
struct FormatTests {
    @Test func safetensorsValidIsClean() {
        #expect(scanModel(FormatBuilders.tinySafetensors, path: "m.safetensors").isEmpty)
    }

    @Test func safetensorsProblems() {
        let overlapping = FormatBuilders.safetensors(
            header: #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#,
            data: [UInt8](repeating: 0, count: 12))
        #expect(scanModel(overlapping, path: "m.safetensors").contains { $0.message.contains("overlaps") })
        let badDtype = FormatBuilders.safetensors(header: #"{"a":{"dtype":"X9","shape":[1],"data_offsets":[0,1]}}"#, data: [0])
        #expect(scanModel(badDtype, path: "m.safetensors").contains { $0.message.contains("dtype") })
        let hidden = FormatBuilders.safetensors(header: #"{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}"#, data: [0] + Array("#!/bin/sh".utf8))
        #expect(scanModel(hidden, path: "m.safetensors").contains { $0.message.contains("hidden") })
        let badMeta = FormatBuilders.safetensors(header: #"{"__metadata__":{"x":1},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}"#, data: [0])
        #expect(scanModel(badMeta, path: "m.safetensors").contains { $0.message.contains("__metadata__") })
    }

    @Test func ggufTemplateEscapes() {
        for t in ["{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
                  "{{ x|attr('\\x5f\\x5fclass\\x5f\\x5f') }}", "{% set a = lipsum.__globals__ %}"] {
            let f = scanModel(FormatBuilders.gguf(strings: [("tokenizer.chat_template", t)]), path: "m.gguf")
            #expect(f.contains { $0.ruleID == "gguf-chat-template-injection" }, "\(t)")
        }
        // Dunder text outside code blocks is sent to the model, not executed.
        let literal = scanModel(FormatBuilders.gguf(strings: [("tokenizer.chat_template", "Say __init__ {{ messages[0]['content'] }}")]), path: "m.gguf")
        #expect(literal.isEmpty)
    }

    @Test func tokenizerConfigTemplate() {
        let json = #"{"bos_token": "<s>", "chat_template": "{{ self.__init__.__globals__ }}"}"#
        let f = scanModel(Array(json.utf8), path: "models/tokenizer_config.json")
        #expect(f.contains { $0.ruleID == "gguf-chat-template-injection" && $0.location.startLine == 1 })
    }

    @Test func ggufTruncatedAndHugeStrings() {
        var b = FormatBuilders.gguf(strings: [("general.architecture", "llama")])
        b.removeLast(3)
        #expect(scanModel(b, path: "m.gguf").contains { $0.ruleID == "gguf-invalid-header" })
        var huge = Array("GGUF".utf8) + FormatBuilders.le(3, 4) + FormatBuilders.le(0, 8) + FormatBuilders.le(1, 8)
        huge += FormatBuilders.le(UInt64.max / 2, 8)
        #expect(scanModel(huge, path: "m.gguf").contains { $0.ruleID == "model-scan-incomplete" })
    }

    @Test func kerasH5ForeignModuleAndLambda() {
        let f = scanModel(FormatBuilders.h5(modelConfig: FormatBuilders.kerasForeignModuleConfig), path: "m.h5")
        #expect(f.contains { $0.ruleID == "keras-unsafe-module" && $0.severity == .critical })
        #expect(scanModel(FormatBuilders.h5(modelConfig: FormatBuilders.kerasDenseConfig), path: "m.h5").isEmpty)
    }

    @Test func onnxAbsoluteAndRelative() {
        #expect(scanModel(FormatBuilders.onnx(externalLocation: "/etc/shadow"), path: "m.onnx").contains { $0.ruleID == "onnx-external-data-escape" })
        #expect(scanModel(FormatBuilders.onnx(externalLocation: "weights/part1.bin"), path: "m.onnx").isEmpty)
    }

    @Test func savedModelPyFuncIsCritical() {
        let f = scanModel(FormatBuilders.savedModel(ops: ["EagerPyFunc"]), path: "saved_model.pb")
        #expect(f.contains { $0.ruleID == "savedmodel-dangerous-op" && $0.severity == .critical })
    }

    @Test func explainRendersDecompiledCalls() {
        let file = SourceFile(relativePath: "m.pkl", bytes: PickleBuilder.call("os", "system", ["true"]))
        let text = ModelExplainer.explain(file)
        #expect(text.contains("import os  # system"))
        #expect(text.contains("_var0 = os.system('true')"))
        #expect(text.contains("CRITICAL"))
        let clean = ModelExplainer.explain(SourceFile(relativePath: "s.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)))
        #expect(clean.contains("torch._utils._rebuild_tensor_v2(persistent_load(('storage', torch.FloatStorage, '0', 'cpu', 4))"))
    }

    @Test func largeLegacyPickleReadsOnlyAPrefix() throws {
        // A pickle followed by a big raw storage: the legacy layout stops reading after five pickles.
        var magic = PickleBuilder(protocol: 2)
        magic.long1([0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19])
        var proto = PickleBuilder(protocol: 2)
        proto.int(1001)
        var sys = PickleBuilder(protocol: 2)
        sys.op(.emptyDict)
        var keys = PickleBuilder(protocol: 2)
        keys.op(.emptyList)
        let bytes = magic.finished() + proto.finished() + sys.finished() + PickleExamples.osSystem + keys.finished()
            + [UInt8](repeating: 0x41, count: 20 << 20)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-models-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.bin").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let file = SourceFile(relativePath: "old.bin", absolutePath: path, size: bytes.count, maxWholeFileBytes: 1 << 20)
        let f = ModelsScanner().scan(file, context: ScanContext(configuration: Configuration(), root: dir.path))
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
        #expect(!f.contains { $0.ruleID == "pickle-malformed-stream" || $0.ruleID == "model-scan-incomplete" })
    }
}
