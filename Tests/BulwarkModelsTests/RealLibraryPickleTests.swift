import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Issue 19, "no false alarm on real checkpoints": what real libraries write into their pickles
/// (gensim models, SciPy sparse matrices in object arrays, NumPy 1.0 arrays), measured on 534 model-format
/// files from PyPI wheels (gensim, joblib, NumPy, SciPy, scikit-learn, ONNX, silero-vad, facenet-pytorch):
/// 75 were flagged at medium or above before these changes, with criticals. Each case below is rebuilt
/// with our own opcode writer, next to a control that must still fire.

/// `{key: module.name}` with `module.name` imported and stored, never called.
private func referencing(_ module: String, _ name: String) -> [UInt8] {
    var p = PickleBuilder(protocol: 2)
    p.op(.emptyDict)
    p.string("hashfxn")
    p.global(module, name)
    p.op(.setItem)
    return p.finished()
}

/// `module.name.__new__(module.name)` then BUILD with a small dict: how pickle rebuilds any object.
private func newObj(_ module: String, _ name: String) -> [UInt8] {
    var p = PickleBuilder(protocol: 2)
    p.global(module, name)
    p.op(.emptyTuple)
    p.op(.newObj)
    p.op(.emptyDict)
    p.string("num_topics")
    p.int(3)
    p.op(.setItem)
    p.op(.build)
    return p.finished()
}

/// `functools.partial(module.name)` then BUILD with partial's state `(func, (), {}, None)`, as
/// `partial.__reduce__` writes it.
private func partial(_ module: String, _ name: String) -> [UInt8] {
    var p = PickleBuilder(protocol: 2)
    p.global("functools", "partial")
    p.global(module, name)
    p.binPut(1)
    p.op(.tuple1)
    p.op(.reduce)
    p.op(.mark)
    p.binGet(1)
    p.op(.emptyTuple)
    p.op(.emptyDict)
    p.op(.none)
    p.op(.tuple)
    p.op(.build)
    return p.finished()
}

private func severities(_ f: [Finding]) -> [Severity] { f.map(\.severity) }

@Test func libraryFunctionsStoredInModelsAreNotFindingsButDenylistedOnesAre() {
    // gensim stores `hashfxn=hash`, scorers and weighting functions of its own modules.
    for (m, n) in [("builtins", "hash"), ("gensim.utils", "call_on_class_only"), ("gensim.models.phrases", "original_scorer")] {
        let f = scanModel(referencing(m, n), path: "w2v.model")
        #expect(serious(f).isEmpty, "\(m).\(n): \(f.map(\.message))")
    }
    // Controls: a denylisted function stored for later is high; a function of an unknown package too.
    #expect(scanModel(referencing("os", "system"), path: "w2v.model").contains { $0.ruleID == "pickle-dangerous-global" && $0.severity == .high })
    #expect(scanModel(referencing("torch.hub", "load"), path: "w2v.model").contains { $0.severity >= .high })
    #expect(scanModel(referencing("mypkg.hooks", "run"), path: "w2v.model").contains { $0.severity >= .high })
    // Trusted packages also hold loaders and command runners: only the listed functions may be stored.
    for (m, n) in [("huggingface_hub.utils._subprocess", "run_subprocess"), ("pandas.compat.pickle_compat", "loads"),
                   ("typing", "get_type_hints"), ("joblib.numpy_pickle", "load"), ("sklearn.metrics.pairwise", "rbf_kernel")] {
        #expect(scanModel(referencing(m, n), path: "w2v.model").contains { $0.severity >= .high }, "\(m).\(n)")
    }
}

/// Review of the allowances above (reviewer R1): the loader calls `obj.append`, `obj.extend`, `obj.add` and
/// `obj.keys` on the instance, so BUILD can plant a callable there; `partial.__setstate__` replaces the
/// function and the namespace; a partial handed to a helper runs at once; `numpy.memmap.__new__` with
/// arguments opens the file.
@Test func plantedLoaderMethodsAndRebuiltPartialsRun() {
    // argparse.Namespace() + BUILD {'append': mypkg.run} + APPEND 'cmd': `obj.append('cmd')` runs.
    for (method, op) in [("append", PickleOpcode.append), ("extend", .appends), ("add", .addItems)] {
        var p = PickleBuilder(protocol: 2)
        p.global("argparse", "Namespace")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.op(.emptyDict)
        p.string(method)
        p.global("gensim.utils", "identity")
        p.op(.setItem)
        p.op(.build)
        if op == .append { p.string("sh -c id") } else { p.op(.mark); p.string("sh"); p.string("-c") }
        p.op(op)
        let f = scanModel(p.finished(), path: "m.pkl")
        #expect(f.contains { $0.severity >= .high && $0.message.contains("planted by BUILD") }, "\(method): \(f.map(\.message))")
    }
    // partial(gensim...smartirs_wlocal) whose BUILD swaps the function: not deferred any more.
    var swap = PickleBuilder(protocol: 2)
    swap.global("functools", "partial")
    swap.global("gensim.models.tfidfmodel", "smartirs_wlocal")
    swap.op(.tuple1)
    swap.op(.reduce)
    swap.op(.mark)
    swap.global("gensim.utils", "identity")
    swap.op(.emptyTuple)
    swap.op(.none)
    swap.op(.none)
    swap.op(.tuple)
    swap.op(.build)
    #expect(scanModel(swap.finished(), path: "m.pkl").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    // A partial passed to `torch._tensor._rebuild_from_type`, which calls its first argument.
    var rebuilt = PickleBuilder(protocol: 2)
    rebuilt.global("torch._tensor", "_rebuild_from_type")
    rebuilt.global("functools", "partial")
    rebuilt.global("gensim.utils", "identity")
    rebuilt.op(.tuple1)
    rebuilt.op(.reduce)
    rebuilt.global("torch", "Tensor")
    rebuilt.op(.emptyTuple)
    rebuilt.op(.emptyDict)
    rebuilt.op(.tuple3)
    rebuilt.op(.reduce)
    #expect(scanModel(rebuilt.finished(), path: "m.pkl").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    // NEWOBJ of numpy.memmap with a path and mode "w+" truncates the file.
    var memmap = PickleBuilder(protocol: 2)
    memmap.global("numpy", "memmap")
    memmap.op(.mark)
    memmap.string("/home/user/.bashrc")
    memmap.global("numpy", "uint8")
    memmap.string("w+")
    memmap.op(.tuple)
    memmap.op(.newObj)
    #expect(scanModel(memmap.finished(), path: "m.pkl").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    // `dict(obj)` calls `obj.keys()`: a function planted as `keys` is reported when planted.
    var keys = PickleBuilder(protocol: 2)
    keys.global("argparse", "Namespace")
    keys.op(.emptyTuple)
    keys.op(.reduce)
    keys.op(.emptyDict)
    keys.string("keys")
    keys.global("gensim.utils", "identity")
    keys.op(.setItem)
    keys.op(.build)
    #expect(scanModel(keys.finished(), path: "m.pkl").contains { $0.severity == .critical && $0.message.contains("keys") })
    // Control: a Namespace whose BUILD state holds plain data under the same names is not a finding.
    var plain = PickleBuilder(protocol: 2)
    plain.global("argparse", "Namespace")
    plain.op(.emptyTuple)
    plain.op(.reduce)
    plain.op(.emptyDict)
    plain.string("keys")
    plain.string("a,b")
    plain.op(.setItem)
    plain.op(.build)
    #expect(serious(scanModel(plain.finished(), path: "m.pkl")).isEmpty)
}

@Test func newObjOfLowercaseLibraryClassesIsInert() {
    // SciPy's sparse arrays and gensim's `sslm` are classes with lower-case names; NEWOBJ only allocates them.
    for (m, n) in [("scipy.sparse._csc", "csc_array"), ("scipy.sparse._coo", "coo_array"), ("gensim.models.ldaseqmodel", "sslm")] {
        let f = scanModel(newObj(m, n), path: "ldaseq.model")
        #expect(serious(f).isEmpty, "\(m).\(n): \(f.map(\.message))")
    }
    // Outside the trusted libraries a lower-case class is an unknown instance (medium), not a call.
    let unknown = scanModel(newObj("mypkg.models", "net"), path: "m.pkl")
    #expect(unknown.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .medium }, "\(unknown.map(\.message))")
    #expect(!unknown.contains { $0.ruleID == "pickle-dangerous-call" })
    // A denylisted name under NEWOBJ is still a call.
    let denied = scanModel(newObj("subprocess", "Popen"), path: "m.pkl")
    #expect(denied.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
}

@Test func partialOverALibraryFunctionIsADeferredCallAndOverAnythingElseACall() {
    // gensim's TfidfModel pickles `functools.partial(smartirs_wlocal)`: nothing runs on load.
    let tfidf = scanModel(partial("gensim.models.tfidfmodel", "smartirs_wlocal"), path: "tfidf.model")
    #expect(tfidf.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .low && $0.message.contains("deferred call") },
            "\(tfidf.map(\.message))")
    #expect(!tfidf.contains { $0.severity >= .high }, "\(tfidf.map { "\($0.ruleID) \($0.severity)" })")
    // Controls: partial over a denylisted or unknown function stays critical (a gadget chain's first half).
    for (m, n) in [("os", "system"), ("builtins", "eval"), ("mypkg.hooks", "run")] {
        let f = scanModel(partial(m, n), path: "m.pkl")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(m).\(n): \(f.map(\.message))")
    }
}

@Test func numpyOnePointZeroReconstructIsAllowedButUfuncReconstructIsNot() {
    // `numpy.core._internal._reconstruct(numpy.ndarray, (0,), b'b')`, the name NumPy 1.0 wrote.
    var p = PickleBuilder(protocol: 2)
    p.global("numpy.core._internal", "_reconstruct")
    p.global("numpy", "ndarray")
    p.int(0)
    p.op(.tuple1)
    p.string("b")
    p.op(.tuple3)
    p.op(.reduce)
    let old = p.finished()
    #expect(serious(scanModel(old, path: "arr.pkl")).isEmpty, "\(scanModel(old, path: "arr.pkl").map(\.message))")
    // `numpy.core._ufunc_reconstruct(module, name)` imports any module and returns any attribute.
    let ufunc = PickleBuilder.call("numpy.core", "_ufunc_reconstruct", ["os", "system"])
    #expect(scanModel(ufunc, path: "arr.pkl").contains { $0.severity == .critical })
}

@Test func newlinePaddingAfterStopIsNotMalformedButDataIs() {
    // Old NumPy object arrays end with `.\n`.
    let plainList: [UInt8] = [0x80, 0x02, 0x5D, 0x71, 0x00, 0x28, 0x4B, 0x01, 0x4B, 0x02, 0x65, 0x2E]
    for tail: [UInt8] in [[0x0A], [0x0D, 0x0A], [0x00, 0x00, 0x20]] {
        let f = scanModel(plainList + tail, path: "list.pkl")
        #expect(!f.contains { $0.ruleID == "pickle-malformed-stream" }, "\(tail): \(f.map(\.message))")
    }
    // Controls: bytes that are not padding after STOP are still reported, and a second pickle is still read.
    let junk = scanModel(plainList + [0x0A] + Array("cos\nsys".utf8), path: "list.pkl")
    #expect(junk.contains { $0.ruleID == "pickle-malformed-stream" || $0.ruleID == "pickle-dangerous-global" }, "\(junk.map(\.message))")
    let second = scanModel(plainList + PickleExamples.osSystem, path: "list.pkl")
    #expect(second.contains { $0.ruleID == "pickle-dangerous-call" })
    // Padding longer than 64 bytes is not taken for a newline.
    let long = scanModel(plainList + [UInt8](repeating: 0x20, count: 100), path: "list.pkl")
    #expect(long.contains { $0.ruleID == "pickle-malformed-stream" })
}

@Test func pandasAndScikitLearnValuesAreNotCalls() {
    // pandas 3 writes every string column's dtype as `pandas.StringDtype("python", nan)`.
    var dtype = PickleBuilder(protocol: 2)
    dtype.global("pandas", "StringDtype")
    dtype.string("python")
    dtype.raw([PickleOpcode.binFloat.rawValue, 0x7F, 0xF8, 0, 0, 0, 0, 0, 0])
    dtype.op(.tuple2)
    dtype.op(.reduce)
    #expect(serious(scanModel(dtype.finished(), path: "frame.pkl")).isEmpty, "\(scanModel(dtype.finished(), path: "frame.pkl").map(\.message))")
    // Date offsets: `Week(1, False, 6)`, `BusinessDay(1, False, timedelta(0, 0, 0))`.
    var week = PickleBuilder(protocol: 2)
    week.global("pandas._libs.tslibs.offsets", "BusinessDay")
    week.op(.mark)
    week.int(1)
    week.op(.newFalse)
    week.global("datetime", "timedelta")
    week.int(0); week.int(0); week.int(0)
    week.op(.tuple3)
    week.op(.reduce)
    week.op(.tuple)
    week.op(.reduce)
    #expect(serious(scanModel(week.finished(), path: "series.pkl")).isEmpty, "\(scanModel(week.finished(), path: "series.pkl").map(\.message))")
    // scikit-learn's Cython losses pickle under the short module `_loss`, after the estimator's own import
    // (importing scikit-learn registers `sys.modules["_loss"]`).
    var loss = PickleBuilder(protocol: 2)
    loss.global("sklearn.ensemble._gb", "GradientBoostingRegressor")
    loss.op(.pop)
    loss.global("_loss", "CyHalfSquaredError")
    loss.op(.emptyTuple)
    loss.op(.reduce)
    #expect(serious(scanModel(loss.finished(), path: "gbr.joblib")).isEmpty, "\(scanModel(loss.finished(), path: "gbr.joblib").map(\.message))")
    // Without scikit-learn imported first, `import _loss` searches sys.path (a `_loss.py` beside the model).
    #expect(scanModel(PickleBuilder.call("_loss", "CyHalfSquaredError", []), path: "gbr.joblib").contains { $0.ruleID == "pickle-dangerous-call" })
    // Controls: a trusted class given a path, five arguments, or an argument that is itself a call of
    // something other than a datetime value is still a call outside the allowlist.
    for args in [["/etc/passwd"], ["a", "b", "c", "d", "e"], ["model.pt"]] {
        let call = PickleBuilder.call("pandas", "StringDtype", args)
        #expect(scanModel(call, path: "frame.pkl").contains { $0.ruleID == "pickle-dangerous-call" }, "\(args)")
    }
    var nested = PickleBuilder(protocol: 2)
    nested.global("pandas._libs.tslibs.offsets", "Week")
    nested.global("os", "getcwd")
    nested.op(.emptyTuple)
    nested.op(.reduce)
    nested.op(.tuple1)
    nested.op(.reduce)
    #expect(scanModel(nested.finished(), path: "series.pkl").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    // A module spelled like the loss module but another class is not allowed.
    #expect(!serious(scanModel(PickleBuilder.call("_loss", "system", ["id"]), path: "gbr.joblib")).isEmpty)
    // Review: two short strings are enough to point a trusted class at a file or a host. Several arguments
    // are only for listed value types; top-level re-exports of file writers and git runners are denied.
    for (m, n, args) in [("scipy.io._fortran", "FortranFile", [".bashrc", "w"]), ("pandas.io.common", "_BytesZipFile", [".bashrc", "w"]),
                         ("huggingface_hub", "Repository", ["hfx", "-c core.sshCommand=sh;#http a:b"]),
                         ("torch._C._distributed_c10d", "TCPStore", ["attacker", "29500"]),
                         ("torch._C._distributed_c10d", "FileStore", ["victim"]), ("joblib.logger", "PrintTime", [".bashrc"]),
                         ("pandas", "ExcelWriter", [".bashrc"]), ("torch._C", "PyTorchFileWriter", [".bashrc"])] {
        let f = scanModel(PickleBuilder.call(m, n, args), path: "m.pkl")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(m).\(n): \(f.map(\.message))")
    }
    // `_new_DatetimeIndex(numpy.memmap, {"filename": ..., "mode": "w+"})` runs `memmap.__new__(**d)`.
    var rebuild = PickleBuilder(protocol: 2)
    rebuild.global("pandas.core.indexes.datetimes", "_new_DatetimeIndex")
    rebuild.global("numpy", "memmap")
    rebuild.op(.emptyDict)
    rebuild.string("filename"); rebuild.string("/home/user/.bashrc"); rebuild.op(.setItem)
    rebuild.string("mode"); rebuild.string("w+"); rebuild.op(.setItem)
    rebuild.op(.tuple2)
    rebuild.op(.reduce)
    let rf = scanModel(rebuild.finished(), path: "m.pkl")
    #expect(rf.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(rf.map(\.message))")
    // The same rebuilder with pandas' own DatetimeIndex is what pandas writes.
    var index = PickleBuilder(protocol: 2)
    index.global("pandas.core.indexes.datetimes", "_new_DatetimeIndex")
    index.global("pandas.core.indexes.datetimes", "DatetimeIndex")
    index.op(.emptyDict)
    index.string("name"); index.op(.none); index.op(.setItem)
    index.op(.tuple2)
    index.op(.reduce)
    #expect(serious(scanModel(index.finished(), path: "m.pkl")).isEmpty, "\(scanModel(index.finished(), path: "m.pkl").map(\.message))")
}

@Test func boundMethodsOfAllowedClassesAreTheirDottedNames() {
    // Time-zone-aware pandas values: `getattr(zoneinfo.ZoneInfo, "_unpickle")("Europe/Berlin", 1)`.
    func bound(_ module: String, _ cls: String, _ attr: String, args: [String]) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("builtins", "getattr")
        p.global(module, cls)
        p.string(attr)
        p.op(.tuple2)
        p.op(.reduce)
        p.stringTuple(args)
        p.op(.reduce)
        return p.finished()
    }
    let tz = bound("zoneinfo", "ZoneInfo", "_unpickle", args: ["Europe/Berlin"])
    #expect(serious(scanModel(tz, path: "ts.pkl")).isEmpty, "\(scanModel(tz, path: "ts.pkl").map(\.message))")
    // Controls: an attribute the policy does not allow, a dunder, a class outside the allowlist, and a
    // getattr that is also kept for later use (stored in a list) stay critical.
    for (m, c, attr) in [("zoneinfo", "ZoneInfo", "from_file"), ("zoneinfo", "ZoneInfo", "__init__"),
                         ("os", "path", "join"), ("subprocess", "Popen", "communicate")] {
        let f = scanModel(bound(m, c, attr, args: ["x"]), path: "ts.pkl")
        #expect(f.contains { $0.severity == .critical }, "\(m).\(c).\(attr): \(f.map(\.message))")
    }
    var kept = PickleBuilder(protocol: 2)
    kept.global("builtins", "getattr")
    kept.binPut(0)
    kept.global("zoneinfo", "ZoneInfo")
    kept.string("_unpickle")
    kept.op(.tuple2)
    kept.op(.reduce)
    kept.op(.pop)
    kept.op(.emptyList)
    kept.binGet(0)
    kept.op(.append)
    let f = scanModel(kept.finished(), path: "ts.pkl")
    #expect(f.contains { $0.severity >= .high && $0.message.contains("getattr") }, "\(f.map(\.message))")
}

@Test func docstringsInInstanceStateAreInert() {
    // statsmodels' results objects keep their docstring in the instance state.
    func built(_ key: String, value: (inout PickleBuilder) -> Void) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("copyreg", "_reconstructor")
        p.global("statsmodels.regression.linear_model", "OLSResults")
        p.global("builtins", "object")
        p.op(.none)
        p.op(.tuple3)
        p.op(.reduce)
        p.op(.emptyDict)
        p.string(key)
        value(&p)
        p.op(.setItem)
        p.op(.build)
        return p.finished()
    }
    let doc = built("__doc__") { $0.string("Results class for an OLS model.") }
    #expect(serious(scanModel(doc, path: "ols.pkl")).isEmpty, "\(scanModel(doc, path: "ols.pkl").map(\.message))")
    // Controls: a docstring that is a function, and other dunders, are still reported.
    let fn = built("__doc__") { $0.global("os", "system") }
    #expect(scanModel(fn, path: "ols.pkl").contains { $0.severity >= .high })
    let cls = built("__class__") { $0.string("x") }
    #expect(scanModel(cls, path: "ols.pkl").contains { $0.severity == .critical && $0.message.contains("__class__") })
}
