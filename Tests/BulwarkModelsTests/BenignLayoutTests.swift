import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// Real files written by numpy, scikit-learn, joblib, safetensors and onnx (scripts/fixtures/models_benign.py,
/// dump only), plus torch layouts built with the assembler. None may produce a finding at medium or above.
@Suite("benign real-world layouts stay clean")
struct BenignLayoutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/benign")

    static var fixtures: [String] {
        guard let e = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(p).path, isDirectory: &dir), !dir.boolValue { out.append(p) }
        }
        return out.sorted()
    }

    @Test func fixturesArePresent() {
        #expect(Self.fixtures.count >= 50)
    }

    @Test(arguments: fixtures) func realFileIsClean(_ name: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent(name))
        let f = scanModel(Array(data), path: "models/" + name)
        #expect(serious(f).isEmpty, "\(name): \(serious(f).map { "\($0.ruleID): \($0.message)" })")
    }

    @Test func realJoblibFilesAreActuallyAnalysed() throws {
        // A clean verdict must come from a real analysis: the pipeline's classes are seen.
        let data = try Data(contentsOf: Self.root.appendingPathComponent("sk_pipeline.xz.joblib"))
        let m = inspectModel(Array(data), path: "models/sk_pipeline.xz.joblib")
        #expect(m.pickles.contains { p in p.analysis.imports.contains { $0.module.hasPrefix("sklearn.pipeline") } })
    }

    // MARK: - torch layouts

    static func linearModule(_ p: inout PickleBuilder, _ cls: (String, String), storageKey: Int) {
        p.global(cls.0, cls.1)
        p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict)
        p.string("training"); p.op(.newTrue); p.op(.setItem)
        p.string("_parameters")
        p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
        p.string("weight")
        p.global("torch._utils", "_rebuild_parameter")
        p.global("torch._utils", "_rebuild_tensor_v2")
        p.op(.mark)
        p.op(.mark); p.string("storage"); p.global("torch", "FloatStorage"); p.string(String(storageKey)); p.string("cpu"); p.int(4); p.op(.tuple)
        p.op(.binPersID)
        p.int(0); p.int(2); p.int(2); p.op(.tuple2); p.int(2); p.int(1); p.op(.tuple2); p.op(.newFalse)
        p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
        p.op(.tuple); p.op(.reduce)
        p.op(.newTrue)
        p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
        p.op(.tuple3); p.op(.reduce)
        p.op(.setItem)  // _parameters["weight"] = Parameter
        p.op(.setItem)  // state["_parameters"] = OrderedDict
        for hook in ["_buffers", "_backward_hooks", "_forward_hooks", "_forward_pre_hooks", "_state_dict_hooks", "_load_state_dict_pre_hooks", "_modules"] {
            p.string(hook); p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce); p.op(.setItem)
        }
        p.string("_non_persistent_buffers_set"); p.op(.emptySet); p.op(.setItem)
        p.string("in_features"); p.int(2); p.op(.setItem)
        p.string("out_features"); p.int(2); p.op(.setItem)
        p.op(.build)
    }

    /// `torch.save(model)` of `nn.Sequential(nn.Linear, nn.ReLU)`: torch classes are built inertly.
    static func torchFullModel(outer: (String, String) = ("torch.nn.modules.container", "Sequential")) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global(outer.0, outer.1)
        p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict)
        p.string("training"); p.op(.newTrue); p.op(.setItem)
        p.string("_modules")
        p.global("collections", "OrderedDict"); p.op(.emptyTuple); p.op(.reduce)
        p.string("0"); linearModule(&p, ("torch.nn.modules.linear", "Linear"), storageKey: 0); p.op(.setItem)
        p.string("1"); p.global("torch.nn.modules.activation", "ReLU"); p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict); p.string("inplace"); p.op(.newFalse); p.op(.setItem); p.op(.build); p.op(.setItem)
        p.op(.setItem)
        p.op(.build)
        return p.finished()
    }

    @Test func torchFullModelOfNNClassesIsClean() {
        let pkl = Self.torchFullModel()
        #expect(serious(scanModel(pkl)).isEmpty)
        #expect(serious(scanModel(ZipBuilder.torchCheckpoint(pickle: pkl), path: "models/model.pt")).isEmpty)
    }

    @Test func userClassFromMainIsLowNotMedium() {
        // torch.save(model) of a class defined in the training script: `__main__.Net` resolves in the loading
        // script itself (nothing is imported), so it is reported low, never as a threat.
        let f = scanModel(Self.torchFullModel(outer: ("__main__", "Net")))
        #expect(serious(f).isEmpty)
        #expect(f.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .low })
        // A class of an unknown package still imports (runs) that package: medium.
        let g = scanModel(Self.torchFullModel(outer: ("mylab.models", "Net")))
        #expect(g.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .medium })
        // Calling a __main__ function is still a call.
        #expect(scanModel(PickleBuilder.call("__main__", "train", ["x"])).contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func largeStateDictIsClean() {
        let names = (0..<400).map { "layers.\($0 / 4).\(["q", "k", "v", "o"][$0 % 4]).weight" }
        let pkl = PickleBuilder.torchStateDict(tensors: names, protocol: 2)
        #expect(serious(scanModel(ZipBuilder.torchCheckpoint(pickle: pkl), path: "models/pytorch_model.bin")).isEmpty)
    }

    @Test func checkpointDictWithOptimizerAndArgsIsClean() {
        var p = PickleBuilder(protocol: 2)
        p.op(.emptyDict)
        p.string("epoch"); p.int(12); p.op(.setItem)
        p.string("model"); p.raw(Array(PickleBuilder.torchStateDict().dropFirst(2).dropLast())); p.op(.setItem)
        p.string("optimizer"); p.op(.emptyDict)
        p.string("param_groups"); p.op(.emptyList); p.op(.emptyDict); p.string("lr"); p.raw([PickleOpcode.binFloat.rawValue, 0x3F, 0x50, 0x62, 0x4D, 0xD2, 0xF1, 0xA9, 0xFC]); p.op(.setItem); p.op(.append); p.op(.setItem)
        p.op(.setItem)
        p.string("args"); p.global("argparse", "Namespace"); p.op(.emptyTuple); p.op(.newObj); p.op(.emptyDict); p.string("seed"); p.int(0); p.op(.setItem); p.op(.build); p.op(.setItem)
        p.string("scheduler"); p.global("transformers.trainer_utils", "SchedulerType"); p.string("linear"); p.op(.tuple1); p.op(.reduce); p.op(.setItem)
        p.string("rng"); p.global("numpy.random._pickle", "__randomstate_ctor"); p.string("MT19937"); p.op(.tuple1); p.op(.reduce); p.op(.setItem)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }

    @Test func benignNestedBytesAreNotReported() {
        // Array data that happens to start like a pickle (0x80 0x02 ...) but does not decode to one.
        var p = PickleBuilder(protocol: 3)
        p.op(.emptyDict); p.string("raw"); p.binBytes([0x80, 0x02, 0x63] + [UInt8](repeating: 0x41, count: 40)); p.op(.setItem)
        p.string("state"); p.binBytes(PickleBuilder.torchStateDict()); p.op(.setItem)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }

    @Test func enumStyleTokensStayAllowed() {
        for v in ["steps", "fp16", "linear", "cuda:0", "bf16", "no", "epoch", "v1.2"] {
            #expect(PickleJudge.isEnumToken(v), "\(v)")
        }
        for v in ["https://x/y.pt", "/tmp/a", "yolov8n.pt", "..\\x", "~/.ssh"] {
            #expect(!PickleJudge.isEnumToken(v), "\(v)")
        }
    }

    @Test func kerasConfigWithStandardFunctionsIsClean() {
        let config = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "units": 2, "activation": {"module": "keras.activations", "class_name": "function", "config": "relu", "registered_name": "function"}, "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": null}, "registered_name": null}}, "registered_name": null}]}, "compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "Adam", "config": {"learning_rate": 0.001}, "registered_name": null}, "loss": {"module": "keras.losses", "class_name": "function", "config": "mean_squared_error", "registered_name": "function"}, "metrics": [{"module": "keras.metrics", "class_name": "function", "config": "mae", "registered_name": "function"}]}}"#
        #expect(serious(scanModel(FormatBuilders.keras(config: config), path: "models/m.keras")).isEmpty)
    }

    @Test func realisticChatTemplatesAreClean() {
        let llama3 = #"{{- bos_token }}{%- if custom_tools is defined %}{%- set tools = custom_tools %}{%- endif %}{%- if not date_string is defined %}{%- set date_string = strftime_now("%d %b %Y") %}{%- endif %}{%- for message in messages %}{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' }}{%- endfor %}{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{%- endif %}"#
        let qwen = #"{%- set ns = namespace(multi_step_tool=true, last_query_index=messages|length - 1) %}{%- for message in messages[::-1] %}{%- set index = (messages|length - 1) - loop.index0 %}{%- endfor %}{%- for message in messages %}{{- '<|im_start|>' + message.role + '\n' + message.content + '<|im_end|>' + '\n' }}{%- if message.tool_calls %}{%- for tool_call in message.tool_calls %}{{- tool_call.function.arguments | tojson }}{%- endfor %}{%- endif %}{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\n' }}{%- endif %}"#
        let gemma = #"{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{{ '<start_of_turn>' + message['role'] + '\n' + message['content'] | trim + '<end_of_turn>\n' }}{% endfor %}"#
        for t in [llama3, qwen, gemma] {
            let f = scanModel(FormatBuilders.gguf(strings: [("general.architecture", "llama"), ("tokenizer.chat_template", t)]), path: "models/m.gguf")
            #expect(serious(f).isEmpty, "\(f.map { $0.message })")
        }
    }

    @Test func textFilesAreNotTakenForPickles() {
        for t in ["config\nvalue\n(more text)\n", "cat\ndog\n(S'x'\n", "class Net:\n    pass\n", "(1, 2)\n", "Sure.\n", "N/A\n"] {
            #expect(scanModel(Array(t.utf8), path: "notes/file.txt").isEmpty, "\(t)")
        }
        #expect(scanModel([0x80, 0x01, 0x4E, 0x00, 0x13, 0x37] + [UInt8](repeating: 7, count: 40), path: "data/blob.bin").isEmpty)
    }
}
