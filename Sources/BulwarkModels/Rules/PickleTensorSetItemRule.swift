import BulwarkCore
import BulwarkFormats

/// A tensor rebuilt by torch's allowlisted helpers and then written into with SETITEM.
///
/// Added as one file plus one entry in `ModelsScanner.pickleRules`: the rule reads the facts the pickle
/// machine recorded (calls, their callee, what SETITEM stored into their result) and sets its own
/// message and severity.
struct PickleTensorSetItemRule: Rule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-tensor-setitem", name: "Pickle writes into a rebuilt tensor", family: "models",
            summary: "A pickle rebuilds a tensor with torch's helpers and then stores items into it with SETITEM, the shape of exploits against torch.load(weights_only=True).",
            rationale: """
            ## What it detects
            A `torch._utils._rebuild_tensor` / `_rebuild_tensor_v2` / `_rebuild_parameter` call (the helpers \
            `torch.load(weights_only=True)` allows) whose result then receives `SETITEM` or `SETITEMS`: \
            `tensor[key] = value` during loading. `torch.save` never writes that: it stores items into dicts \
            (state dicts), not into tensors.

            ## Why it matters
            `weights_only=True` is the mitigation everyone relies on for untrusted checkpoints. Its unpickler \
            allows the tensor rebuild helpers and lets `SETITEM` call `__setitem__` on whatever object is on the \
            stack; aimed at a tensor or storage with crafted indices, that turns into out-of-bounds writes in \
            the loading process (the CVE-2026-24747 class of weights_only escapes). No real checkpoint needs it, \
            so it is an exploit attempt, not a model.

            ## How to fix
            Do not load the file, even with `weights_only=True`. Obtain the weights as safetensors from the \
            publisher, and upgrade torch to a release that rejects item assignment on tensors while unpickling.

            ## References
            - CVE-2026-24747 (torch.load weights_only bypass via SETITEM on rebuilt tensors)
            - PyTorch documentation, `torch.load` and `weights_only`
            - CWE-502: Deserialization of Untrusted Data
            """,
            defaultSeverity: .critical, defaultConfidence: .high,
            remediation: "Do not load this file, even with weights_only=True; obtain safetensors weights and upgrade torch.",
            lazyExamples: [
                Example(.triggers, path: "models/model.pkl", bytes: PickleBuilder.tensorSetItem()),
                Example(.triggers, path: "models/pytorch_model.bin",
                        bytes: ZipBuilder.torchCheckpoint(pickle: PickleBuilder.tensorSetItem(key: 7, value: 9))),
                Example(.clean, path: "models/state.pkl", bytes: PickleBuilder.torchStateDict()),
            ])

    /// Torch helpers whose result is a tensor (or parameter), never a container.
    static let tensorBuilders: Set<String> = [
        "torch._utils._rebuild_tensor", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor_v3",
        "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state", "torch._utils._rebuild_qtensor",
        "torch._utils._rebuild_sparse_tensor", "torch._utils._rebuild_nested_tensor", "torch._utils._rebuild_device_tensor_from_numpy",
        "torch._utils._rebuild_meta_tensor_no_storage", "torch._utils._rebuild_wrapper_subclass",
    ]

    /// At most this many findings per pickle (a stream may write thousands of items).
    static let perPickleCap = 3

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for p in model.pickles {
            let a = p.analysis
            var n = 0
            // Calls without a SETITEM fill (nearly all) are passed over in place, without copying the call.
            for ci in a.calls.indices where n < Self.perPickleCap && a.calls[ci].fills.contains(where: { $0.kind == .setItem }) {
                let c = a.calls[ci]
                let items = c.fills.filter { $0.kind == .setItem }
                guard !items.isEmpty, let imp = a.calleeImport(of: c), imp.computed == nil,
                      Self.tensorBuilders.contains(imp.qualifiedName) else { continue }
                n += 1
                let first = items[0]
                let write = "[\(a.render(first.key, maxLength: 40))] = \(a.render(first.value, maxLength: 40))"
                let more = items.count > 1 ? " and \(items.count - 1) more item\(items.count == 2 ? "" : "s")" : ""
                let loc = context.modelLocation(member: p.member, offset: p.baseOffset + c.offset, opcodeIndex: c.opcodeIndex)
                out.append(Finding(rule: description,
                                   message: Self.message(builder: imp.qualifiedName, call: a.renderCall(ci, maxLength: 80), write: write + more,
                                                         carrier: p.carrier, opcode: c.opcodeIndex, byte: p.baseOffset + c.offset),
                                   location: loc, severity: context.settings.severity ?? description.defaultSeverity,
                                   anchor: "tensor-setitem:" + imp.qualifiedName,
                                   properties: ["global": imp.qualifiedName, "carrier": p.carrier]))
            }
        }
        return out
    }

    static func message(builder: String, call: String, write: String, carrier: String, opcode: Int, byte: Int) -> String {
        "Loading rebuilds a tensor with `\(builder)` and then assigns into it with SETITEM (`tensor\(write)`): "
            + "torch never saves that; it is aimed at `torch.load(weights_only=True)` (CVE-2026-24747 class) [\(carrier), opcode \(opcode) at byte \(byte); \(call)]"
    }
}
