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

    /// `ZipBuilder.build` writes its fields in place (session 12: the rule examples' zips are built at every scan's
    /// start); its bytes equal the former concatenation of one array per field, for every kind of entry.
    @Test func zipBuilderWritesTheSameBytesAsTheFieldByFieldConcatenation() {
        func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
        func reference(_ z: ZipBuilder) -> [UInt8] {
            var out = z.prefix
            var central: [UInt8] = []
            for e in z.entries {
                let offset = out.count - z.prefix.count
                let crc = e.crcOverride ?? CRC32.checksum(e.data)
                let lname = Array((e.localName ?? e.name).utf8)
                out += le(0x0403_4B50, 4) + le(20, 2) + le(UInt64(e.flags), 2) + le(UInt64(e.method), 2) + le(0, 2) + le(0x21, 2)
                let size = UInt64(e.uncompressedSize ?? e.data.count)
                out += le(UInt64(crc), 4) + le(UInt64(e.data.count), 4) + le(size, 4)
                out += le(UInt64(lname.count), 2) + le(0, 2) + lname + e.data
                let cname = Array(e.name.utf8)
                let madeBy: UInt64 = e.unixMode != nil ? (3 << 8 | 20) : 20
                central += le(0x0201_4B50, 4) + le(madeBy, 2) + le(20, 2) + le(UInt64(e.flags), 2) + le(UInt64(e.method), 2)
                central += le(0, 2) + le(0x21, 2) + le(UInt64(crc), 4) + le(UInt64(e.data.count), 4) + le(size, 4)
                central += le(UInt64(cname.count), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2)
                central += le(UInt64((e.unixMode ?? 0) << 16), 4) + le(UInt64(offset), 4) + cname
            }
            let cdOffset = out.count - z.prefix.count
            out += central
            out += le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(UInt64(z.entries.count), 2) + le(UInt64(z.entries.count), 2)
            out += le(UInt64(central.count), 4) + le(UInt64(cdOffset), 4) + le(0, 2)
            return out
        }
        var empty = ZipBuilder()
        #expect(empty.build() == reference(empty))
        empty.prefix = Array("#!/bin/sh\n".utf8)
        #expect(empty.build() == reference(empty))
        var z = ZipBuilder()
        z.prefix = [0x4D, 0x5A, 0x00]
        z.add("archive/data.pkl", PickleExamples.osSystem)
        z.add(ZipBuilder.Entry(name: "a/../../evil", data: Array(repeating: 0x41, count: 300), crcOverride: 0xDEAD_BEEF,
                               localName: "a/other-local-name", flags: 0x0809, method: 8, unixMode: 0o120777, uncompressedSize: 70_000))
        z.add("café/é.bin", [])
        #expect(z.build() == reference(z))
        let torch = ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)
        #expect(torch.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}

/// The bit masks that replace `PickleJudge.codeBytes` in the enum-token test answer as the set does, for every byte.
@Test func codeByteMaskMatchesTheSet() {
    for b in 0...255 {
        let c = UInt8(b)
        #expect(PickleJudge.isCodeByte(c) == PickleJudge.codeBytes.contains(c), "byte \(b)")
    }
    #expect(PickleJudge.isEnumToken("fp16"))
    #expect(!PickleJudge.isEnumToken("os.system('id')"))
    #expect(!PickleJudge.isEnumToken("a@b"))
    #expect(!PickleJudge.isEnumToken("x}"))
}

/// `PickleFallback.isFatal` (a switch) and the `fatal` set agree on every anomaly kind.
@Test func fatalKindsMatchTheSet() {
    let kinds: [PickleAnomaly.Kind] = [.stackUnderflow, .missingMark, .missingMemo, .badArgument, .truncated, .unknownOpcode,
                                       .secondProto, .trailingData, .frameViolation, .outOfBandBuffer, .noStop, .buildOnGlobal,
                                       .dunderState, .limit]
    for k in kinds { #expect(PickleFallback.isFatal(k) == PickleFallback.fatal.contains(k), "\(k)") }
    #expect(kinds.filter(PickleFallback.isFatal).count == 6)
}

/// `PolicyMemo` keeps one answer per (module, name, use) in string-keyed tables: every use of a pair keeps its own
/// answer, each is computed once, a nil threat is remembered, and the answers match the policy without a memo.
@Test func policyMemoKeepsEachUsesAnswerApart() {
    let memo = PolicyMemo()
    var computed = 0
    for use in 0..<6 {
        let v = memo.isAllowed(PolicyMemo.Key(module: "m", name: "n", use: use)) { computed += 1; return use % 2 == 0 }
        #expect(v == (use % 2 == 0), "use \(use)")
    }
    for use in 0..<6 {
        let v = memo.isAllowed(PolicyMemo.Key(module: "m", name: "n", use: use)) { computed += 1; return use % 2 != 0 }
        #expect(v == (use % 2 == 0), "use \(use), remembered")
    }
    #expect(computed == 6)
    // Another pair sharing a module, and the same name under another module, are other entries.
    #expect(memo.isAllowed(PolicyMemo.Key(module: "m", name: "o", use: 0)) { false } == false)
    #expect(memo.isAllowed(PolicyMemo.Key(module: "n", name: "m", use: 0)) { false } == false)
    var threats = 0
    #expect(memo.threat(PolicyMemo.Key(module: "os", name: "system", use: 0)) { threats += 1; return nil } == nil)
    #expect(memo.threat(PolicyMemo.Key(module: "os", name: "system", use: 0)) { threats += 1; return "x" } == nil)
    #expect(memo.threat(PolicyMemo.Key(module: "os", name: "popen", use: 0)) { threats += 1; return "runs" } == "runs")
    #expect(threats == 2)
    let globals = [("os", "system"), ("builtins", "eval"), ("collections", "OrderedDict"), ("torch._utils", "_rebuild_tensor_v2"),
                   ("tempfile", "_os.system"), ("numpy", "dtype"), ("__builtin__", "set"), ("evil", "x.y.z")]
    for (m, n) in globals {
        for usage in [PicklePolicy.Usage.referenced, .instantiated, .called] {
            for literal in [false, true] {
                #expect(PicklePolicy.standard.isAllowed(module: m, name: n, usage: usage, literalArgs: literal)
                        == PicklePolicy(extra: []).isAllowed(module: m, name: n, usage: usage, literalArgs: literal), "\(m).\(n)")
            }
        }
        #expect(PicklePolicy.standard.threat(module: m, name: n) == PicklePolicy(extra: []).threat(module: m, name: n), "\(m).\(n)")
    }
}

/// Chains are joined again by hand in `PicklePolicy.resolve` (`joined(separator:)` on the parts cost a run-time
/// conformance lookup): empty parts and the dots between them are kept.
@Test(arguments: [("x", "a.b.c", "x", "a.b.c"), ("x", "a..b", "x", "a..b"), ("x", ".a", "x", ".a"), ("x", "a.", "x", "a."),
                  ("x", "a.b", "x", "a.b"), ("tempfile", "_os.system", "os", "system"), ("x", "y.os.path.join", "os", "path.join")])
func resolvedChainsKeepEveryPart(_ c: (String, String, String, String)) {
    let r = PicklePolicy.resolve(module: c.0, name: c.1)
    #expect(r.viaChain)
    #expect(r.module == c.2, "\(c.0).\(c.1)")
    #expect(r.name == c.3, "\(c.0).\(c.1)")
}
