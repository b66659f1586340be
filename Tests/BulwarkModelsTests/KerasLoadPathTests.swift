import BulwarkCore
import BulwarkFormats
import Foundation
import Testing
@testable import BulwarkModels

/// Keras files a loader accepts in shapes the sniffer used to miss (R6 K5, K6, K7).
struct KerasLoadPathTests {
    /// K6: HDF5 lets a user block precede the superblock (signature at 512, 1024, 2048...); h5py finds it there.
    @Test func hdf5AfterUserBlockIsInspected() {
        let h5 = FormatBuilders.h5(modelConfig: FormatBuilders.kerasLambdaConfig)
        for block in [512, 2048] {
            let shifted = [UInt8](repeating: 0, count: block) + h5
            #expect(scanModel(shifted, path: "m/model.h5").contains { $0.ruleID == "keras-lambda-layer" && $0.severity >= .high })
        }
        // Not at a power of two: HDF5 does not look there.
        let odd = [UInt8](repeating: 0, count: 700) + h5
        #expect(scanModel(odd, path: "m/model.h5").isEmpty)
        // A benign model behind a user block stays clean; a file not named as HDF5 is not searched.
        let dense = [UInt8](repeating: 0, count: 512) + FormatBuilders.h5(modelConfig: FormatBuilders.kerasDenseConfig)
        #expect(scanModel(dense, path: "m/model.h5").isEmpty)
        #expect(scanModel([UInt8](repeating: 0, count: 512) + h5, path: "m/notes.txt").isEmpty)
    }

    /// K7: Keras reads config.json whatever other members the zip has (`[Content_Types].xml` included).
    @Test func contentTypesMemberDoesNotHideKerasConfig() {
        func zip(_ config: String) -> [UInt8] {
            var z = ZipBuilder()
            z.add("[Content_Types].xml", Array(#"<?xml version="1.0"?><Types/>"#.utf8))
            z.add("metadata.json", Array(#"{"keras_version": "3.3.3"}"#.utf8))
            z.add("config.json", Array(config.utf8))
            z.add("model.weights.h5", [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A])
            return z.build()
        }
        #expect(scanModel(zip(FormatBuilders.kerasLambdaConfig), path: "m/model.keras").contains { $0.ruleID == "keras-lambda-layer" && $0.severity >= .high })
        #expect(serious(scanModel(zip(FormatBuilders.kerasDenseConfig), path: "m/model.keras")).isEmpty)
        // A real Office document (no config.json) is still no model.
        var doc = ZipBuilder()
        doc.add("[Content_Types].xml", Array(#"<?xml version="1.0"?><Types/>"#.utf8))
        doc.add("word/document.xml", Array("<w:document/>".utf8))
        #expect(serious(scanModel(doc.build(), path: "m/report.docx")).isEmpty)
    }

    /// K5: an extracted `.keras` folder (config.json beside model.weights.h5) loads like the zip.
    @Test func extractedKerasFolderConfigIsInspected() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-kerasdir-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: root) }
        func scan(_ folder: String, config: String, weights: Bool) throws -> [Finding] {
            let dir = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            if weights {
                #expect(FileManager.default.createFile(atPath: dir.appendingPathComponent("model.weights.h5").path,
                                                       contents: Data([0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A])))
            }
            let path = dir.appendingPathComponent("config.json").path
            let bytes = Array(config.utf8)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            let file = SourceFile(relativePath: folder + "/config.json", absolutePath: path, size: bytes.count, maxWholeFileBytes: 1 << 20)
            let scanner = ModelsScanner()
            guard scanner.wants(file) else { return [] }
            return scanner.scan(file, context: ScanContext(configuration: Configuration(), root: root.path))
        }
        #expect(try scan("lambda", config: FormatBuilders.kerasLambdaConfig, weights: true).contains { $0.ruleID == "keras-lambda-layer" && $0.severity >= .high })
        #expect(try scan("foreign", config: FormatBuilders.kerasForeignModuleConfig, weights: true).contains { $0.ruleID == "keras-unsafe-module" })
        // Without model.weights.h5 beside it, a config.json is not a Keras folder.
        #expect(try scan("noweights", config: FormatBuilders.kerasLambdaConfig, weights: false).isEmpty)
        // Benign Keras config, and a Hugging Face config beside model.weights.h5: nothing.
        #expect(try scan("dense", config: FormatBuilders.kerasDenseConfig, weights: true).isEmpty)
        let hf = #"{"architectures": ["BertModel"], "model_type": "bert", "class_name": "Lambda", "config": {"function": "x"}, "hidden_size": 768}"#
        #expect(try scan("hf", config: hf, weights: true).isEmpty)
    }
}
