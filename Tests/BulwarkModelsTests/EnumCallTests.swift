import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// A class of a trusted package may be called by a pickle only when the call is a lookup: an enum member
/// (`IntervalStrategy("steps")`) or a listed value type (`PeriodDtype("period[M]")`). Any other class runs its
/// constructor with the stream's arguments.
@Suite("enum-style calls of trusted classes")
struct EnumCallTests {
    func call(_ module: String, _ name: String, _ args: [PickleArg]) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global(module, name)
        for a in args {
            switch a {
            case .s(let s): p.string(s)
            case .f(let d): p.raw([0x47] + withUnsafeBytes(of: d.bitPattern.bigEndian) { Array($0) })  // BINFLOAT
            }
        }
        switch args.count {
        case 0: p.op(.emptyTuple)
        case 1: p.op(.tuple1)
        default: p.op(.tuple2)
        }
        p.op(.reduce)
        return p.finished()
    }

    enum PickleArg { case s(String), f(Double) }

    @Test func unlistedTrustedClassWithAShortTokenIsHigh() {
        // A made-up class of a trusted package, named like nothing on the lists, given a dot file.
        let f = scanModel(call("sklearn.utils._report", "ReportWriter", [.s(".profile")]))
        let hit = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(hit?.severity == .high, "\(f.map { "\($0.ruleID) \($0.severity) \($0.message)" })")
        #expect(hit?.message.contains("no known enum or value type") == true)
    }

    @Test func unlistedTrustedClassWithNoArgumentIsHigh() {
        let f = scanModel(call("transformers.utils.notebook", "NotebookProgressBar", []))
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .high })
    }

    @Test func listedEnumsAndValueTypesAreClean() {
        for bytes in [
            call("transformers.trainer_utils", "IntervalStrategy", [.s("steps")]),
            call("transformers.training_args", "OptimizerNames", [.s("adamw_torch")]),
            call("accelerate.utils.dataclasses", "DistributedType", [.s("NO")]),
            call("pandas.core.dtypes.dtypes", "PeriodDtype", [.s("period[M]")]),
            call("sklearn.linear_model._sgd_fast", "Hinge", [.f(1.0)]),
        ] {
            let f = scanModel(bytes)
            #expect(serious(f).isEmpty, "\(f.map { $0.message })")
        }
    }

    @Test func denylistedClassOfATrustedPackageStaysCritical() {
        let f = scanModel(call("joblib.logger", "PrintTime", [.s(".bashrc")]))
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    }

    @Test func anEnumClassGivenAPathIsNotALookup() {
        // Listed enums still take only enum tokens: a path makes it a call like any other.
        let f = scanModel(call("transformers.trainer_utils", "IntervalStrategy", [.s("/etc/passwd")]))
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity >= .high })
    }

    @Test func generatedEnumListHoldsTrustedClassesAndNeverOverridesTheDenylist() {
        let policy = PicklePolicy()
        #expect(PicklePolicy.generatedEnumClasses.count > 100)
        var denied: [(String, String)] = []
        for full in PicklePolicy.generatedEnumClasses {
            guard let dot = full.lastIndex(of: ".") else { Issue.record("\(full) has no module"); continue }
            let module = String(full[..<dot]), name = String(full[full.index(after: dot)...])
            #expect(PicklePolicy.isTrustedModule(module), "\(full)")
            #expect(PicklePolicy.looksLikeClass(name), "\(full)")
            if policy.threat(module: module, name: name) != nil { denied.append((module, name)) }
        }
        // Enums defined inside denylisted modules (pipelines, f2py): the denylist still decides.
        #expect(!denied.isEmpty)
        for (module, name) in denied.prefix(5) {
            let f = scanModel(call(module, name, [.s("steps")]))
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical }, "\(module).\(name)")
        }
    }

    // Review R4: classes built at load time carry a planted `__setstate__`, which BUILD then calls.

    @Test func enumFunctionalAPIWithAPlantedSetstateIsCritical() {
        var p = PickleBuilder(protocol: 2)
        p.global("enum", "Enum")
        p.string("E")
        p.op(.emptyDict); p.string("__setstate__"); p.global("mylib.tools", "Runner"); p.op(.setItem)
        p.string("A"); p.int(1); p.op(.setItem)
        p.op(.tuple2); p.op(.reduce)
        p.string("payload"); p.op(.build)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.severity == .critical && $0.message.contains("__setstate__") }, "\(f.map { $0.message })")
        // `enum.Enum` itself is never called by a real pickle, even with a plain namespace.
        let plain = scanModel(PickleBuilder.call("enum", "Enum", ["E"]))
        #expect(plain.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func metaclassNewobjCreatingAClassIsCritical() {
        var p = PickleBuilder(protocol: 2)
        p.global("pandas.tseries.holiday", "HolidayCalendarMetaClass")
        p.string("Evil"); p.global("builtins", "tuple"); p.op(.emptyTuple); p.op(.reduce)
        p.op(.emptyDict); p.string("run"); p.global("mylib", "helper"); p.op(.setItem)
        p.op(.tuple3)
        p.op(.newObj)
        p.op(.emptyDict); p.op(.build)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.severity == .critical && $0.message.contains("creates a class at load time") }, "\(f.map { $0.message })")
        // The same shape with plain data is a namedtuple of (text, tuple, dict): no class creation reported.
        var q = PickleBuilder(protocol: 2)
        q.global("collections", "OrderedDict")
        q.string("name"); q.op(.emptyTuple); q.op(.emptyDict); q.op(.tuple3)
        q.op(.newObj)
        #expect(!scanModel(q.finished()).contains { $0.message.contains("creates a class at load time") })
    }

    @Test func namespacesBuiltByDictCallsOrKeywordsArePlanting() {
        // `Meta.__new__(Meta, "X", (), dict([("__setstate__", f)]))` (review R5): the namespace is a call.
        var p = PickleBuilder(protocol: 2)
        p.global("typing", "_ProtocolMeta")
        p.string("X"); p.op(.emptyTuple)
        p.global("builtins", "dict")
        p.op(.mark); p.string("__setstate__"); p.global("mylib", "Runner"); p.op(.tuple2); p.op(.list); p.op(.tuple1)
        p.op(.reduce)
        p.op(.tuple3); p.op(.newObj)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.severity == .critical && $0.message.contains("__setstate__") }, "\(f.map { $0.message })")
        // An `append` planted the same way is called by APPEND on the new class.
        var q = PickleBuilder(protocol: 2)
        q.global("enum", "EnumMeta")
        q.string("X"); q.op(.emptyTuple)
        q.op(.emptyDict); q.string("append"); q.global("mylib", "Runner"); q.op(.setItem)
        q.op(.tuple3); q.op(.newObj)
        #expect(scanModel(q.finished()).contains { $0.severity == .critical && $0.message.contains("append") })
    }

    @Test func codeIsNoEnumToken() {
        for v in ["sys.modules.get('os').system('id')", "a;b", "x=1", "$(id)", "a|b", "`id`", "{x}", "a#b"] {
            #expect(!PickleJudge.isEnumToken(v), "\(v)")
        }
        for v in ["period[M]", "cuda:0", "adamw_torch", "every_save", "interval[int64, right]"] {
            #expect(PickleJudge.isEnumToken(v), "\(v)")
        }
    }

    @Test func pandasExpressionEvaluatorAndReadersAreDenied() {
        let policy = PicklePolicy()
        #expect(policy.threat(module: "pandas.core.computation.expr", name: "Expr") != nil)
        #expect(policy.threat(module: "pandas.io.sas.sas7bdat", name: "SAS7BDATReader") != nil)
        #expect(policy.threat(module: "pandas.core.frame", name: "DataFrame") == nil)
    }

    @Test func plainNamespaceKeysAreNotPlanting() {
        // A dict argument whose dunder keys hold plain text (`__module__`, `__doc__`) plants nothing.
        var p = PickleBuilder(protocol: 2)
        p.global("collections", "OrderedDict")
        p.op(.emptyDict); p.string("__module__"); p.string("x"); p.op(.setItem); p.op(.tuple1)
        p.op(.reduce)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }
}

