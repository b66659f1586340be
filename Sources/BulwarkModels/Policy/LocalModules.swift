import BulwarkCore
import Foundation
import Synchronization

/// Python modules that a pickle imports and that a file beside it provides (review R5, p6a/p6b).
///
/// `pickle.load` imports every module a GLOBAL names; Python looks in `sys.path[0]` (the loading script's folder,
/// or the working directory for `python -c` and notebooks) before site-packages. A `catboost.py`, `__torch__.py`,
/// `UserDict.py` or `torch/__init__.py` shipped in the model folder therefore runs when a loader started there
/// reads the pickle, even though the pickle itself names only trusted globals. Only names the pickle imports are
/// looked up, in two folders (the pickle's own and the scan root), with one listing per folder.
enum LocalModules {
    /// What provides a module in one folder.
    struct Provider: Sendable, Equatable {
        enum Kind: Sendable { case source, compiled, package, namespacePortion }
        /// Top-level module name the pickle imports.
        var module: String
        /// A global of that module the pickle imports (for the message).
        var example: String
        var kind: Kind
        /// Path of the file that would run, relative to the scan root when inside it.
        var shown: String
        /// What obvious code execution the file holds (`os.system`), nil when none was seen or it is compiled.
        var runs: String?
    }

    /// Modules that `sys.path` cannot shadow: built into the interpreter, frozen, or imported during start-up
    /// before any loader code runs (so `import os` finds `sys.modules["os"]`, never a local `os.py`), plus
    /// `__main__`, which pickle resolves in the loading script.
    static let unshadowable: Set<String> = [
        "__main__", "builtins", "sys", "_codecs", "_io", "marshal", "posix", "nt", "_thread", "_weakref", "_imp",
        "_warnings", "_signal", "_abc", "_stat", "time", "zipimport", "codecs", "io", "abc", "os", "stat",
        "posixpath", "ntpath", "genericpath", "_collections_abc", "site", "_sitebuiltins", "encodings",
    ]

    /// Top-level module names a model's pickles import, each with the submodule names used under it (for
    /// namespace packages) and one example global. TorchScript archives' `__torch__` types import nothing.
    static func imported(_ model: ModelFile) -> [String: (example: String, subs: Set<String>)] {
        var out: [String: (example: String, subs: Set<String>)] = [:]
        for p in model.pickles {
            let torchScript = p.carrier == ModelInspector.torchScriptCarrier
            // A state dict imports the same few globals once per tensor: each distinct name is looked at once.
            var seen = [Bool](repeating: false, count: p.analysis.distinctNames)
            // Read in place: the import is copied (two names, its calls) only for a name not seen yet.
            for gi in p.analysis.imports.indices where p.analysis.imports[gi].computed == nil {
                let nameID = p.analysis.imports[gi].nameID
                if nameID >= 0, nameID < seen.count {
                    if seen[nameID] { continue }
                    seen[nameID] = true
                }
                let imp = p.analysis.imports[gi]
                let parts = imp.module.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
                guard let first = parts.first, !first.isEmpty else { continue }
                let top = String(first)
                if unshadowable.contains(top) || (torchScript && top == "__torch__") { continue }
                guard isIdentifier(top) else { continue }
                var entry = out[top] ?? (example: imp.module + "." + imp.name, subs: [])
                if parts.count > 1, entry.subs.count < 8, isIdentifier(String(parts[1])) { entry.subs.insert(String(parts[1])) }
                out[top] = entry
                if out.count >= 256 { return out }
            }
        }
        return out
    }

    /// Whether `s` is a Python 3 identifier (PEP 3131: a letter or `_`, then letters, digits or `_`, in Unicode's
    /// XID classes), so that `café` is looked up as `café.py` like `catboost` as `catboost.py`.
    static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.utf8.first, !(f >= 0x30 && f <= 0x39) else { return false }
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }
        }
        var scalars = s.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
        while let u = scalars.next() {
            guard u.properties.isXIDContinue else { return false }
        }
        return true
    }

    // MARK: - Folders

    /// One folder's entries: module files by module name, and subfolder names.
    struct Listing: Sendable {
        /// Module name -> file name, for `.py`, `.pyc`, `.pyw` and extension modules (`name.so`, `name.cpython-311-x86_64-linux-gnu.so`, `.pyd`).
        var modules: [String: String] = [:]
        var folders: Set<String> = []

        init(names: [(String, Bool)]) {
            for (name, isFolder) in names {
                if isFolder { folders.insert(name); continue }
                // Only `.py`, `.pyw`, `.pyc`, `.so` and `.pyd` names are modules: one byte rules out the rest
                // (a model folder lists hundreds of weights and configs).
                guard let last = name.utf8.last, last == 0x79 || last == 0x77 || last == 0x63 || last == 0x6F || last == 0x64
                else { continue }
                guard let dot = name.firstIndex(of: ".") else { continue }
                let ext = name[name.index(after: name.lastIndex(of: ".")!)...]
                let module = String(name[..<dot])
                switch ext {
                case "py", "pyw":
                    if name.lastIndex(of: ".") == dot { modules[module] = name } // source wins over compiled
                case "pyc":
                    if name.lastIndex(of: ".") == dot, modules[module] == nil { modules[module] = name }
                case "so", "pyd":
                    modules[module] = name // extension modules come first in Python's search
                default:
                    break
                }
            }
        }
    }

    /// Where the folders come from: the file system (a scan of real files) or the walked files (in-memory scans).
    protocol Tree {
        func listing(_ folder: String) -> Listing?
        func isFile(_ path: String) -> Bool
        func read(_ path: String, max: Int) -> [UInt8]?
    }

    /// Providers of the imported names in `folders` (each listed once), first folder first, one per module.
    /// `projectRoot` is the scan root: there, a package folder that the root's packaging manifest names is the
    /// project's own source (a library repository whose test pickles import the library), not a shadow.
    static func providers(for names: [String: (example: String, subs: Set<String>)], folders: [String], tree: some Tree,
                          show: (String) -> String, skip: String?, projectRoot: String? = nil) -> [Provider] {
        var out: [Provider] = []
        var done = Set<String>()
        var manifests: [String]?
        for folder in folders {
            guard let l = tree.listing(folder) else { continue }
            let base = folder.isEmpty ? "" : folder + "/"
            for (module, info) in names.sorted(by: { $0.key < $1.key }) where !done.contains(module) {
                var found: (Provider.Kind, String, [String])?
                if l.folders.contains(module) {
                    let pkg = base + module
                    var inner: [String] = []
                    for sub in info.subs.sorted() {
                        let file: String = pkg + "/" + sub + ".py"
                        let initFile: String = pkg + "/" + sub + "/__init__.py"
                        inner.append(file)
                        inner.append(initFile)
                    }
                    let initSource: String = pkg + "/__init__.py"
                    let initCompiled: String = pkg + "/__init__.pyc"
                    if let i = [initSource, initCompiled].first(where: { tree.isFile($0) }) {
                        let present: [String] = inner.filter { tree.isFile($0) }
                        found = (.package, i, [i] + Array(present.prefix(2)))
                    } else if let i = inner.first(where: { tree.isFile($0) }) {
                        found = (.namespacePortion, i, [i])
                    }
                }
                if found == nil, let file = l.modules[module] {
                    let path = base + file
                    found = (file.hasSuffix(".py") || file.hasSuffix(".pyw") ? .source : .compiled, path, [path])
                }
                guard let (kind, path, sources) = found, path != skip else { continue }
                if folder == projectRoot, kind == .package || kind == .namespacePortion {
                    if manifests == nil {
                        manifests = ["pyproject.toml", "setup.py", "setup.cfg"].compactMap { name in
                            tree.read(base + name, max: 256 << 10).map { String(decoding: $0, as: UTF8.self) }
                        }
                    }
                    if manifests?.contains(where: { mentions($0, module) }) == true { continue }
                }
                done.insert(module)
                var runs: String?
                for s in sources where s.hasSuffix(".py") || s.hasSuffix(".pyw") {
                    if let b = tree.read(s, max: maxSourceBytes), let hit = obviousExecution(b) {
                        runs = hit
                        break
                    }
                }
                out.append(Provider(module: module, example: info.example, kind: kind, shown: show(path), runs: runs))
            }
        }
        return out
    }

    static let maxSourceBytes = 1 << 20

    /// Whether `text` holds `word` as a whole name (`"joblib"`, `packages=["joblib"]`), not inside another one.
    static func mentions(_ text: String, _ word: String) -> Bool {
        var rest = text[...]
        while let r = rest.range(of: word) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let isName: (Character?) -> Bool = { c in c.map { $0 == "_" || $0.isLetter || $0.isNumber } ?? false }
            if !isName(before), !isName(after) { return true }
            rest = text[r.upperBound...]
        }
        return false
    }

    /// The first call in Python source that plainly runs a command or code (`os.system`, `subprocess`, `exec(`,
    /// `eval(`...), nil when none is seen. A plain text search: it only decides between high and critical.
    static func obviousExecution(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        for needle in ["os.system(", "os.popen(", "os.exec", "os.spawn", "os.posix_spawn", "subprocess", "pty.spawn",
                       "__import__(", "marshal.loads(", "ctypes.CDLL(", "ctypes.cdll", "runpy."] where text.contains(needle) {
            return needle.hasSuffix("(") ? String(needle.dropLast()) : needle
        }
        // `exec(`/`eval(`/`compile(` as builtins, not as methods (`model.eval()`) or parts of names (`my_eval(`).
        for word in ["exec", "eval", "compile"] {
            var rest = text[...]
            while let r = rest.range(of: word + "(") {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                if let c = before, c == "." || c == "_" || c.isLetter || c.isNumber {
                    rest = text[r.upperBound...]
                    continue
                }
                return word
            }
        }
        return nil
    }

    // MARK: - File system

    /// Folder listings shared by every worker of a run; an entry is reused only while the folder's change time
    /// and inode are unchanged, so a later scan of a changed folder lists it again. Within one scan (`run`, the
    /// scan context's number) an entry is reused without that check: the stamp cost an `lstat` of the folder
    /// per pickle file (2.3% of the CPU of a scan of the benchmark's 640-file folder, all in one folder).
    static let listings = Mutex<[String: (stamp: [Int], run: Int?, listing: Listing?)]>([:])
    static let maxCachedFolders = 4_096
    /// Entries read from one folder: a folder with more is judged on its first ones (bounded memory and time).
    static let maxFolderEntries = 200_000

    struct FileSystemTree: Tree {
        /// The scan the listings are taken for (`ScanContext.run`); nil checks every cached listing's stamp.
        var run: Int? = nil

        func listing(_ folder: String) -> Listing? {
            if let run, let hit = LocalModules.listings.withLock({ $0[folder] }), hit.run == run { return hit.listing }
            var st = stat()
            guard lstat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
            let stamp = [Int(st.st_ino), Int(st.st_ctim.tv_sec), Int(st.st_ctim.tv_nsec), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec)]
            let reused: Listing?? = LocalModules.listings.withLock { cache in
                guard let hit = cache[folder], hit.stamp == stamp else { return nil }
                if run != nil { cache[folder]?.run = run }
                return .some(hit.listing)
            }
            if let reused { return reused }
            var names: [(String, Bool)] = []
            if let d = opendir(folder) {
                defer { closedir(d) }
                while names.count < LocalModules.maxFolderEntries, let e = readdir(d) {
                    let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                    }
                    if name == "." || name == ".." { continue }
                    var isFolder = e.pointee.d_type == UInt8(DT_DIR)
                    if e.pointee.d_type == UInt8(DT_UNKNOWN) || e.pointee.d_type == UInt8(DT_LNK) {
                        var s = stat()
                        isFolder = stat(folder + "/" + name, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
                    }
                    names.append((name, isFolder))
                }
            }
            let l = Listing(names: names)
            LocalModules.listings.withLock { cache in
                if cache.count >= LocalModules.maxCachedFolders { cache.removeAll() }
                cache[folder] = (stamp, run, l)
            }
            return l
        }

        func isFile(_ path: String) -> Bool {
            var st = stat()
            return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
        }

        func read(_ path: String, max: Int) -> [UInt8]? {
            guard let h = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? h.close() }
            return (try? h.read(upToCount: max)).map { [UInt8]($0) }
        }
    }

    /// The file system with the listings of a few folders taken once (each listing costs an `lstat` for its
    /// cache stamp): what `providers` reads for one pickle file.
    struct ListedTree: Tree {
        let base: FileSystemTree
        let listed: [(folder: String, listing: Listing?)]

        /// `run`: the scan's `ScanContext.run`, within which a folder is listed (and its stamp checked) once.
        init(folders: [String], run: Int? = nil) {
            let base = FileSystemTree(run: run)
            self.base = base
            listed = folders.map { ($0, base.listing($0)) }
        }

        /// Whether some listed folder holds a module file or a subfolder (a package or namespace portion).
        var mayProvide: Bool { listed.contains { $0.listing.map { !$0.modules.isEmpty || !$0.folders.isEmpty } ?? false } }

        func listing(_ folder: String) -> Listing? {
            if let hit = listed.first(where: { $0.folder == folder }) { return hit.listing }
            return base.listing(folder)
        }
        func isFile(_ path: String) -> Bool { base.isFile(path) }
        func read(_ path: String, max: Int) -> [UInt8]? { base.read(path, max: max) }
    }

    /// The walked files of a scan as a tree (for in-memory scans: rule examples, `Scanner.scan(file:)`).
    struct WalkedTree: Tree {
        let files: [String: SourceFile]
        let folders: [String: Listing]

        init(_ files: [SourceFile]) {
            var byPath: [String: SourceFile] = [:]
            var entries: [String: [String: Bool]] = [:]
            for f in files {
                byPath[f.relativePath] = f
                var parts = f.relativePath.split(separator: "/").map(String.init)
                var isFolder = false
                while let last = parts.popLast() {
                    entries[parts.joined(separator: "/"), default: [:]][last] = isFolder
                    isFolder = true
                }
            }
            self.files = byPath
            self.folders = entries.mapValues { Listing(names: $0.map { ($0.key, $0.value) }) }
        }

        func listing(_ folder: String) -> Listing? { folders[folder] }
        func isFile(_ path: String) -> Bool { files[path] != nil }
        func read(_ path: String, max: Int) -> [UInt8]? { files[path]?.bytes.map { Array($0.prefix(max)) } }
    }

    // MARK: - In-memory scans

    /// Imported names of in-memory files (no path on disk), resolved against the walked files in `finish`. Only
    /// rule examples and the single-file API scan such files; the table keeps the last few.
    static let pending = Mutex<[(SourceFile, [String: (example: String, subs: Set<String>)])]>([])

    static func remember(_ file: SourceFile, _ names: [String: (example: String, subs: Set<String>)]) {
        pending.withLock { list in
            if list.count >= 256 { list.removeFirst(list.count - 255) }
            list.append((file, names))
        }
    }

    static func take(_ file: SourceFile) -> [String: (example: String, subs: Set<String>)]? {
        pending.withLock { list in
            guard let i = list.lastIndex(where: { $0.0 === file }) else { return nil }
            return list.remove(at: i).1
        }
    }
}
