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
    for (m, n) in [("builtins", "hash"), ("gensim.utils", "call_on_class_only"), ("gensim.models.phrases", "original_scorer"),
                   ("sklearn.metrics.pairwise", "rbf_kernel")] {
        let f = scanModel(referencing(m, n), path: "w2v.model")
        #expect(serious(f).isEmpty, "\(m).\(n): \(f.map(\.message))")
    }
    // Controls: a denylisted function stored for later is high; a function of an unknown package too.
    #expect(scanModel(referencing("os", "system"), path: "w2v.model").contains { $0.ruleID == "pickle-dangerous-global" && $0.severity == .high })
    #expect(scanModel(referencing("torch.hub", "load"), path: "w2v.model").contains { $0.severity >= .high })
    #expect(scanModel(referencing("mypkg.hooks", "run"), path: "w2v.model").contains { $0.severity >= .high })
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
    #expect(tfidf.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .medium && $0.message.contains("deferred call") },
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
