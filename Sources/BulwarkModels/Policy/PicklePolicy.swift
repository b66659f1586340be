import Foundation

import BulwarkFormats

/// The allowlist of globals that real checkpoints import, and the denylist that only names threats.
///
/// The policy is an allowlist: anything not listed is judged by how it is used (called: critical;
/// only referenced: high; an unknown class built without running code: medium). The denylist never
/// makes something safe; it only lets a message say what the global does.
public struct PicklePolicy: Sendable {
    /// Bumped whenever the curated lists change, so a report can say which list judged it.
    public static let version = "2026.12-1"

    /// Exact `module.qualname` entries allowed whether called or referenced.
    let allowed: Set<String>
    /// Prefixes (`mypkg.`) under which every name is allowed, from `.bulwark.yml` entries ending in `.*`.
    let allowedPrefixes: [String]

    /// Answers kept for the run; only the shared standard policy has one (see `standard`).
    let memo: PolicyMemo?

    /// The policy without `.bulwark.yml` allowlist entries, shared by every file of a run so that each
    /// global is judged once per run, not once per file.
    static let standard = PicklePolicy(extra: [], memo: PolicyMemo())

    public init(extra: [String] = []) {
        self.init(extra: extra, memo: nil)
    }

    init(extra: [String], memo: PolicyMemo?) {
        self.memo = memo
        var exact = Self.curated
        var prefixes: [String] = []
        for e in extra.map({ $0.trimmingCharacters(in: .whitespaces) }) where !e.isEmpty {
            let e = e.replacingOccurrences(of: ":", with: ".")
            if e.hasSuffix(".*") { prefixes.append(String(e.dropLast(1))) } else { exact.insert(e) }
        }
        allowed = exact
        allowedPrefixes = prefixes
    }

    /// How a global is used by the stream.
    public enum Usage: Int, Sendable, Comparable {
        case referenced = 0
        /// Built with `cls.__new__` (NEWOBJ, copyreg reconstructors): no `__init__` runs.
        case instantiated = 1
        case called = 2
        public static func < (a: Usage, b: Usage) -> Bool { a.rawValue < b.rawValue }
    }

    /// What a global resolves to after dotted names and module aliases.
    public struct Resolved: Sendable {
        public var module: String
        public var name: String
        /// A dotted chain walked through another module (`tempfile._os.system` reaches `os.system`).
        public var viaChain: Bool
        public var full: String { module + "." + name }
    }

    /// Resolves module aliases (`posix` -> `os`) and attribute chains through modules.
    public static func resolve(module: String, name: String) -> Resolved {
        // Most names are plain (`OrderedDict`, `_rebuild_tensor_v2`): no chain to walk.
        guard name.utf8.contains(0x2E) else {
            return Resolved(module: Self.moduleAliases[module] ?? module, name: name, viaChain: false)
        }
        var m = Self.moduleAliases[module] ?? module
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // Walk the chain: a component naming a dangerous module re-roots the name there.
        var i = 0
        while i < parts.count - 1 {
            var comp = parts[i]
            while comp.hasPrefix("_"), comp != "__builtins__" { comp.removeFirst() }
            let candidate = Self.moduleAliases[comp] ?? Self.moduleAliases[parts[i]] ?? comp
            if Self.rootModules.contains(candidate) {
                m = candidate
                parts = Array(parts[(i + 1)...])
                i = 0
                continue
            }
            i += 1
        }
        // Joined by hand: `joined(separator:)` on an array of strings cost a run-time conformance lookup (a scan of
        // every conformance record of the binary) in every process that reached it.
        var joined = parts.isEmpty ? "" : parts[0]
        for p in parts.dropFirst() {
            joined += "."
            joined += p
        }
        return Resolved(module: m, name: joined, viaChain: true)
    }

    /// Whether the global is allowed for this use (argument constraints are checked by the caller).
    public func isAllowed(module: String, name: String, usage: Usage, literalArgs: Bool) -> Bool {
        guard let memo else { return judgeAllowed(module: module, name: name, usage: usage, literalArgs: literalArgs) }
        return memo.isAllowed(PolicyMemo.Key(module: module, name: name, use: usage.rawValue * 2 + (literalArgs ? 1 : 0))) {
            judgeAllowed(module: module, name: name, usage: usage, literalArgs: literalArgs)
        }
    }

    private func judgeAllowed(module: String, name: String, usage: Usage, literalArgs: Bool) -> Bool {
        let full = module + "." + name
        if allowed.contains(full) { return usage != .called || !Self.neverCalled.contains(full) }
        if allowedPrefixes.contains(where: { full.hasPrefix($0) }) { return true }
        let r = Self.resolve(module: module, name: name)
        // Another spelling of an allowed name is allowed only when the module itself is a Python 3 alias of the
        // allowed one (`_codecs`, `posix`): a dotted chain through a part named like a root module
        // (`evilmod` + `types.SimpleNamespace`) still imports `evilmod` first (review R5), and Python 2 names
        // (`__builtin__`, `copy_reg`) are renamed by the machine only where Python does (protocols 0 to 2).
        if r.full != full, !r.viaChain, Self.python3AliasModules.contains(module), allowed.contains(r.full),
           !name.hasDoubleUnderscore {
            return true
        }
        // Cython's generated unpickle helpers only allocate the class and restore its state.
        if name.hasPrefix("__pyx_unpickle_") || name == "newObj", !name.utf8.contains(0x2E),
           Self.isTrustedModule(module) {
            return true
        }
        // Plain functions of numeric libraries stored as attributes (activation functions), never called here.
        if usage == .referenced, !name.utf8.contains(0x2E), threat(module: module, name: name) == nil,
           Self.referencableFunctionModules.contains(module) {
            return true
        }
        // Functions ML libraries store in their own model objects (gensim's scorers, weighting and masking
        // functions), only referenced. An explicit list: a trusted package also holds loaders and command
        // runners (`huggingface_hub.utils._subprocess.run_subprocess`, `pandas.compat.pickle_compat.loads`,
        // `typing.get_type_hints`) that a planted method or a later call would run.
        if usage == .referenced, Self.referencableLibraryFunctions.contains(full) { return true }
        // NEWOBJ and the copyreg/numpy reconstructors only allocate (`cls.__new__(cls)`): whatever the name's
        // casing (`scipy.sparse._csc.csc_array`, `gensim.models.ldaseqmodel.sslm`), a non-denylisted class of a
        // trusted library is built inertly.
        if usage == .instantiated, !name.utf8.contains(0x2E), threat(module: module, name: name) == nil,
           Self.isTrustedModule(module) {
            return true
        }
        // Classes of trusted ML libraries: built without __init__; called only when the class is an enum
        // (a member pickles as `Cls(value)`, a lookup) or a listed value type, with literals. Any other class
        // called runs its constructor, which may open a file or a connection (`joblib.logger.PrintTime(".bashrc")`).
        if Self.looksLikeClass(name), !name.utf8.contains(0x2E), threat(module: module, name: name) == nil,
           Self.isTrustedModule(module) {
            return usage != .called || (literalArgs && (Self.isEnumClass(full) || Self.isValueType(module: module, name: name)))
        }
        return false
    }

    /// A short description of what a denylisted global does, or nil when it is not denylisted.
    public func threat(module: String, name: String) -> String? {
        guard let memo else { return judgeThreat(module: module, name: name) }
        return memo.threat(PolicyMemo.Key(module: module, name: name, use: 0)) { judgeThreat(module: module, name: name) }
    }

    private func judgeThreat(module: String, name: String) -> String? {
        let r = Self.resolve(module: module, name: name)
        if name.split(separator: ".").contains(where: { Self.dangerousDunders.contains(String($0)) }) {
            return "walks interpreter internals through dunder attributes"
        }
        if let t = Self.deniedNames[r.full] { return t }
        if let t = Self.deniedNames[module + "." + name] { return t }
        var m = r.module
        while true {
            if let t = Self.deniedModules[m] { return t }
            guard let dot = m.lastIndex(of: ".") else { break }
            m = String(m[..<dot])
        }
        return nil
    }

    /// CamelCase names are classes, private ones too (`sklearn.calibration._SigmoidCalibration`,
    /// `..._hist_gradient_boosting.binning._BinMapper`).
    static func looksLikeClass(_ name: String) -> Bool {
        guard let last = name.split(separator: ".").last else { return false }
        let bare = last.drop(while: { $0 == "_" })
        guard bare.count < last.count ? !last.hasPrefix("__") : true, let f = bare.first else { return false }
        return f.isUppercase
    }

    // MARK: - Curated allowlist

    static let torchDtypes = ["float32", "float", "float64", "double", "float16", "half", "bfloat16", "uint8",
                              "int8", "int16", "short", "int32", "int", "int64", "long", "bool", "complex64",
                              "cfloat", "complex128", "cdouble", "complex32", "chalf", "qint8", "quint8", "qint32",
                              "quint4x2", "quint2x4", "float8_e4m3fn", "float8_e5m2", "float8_e4m3fnuz",
                              "float8_e5m2fnuz", "uint16", "uint32", "uint64", "bits8", "bits16"]
    static let torchStorages = ["FloatStorage", "DoubleStorage", "HalfStorage", "BFloat16Storage", "LongStorage",
                                "IntStorage", "ShortStorage", "CharStorage", "ByteStorage", "BoolStorage",
                                "ComplexFloatStorage", "ComplexDoubleStorage", "QInt8Storage", "QUInt8Storage",
                                "QInt32Storage", "QUInt4x2Storage", "QUInt2x4Storage", "UntypedStorage",
                                "TypedStorage"]
    static let numpyScalars = ["bool_", "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
                               "uint64", "float16", "float32", "float64", "longdouble", "complex64", "complex128",
                               "str_", "bytes_", "object_", "intc", "intp", "uintp", "longlong", "ulonglong",
                               "datetime64", "timedelta64", "void", "half", "single", "double", "ndarray", "dtype",
                               "matrix", "memmap", "recarray", "record"]

    static let curated: Set<String> = {
        var s: Set<String> = [
            // torch rebuild functions
            "torch._utils._rebuild_tensor", "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor_v3",
            "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state",
            "torch._utils._rebuild_sparse_tensor", "torch._utils._rebuild_sparse_csr_tensor",
            "torch._utils._rebuild_device_tensor_from_numpy", "torch._utils._rebuild_meta_tensor_no_storage",
            "torch._utils._rebuild_wrapper_subclass", "torch._utils._rebuild_qtensor",
            "torch._utils._rebuild_nested_tensor", "torch._utils._rebuild_xla_tensor",
            "torch._utils._rebuild_mkldnn_tensor", "torch._utils._rebuild_device_tensor_from_cpu_tensor",
            "torch._tensor._rebuild_from_type", "torch._tensor._rebuild_from_type_v2",
            "torch.serialization._get_layout", "torch._utils._set_obj_state",
            "torch.device", "torch.Size", "torch.Tensor", "torch.nn.parameter.Parameter", "torch.nn.Parameter",
            "torch.nn.parameter.Buffer", "torch.storage.TypedStorage", "torch.storage.UntypedStorage",
            "torch.per_tensor_affine", "torch.per_channel_affine", "torch.per_tensor_symmetric",
            "torch.per_channel_symmetric", "torch.contiguous_format", "torch.channels_last",
            "torch.channels_last_3d", "torch.preserve_format", "torch.strided", "torch.sparse_coo",
            "torch.sparse_csr", "torch._sparse_coo", "torch.jagged",
            "torch.nn.modules.container.ParameterDict", "torch.nn.modules.container.ParameterList",
            // TorchScript archives (data.pkl / constants.pkl)
            "torch.jit._pickle.build_intlist", "torch.jit._pickle.build_doublelist", "torch.jit._pickle.build_boollist",
            "torch.jit._pickle.build_tensorlist", "torch.jit._pickle.build_tensor_from_id",
            "torch.jit._pickle.restore_type_tag",
            // collections and builtins constructors
            "collections.OrderedDict", "collections.defaultdict", "collections.deque", "collections.Counter",
            "builtins.set", "builtins.frozenset", "builtins.complex", "builtins.bytearray", "builtins.slice",
            "builtins.range", "builtins.object", "builtins.int", "builtins.float", "builtins.str", "builtins.bytes",
            "builtins.list", "builtins.dict", "builtins.tuple", "builtins.bool", "builtins.NoneType",
            "builtins.Ellipsis", "builtins.NotImplemented",
            // pure functions of their arguments: called through REDUCE they get positional plain data only
            // (no key= callables); an object argument's own methods run only if its class is imported,
            // which is judged on its own
            "builtins.len", "builtins.abs", "builtins.min", "builtins.max", "builtins.sum", "builtins.round",
            "builtins.divmod", "builtins.sorted", "builtins.reversed", "builtins.enumerate", "builtins.zip",
            "builtins.hash",
            // `from __future__ import x` feature flags: plain _Feature records, importing __future__ runs nothing
            "__future__.annotations", "__future__.division", "__future__.print_function", "__future__.absolute_import",
            "__future__.unicode_literals", "__future__.generators", "__future__.nested_scopes",
            "__future__.with_statement", "__future__.generator_stop", "__future__.barry_as_FLUFL",
            "_codecs.encode", "codecs.encode",
            "copyreg._reconstructor", "copyreg.__newobj__", "copyreg.__newobj_ex__",
            // numpy reconstruction
            "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
            // the name NumPy 1.0 wrote into ndarray pickles; numpy still defines it for them
            "numpy.core._internal._reconstruct",
            "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar",
            "numpy.core.numeric._frombuffer", "numpy._core.numeric._frombuffer",
            // numpy 2's StringDType: returns `StringDType(coerce=..., na_object=...)` (R6 FA2, FA3)
            "numpy._core._internal._convert_to_stringdtype_kwargs", "numpy.core._internal._convert_to_stringdtype_kwargs",
            "numpy.ma.core._mareconstruct", "numpy.ma.core.MaskedArray",
            "numpy.random._pickle.__randomstate_ctor", "numpy.random._pickle.__bit_generator_ctor",
            "numpy.random._pickle.__generator_ctor", "numpy.random.__RandomState_ctor",
            "numpy.random._pickle.__RandomState_ctor", "numpy.random.mtrand.RandomState",
            "numpy.random._mt19937.MT19937", "numpy.random._pcg64.PCG64", "numpy.random._philox.Philox",
            "numpy.random._sfc64.SFC64", "numpy.random._generator.Generator",
            // ndarray subclasses under their defining modules (joblib's NumpyArrayWrapper names them as `subclass`)
            "numpy.matrixlib.defmatrix.matrix", "numpy.core.memmap.memmap", "numpy._core.memmap.memmap",
            "numpy.core.records.recarray", "numpy._core.records.recarray", "numpy.core.records.record",
            "numpy._core.records.record", "numpy.rec.recarray", "numpy.rec.record",
            // standard library values
            "datetime.datetime", "datetime.date", "datetime.time", "datetime.timedelta", "datetime.timezone",
            "argparse.Namespace", "pathlib.PosixPath", "pathlib.WindowsPath", "pathlib.PurePosixPath",
            "pathlib.PureWindowsPath", "pathlib.Path", "decimal.Decimal", "fractions.Fraction", "uuid.UUID",
            "re._compile", "enum.Enum", "types.SimpleNamespace",
            // joblib
            "joblib.numpy_pickle.NumpyArrayWrapper", "joblib.numpy_pickle_compat.NDArrayWrapper",
            "sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper",
            // scikit-learn objects rebuilt by calling the class with literal arguments
            "sklearn.tree._tree.Tree", "sklearn.neighbors._kd_tree.KDTree", "sklearn.neighbors._ball_tree.BallTree",
            "sklearn._loss._loss.CyHalfBinomialLoss", "sklearn._loss._loss.CyHalfSquaredError",
            "sklearn._loss._loss.CyHalfMultinomialLoss",
            // pandas
            "pandas.core.frame.DataFrame", "pandas.core.series.Series", "pandas.core.internals.managers.BlockManager",
            "pandas._libs.internals._unpickle_block", "pandas.core.indexes.base._new_Index",
            "pandas.core.indexes.base.Index", "pandas.core.indexes.range.RangeIndex",
            "pandas._libs.internals.BlockPlacement",
            // pandas values rebuilt by functions (dates, time zones, missing values, sparse indexes), measured on
            // pandas 3.1 frames and series of every dtype (`scripts/bench/models-generated-benign.py`)
            "pandas.core.indexes.datetimes._new_DatetimeIndex",
            "pandas._libs.tslibs.nattype._nat_unpickle", "pandas._libs.tslibs.nattype.__nat_unpickle",
            "pandas._libs.tslibs.timestamps._unpickle_timestamp", "pandas._libs.tslibs.timedeltas._timedelta_unpickle",
            "pandas._libs.sparse.IntIndex", "pandas._libs.sparse.BlockIndex",
            // standard-library time zones: a zone is read from the system's tz database by its key (the key is
            // checked not to leave the database's folders)
            "zoneinfo.ZoneInfo", "zoneinfo.ZoneInfo._unpickle", "pytz._p", "pytz._UTC", "pytz.utc",
        ]
        for d in torchDtypes { s.insert("torch." + d) }
        for st in torchStorages { s.insert("torch." + st) }
        for n in numpyScalars {
            s.insert("numpy." + n)
            s.insert("numpy.core.multiarray." + n)
            s.insert("numpy._core.multiarray." + n)
        }
        return s
    }()

    /// scikit-learn's Cython loss classes pickle under the short module name `_loss` (measured on scikit-learn
    /// 1.7's gradient boosting and GLM estimators); importing scikit-learn registers `sys.modules["_loss"]`.
    /// Allowed only after the stream has imported something from scikit-learn: otherwise `import _loss`
    /// searches `sys.path`, where a `_loss.py` shipped beside the model would run.
    static let shortLossClasses: Set<String> = [
        "CyHalfSquaredError", "CyAbsoluteError", "CyPinballLoss", "CyHuberLoss", "CyHalfPoissonLoss",
        "CyHalfGammaLoss", "CyHalfTweedieLoss", "CyHalfTweedieLossIdentity", "CyHalfBinomialLoss",
        "CyExponentialLoss", "CyHalfMultinomialLoss",
    ]

    /// Enum classes of trusted packages (generated from their sources by `scripts/models-enum-classes.py`):
    /// `Cls(value)` looks a member up and runs nothing else.
    static func isEnumClass(_ full: String) -> Bool { generatedEnumClasses.contains(full) }

    /// Classes that pickle as calls with several scalar arguments (`StringDtype("python", nan)`, pandas date
    /// offsets such as `Week(1, False, 6)`): value types whose constructors only validate and store them.
    /// pandas dtypes built from their string form (`PeriodDtype("period[M]")`) and scikit-learn's Cython SGD
    /// losses built from one number (`Hinge(1.0)`), measured on pandas 3.1 and scikit-learn 1.7.
    static let valueTypes: Set<String> = [
        "pandas.StringDtype", "pandas.core.arrays.string_.StringDtype", "pandas.PeriodDtype",
        "pandas.core.dtypes.dtypes.PeriodDtype", "pandas.IntervalDtype", "pandas.core.dtypes.dtypes.IntervalDtype",
    ]
    static let valueTypeModules: Set<String> = [
        "pandas._libs.tslibs.offsets", "sklearn.linear_model._sgd_fast", "sklearn.linear_model.sgd_fast",
    ]

    static func isValueType(module: String, name: String) -> Bool {
        guard !name.utf8.contains(0x2E), looksLikeClass(name) else { return false }
        return valueTypes.contains(module + "." + name) || valueTypeModules.contains(module)
    }

    /// Allowlisted classes a checkpoint only names (joblib's `subclass` field) or builds inertly: calling them
    /// opens files (`numpy.memmap(path, mode="w+")` truncates it).
    static let neverCalled: Set<String> = [
        "numpy.memmap", "numpy.core.memmap.memmap", "numpy._core.memmap.memmap",
        // An enum member pickles as a call of its own class; `enum.Enum("E", {...})` itself builds a new class
        // from a namespace the stream writes (review R4: a planted `__setstate__` then runs on BUILD).
        "enum.Enum",
    ]

    /// Modules whose functions may be referenced (not called) by a checkpoint.
    static let referencableFunctionModules: Set<String> = [
        "torch", "torch.nn.functional", "torch.nn.init", "torch.nn.modules.activation", "math", "numpy",
        "numpy.core.umath", "numpy._core.umath", "torch._C._nn", "torch._C._VariableFunctions",
    ]

    /// Library functions real checkpoints store as attributes (measured on gensim's test models of every
    /// version since 0.12; `scripts/bench/models-real-benign.py`).
    static let referencableLibraryFunctions: Set<String> = [
        "gensim.utils.call_on_class_only", "gensim.utils.identity",
        "gensim.models.phrases.original_scorer", "gensim.models.phrases.npmi_scorer",
        "gensim.models.tfidfmodel.df2idf",
        "gensim.models.tfidfmodel.smartirs_wlocal", "gensim.models.tfidfmodel.smartirs_wglobal",
        "gensim.models.tfidfmodel.smartirs_normalize", "gensim.models.ensemblelda.mass_masking",
        "gensim.models.ensemblelda.rank_masking",
        // scikit-learn: score functions `SelectKBest(score_func=...)` keeps, the k-means step `BisectingKMeans`
        // keeps, and the array namespace function `SplineTransformer` keeps (scikit-learn 1.7)
        "sklearn.feature_selection._univariate_selection.f_classif",
        "sklearn.feature_selection._univariate_selection.f_regression",
        "sklearn.feature_selection._univariate_selection.r_regression",
        "sklearn.feature_selection._univariate_selection.chi2",
        "sklearn.feature_selection._univariate_selection.f_oneway",
        "sklearn.feature_selection._mutual_info.mutual_info_classif",
        "sklearn.feature_selection._mutual_info.mutual_info_regression",
        "sklearn.cluster._kmeans._kmeans_single_lloyd", "sklearn.cluster._kmeans._kmeans_single_elkan",
        "scipy._lib.array_api_compat.numpy._aliases.asarray",
    ]

    /// Whether the module is one of `trustedClassPrefixes` or inside one. The packages are top-level names,
    /// so the module's first component decides (one set lookup, no string built per package).
    static func isTrustedModule(_ module: String) -> Bool {
        let head = module.utf8.firstIndex(of: 0x2E).map { String(module[..<$0]) } ?? module
        return trustedPackages.contains(head)
    }

    static let trustedPackages: Set<String> = {
        let s = Set(trustedClassPrefixes)
        precondition(s.allSatisfy { !$0.contains(".") }, "trusted packages are top-level names")
        return s
    }()

    /// Packages whose classes are trusted when built inertly (no `__init__`) or called with literals. `__torch__` is not
    /// one: its names are trusted only in TorchScript archives (`PickleJudge.torchScript`).
    static let trustedClassPrefixes = [
        "torch", "torchvision", "torchaudio", "torchtext", "sklearn", "numpy", "scipy", "pandas", "transformers",
        "tokenizers", "accelerate", "peft", "diffusers", "timm", "ultralytics", "xgboost", "lightgbm", "catboost",
        "sentence_transformers", "huggingface_hub", "collections", "datetime", "lightning", "pytorch_lightning",
        "lightning_fabric", "torchmetrics", "omegaconf", "spacy", "gensim", "statsmodels", "joblib", "typing",
    ]

    // MARK: - Denylist (threat names only)

    static let moduleAliases: [String: String] = [
        "posix": "os", "nt": "os", "__builtin__": "builtins", "__builtins__": "builtins", "copy_reg": "copyreg",
        "cPickle": "pickle", "_pickle": "pickle", "commands": "subprocess", "_subprocess": "subprocess",
        "_posixsubprocess": "subprocess", "_io": "io", "_thread": "threading", "thread": "threading",
        "_socket": "socket", "_ctypes": "ctypes", "_operator": "operator", "_functools": "functools",
        "_weakref": "weakref", "_imp": "importlib", "_bootstrap": "importlib", "_shutil": "shutil",
        "_os": "os", "_sys": "sys", "_posix": "os",
    ]

    /// Modules that exist under these names in Python 3 and hold the same objects as their alias target.
    static let python3AliasModules: Set<String> = [
        "posix", "nt", "_io", "_thread", "_socket", "_ctypes", "_operator", "_functools", "_weakref", "_imp",
        "_posixsubprocess", "_pickle",
    ]

    /// Module names a dotted chain may pass through to reach something dangerous.
    static let rootModules: Set<String> = [
        "os", "sys", "subprocess", "builtins", "shutil", "socket", "pty", "runpy", "importlib", "pickle",
        "marshal", "ctypes", "io", "codecs", "operator", "functools", "webbrowser", "threading", "asyncio",
        "multiprocessing", "types", "pdb", "code", "platform", "tempfile", "glob", "signal", "posixpath",
    ]

    static let dangerousDunders: Set<String> = [
        "__globals__", "__builtins__", "__subclasses__", "__class__", "__base__", "__bases__", "__mro__",
        "__init__", "__dict__", "__getattribute__", "__code__", "__closure__", "__func__", "__self__", "__loader__",
        "__spec__", "__import__", "__reduce__", "__reduce_ex__", "__setstate__", "__getattr__",
    ]

    static let deniedModules: [String: String] = [
        "os": "runs commands and touches the file system",
        "subprocess": "starts a process",
        "pty": "spawns a shell",
        "runpy": "runs a module or script",
        "pip": "installs packages",
        "ensurepip": "installs packages",
        "setuptools": "builds and installs packages",
        "importlib": "imports arbitrary modules",
        "imp": "imports arbitrary modules",
        "zipimport": "imports code from archives",
        "marshal": "loads compiled Python code",
        "pickle": "a nested loader (a second pickle hidden in an argument)",
        "dill": "a nested loader (a second pickle hidden in an argument)",
        "cloudpickle": "a nested loader (a second pickle hidden in an argument)",
        "shelve": "a nested loader (a second pickle hidden in an argument)",
        "profile": "runs Python code", "cProfile": "runs Python code", "trace": "runs Python code",
        "pdb": "runs Python code", "bdb": "runs Python code", "timeit": "runs Python code",
        "doctest": "runs Python code", "code": "runs Python code", "codeop": "compiles Python code",
        "idlelib": "runs Python code", "lib2to3": "runs Python code",
        "atexit": "registers code to run at exit",
        "threading": "starts threads", "multiprocessing": "starts processes",
        "concurrent": "starts threads or processes", "asyncio": "starts processes and network transports",
        "socket": "opens network connections", "socketserver": "opens network servers",
        "http": "makes network requests", "urllib": "makes network requests", "requests": "makes network requests",
        "ftplib": "makes network requests", "smtplib": "sends mail", "telnetlib": "opens network connections",
        "xmlrpc": "makes network requests", "webbrowser": "opens URLs and runs a browser",
        "shutil": "copies, moves or deletes files", "tempfile": "creates files",
        "glob": "lists files", "fileinput": "reads files", "ctypes": "calls native code",
        "cffi": "calls native code", "signal": "changes signal handlers", "sys": "reaches interpreter internals",
        "gc": "reaches interpreter internals", "inspect": "reaches interpreter internals",
        "_osx_support": "runs commands", "distutils": "runs commands",
        "operator": "calls attributes by name (gadget chains)",
        "functools": "builds calls indirectly (gadget chains)",
        "types": "builds functions and code objects",
        "copyreg": "changes how objects are loaded (extension registry)",
        "platform": "runs commands",
        "venv": "creates environments and runs commands",
        "sysconfig": "reaches interpreter configuration",
        "site": "changes import paths",
        "nturl2path": "reaches the file system",
        "torch.package": "loads packaged Python code",
        "torch.utils.cpp_extension": "compiles and loads native code",
        "torch.hub": "downloads and runs code",
        "torch.distributed": "starts distributed workers and remote calls",
        "torch.multiprocessing": "starts processes",
        "torch.fx": "executes generated Python source",
        "torch._dynamo": "compiles and runs frames",
        "torch._inductor": "compiles and loads generated code",
        "torch.utils.tensorboard": "writes files",
        "torch.utils.bottleneck": "runs a profiler over a script",
        "torch.utils.data.datapipes": "unpickles its state with pickle/dill (`__setstate__`)",
        "torchdata": "unpickles its state with pickle/dill (`__setstate__`)",
        "torch.utils.collect_env": "runs commands",
        "torch.testing": "runs test helpers and commands",
        "torch.compiler": "compiles and loads generated code",
        "ultralytics.utils.downloads": "downloads files",
        "ultralytics.hub": "downloads and runs code",
        "huggingface_hub.repository": "runs git commands",
        "huggingface_hub.file_download": "downloads files",
        "transformers.dynamic_module_utils": "downloads and imports remote code",
        "transformers.utils.hub": "downloads files",
        "diffusers.utils.dynamic_modules_utils": "downloads and imports remote code",
        "lightning.app": "runs apps and commands",
        "pytorch_lightning.utilities.cloud_io": "a nested loader (a second pickle hidden in an argument)",
        "lightning.pytorch.utilities.cloud_io": "a nested loader (a second pickle hidden in an argument)",
        "lightning_fabric.utilities.cloud_io": "a nested loader (a second pickle hidden in an argument)",
        "joblib.memory": "caches calls on disk and runs them",
        "joblib._parallel_backends": "starts workers",
        "numpy.ctypeslib": "loads native libraries",
        "scipy.weave": "compiles and runs code",
        "pandas.io.clipboard": "runs commands",
        "pandas.io.parsers": "reads files",
        "pandas.io.excel": "reads and writes files",
        "pandas.io.sql": "opens database connections",
        "pandas.io.pickle": "a nested loader (a second pickle hidden in an argument)",
        "torch.jit.frontend": "compiles source code",
        "numpy.f2py": "compiles and evaluates code",
        "numpy.distutils": "runs commands",
        "numpy.testing": "evaluates code",
        "pandas.io.pytables": "opens files",
        "joblib.parallel": "starts workers",
        "transformers.pipelines": "downloads and builds models",
        // found by review: trusted-package classes whose constructors open files or connections
        "torch._C._distributed_c10d": "opens network stores and files (TCPStore, FileStore)",
        "torch._C._distributed_rpc": "runs remote calls",
        "torch._C._distributed_autograd": "runs remote calls",
        "pandas.io.common": "opens, truncates or writes files",
        // review R4: `pandas.core.computation.expr.Expr(s)` parses and evaluates `s` in its caller's scope;
        // pandas' readers take URLs (`SAS7BDATReader(url)` fetches it)
        "pandas.core.computation": "evaluates expressions (pandas.eval, DataFrame.query)",
        "pandas.io": "reads and writes files and URLs (pandas readers and writers)",
        "pandas.io.formats.excel": "writes files",
        "scipy.io._fortran": "opens and truncates files",
        "scipy.io._netcdf": "opens and truncates files",
        "scipy.io.netcdf": "opens and truncates files",
        "scipy.io.matlab": "reads and writes files",
        "scipy.io._mmio": "reads and writes files",
        "scipy.io.wavfile": "reads and writes files",
        "joblib.logger": "overwrites log files",
        "joblib.numpy_pickle_utils": "opens files",
        "huggingface_hub.commands": "runs commands",
        "huggingface_hub._snapshot_download": "downloads files",
        "huggingface_hub.hf_api": "makes network requests",
        "huggingface_hub._commit_api": "uploads files",
        "omegaconf.resolvers": "evaluates resolver expressions",
    ]

    static let deniedNames: [String: String] = [
        // review R5: functions of referencable modules that import, read URLs or write files when a planted
        // method or a later call runs them
        "torch.set_default_tensor_type": "imports any module named by its argument",
        "numpy.loadtxt": "reads files and URLs",
        "numpy.genfromtxt": "reads files and URLs",
        "numpy.fromregex": "reads files and URLs",
        "numpy.fromfile": "reads files",
        "numpy.save": "writes files",
        "numpy.savez": "writes files",
        "numpy.savez_compressed": "writes files",
        "numpy.savetxt": "writes files",
        "builtins.eval": "evaluates Python code",
        "builtins.exec": "executes Python code",
        "builtins.execfile": "executes a Python file",
        "builtins.compile": "compiles Python code",
        "builtins.__import__": "imports arbitrary modules",
        "builtins.getattr": "reaches arbitrary attributes (gadget chains)",
        "builtins.setattr": "changes arbitrary attributes",
        "builtins.delattr": "deletes arbitrary attributes",
        "builtins.globals": "reaches interpreter state",
        "builtins.locals": "reaches interpreter state",
        "builtins.vars": "reaches interpreter state",
        "builtins.open": "opens files",
        "builtins.input": "reads the terminal",
        "builtins.breakpoint": "starts a debugger",
        "builtins.apply": "calls a function indirectly",
        "builtins.type": "creates classes at load time",
        "builtins.memoryview": "reaches raw memory",
        "builtins.help": "runs a pager",
        "builtins.exit": "stops the process",
        "builtins.quit": "stops the process",
        "builtins.print": "writes output",
        "builtins.map": "calls a function lazily over data (gadget chains)",
        "builtins.filter": "calls a function lazily over data (gadget chains)",
        "builtins.reversed": "iterates arbitrary objects",
        "builtins.iter": "calls a function until a sentinel",
        "builtins.next": "advances iterators (gadget chains)",
        "builtins.sorted": "calls a key function",
        "pkgutil.resolve_name": "imports arbitrary modules",
        "pkgutil.get_data": "reads files",
        "pydoc.locate": "imports arbitrary modules",
        "pydoc.pipepager": "runs a shell command",
        "pydoc.tempfilepager": "runs a shell command",
        "operator.attrgetter": "reaches arbitrary attributes (gadget chains)",
        "operator.methodcaller": "calls methods by name (gadget chains)",
        "operator.itemgetter": "reaches arbitrary items (gadget chains)",
        "functools.partial": "builds calls indirectly (gadget chains)",
        "functools.reduce": "calls a function indirectly",
        "copyreg.add_extension": "registers extension codes that later EXT opcodes load",
        "weakref.finalize": "registers code to run at garbage collection",
        "uuid._get_command_stdout": "runs a command",
        "imaplib.IMAP4_stream": "runs a command",
        "torch.load": "a nested loader (a second pickle hidden in an argument)",
        "torch.serialization.load": "a nested loader (a second pickle hidden in an argument)",
        "torch.storage._load_from_bytes": "a nested loader (a second pickle hidden in an argument)",
        "torch.hub.load": "downloads and runs code",
        "torch.hub.load_state_dict_from_url": "downloads files",
        "torch.hub._load_local": "runs a local hubconf",
        "torch.utils.cpp_extension.load_inline": "compiles and loads native code",
        "torch.utils.cpp_extension.load": "compiles and loads native code",
        "torch.jit.load": "loads TorchScript code",
        "torch._C._jit_pass_lower_graph": "reaches TorchScript internals",
        "torch.distributed.rpc.rpc_sync": "runs remote calls",
        "torch.fx.graph_module._forward_from_src": "executes Python source",
        "torch._dynamo.eval_frame": "evaluates frames",
        "numpy.load": "a nested loader (a second pickle hidden in an argument)",
        "numpy.lib.npyio.load": "a nested loader (a second pickle hidden in an argument)",
        "numpy.testing._private.utils.runstring": "evaluates Python code",
        "numpy.f2py.crackfortran.getlincoef": "evaluates Python code",
        "numpy.distutils.exec_command.exec_command": "runs a shell command",
        "joblib.load": "a nested loader (a second pickle hidden in an argument)",
        "pandas.read_pickle": "a nested loader (a second pickle hidden in an argument)",
        "pandas.io.pickle.read_pickle": "a nested loader (a second pickle hidden in an argument)",
        "keras.models.load_model": "a nested model loader",
        // top-level re-exports of denied modules (found by review)
        "huggingface_hub.Repository": "runs git commands (its clone URL reaches git as arguments)",
        "huggingface_hub.HfApi": "makes network requests",
        "huggingface_hub.snapshot_download": "downloads files",
        "huggingface_hub.hf_hub_download": "downloads files",
        "pandas.ExcelWriter": "opens and truncates files",
        "pandas.HDFStore": "opens files",
        "pandas.read_csv": "reads files", "pandas.read_excel": "reads files", "pandas.read_parquet": "reads files",
        "pandas.read_json": "reads files", "pandas.read_sql": "opens database connections",
        "scipy.io.FortranFile": "opens and truncates files",
        "scipy.io.netcdf_file": "opens and truncates files",
        "scipy.io.NetCDFFile": "opens and truncates files",
        "joblib.Memory": "caches calls on disk and runs them",
        "joblib.Parallel": "starts workers",
        "joblib.dump": "writes files",
        "torch._C.PyTorchFileWriter": "creates and truncates files",
        "torch._C.PyTorchFileReader": "opens files",
        "torch.save": "writes files",
        "_io.open": "opens files", "io.open": "opens files", "io.FileIO": "opens files",
        "codecs.open": "opens files",
        "linecache.getline": "reads files",
        "zipfile.ZipFile": "opens or truncates archives", "tarfile.open": "opens archives",
        "logging.FileHandler": "creates files", "logging.config.listen": "opens a configuration server",
        "logging.config.dictConfig": "imports arbitrary callables",
        "smtpd.DebuggingServer": "opens a network server",
        "ssl.get_server_certificate": "makes network requests",
        "sqlite3.connect": "creates files",
        "dbm.open": "creates files",
        "mailcap.findmatch": "runs commands",
        "cgitb.lookup": "reaches interpreter internals",
        "_aix_support._read_cmd_output": "runs a command",
        "pickle.loads": "a nested loader (a second pickle hidden in an argument)",
        "_pickle.loads": "a nested loader (a second pickle hidden in an argument)",
        "builtins.__builtins__": "reaches every builtin",
        "asyncio.unix_events._UnixSubprocessTransport._start": "starts a process",
        "asyncio.subprocess.create_subprocess_shell": "runs a shell command",
        "distutils.spawn.spawn": "runs a command",
        "ctypes.CDLL": "loads a native library",
        "ctypes.cdll.LoadLibrary": "loads a native library",
    ]
}

extension String {
    /// Whether the text holds `__` (a dunder), without going through Foundation.
    var hasDoubleUnderscore: Bool {
        var previous = false
        for c in utf8 {
            if c == 0x5F, previous { return true }
            previous = c == 0x5F
        }
        return false
    }
}
