import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// joblib recognises its compressed dumps by prefix and decodes them with Python's readers: every header
/// those readers accept must be decoded too (an LZMA-alone header with any 2^n dictionary, joblib's old
/// `ZF` Z-file), or the pickle inside is never seen.
@Suite("joblib legacy containers")
struct JoblibLegacyContainerTests {
    var payload: [UInt8] { PickleBuilder.call("os", "system", ["id"]) }
    var plain: [UInt8] { [0x80, 0x02, 0x5D, 0x71, 0x00, 0x28, 0x4B, 0x01, 0x4B, 0x02, 0x65, 0x2E] }

    /// An LZMA-alone stream of `data` whose header's dictionary field says `dictionary`.
    func lzma(_ data: [UInt8], dictionary: UInt32) throws -> [UInt8] {
        var z = try #require(StreamDecompressor.compress(.lzmaAlone, data))
        for i in 0..<4 { z[1 + i] = UInt8(truncatingIfNeeded: dictionary >> (8 * UInt32(i))) }
        return z
    }

    /// joblib's Z-file: `ZF`, the hex length padded to 19 bytes, then a zlib stream.
    func zfile(_ data: [UInt8], lengthField: String? = nil, extraSpace: Bool = false) -> [UInt8] {
        var field = Array((lengthField ?? "0x" + String(data.count, radix: 16)).utf8)
        while field.count < 19 { field.append(0x20) }
        return Array("ZF".utf8) + field + (extraSpace ? [0x20] : []) + zlibStored(data)
    }

    @Test func lzmaAloneWithSmallDictionaryIsDecoded() throws {
        // liblzma accepts any 2^n or 2^n+2^(n-1) dictionary size (raising it to 4 KiB): 256, 3, 0 and 1 load.
        for dict: UInt32 in [256, 3, 0, 1, 2048 + 1024, 1 << 23] {
            let f = scanModel(try lzma(payload, dictionary: dict), path: "models/model.joblib")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "dictionary \(dict): \(f.map(\.message))")
        }
        // All ones is accepted too, but asks for 4 GiB of decoder memory: above the limit, so not fully checked.
        let huge = scanModel(try lzma(payload, dictionary: .max), path: "models/model.joblib")
        #expect(huge.contains { $0.ruleID == "model-scan-incomplete" && $0.severity >= .medium }, "\(huge.map(\.message))")
        #expect(StreamDecompressor.looksLikeLZMAAlone(try lzma(payload, dictionary: .max)))
        // Python's reader refuses other sizes (liblzma's picky check): not an LZMA stream.
        #expect(!StreamDecompressor.looksLikeLZMAAlone(try lzma(payload, dictionary: 5)))
        #expect(!StreamDecompressor.looksLikeLZMAAlone(try lzma(payload, dictionary: 1000)))
        let clean = scanModel(try lzma(plain, dictionary: 256), path: "models/model.joblib")
        #expect(serious(clean).isEmpty, "\(clean.map(\.message))")
    }

    @Test func joblibZFileIsDecoded() {
        for bytes in [zfile(payload), zfile(payload, extraSpace: true), zfile(payload, lengthField: " 4_2"), zfile(payload, lengthField: "0XFF")] {
            let f = scanModel(bytes, path: "models/model.pkl")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(f.map(\.message))")
        }
        let clean = scanModel(zfile(plain), path: "models/model.pkl")
        #expect(serious(clean).isEmpty, "\(clean.map(\.message))")
    }

    @Test func zfileHeaderIsReadLikePythonInt() {
        func header(_ field: String) -> [UInt8] {
            var f = Array(field.utf8)
            while f.count < 19 { f.append(0x20) }
            return Array("ZF".utf8) + f + [0x78]
        }
        #expect(JoblibZFile.dataOffset(header("0x1f")) == 21)
        #expect(JoblibZFile.dataOffset(header("\t1F_00 ")) == 21)
        #expect(JoblibZFile.dataOffset(Array("ZF".utf8) + Array("12".utf8) + [UInt8](repeating: 0x20, count: 17) + [0x20, 0x78]) == 22)
        // Not a number Python's int(_, 16) reads: joblib raises before decompressing anything.
        #expect(JoblibZFile.dataOffset(header("zz")) == nil)
        #expect(JoblibZFile.dataOffset(header("1__2")) == nil)
        #expect(JoblibZFile.dataOffset(header("")) == nil)
        #expect(JoblibZFile.dataOffset(Array("ZFOOT".utf8)) == nil)
    }
}
