import BulwarkCore

/// `.npy` files holding Python objects (a pickle in disguise).
struct NumpyObjectArrayRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "numpy-object-array", name: "NumPy object array", family: "models",
            summary: "A .npy file (or .npz member) has an object dtype, so its data is a pickle.",
            rationale: """
            ## What it detects
            A NumPy `.npy` header whose `descr` contains an object type (`|O`, including inside a structured \
            dtype) whose pickle body imports or calls something, or cannot be fully read. The body is also \
            analysed with the pickle rules. An object array whose pickle holds only plain data (numbers, \
            strings, lists, dicts) runs nothing when loaded and is not reported.

            ## Why it matters
            `numpy.load(..., allow_pickle=True)` (often enabled to silence the error) unpickles the body and \
            runs whatever it calls. Weights never need object arrays.

            ## How to fix
            Store numeric arrays with a numeric dtype, or use safetensors; never pass `allow_pickle=True` for \
            files you did not produce.

            ## References
            - NumPy documentation, `numpy.load` `allow_pickle` (CVE-2019-6446)
            - CWE-502: Deserialization of Untrusted Data
            """,
            defaultSeverity: .medium, defaultConfidence: .high,
            remediation: "Use a numeric dtype or safetensors; do not load with allow_pickle=True.",
            lazyExamples: [
                Example(.triggers, path: "data/arr.npy", bytes: Self.npy(descr: "|O", body: PickleBuilder.call("os", "system", ["true"]))),
                Example(.clean, path: "data/arr.npy", bytes: Self.npy(descr: "<f4", body: [0, 0, 128, 63])),
                // An object array whose pickle holds only plain data (a list of ints) runs nothing when loaded.
                Example(.clean, path: "data/labels.npy", bytes: Self.npy(descr: "|O", body: [0x80, 0x02, 0x5D, 0x71, 0x00, 0x28, 0x4B, 0x01, 0x4B, 0x02, 0x65, 0x2E])),
            ])

    /// A version 1 `.npy` file with the given dtype and body.
    static func npy(descr: String, body: [UInt8]) -> [UInt8] {
        let d = descr.hasPrefix("[") ? descr : "'\(descr)'"
        var header = "{'descr': \(d), 'fortran_order': False, 'shape': (1,), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let n = header.utf8.count
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(n & 0xFF), UInt8(n >> 8)] + Array(header.utf8) + body
    }

    static let issueKind = ModelIssue.Kind.numpyObjectArray
}
