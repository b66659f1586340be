import BulwarkCore
import BulwarkFormats
import Foundation
@testable import BulwarkModels
import Testing

/// A module a pickle imports, provided by a file beside it (review R5, p6a/p6b): the pickle names only trusted
/// globals, yet loading it from its folder runs that file. Real folders on disk (the scan's own path) and
/// in-memory files (resolved in `finish`) are both checked. Nothing is imported or run.
@Suite("pickle local modules (shadowing)")
struct ShadowModuleTests {
    /// A temporary folder with `files` (relative path -> text or bytes), removed by the caller.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-shadow-" + UUID().uuidString)
        for (path, bytes) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return dir
    }

    /// Scans `path` (relative to `dir`) as the scanner does, with the scan root `dir`.
    static func scan(_ dir: URL, _ path: String) -> [Finding] {
        let url = dir.appendingPathComponent(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let file = SourceFile(relativePath: path, absolutePath: url.path, size: size, maxWholeFileBytes: 64 << 20)
        let scanner = ModelsScanner()
        let context = ScanContext(configuration: Configuration(), root: dir.path)
        guard scanner.wants(file) else { return [] }
        return scanner.scan(file, context: context) + scanner.finish(files: [file], context: context)
    }

    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    static var catboost: [UInt8] { PickleLocalModuleRule.catboostClass }

    /// `__torch__.Net.__new__(__torch__.Net)` in a plain pickle (R5 p6a).
    static var torchScriptType: [UInt8] { TorchScriptTrustTests.scriptModulePickle(module: "__torch__", name: "Net") }

    func local(_ f: [Finding]) -> [Finding] { f.filter { $0.ruleID == "pickle-local-module" } }

    @Test func trustedModuleShadowedByAFileThatRunsACommandIsCritical() throws {
        let dir = try Self.folder(["model.pkl": Self.catboost, "catboost.py": Self.text("import os\nos.system('id')\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "model.pkl"))
        #expect(f.count == 1)
        #expect(f.first?.severity == .critical)
        #expect(f.first?.message.contains("`catboost.py`") == true && f.first?.message.contains("os.system") == true)
        // The pickle alone is clean: catboost's classes are trusted when built without a constructor.
        #expect(serious(scanModel(Self.catboost, path: "model.pkl")).isEmpty)
    }

    @Test func shadowWithoutObviousExecutionIsHigh() throws {
        let dir = try Self.folder(["models/model.pkl": Self.catboost, "models/catboost.py": Self.text("VALUE = 1\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "models/model.pkl"))
        #expect(f.map(\.severity) == [.high])
        #expect(f.first?.message.contains("models/catboost.py") == true)
    }

    @Test func torchScriptNameShadowedByAPackageFolder() throws {
        // R5 p6a beside a `__torch__/` package: the plain pickle's `import __torch__` runs its `__init__.py`.
        let dir = try Self.folder(["m.pkl": Self.torchScriptType, "__torch__/__init__.py": Self.text("import subprocess\nsubprocess.run(['id'])\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "m.pkl"))
        #expect(f.map(\.severity) == [.critical])
        #expect(f.first?.message.contains("__torch__/__init__.py") == true)
    }

    @Test func torchScriptArchiveBesideATorchFolderIsNotAShadowOfItsTypes() throws {
        let archive = TorchScriptTrustTests.archive(data: TorchScriptTrustTests.scriptModulePickle())
        let dir = try Self.folder(["model.jit": archive, "__torch__.py": Self.text("import os\nos.system('id')\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(local(Self.scan(dir, "model.jit")).isEmpty)
    }

    @Test func shadowAtTheScanRootCountsForAPickleInASubfolder() throws {
        let dir = try Self.folder(["weights/deep/model.pkl": Self.catboost, "catboost.cpython-311-x86_64-linux-gnu.so": [0x7F, 0x45, 0x4C, 0x46]])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "weights/deep/model.pkl"))
        #expect(f.map(\.severity) == [.high])
        #expect(f.first?.message.contains("compiled") == true)
    }

    /// Every module file name Python imports is still found now that a folder's listing skips names by their last
    /// byte (session 11 speed work), and names that only look like modules are still not.
    @Test func everyModuleFileKindIsFoundAndLookAlikesAreNot() throws {
        for name in ["catboost.pyw", "catboost.pyc", "catboost.pyd", "catboost.so", "catboost.cpython-312-darwin.so"] {
            let dir = try Self.folder(["model.pkl": Self.catboost, name: Self.text("VALUE = 1\n")])
            defer { try? FileManager.default.removeItem(at: dir) }
            let f = local(Self.scan(dir, "model.pkl"))
            #expect(f.map(\.severity) == [.high], "\(name)")
            #expect(f.first?.message.contains("`\(name)`") == true, "\(name)")
        }
        for name in ["catboost.pyi", "catboost.py.bak", "catboost.txt", "catboost.pyz", "catboost"] {
            let dir = try Self.folder(["model.pkl": Self.catboost, name: Self.text("import os\nos.system('id')\n")])
            defer { try? FileManager.default.removeItem(at: dir) }
            #expect(local(Self.scan(dir, "model.pkl")).isEmpty, "\(name)")
        }
    }

    @Test func namespaceFolderProvidingTheSubmodule() throws {
        let dir = try Self.folder(["model.pkl": Self.catboost, "catboost/core.py": Self.text("eval(open('x').read())\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "model.pkl"))
        #expect(f.map(\.severity) == [.critical])
        #expect(f.first?.message.contains("without `__init__.py`") == true)
    }

    @Test func unrelatedPythonFilesAreNotReported() throws {
        // A Hugging Face trust_remote_code folder, a folder named like the module without the submodule, a
        // module in a deeper folder, and a name that only starts like the module.
        let dir = try Self.folder([
            "pytorch_model.bin": ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict),
            "modeling_custom.py": Self.text("import subprocess\n"), "configuration_custom.py": Self.text("x = 1\n"),
            "model.pkl": Self.catboost, "catboost_utils.py": Self.text("import os\nos.system('id')\n"),
            "catboost/README.md": Self.text("notes\n"), "tools/catboost.py": Self.text("import os\nos.system('id')\n"),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(local(Self.scan(dir, "pytorch_model.bin")).isEmpty)
        #expect(local(Self.scan(dir, "model.pkl")).isEmpty)
    }

    @Test func startUpModulesAreNotLookedUp() throws {
        // `os` is in sys.modules before any loader code runs: a local os.py is never imported by the pickle.
        let dir = try Self.folder(["model.pkl": PickleExamples.osSystem, "os.py": Self.text("import subprocess\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(local(Self.scan(dir, "model.pkl")).isEmpty)
    }

    @Test func projectsOwnPackageAtTheRootIsNotAShadow() throws {
        // A library repository (joblib's own tree): its test pickles import the package the root's manifest names.
        var p = PickleBuilder(protocol: 2)
        p.global("joblib.numpy_pickle", "NumpyArrayWrapper")
        p.op(.emptyTuple); p.op(.newObj)
        let files: [String: [UInt8]] = ["joblib/test/data/old.pkl": p.finished(), "joblib/__init__.py": Self.text("from .memory import Memory\n"),
                                        "pyproject.toml": Self.text("[project]\nname = \"joblib\"\n")]
        let dir = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(local(Self.scan(dir, "joblib/test/data/old.pkl")).isEmpty)
        // Without a manifest naming it, the same folder is reported.
        var other = files
        other["pyproject.toml"] = Self.text("[project]\nname = \"joblibx\"\n")
        let dir2 = try Self.folder(other)
        defer { try? FileManager.default.removeItem(at: dir2) }
        #expect(local(Self.scan(dir2, "joblib/test/data/old.pkl")).map(\.severity) == [.high])
    }

    @Test func inMemoryFilesAreResolvedAgainstTheWalkedFiles() {
        let scanner = ModelsScanner()
        let context = ScanContext(configuration: Configuration(), root: "/")
        let pickle = SourceFile(relativePath: "m/model.pkl", bytes: Self.catboost)
        let shadow = SourceFile(relativePath: "m/catboost.py", bytes: Self.text("__import__('os').system('id')\n"))
        _ = scanner.scan(pickle, context: context)
        let f = local(scanner.finish(files: [pickle, shadow], context: context))
        #expect(f.map(\.severity) == [.critical])
        #expect(f.first?.location.path == "m/model.pkl")
        // Taken once: a second finish does not report it again.
        #expect(local(scanner.finish(files: [pickle, shadow], context: context)).isEmpty)
    }

    /// Within one scan a folder is listed once (its `lstat` stamp checked once, not per pickle); a later scan, with
    /// its own context, checks the stamp again and sees a module file added in between.
    @Test func aFolderIsListedOncePerScanAndAgainInTheNextScan() throws {
        let dir = try Self.folder(["a.pkl": Self.catboost, "b.pkl": Self.catboost, "notes.txt": Self.text("x\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        func scan(_ path: String, _ context: ScanContext) -> [Finding] {
            let url = dir.appendingPathComponent(path)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let file = SourceFile(relativePath: path, absolutePath: url.path, size: size, maxWholeFileBytes: 64 << 20)
            let scanner = ModelsScanner()
            guard scanner.wants(file) else { return [] }
            return local(scanner.scan(file, context: context))
        }
        let first = ScanContext(configuration: Configuration(), root: dir.path)
        #expect(scan("a.pkl", first).isEmpty)
        try Data("import os\nos.system('id')\n".utf8).write(to: dir.appendingPathComponent("catboost.py"))
        // The same scan keeps the listing it took (as a walk keeps the files it found).
        #expect(scan("b.pkl", first).isEmpty)
        let second = ScanContext(configuration: Configuration(), root: dir.path)
        #expect(first.run != second.run)
        #expect(scan("a.pkl", second).map(\.severity) == [.critical])
        #expect(scan("b.pkl", second).map(\.severity) == [.critical])
    }

    /// Python 3 module names are Unicode identifiers: a pickle importing `café.Model` beside `café.py` runs that
    /// file on load (the import looks the name up byte for byte). Other spellings of the name do not provide it.
    @Test func nonASCIIModuleNameShadowedByAFileOfThatName() throws {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("café.models", "Model")
        p.op(.emptyTuple); p.op(.newObj); p.op(.stop)
        let pickle = p.finished()
        let dir = try Self.folder(["model.pkl": pickle, "café.py": Self.text("import os\nos.system('id')\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = local(Self.scan(dir, "model.pkl"))
        #expect(f.map(\.severity) == [.critical])
        #expect(f.first?.message.contains("`café.py`") == true)
        // A package folder of that name counts too.
        let pkg = try Self.folder(["model.pkl": pickle, "café/__init__.py": Self.text("VALUE = 1\n")])
        defer { try? FileManager.default.removeItem(at: pkg) }
        #expect(local(Self.scan(pkg, "model.pkl")).map(\.severity) == [.high])
        // Negative: the ASCII spelling and another case are other names. (The decomposed spelling, `cafe` + U+0301,
        // compares equal as a Swift string and is reported: macOS file systems resolve it to the same file.)
        let other = try Self.folder(["model.pkl": pickle, "cafe.py": Self.text("import os\nos.system('id')\n"),
                                     "CAFÉ.py": Self.text("import os\nos.system('id')\n")])
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(local(Self.scan(other, "model.pkl")).isEmpty)
        // Names that are not identifiers are still not looked up (a space, a leading digit, a symbol).
        #expect(!LocalModules.isIdentifier("caf é"))
        #expect(!LocalModules.isIdentifier("1café"))
        #expect(!LocalModules.isIdentifier("café€"))
        #expect(LocalModules.isIdentifier("café") && LocalModules.isIdentifier("_модуль2") && LocalModules.isIdentifier("模型"))
    }

    @Test func obviousExecutionIgnoresMethodsAndLongerNames() {
        #expect(LocalModules.obviousExecution(Self.text("model.eval()\nmy_exec(x)\nrecompile(y)\n")) == nil)
        #expect(LocalModules.obviousExecution(Self.text("x = eval(s)\n")) == "eval")
        #expect(LocalModules.obviousExecution(Self.text("exec(code)")) == "exec")
        #expect(LocalModules.mentions("name = \"joblib\"", "joblib"))
        #expect(!LocalModules.mentions("name = \"joblibx\"", "joblib"))
    }
}
