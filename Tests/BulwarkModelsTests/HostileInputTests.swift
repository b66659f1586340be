import BulwarkCore
import BulwarkFormats
import Foundation
@testable import BulwarkModels
import Testing

// Crafted inputs that used to crash, hang, exhaust memory or hide a payload: each must end quickly with
// bounded memory, report what it could not check, and still report the malicious member next to it.

private func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }

/// A raw DEFLATE stream (fixed Huffman): `prefix` literals, `copies` x 258 repeats of the last literal, `suffix`.
private func deflateRepeating(prefix: [UInt8], copies: Int, suffix: [UInt8] = []) -> [UInt8] {
    var out: [UInt8] = []
    var acc: UInt64 = 0, n = 0
    func bits(_ v: UInt64, _ count: Int) {
        acc |= v << UInt64(n); n += count
        while n >= 8 { out.append(UInt8(acc & 0xFF)); acc >>= 8; n -= 8 }
    }
    func huff(_ code: UInt64, _ len: Int) { for i in stride(from: len - 1, through: 0, by: -1) { bits((code >> UInt64(i)) & 1, 1) } }
    func literal(_ b: UInt8) { b < 144 ? huff(0x30 + UInt64(b), 8) : huff(0x190 + UInt64(b) - 144, 9) }
    bits(1, 1); bits(1, 2)
    for b in prefix { literal(b) }
    for _ in 0..<copies { huff(0xC5, 8); huff(0, 5) }
    for b in suffix { literal(b) }
    huff(0, 7)
    if n > 0 { out.append(UInt8(acc & 0xFF)) }
    return out
}

/// The start of a valid pickle that goes on for `n` bytes: PROTO 4, BYTES8 of length `n` (its zero bytes follow).
private func bytes8Header(_ n: Int) -> [UInt8] { [0x80, 0x04, 0x8E] + le(UInt64(n), 8) }

/// A deflated zip member holding a valid pickle prefix and `copies` x 258 zero bytes of its BYTES8 argument:
/// a loader reads all of it, so Bulwark must decode it (within its budgets).
private func bombMember(_ name: String, copies: Int) -> ZipBuilder.Entry {
    let header = bytes8Header(copies * 258 + 1)
    return ZipBuilder.Entry(name: name, data: deflateRepeating(prefix: header, copies: copies), method: 8,
                            uncompressedSize: header.count + copies * 258)
}

private var malicious: [UInt8] { PickleExamples.osSystem }

private func inspect(_ bytes: [UInt8], path: String = "models/model.pt", budget: DecompressionBudget? = nil,
                     configure: (ModelInspector) -> Void = { _ in }) -> (ModelFile, [Finding], ModelInspector) {
    let file = SourceFile(relativePath: path, bytes: bytes)
    let i = ModelInspector(file: file, configuration: Configuration())
    if let budget { i.budget = budget }
    configure(i)
    let model = i.inspect()
    let findings = ScanContext(configuration: Configuration(), root: "/").run(ModelsScanner.ruleList, model: model, file: file)
    return (model, findings, i)
}

private func tarHeader(_ name: String, size: String, type: UInt8 = 0x30) -> [UInt8] {
    var h = [UInt8](repeating: 0, count: 512)
    for (i, b) in name.utf8.prefix(100).enumerated() { h[i] = b }
    for (i, b) in "0000644".utf8.enumerated() { h[100 + i] = b }
    for (i, b) in size.utf8.prefix(12).enumerated() { h[124 + i] = b }
    h[156] = type
    for (i, b) in "ustar".utf8.enumerated() { h[257 + i] = b }
    return h
}

private func tarMember(_ name: String, _ data: [UInt8]) -> [UInt8] {
    let size = String(data.count, radix: 8)
    return tarHeader(name, size: String(repeating: "0", count: max(0, 11 - size.count)) + size) + data
        + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
}

private let dangerous: Set<String> = ["pickle-dangerous-call", "pickle-dangerous-global"]

@Suite("hostile model inputs")
struct HostileInputTests {
    // MARK: Crash: a stored member smaller by its declared size than its data

    @Test(arguments: [0, 3])
    func storedSizeMismatchBeforeAPayloadIsScanned(declared: Int) {
        var z = ZipBuilder()
        z.add(.init(name: "archive/a.bin", data: Array("0123456789abcdef".utf8), uncompressedSize: declared))
        z.add("archive/data.pkl", malicious)
        let f = scanModel(z.build(), path: "models/model.pt")
        #expect(!ids(f).isDisjoint(with: dangerous))
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("declares \(declared) bytes") })
    }

    @Test func sniffingTinyDeclaredSizesDoesNotTrap() {
        for size in [0, 3, 7, 9] {
            _ = ModelSniffer.sniff(head: Array("0123456789abcdef".utf8), lastByte: 0x66, size: size, fileName: "a.bin")
        }
    }

    // MARK: Hang: overlapping members

    @Test func overlappingMembersAreDecodedOnceAndReported() {
        // 300 central records on one 8 MB bomb stream (names ending .pkl force extraction), then a payload.
        let stream = deflateRepeating(prefix: [0x80, 0x02, 0x00], copies: 32_000)
        var out: [UInt8] = []
        var cd: [UInt8] = []
        func local(_ name: String, _ data: [UInt8], method: UInt16, usize: Int) -> Int {
            let off = out.count
            let n = Array(name.utf8)
            out += le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(UInt64(method), 2) + le(0, 4) + le(UInt64(CRC32.checksum(method == 0 ? data : [])), 4)
            out += le(UInt64(data.count), 4) + le(UInt64(usize), 4) + le(UInt64(n.count), 2) + le(0, 2) + n + data
            return off
        }
        func central(_ name: String, _ size: Int, method: UInt16, usize: Int, crc: UInt32, at off: Int) {
            let n = Array(name.utf8)
            cd += le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(UInt64(method), 2) + le(0, 4) + le(UInt64(crc), 4)
            cd += le(UInt64(size), 4) + le(UInt64(usize), 4) + le(UInt64(n.count), 2) + le(0, 6) + le(0, 2) + le(0, 4) + le(UInt64(off), 4) + n
        }
        let bombAt = local("m0.pkl", stream, method: 8, usize: 3 + 32_000 * 258)
        let evilAt = local("archive/data.pkl", malicious, method: 0, usize: malicious.count)
        for i in 0..<300 { central("m\(i).pkl", stream.count, method: 8, usize: 3 + 32_000 * 258, crc: 0, at: bombAt) }
        central("archive/data.pkl", malicious.count, method: 0, usize: malicious.count, crc: CRC32.checksum(malicious), at: evilAt)
        let cdOffset = out.count
        out += cd + le(0x0605_4B50, 4) + le(0, 4) + le(301, 2) + le(301, 2) + le(UInt64(cd.count), 4) + le(UInt64(cdOffset), 4) + le(0, 2)

        let start = Date()
        let (_, f, inspector) = inspect(out)
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(inspector.decompressedTotal <= 3 + 32_000 * 258)  // one decode, not 300
        #expect(!ids(f).isDisjoint(with: dangerous))
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("overlap") })
        #expect(f.filter { $0.ruleID == "archive-zip-tampering" }.count < 30)
    }

    // MARK: Memory: one budget for all workers, and one per file

    @Test func bombStopsAtTheSharedBudgetAndThePayloadIsStillFound() {
        let budget = DecompressionBudget(limit: 2 << 20)
        var z = ZipBuilder()
        z.add(bombMember("archive/data.pkl", copies: 40_000))  // 10 MB
        z.add("archive/evil.pkl", malicious)
        let (_, f, _) = inspect(z.build(), budget: budget)
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.severity >= .medium })
        #expect(!ids(f).isDisjoint(with: dangerous))
        #expect(budget.inUse == 0)  // every lease was given back
    }

    @Test func theBudgetIsSharedNotPerWorker() {
        // Another worker holds most of the budget: this file's 4 MB member no longer fits.
        let budget = DecompressionBudget(limit: 8 << 20)
        let other = budget.lease()
        #expect(other.grow(toTotal: 6 << 20))
        var z = ZipBuilder()
        z.add(bombMember("archive/data.pkl", copies: 16_000))
        let (_, f, _) = inspect(z.build(), budget: budget)
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("shared decompression budget") })
        other.release()
        let (_, again, _) = inspect(z.build(), budget: budget)
        #expect(!again.contains { $0.ruleID == "model-scan-incomplete" })
    }

    @Test func parallelBombsNeverExceedTheBudget() async {
        let budget = DecompressionBudget(limit: 6 << 20)
        var z = ZipBuilder()
        z.add(bombMember("archive/data.pkl", copies: 16_000))
        let bomb = z.build()
        let peak = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    _ = inspect(bomb, budget: budget)
                    return budget.inUse
                }
            }
            var m = 0
            for await v in group { m = max(m, v) }
            return m
        }
        #expect(peak <= 6 << 20)
        #expect(budget.inUse == 0)
    }

    @Test func perFileDecompressionTotalIsBounded() {
        var z = ZipBuilder()
        for i in 0..<6 { z.add(bombMember("archive/part\(i).pkl", copies: 8_000)) }  // 6 x 2 MB, distinct streams
        z.add("archive/evil.pkl", malicious)
        let (_, f, inspector) = inspect(z.build()) { $0.limits.maxDecompressedPerFile = 5 << 20 }
        #expect(inspector.decompressedTotal <= 5 << 20)
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("in total") })
        #expect(!ids(f).isDisjoint(with: dangerous))
    }

    @Test func nestedZipBombsStayBoundedAndThePayloadIsFound() {
        var inner = ZipBuilder()
        inner.add(bombMember("data.pkl", copies: 20_000))
        var bytes = inner.build()
        for level in 0..<4 {
            var z = ZipBuilder()
            for k in 0..<3 { z.add("l\(level)_\(k).zip", bytes) }
            if level == 3 { z.add("evil.pkl", malicious) }
            bytes = z.build()
        }
        let budget = DecompressionBudget(limit: 4 << 20)
        let (_, f, inspector) = inspect(bytes, path: "models/nested.zip", budget: budget)
        #expect(!ids(f).isDisjoint(with: dangerous))
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" })
        #expect(inspector.decompressedTotal <= inspector.limits.maxDecompressedPerFile)
        #expect(budget.inUse == 0)
    }

    @Test func gzipMultiMemberBombIsIncompleteNotClean() {
        func gz(_ d: [UInt8]) -> [UInt8] { [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + d + le(0, 4) + le(0, 4) }
        let first = gz(deflateRepeating(prefix: bytes8Header(16 * 8_000 * 258), copies: 8_000))
        let multi = first + (1..<16).flatMap { _ in gz(deflateRepeating(prefix: [0], copies: 8_000)) }  // 33 MB from 16 members
        let budget = DecompressionBudget(limit: 4 << 20)
        let (_, f, _) = inspect(multi, path: "models/model.pkl.gz", budget: budget)
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.severity >= .medium })
        #expect(budget.inUse == 0)
    }

    @Test func aDeadPickleInFrontOfFillerIsNotDecodedFurther() {
        // `\x80\x02` then zeros: pickle.load stops at the first zero byte, so the 40 MB behind it cannot run.
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: deflateRepeating(prefix: [0x80, 0x02, 0x00], copies: 160_000), method: 8,
                    uncompressedSize: 3 + 160_000 * 258))
        z.add("archive/evil.pkl", malicious)
        let budget = DecompressionBudget(limit: 1 << 20)
        let (_, f, inspector) = inspect(z.build(), budget: budget)
        #expect(inspector.decompressedTotal <= 64 << 10)
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" && $0.location.archiveMember == "archive/data.pkl" })
        #expect(!f.contains { $0.ruleID == "model-scan-incomplete" })
        #expect(!ids(f).isDisjoint(with: dangerous))
        // The same stream as a gzip file: its head is no format a loader takes, nothing else is decoded.
        let gz: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflateRepeating(prefix: [0x80, 0x02, 0x00], copies: 160_000) + le(0, 8)
        let (_, g, gi) = inspect(gz, path: "models/m.pkl.gz", budget: budget)
        #expect(gi.decompressedTotal == 0)
        #expect(!g.contains { $0.ruleID == "model-scan-incomplete" })
    }

    // MARK: Hang: tar sizes

    @Test func tarNegativeSizeEndsAndTheTraversalIsReported() {
        let evil = tarMember("../../evil.pkl", malicious)
        for type in [UInt8(0x4C), 0x78] {
            let tar = evil + tarHeader("././@LongLink", size: "-0000002000", type: type) + [UInt8](repeating: 0, count: 2048)
            let f = scanModel(tar, path: "models/model.tar")
            #expect(f.contains { $0.ruleID == "archive-path-traversal" })
            #expect(!ids(f).isDisjoint(with: dangerous))
            #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.severity >= .medium && $0.message.contains("malformed") })
        }
    }

    @Test func tarWithABadTrailingHeaderStillReportsEarlierMembers() {
        let tar = tarMember("../../evil.pkl", malicious) + tarHeader("junk", size: "zzzzzzzzzzz") + [UInt8](repeating: 0, count: 1024)
        let f = scanModel(tar, path: "models/model.tar")
        #expect(f.contains { $0.ruleID == "archive-path-traversal" && $0.message.contains("evil.pkl") })
        #expect(!ids(f).isDisjoint(with: dangerous))
    }

    // MARK: Hang: FIFOs

    @Test func aFIFOIsNeverOpenedForReading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("model.pt").path
        #expect(mkfifo(path, 0o644) == 0)
        let file = SourceFile(relativePath: "model.pt", absolutePath: path, size: 1 << 20, maxWholeFileBytes: 64 << 20)
        #expect(throws: SourceFile.FileReadError.self) { try file.read(offset: 0, length: 512) }
        #expect(file.bytes == nil)
        #expect(file.readError?.contains("not a regular file") == true)
        // The models family sees an empty head and moves on instead of blocking.
        _ = ModelInspector(file: file, configuration: Configuration()).inspect()
    }

    // MARK: Silent bypasses: the same findings as the control

    @Test func chatTemplatePayloadAfterTheFirstMiB() {
        let pad = String(repeating: "{{ messages[0]['content'] }} ", count: (2 << 20) / 29)
        let payload = "{{ self.__init__.__globals__ }}"
        let json = #"{"bos_token": "<s>", "chat_template": ""# + pad + payload + #""}"#
        let control = scanModel(Array((#"{"chat_template": ""# + payload + #""}"#).utf8), path: "m/tokenizer_config.json")
        let padded = scanModel(Array(json.utf8), path: "m/tokenizer_config.json")
        #expect(ids(control).contains("gguf-chat-template-injection"))
        #expect(ids(padded) == ids(control))
        let gguf = scanModel(FormatBuilders.gguf(strings: [("tokenizer.chat_template", pad + payload)]), path: "m.gguf")
        let ggufControl = scanModel(FormatBuilders.gguf(strings: [("tokenizer.chat_template", payload)]), path: "m.gguf")
        #expect(!ggufControl.isEmpty)
        #expect(ids(gguf) == ids(ggufControl))
    }

    @Test func npyObjectArrayWithAHeaderOverOneMiB() {
        func npy(headerPad: Int) -> [UInt8] {
            let dict = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
            let text = dict + String(repeating: " ", count: headerPad) + "\n"
            return [0x93] + Array("NUMPY".utf8) + [2, 0] + le(UInt64(text.utf8.count), 4) + Array(text.utf8) + malicious
        }
        let control = scanModel(npy(headerPad: 10), path: "m/a.npy")
        let padded = scanModel(npy(headerPad: 2 << 20), path: "m/a.npy")
        #expect(ids(control).contains("numpy-object-array"))
        #expect(ids(padded) == ids(control))
    }

    @Test func kerasConfigInflatingPast64MiB() {
        let head = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": [{"module": "keras.layers", "class_name": "Lambda", "config": {"name": "lambda", "function": "4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMMAAAAdABkAYMBAQB8AFMAKQJO"}}]}, "pad": ""#
        let copies = (70 << 20) / 258
        let deflated = deflateRepeating(prefix: Array(head.utf8) + [0x20], copies: copies, suffix: Array(#""}"#.utf8))
        var z = ZipBuilder()
        z.add("metadata.json", Array(#"{"keras_version": "3.3.3"}"#.utf8))
        z.add(.init(name: "config.json", data: deflated, method: 8, uncompressedSize: head.utf8.count + 1 + copies * 258 + 2))
        z.add("model.weights.h5", [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A])
        let padded = scanModel(z.build(), path: "m/model.keras")
        let control = scanModel(FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig), path: "m/model.keras")
        #expect(ids(control).contains("keras-lambda-layer"))
        #expect(ids(padded).contains("keras-lambda-layer"))
    }

    @Test func kerasConfigNested201Deep() {
        let lambda = #"{"module": "keras.layers", "class_name": "Lambda", "config": {"name": "lambda", "function": "4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMMAAAAdABkAYMBAQB8AFMAKQJO"}}"#
        let deep = String(repeating: #"{"x": "#, count: 250) + "1" + String(repeating: "}", count: 250)
        let config = #"{"module": "keras", "class_name": "Sequential", "config": {"name": "seq", "layers": ["# + lambda + "], \"extra\": " + deep + "}}"
        let nested = scanModel(FormatBuilders.keras(config: config), path: "m/model.keras")
        let control = scanModel(FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig), path: "m/model.keras")
        let severity = { (f: [Finding]) in f.first { $0.ruleID == "keras-lambda-layer" }?.severity }
        #expect(severity(nested) != nil)
        #expect(severity(nested) == severity(control))
        #expect(!nested.contains { $0.message.contains("not valid JSON") })
    }

    @Test func hdf5LambdaConfigPast64MiB() {
        let padded: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 70 << 20)
            + Array(FormatBuilders.kerasLambdaConfig.utf8) + [0, 0, 0, 0]
        let f = scanModel(padded, path: "m/model.h5")
        let control = scanModel(FormatBuilders.h5(modelConfig: FormatBuilders.kerasLambdaConfig), path: "m/model.h5")
        #expect(ids(control).contains("keras-lambda-layer"))
        #expect(ids(f) == ids(control))
    }
}
