import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Fast paths taken for speed must answer exactly as the general code they short-cut.
@Suite("model speed paths agree with the general code")
struct SpeedPathTests {
    /// `PickleJudge.isMappingBuilder` skips name resolution for plain names; it must agree with resolving.
    @Test(arguments: [
        ("collections", "OrderedDict"), ("collections", "defaultdict"), ("builtins", "dict"), ("__builtin__", "dict"),
        ("__builtins__", "dict"), ("collections", "dict"), ("builtins", "OrderedDict"), ("torch._utils", "_rebuild_tensor_v2"),
        ("collections", "Counter"), ("os", "dict"), ("evil", "collections.OrderedDict"), ("evil", "builtins.dict"),
        ("tempfile", "_os.system"), ("x", "__builtins__.dict"), ("collections", "OrderedDict.fromkeys"), ("", ""),
        ("collections", "ordereddict"), ("typing", "OrderedDict"),
    ])
    func mappingBuilderFastPathMatchesResolution(_ global: (String, String)) {
        let (module, name) = global
        let slow = PickleJudge.mappingBuilders.contains(PicklePolicy.resolve(module: module, name: name).full)
        #expect(PickleJudge.isMappingBuilder(module: module, name: name) == slow, "\(module).\(name)")
    }

    /// Every mapping builder is a plain name of a module resolution leaves alone (what the fast path assumes).
    @Test func mappingBuildersArePlainNamesOfUnaliasedModules() {
        for full in PickleJudge.mappingBuilders {
            let dot = full.lastIndex(of: ".")!
            let module = String(full[..<dot])
            #expect(PicklePolicy.moduleAliases[module] == nil, "\(module)")
            #expect(PickleJudge.isMappingBuilder(module: module, name: String(full[full.index(after: dot)...])))
        }
    }

    /// `ModelsScanner.scan` skips the rules for a model without pickles and issues: that is only sound while no
    /// rule finds anything in such a model, whatever its format.
    @Test func noRuleFindsAnythingInAModelWithoutPicklesOrIssues() {
        let file = SourceFile(relativePath: "models/model.bin", bytes: [0x80, 0x02, 0x4E, 0x2E])
        let config = Configuration()
        for format in ["unknown", "pickle", "zip", "tar", "safetensors", "gguf", "npy", "onnx", "saved-model", "hdf5",
                       "keras-metadata", "chat-template", "7z"] {
            let model = ModelFile(path: file.relativePath, format: format)
            for rule in ModelsScanner.ruleList {
                let found = rule.check(model, context: RuleContext(file: file, settings: RuleSettings(), configuration: config))
                #expect(found.isEmpty, "\(rule.description.id) on an empty \(format) model")
            }
        }
    }
}
