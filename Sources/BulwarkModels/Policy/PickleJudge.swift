import Foundation
import BulwarkCore
import BulwarkFormats

/// Applies the allowlist policy to one analysed pickle: which imports and calls fall outside it and
/// how (called, instantiated, referenced, computed). It states facts; the pickle rules word and grade them.
struct PickleJudge {
    let policy: PicklePolicy
    let a: PickleAnalysis
    /// The stream is a TorchScript archive's `data.pkl` or `constants.pkl`, read by TorchScript's own unpickler:
    /// `__torch__.*` names are types of the archive's compiled code, nothing is imported. Anywhere else a plain
    /// unpickler runs `import __torch__`, which no installed package provides: only a `__torch__.py` or
    /// `__torch__/` on `sys.path` (the model folder, the working directory) answers, and it runs (review R5, p6a).
    var torchScript = false

    /// Maximum facts of one kind per global, so a stream calling `os.system` 10,000 times stays readable.
    static let perGlobalCap = 3

    /// `__torch__` or a module under it (`__torch__.torch.nn.modules.conv.___torch_mangle_3`).
    static func isTorchScriptType(_ module: String) -> Bool {
        module.hasPrefix("__torch__") && (module.utf8.count == 9 || module.utf8.dropFirst(9).first == 0x2E)
    }

    func facts() -> [PickleFact] {
        var out: [PickleFact] = []
        // Per-import uses, literal-argument flags and helper kinds, and per-name answers, in one block (see `FactTables`).
        let tables = FactTables(imports: a.imports.count, names: a.distinctNames)
        defer { tables.free() }
        // import -> calls through which helpers run it; direct calls are read from `PickleImport.calls`.
        var helperCalls: [Int: [Int]] = [:]
        func callsOf(_ gi: Int) -> [Int] {
            let direct = a.imports[gi].calls.filter { a.calls[$0].kind != .newObj && a.calls[$0].kind != .newObjEx }
            return direct + (helperCalls[gi] ?? [])
        }
        // `functools.partial(f)` over a function the policy lets a checkpoint reference (gensim's TF-IDF
        // weighting functions): a deferred call, judged apart from partials over anything else.
        let deferred = deferredCalls()
        // `getattr(cls, "name")`: how pickle stores a class's method (`ZoneInfo._unpickle`), judged as the
        // dotted global it names.
        let bound = boundMethods()

        // Direct calls. Fields are read in place: copying each call (its builds, attributes and fills)
        // cost more than the checks on a state dict's thousands of calls.
        let skipsCalls = !deferred.calls.isEmpty || !bound.calls.isEmpty
        for ci in a.calls.indices {
            if skipsCalls, deferred.calls.contains(ci) || bound.calls.contains(ci) { continue }
            let callee = a.calls[ci].callee
            let kind = a.calls[ci].kind
            guard let gi = a.importIndex(callee) else {
                if case .unknown(let why)? = a.value(callee), why == "missing" { continue }
                if case .call(let target)? = a.value(callee), bound.calls.contains(target) { continue }
                out.append(PickleFact(kind: .computedCall, offset: a.calls[ci].offset, opcodeIndex: a.calls[ci].opcodeIndex,
                                      rendered: a.renderCall(ci), renderedShort: a.renderCall(ci, style: .variables, maxLength: 80),
                                      callKind: kind))
                continue
            }
            var u: PicklePolicy.Usage = (kind == .newObj || kind == .newObjEx) ? .instantiated : .called
            // `numpy.memmap.__new__(cls, path, dtype, "w+")` opens (and truncates) the file: with arguments,
            // NEWOBJ of a never-called class is a call.
            if u == .instantiated, PicklePolicy.neverCalled.contains(a.imports[gi].module + "." + a.imports[gi].name),
               let args = a.items(a.calls[ci].args), !args.isEmpty {
                u = .called
            }
            tables.raise(gi, u)
            // Trusted classes may only be called enum-style: at most one scalar literal argument.
            if u == .called, tables.literal(gi), !isEnumStyle(call: ci, of: gi) { tables.clearLiteral(gi) }
        }
        // Calls made on behalf of allowlisted helpers that invoke or build their arguments. The helper
        // kind is decided once per import, not once per call: a torch state dict makes thousands of calls.
        var anyHelper = false
        for gi in a.imports.indices {
            let nid = a.imports[gi].nameID
            let h: Helper
            if nid >= 0, nid < tables.names {
                if tables.helper(byName: nid) == .unknown { tables.setHelper(byName: nid, Self.helper(a.imports[gi])) }
                h = tables.helper(byName: nid)
            } else {
                h = Self.helper(a.imports[gi])
            }
            tables.setHelper(gi, h)
            if h != .none { anyHelper = true }
        }
        if anyHelper {
            for (ci, c) in a.calls.enumerated() {
                guard let hi = a.importIndex(c.callee), tables.helper(hi) != .none, let args = a.items(c.args) else { continue }
                func mark(_ idx: Int, _ u: PicklePolicy.Usage) {
                    guard idx < args.count, let gi = a.importIndex(args[idx]) else { return }
                    tables.raise(gi, u)
                    if u == .called { helperCalls[gi, default: []].append(ci); tables.clearLiteral(gi) }
                }
                switch tables.helper(hi) {
                case .rebuildFromType:
                    mark(0, .called)
                    mark(1, .instantiated)
                case .reconstructor:
                    mark(0, .instantiated)
                    if args.count > 1, let bi = a.importIndex(args[1]) {
                        let b = a.imports[bi]
                        if b.module != "builtins" || b.name != "object" { mark(1, .called) }
                    }
                case .instantiatesFirst:
                    // `copyreg.__newobj__(cls, *args)`: extra arguments reach `cls.__new__`.
                    if args.count > 1, a.imports[hi].name.hasPrefix("__newobj"), let gi = a.importIndex(args[0]),
                       PicklePolicy.neverCalled.contains(a.imports[gi].module + "." + a.imports[gi].name) {
                        mark(0, .called)
                    } else {
                        mark(0, .instantiated)
                    }
                case .indexRebuilder:
                    // Only pandas' own Index classes are rebuilt this way; anything else gets `__new__` with
                    // the stream's keyword arguments, which is a call.
                    // Called with no argument it raises before anything is rebuilt (and args[0] trapped: a
                    // 40-byte pickle ended the whole scan with signal 4).
                    if let first = args.first, let gi = a.importIndex(first) {
                        let cls = a.imports[gi]
                        let isIndex = (cls.module == "pandas" || cls.module.hasPrefix("pandas.")) && cls.name.hasSuffix("Index")
                            && PicklePolicy.looksLikeClass(cls.name) && !cls.name.utf8.contains(0x2E)
                        mark(0, isIndex ? .instantiated : .called)
                    }
                case .callsArguments:
                    // numpy's random-state pickle helpers call a class they are given (`cls()`) or a constructor
                    // passed as their second argument (review R5: `__bit_generator_ctor(ultralytics.YOLO)`).
                    for i in args.indices where a.importIndex(args[i]) != nil { mark(i, .called) }
                case .none, .unknown:
                    break
                }
            }
        }

        var perGlobal: [String: Int] = [:]
        // A checkpoint imports the same few globals thousands of times: the policy is asked once per
        // (global, use) and the answer reused.
        // Indexed by nameID * 6 + usage * 2 + literal: 0 unknown, 1 allowed, 2 not allowed.
        for ci in deferred.calls.sorted().prefix(Self.perGlobalCap * 4) {
            let c = a.calls[ci]
            guard let gi = a.importIndex(c.callee) else { continue }
            let imp = a.imports[gi]
            out.append(PickleFact(kind: .deferredCall, offset: c.offset, opcodeIndex: c.opcodeIndex, module: imp.module,
                                  name: imp.name, rendered: a.renderCall(ci), callKind: c.kind))
        }
        // Imports are read in place until one is found outside the policy: copying each (two names, the
        // calls list) cost about 1% of a scan of the benchmark's 640 small model files.
        for gi in a.imports.indices {
            if deferred.imports.contains(gi) || bound.imports.contains(gi) { continue }
            if let why = a.imports[gi].computed {
                let imp = a.imports[gi]
                out.append(PickleFact(kind: .computedImport, offset: imp.offset, opcodeIndex: imp.opcodeIndex,
                                      module: imp.module, name: imp.name, detail: why))
                continue
            }
            if torchScript, Self.isTorchScriptType(a.imports[gi].module) { continue }
            let u = tables.usage(gi)
            if a.imports[gi].module == "_loss", PicklePolicy.shortLossClasses.contains(a.imports[gi].name) {
                let offset = a.imports[gi].offset, pickleIndex = a.imports[gi].pickleIndex
                if a.imports.contains(where: { $0.offset < offset && $0.pickleIndex == pickleIndex && $0.computed == nil
                    && $0.module.hasPrefix("sklearn.") }) {
                    continue
                }
            }
            if Self.hasConstraints(module: a.imports[gi].module, name: a.imports[gi].name)
                ? constraintsHold(a.imports[gi], calls: callsOf(gi)) : true {
                let slot = a.imports[gi].nameID * 6 + u.rawValue * 2 + (tables.literal(gi) ? 1 : 0)
                let allowed: Bool
                if slot >= 0, slot < tables.memoCount, tables.memo(slot) != 0 { allowed = tables.memo(slot) == 1 } else {
                    allowed = policy.isAllowed(module: a.imports[gi].module, name: a.imports[gi].name, usage: u,
                                               literalArgs: tables.literal(gi))
                    if slot >= 0, slot < tables.memoCount { tables.setMemo(slot, allowed ? 1 : 2) }
                }
                if allowed { continue }
            }
            let imp = a.imports[gi]
            let shown = imp.module + "." + imp.name
            let resolved = PicklePolicy.resolve(module: imp.module, name: imp.name)
            let threat = policy.threat(module: imp.module, name: imp.name)
            let count = perGlobal[shown, default: 0]
            guard count < Self.perGlobalCap else { continue }
            perGlobal[shown] = count + 1
            var fact = PickleFact(kind: .reference, offset: imp.offset, opcodeIndex: imp.opcodeIndex, module: imp.module, name: imp.name,
                                  reaches: resolved.full != shown ? resolved.full : nil, threat: threat)
            switch u {
            case .called:
                // A class of a trusted package called with short literals only, that is no known enum or value
                // type (an enum of a version the list lacks, or a constructor with side effects).
                fact.trustedLiteralCall = threat == nil && tables.literal(gi) && PicklePolicy.looksLikeClass(imp.name)
                    && !imp.name.utf8.contains(0x2E) && PicklePolicy.isTrustedModule(imp.module)
                // A never-called class given arguments by NEWOBJ is called through its own `__new__`.
                let direct = callsOf(gi)
                for ci in (direct.isEmpty ? Array(imp.calls) : direct).prefix(Self.perGlobalCap) {
                    let c = a.calls[ci]
                    var f = fact
                    f.kind = .call
                    f.offset = c.offset
                    f.opcodeIndex = c.opcodeIndex
                    f.rendered = a.renderCall(ci)
                    f.callKind = c.kind
                    out.append(f)
                }
            case .instantiated:
                // `cls.__new__(cls)` only allocates: a name outside the allowlist that the denylist says nothing
                // about is an instance built without its constructor, whatever its casing (a function has no
                // `__new__` to run and the load fails). A denylisted name has its `__new__` called.
                fact.kind = threat == nil ? .instantiation : .call
                out.append(fact)
            case .referenced:
                out.append(fact)
            }
        }
        // A namespace handed to a call with a dunder method in it: `enum.Enum("E", {"__setstate__": f})` or a
        // metaclass's `__new__(mcls, "C", (), {"__setstate__": f})` builds a class at load time, and BUILD on that
        // class then calls `f(state)` (review R4). Real checkpoints pass no such namespace.
        let mayPlant = namespacesPossible(tables)
        for ci in a.calls.indices {
            let kind = a.calls[ci].kind, args = a.calls[ci].args, kwargs = a.calls[ci].kwargs
            // `Meta.__new__(Meta, "Name", (bases...), namespace)`: NEWOBJ of a metaclass creates a class.
            // A namedtuple of (text, tuple, dict) has the same shape: only a namespace or bases that are not plain
            // data (a callable inside, or built by calls) make it a class creation worth reporting.
            if kind == .newObj || kind == .newObjEx, let items = a.items(args), items.count == 3,
               a.string(items[0]) != nil || isCall(items[0]), isTupleOrCall(items[1]),
               !(a.isLiteral(items[1]) && a.isLiteral(items[2])) {
                out.append(PickleFact(kind: .buildTrick, offset: a.calls[ci].offset, opcodeIndex: a.calls[ci].opcodeIndex,
                                      detail: "NEWOBJ creates a class at load time: \(a.renderCall(ci, maxLength: 160)) (a metaclass given a name, bases and a namespace)"))
                continue
            }
            if mayPlant, let (key, value) = plantedDunder(args: args, kwargs: kwargs) {
                out.append(PickleFact(kind: .buildTrick, offset: a.calls[ci].offset, opcodeIndex: a.calls[ci].opcodeIndex,
                                      detail: "A call receives a namespace that plants \(key) = \(a.render(value, maxLength: 120)) (a class built at load time gets this method)"))
            }
        }
        // States that libraries' own `__setstate__` turn into code (review R5).
        for ci in a.calls.indices where !a.calls[ci].attributes.isEmpty {
            if let why = Self.codeInState(a.calls[ci].attributes, string: { a.string($0) }, truthy: { ref in
                switch a.value(ref) {
                case .bool(let b)?: return b
                case .none?, nil: return false
                default: return true
                }
            }) {
                out.append(PickleFact(kind: .buildTrick, offset: a.calls[ci].offset, opcodeIndex: a.calls[ci].opcodeIndex, detail: why))
            }
        }
        // BUILD tricks the machine noticed.
        for an in a.anomalies where an.kind == .dunderState || an.kind == .buildOnGlobal {
            out.append(PickleFact(kind: .buildTrick, offset: an.offset, opcodeIndex: an.opcodeIndex, detail: an.message))
        }
        return out
    }

    /// A namespace among a call's arguments or keyword arguments (two levels into tuples, lists and keyword
    /// values) that plants a method the loader calls: a dunder key (`__setstate__`) or a method BUILD/APPEND
    /// use (`append`, `extend`, `add`, `keys`) bound to something that is not plain data, or such a value under a
    /// computed key. The namespace may be a dict literal or built by `dict(...)`/`OrderedDict(...)` over pairs
    /// (review R5). Returns the key and value.
    /// Whether `plantedDunder` can find anything in this pickle: it reads (key, value) pairs only from dict entries
    /// whose value is not literal (a literal value is no method, and nothing is searched below it) and from the
    /// keyword or positional arguments of a mapping builder's call (`dict(...)`, `OrderedDict(...)`), so a stream
    /// with neither has no namespace to find. Most have neither (a state dict's `OrderedDict()` takes no
    /// arguments, a legacy checkpoint's `sys_info` holds literals), and searching every argument of every call for
    /// one was about 3.7% of the instructions of a `--jobs 1` scan of the benchmark's 640 files (session 15).
    /// (Whether a name is a mapping builder is asked once per distinct name, kept in `tables`.)
    func namespacesPossible(_ tables: FactTables) -> Bool {
        // A dict yields a pair or a place to search only through an entry whose value is not literal.
        if a.dictEntriesHoldingObjects > 0 { return true }
        for ci in a.calls.indices {
            guard let gi = a.importIndex(a.calls[ci].callee) else { continue }
            let nid = a.imports[gi].nameID
            let mapping: Bool
            if nid >= 0, nid < tables.names {
                var m = tables.mapping(byName: nid)
                if m == 0 {
                    m = Self.isMappingBuilder(module: a.imports[gi].module, name: a.imports[gi].name) ? 2 : 1
                    tables.setMapping(byName: nid, m)
                }
                mapping = m == 2
            } else {
                mapping = Self.isMappingBuilder(module: a.imports[gi].module, name: a.imports[gi].name)
            }
            if mapping, a.calls[ci].kwargs != nil || !(a.items(a.calls[ci].args) ?? []).isEmpty { return true }
        }
        return false
    }

    func plantedDunder(args callArgs: Int?, kwargs: Int?) -> (String, Int)? {
        func pair(_ k: Int, _ v: Int) -> (String, Int)? {
            if a.isLiteral(v) { return nil }
            guard let key = a.string(k) else {
                // A literal key that is no string (a tuple, a number) names no method; a computed one may.
                return a.isLiteral(k) ? nil : ("a computed key", v)
            }
            if (key.hasPrefix("__") && key.hasSuffix("__") && key.utf8.count > 4) || Self.plantableMethods.contains(key) {
                return (key, v)
            }
            return nil
        }
        func namespace(_ ref: Int, depth: Int) -> (String, Int)? {
            guard depth < 3 else { return nil }
            switch a.value(ref) {
            case .dict(let entries)?:
                for e in entries { if let hit = pair(e.key, e.value) { return hit } }
                for e in entries where !a.isLiteral(e.value) {
                    if let hit = namespace(e.value, depth: depth + 1) { return hit }
                }
                return nil
            case .tuple(let items)?, .list(let items)?:
                for item in items.prefix(16) { if let hit = namespace(item, depth: depth + 1) { return hit } }
                return nil
            case .call(let ci)?:
                // `dict([(k, v), ...])`, `OrderedDict(...)`, `dict(k=v)`: read the pairs.
                guard let gi = a.importIndex(a.calls[ci].callee),
                      Self.isMappingBuilder(module: a.imports[gi].module, name: a.imports[gi].name) else { return nil }
                if let kw = a.calls[ci].kwargs, let hit = namespace(kw, depth: depth + 1) { return hit }
                for item in a.items(a.calls[ci].args) ?? [] {
                    if let hit = namespace(item, depth: depth + 1) { return hit }
                    guard let seq = a.items(item) else { continue }
                    for p in seq {
                        if let kv = a.items(p), kv.count == 2, let hit = pair(kv[0], kv[1]) { return hit }
                    }
                }
                return nil
            default:
                return nil
            }
        }
        if let kw = kwargs, let hit = namespace(kw, depth: 0) { return hit }
        guard let args = callArgs, let items = a.items(args) else { return nil }
        for item in items.prefix(8) {
            if let hit = namespace(item, depth: 0) { return hit }
        }
        return nil
    }

    /// State keys that trusted libraries evaluate as code when BUILD hands them to `__setstate__`:
    /// - scipy's distributions `exec` `_parse_arg_template` (`rv_generic.__setstate__` -> `_attach_methods`); scipy
    ///   writes a fixed template of three `_parse_args*` functions over the shape names, nothing else;
    /// - statsmodels' `ModelData.__setstate__` evaluates `formula` (patsy/formulaic) when `restore_model_spec` is
    ///   set; a real formula holds names, numbers, operators and a few transforms (`C(x)`, `np.log(y)`).
    static func codeInState(_ attributes: [String: Int], string: (Int) -> String?, truthy: (Int) -> Bool) -> String? {
        if let ref = attributes["_parse_arg_template"] {
            guard let text = string(ref), isScipyParseTemplate(text) else {
                return "BUILD gives a scipy distribution a `_parse_arg_template` that is not scipy's generated one; its `__setstate__` executes that text: \(string(ref).map { String($0.prefix(120)) } ?? "(not text)")"
            }
        }
        if let spec = attributes["restore_model_spec"], truthy(spec), let ref = attributes["formula"] {
            guard let text = string(ref), isPlainFormula(text) else {
                return "BUILD gives statsmodels model data a formula that is evaluated on load and holds code: \(string(ref).map { String($0.prefix(120)) } ?? "(not text)")"
            }
        }
        return nil
    }

    /// scipy's template (`_distn_infrastructure.parse_arg_template`) filled with shape names and loc/scale.
    static func isScipyParseTemplate(_ text: String) -> Bool {
        guard text.utf8.count <= 4096 else { return false }
        var defs = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("def ") {
                guard line.wholeMatch(of: #/def _parse_args(_rvs|_stats)?\(self[ ,]*(?:[A-Za-z_][A-Za-z0-9_]*(?: *= *(?:'[a-z]*'|[0-9.]+|None))?[ ,]*)*\):/#) != nil else {
                    return false
                }
                defs += 1
            } else if line.hasPrefix("return ") {
                var rest = line
                if let r = rest.range(of: "self._argcheck_rvs(") { rest.replaceSubrange(r, with: "(") }
                guard rest.wholeMatch(of: #/return [A-Za-z0-9_ ,()=]*/#) != nil, rest.firstMatch(of: #/[A-Za-z0-9_]\(/#) == nil else {
                    return false
                }
            } else {
                return false
            }
        }
        return defs > 0
    }

    static let formulaFunctions: Set<String> = [
        "C", "I", "Q", "np.log", "np.log1p", "np.log2", "np.log10", "np.exp", "np.sqrt", "np.abs", "np.power",
        "numpy.log", "numpy.exp", "numpy.sqrt", "log", "exp", "sqrt", "abs", "center", "standardize", "scale", "bs",
        "cr", "cc", "te", "poly", "Treatment", "Sum", "Diff", "Poly", "Helmert", "T", "S", "D", "lag", "pow",
    ]

    /// A model formula made of names, numbers, operators, short quoted labels and calls of the usual transforms.
    static func isPlainFormula(_ text: String) -> Bool {
        guard text.utf8.count <= 4096, !text.contains("__"), !text.contains("\\"), !text.contains("lambda") else { return false }
        for c in text.unicodeScalars {
            switch c {
            case "a"..."z", "A"..."Z", "0"..."9", "_", " ", ".", "~", "+", "-", "*", "/", ":", "|", "^", "(", ")", ",",
                 "=", "'", "\"", "%", "\t", "\n": continue
            default: return false
            }
        }
        // Every call names a listed transform.
        for m in text.matches(of: #/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/#) where !formulaFunctions.contains(String(m.output.1)) {
            return false
        }
        // Quoted text is a label: letters, digits, spaces and a few marks.
        for m in text.matches(of: #/'([^']*)'|"([^"]*)"/#) {
            let inner = String(m.output.1 ?? m.output.2 ?? "")
            guard inner.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || " _.-".unicodeScalars.contains($0) }) else {
                return false
            }
        }
        return true
    }

    func isCall(_ ref: Int) -> Bool { if case .call? = a.value(ref) { return true } else { return false } }
    func isTupleOrCall(_ ref: Int) -> Bool {
        switch a.value(ref) {
        case .tuple?, .call?: return true
        default: return false
        }
    }

    /// Methods the loader itself looks up on an object it builds (APPEND/APPENDS, ADDITEMS, `dict(obj)`).
    static let plantableMethods: Set<String> = ["append", "extend", "add", "keys", "items", "update"]
    static let mappingBuilders: Set<String> = ["builtins.dict", "collections.OrderedDict", "collections.defaultdict"]

    /// Whether a global resolves to one of `mappingBuilders`. Asked for every call argument that is itself a call
    /// (each tensor of a state dict passes `OrderedDict()`), so plain names are answered without building the
    /// resolved name: resolution keeps a name without dots and only renames the module, and neither
    /// `collections` nor `builtins` is renamed.
    static func isMappingBuilder(module: String, name: String) -> Bool {
        if !name.utf8.contains(0x2E) {
            switch name {
            case "OrderedDict", "defaultdict": if module == "collections" { return true }
            case "dict": if module == "builtins" { return true }
            default: return false
            }
        }
        return mappingBuilders.contains(PicklePolicy.resolve(module: module, name: name).full)
    }

    /// Calls of `functools.partial` whose only argument is an import the policy allows as a reference
    /// (no denylist entry), and the partial imports all of whose calls are such. Anything else passed to
    /// a partial (a denylisted function, a computed value, extra arguments) stays a call.
    func deferredCalls() -> (calls: Set<Int>, imports: Set<Int>) {
        var calls = Set<Int>()
        var partialImports = Set<Int>()
        // Imports read in place (`enumerated()` copied each, with its names and calls, for every pickle).
        for gi in a.imports.indices where a.imports[gi].computed == nil && a.imports[gi].name == "partial" {
            guard PicklePolicy.resolve(module: a.imports[gi].module, name: a.imports[gi].name).full == "functools.partial" else { continue }
            partialImports.insert(gi)
        }
        guard !partialImports.isEmpty else { return ([], []) }
        var unsafe = Set<Int>()
        for (ci, c) in a.calls.enumerated() {
            guard let gi = a.importIndex(c.callee), partialImports.contains(gi) else { continue }
            guard c.kind == .reduce, c.kwargs == nil, let args = a.items(c.args), args.count == 1,
                  let fi = a.importIndex(args[0]), a.imports[fi].computed == nil else {
                unsafe.insert(gi)
                continue
            }
            let f = a.imports[fi]
            if policy.threat(module: f.module, name: f.name) == nil,
               policy.isAllowed(module: f.module, name: f.name, usage: .referenced, literalArgs: true),
               c.fills.isEmpty, c.builds.allSatisfy({ inertPartialState($0, function: fi) }) {
                calls.insert(ci)
            } else {
                unsafe.insert(gi)
            }
        }
        // A partial handed to another call (a helper such as `_rebuild_from_type` calls its first argument)
        // or called itself runs at load time: not deferred.
        if !calls.isEmpty {
            for c in a.calls {
                if case .call(let target)? = a.value(c.callee), calls.contains(target) {
                    calls.remove(target)
                    if let gi = a.importIndex(a.calls[target].callee) { unsafe.insert(gi) }
                }
                for item in a.items(c.args) ?? [] {
                    if case .call(let target)? = a.value(item), calls.contains(target) {
                        calls.remove(target)
                        if let gi = a.importIndex(a.calls[target].callee) { unsafe.insert(gi) }
                    }
                }
            }
        }
        let imports = partialImports.subtracting(unsafe).filter { gi in a.imports[gi].calls.contains { calls.contains($0) } }
        // A partial import with an unsafe call keeps all its calls as calls.
        let kept = calls.filter { ci in a.importIndex(a.calls[ci].callee).map { imports.contains($0) } ?? false }
        return (kept, imports)
    }

    /// Calls `getattr(G, "name")` where G is an imported global, the name is a plain attribute (no dunder)
    /// and the policy allows calling the dotted global `G.name` (pickle writes a class's method, such as
    /// `zoneinfo.ZoneInfo._unpickle`, this way); and the `getattr` imports used for nothing else: not called
    /// otherwise, not stored in any value, state, attribute, fill or result. Calls of such a bound method
    /// are calls of an allowed global.
    func boundMethods() -> (calls: Set<Int>, imports: Set<Int>) {
        var getattrs = Set<Int>()
        for gi in a.imports.indices where a.imports[gi].computed == nil && a.imports[gi].name == "getattr" {
            if PicklePolicy.resolve(module: a.imports[gi].module, name: a.imports[gi].name).full == "builtins.getattr" { getattrs.insert(gi) }
        }
        guard !getattrs.isEmpty else { return ([], []) }
        var calls = Set<Int>()
        var unsafe = Set<Int>()
        for gi in getattrs {
            for ci in a.imports[gi].calls {
                let c = a.calls[ci]
                guard c.kind == .reduce, c.kwargs == nil, c.builds.isEmpty, c.fills.isEmpty, c.attributes.isEmpty,
                      let args = a.items(c.args), args.count == 2,
                      let ti = a.importIndex(args[0]), a.imports[ti].computed == nil,
                      let attr = a.string(args[1]), !attr.isEmpty, !attr.hasDoubleUnderscore,
                      !attr.utf8.contains(0x2E) else {
                    unsafe.insert(gi)
                    continue
                }
                let t = a.imports[ti]
                let name = t.name + "." + attr
                if policy.threat(module: t.module, name: name) == nil,
                   policy.isAllowed(module: t.module, name: t.name, usage: .referenced, literalArgs: true),
                   policy.isAllowed(module: t.module, name: name, usage: .called, literalArgs: false) {
                    calls.insert(ci)
                } else {
                    unsafe.insert(gi)
                }
            }
        }
        var candidates = getattrs.subtracting(unsafe)
        guard !candidates.isEmpty else { return ([], []) }
        // The getattr function itself must not escape into anything a loader could hand it to.
        var escapes = Set<Int>()
        func note(_ ref: Int?) {
            guard let ref, case .global(let gi)? = a.value(ref), candidates.contains(gi) else { return }
            escapes.insert(gi)
        }
        for v in a.values {
            switch v {
            case .tuple(let r), .list(let r), .set(let r, _): r.forEach { note($0) }
            case .dict(let e): e.forEach { note($0.key); note($0.value) }
            default: break
            }
        }
        for c in a.calls {
            c.builds.forEach { note($0) }
            c.attributes.values.forEach { note($0) }
            c.fills.forEach { note($0.key); note($0.value) }
        }
        a.results.forEach { note($0) }
        candidates.subtract(escapes)
        return (calls.filter { ci in a.importIndex(a.calls[ci].callee).map { candidates.contains($0) } ?? false }, candidates)
    }

    /// `partial.__setstate__((func, args, keywords, namespace))` replaces everything: inert only when it keeps
    /// the same function, plain arguments and no namespace holding anything but plain data.
    func inertPartialState(_ state: Int, function fi: Int) -> Bool {
        guard let t = a.items(state), t.count == 4, a.importIndex(t[0]) == fi else { return false }
        guard a.isLiteral(t[1]) else { return false }
        for ref in [t[2], t[3]] {
            if case .none? = a.value(ref) { continue }
            guard a.isLiteral(ref) else { return false }
        }
        return true
    }

    /// Allowlisted helpers that invoke or build their arguments.
    /// (`unknown`, raw value 0, is "not yet decided" in `FactTables`.)
    enum Helper: UInt8 { case unknown, none, rebuildFromType, reconstructor, instantiatesFirst, indexRebuilder, callsArguments }

    /// The tables `facts()` keeps per import (use, literal arguments only, helper kind) and per distinct name
    /// (helper kind, policy answers, mapping builder or not), in one block of bytes. Five arrays of them cost five allocations per
    /// pickle, and each `Array(repeating:count:)` of an enum of ours looked up its generic metadata at run
    /// time (about 0.5% of a `--jobs 1` scan of the benchmark's 640 small files, session 15).
    struct FactTables {
        let imports: Int
        let names: Int
        private let bytes: UnsafeMutableBufferPointer<UInt8>

        /// Uses start at `referenced` (0), literal flags at true, helpers and answers at 0 (unknown).
        init(imports: Int, names: Int) {
            precondition(imports >= 0 && names >= 0)
            self.imports = imports
            self.names = names
            bytes = .allocate(capacity: max(1, 3 * imports + 8 * names))
            bytes.initialize(repeating: 0)
            for i in 0..<imports { bytes[imports + i] = 1 }
        }

        func free() { bytes.deallocate() }

        private func slot(_ i: Int, _ count: Int, _ base: Int) -> Int {
            precondition(i >= 0 && i < count, "FactTables index out of range")
            return base + i
        }

        func usage(_ gi: Int) -> PicklePolicy.Usage { PicklePolicy.Usage(rawValue: Int(bytes[slot(gi, imports, 0)]))! }
        /// Keeps the strongest use (`max`).
        func raise(_ gi: Int, _ u: PicklePolicy.Usage) {
            let k = slot(gi, imports, 0)
            if UInt8(u.rawValue) > bytes[k] { bytes[k] = UInt8(u.rawValue) }
        }
        func literal(_ gi: Int) -> Bool { bytes[slot(gi, imports, imports)] != 0 }
        func clearLiteral(_ gi: Int) { bytes[slot(gi, imports, imports)] = 0 }
        func helper(_ gi: Int) -> Helper { Helper(rawValue: bytes[slot(gi, imports, 2 * imports)])! }
        func setHelper(_ gi: Int, _ h: Helper) { bytes[slot(gi, imports, 2 * imports)] = h.rawValue }
        func helper(byName n: Int) -> Helper { Helper(rawValue: bytes[slot(n, names, 3 * imports)])! }
        func setHelper(byName n: Int, _ h: Helper) { bytes[slot(n, names, 3 * imports)] = h.rawValue }
        /// Policy answers by nameID * 6 + usage * 2 + literal: 0 unknown, 1 allowed, 2 not allowed.
        var memoCount: Int { names * 6 }
        func memo(_ k: Int) -> UInt8 { bytes[slot(k, memoCount, 3 * imports + names)] }
        func setMemo(_ k: Int, _ v: UInt8) { bytes[slot(k, memoCount, 3 * imports + names)] = v }
        /// Whether a name is a mapping builder (`namespacesPossible`): 0 unknown, 1 no, 2 yes.
        func mapping(byName n: Int) -> UInt8 { bytes[slot(n, names, 3 * imports + 7 * names)] }
        func setMapping(byName n: Int, _ v: UInt8) { bytes[slot(n, names, 3 * imports + 7 * names)] = v }
    }

    static func helper(_ imp: PickleImport) -> Helper {
        // Every helper's last name component starts with `_`: other names are not joined and compared (a torch
        // checkpoint's distinct names cost a joined string and a dozen comparisons each).
        let u = imp.name.utf8
        let last = u.lastIndex(of: UInt8(ascii: ".")).map { u.index(after: $0) } ?? u.startIndex
        guard last < u.endIndex, u[last] == UInt8(ascii: "_") else { return .none }
        return switch imp.module + "." + imp.name {
        case "torch._tensor._rebuild_from_type", "torch._tensor._rebuild_from_type_v2": .rebuildFromType
        case "copyreg._reconstructor": .reconstructor
        case "copyreg.__newobj__", "copyreg.__newobj_ex__", "torch._utils._rebuild_wrapper_subclass",
             "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct",
             "numpy.core._internal._reconstruct": .instantiatesFirst
        // pandas index rebuilders: `cls.__new__(cls, **d)` on their first argument, with keyword arguments
        // from the stream (`numpy.memmap.__new__(filename=..., mode="w+")` truncates a file)
        case "pandas.core.indexes.base._new_Index", "pandas.core.indexes.datetimes._new_DatetimeIndex": .indexRebuilder
        case "numpy.random._pickle.__bit_generator_ctor", "numpy.random._pickle.__generator_ctor",
             "numpy.random._pickle.__RandomState_ctor", "numpy.random.__RandomState_ctor": .callsArguments
        default: .none
        }
    }

    /// A trusted class called enum-style: no argument or one number, boolean, None or short token (`"fp16"`,
    /// never a path, URL or file name). Listed value types (`PicklePolicy.valueTypes`) may take up to four
    /// such arguments or standard `datetime` values (`StringDtype("python", nan)`, `Week(1, False, 6)`,
    /// `BusinessDay(1, False, timedelta(0))`): two short strings are enough to point a file writer or a
    /// network client somewhere (`FortranFile("x", "w")`, `TCPStore("host", 29500)`).
    /// (Call and import by index, read in place: a copy of each cost a dozen reference counts per call.)
    func isEnumStyle(call ci: Int, of gi: Int) -> Bool {
        guard a.calls[ci].kwargs == nil else { return false }
        guard let args = a.calls[ci].args else { return true }
        guard let items = a.items(args) else { return false }
        if items.count <= 1 {
            guard let v = items.first.flatMap({ a.value($0) }) else { return true }
            switch v {
            case .none, .bool, .int, .float: return true
            case .string(let s, _): return Self.isEnumToken(s)
            default: return false
            }
        }
        guard items.count <= 4, PicklePolicy.isValueType(module: a.imports[gi].module, name: a.imports[gi].name) else { return false }
        return items.allSatisfy { isScalarArgument($0) }
    }

    func isScalarArgument(_ ref: Int) -> Bool {
        guard let v = a.value(ref) else { return false }
        switch v {
        case .none, .bool, .int, .float: return true
        case .string(let s, _): return Self.isEnumToken(s)
        case .call(let ci):
            // `datetime.timedelta(0, 0, 0)` and friends, themselves called with numbers only.
            let c = a.calls[ci]
            guard c.kwargs == nil, c.builds.isEmpty, c.fills.isEmpty, let gi = a.importIndex(c.callee),
                  Self.datetimeValues.contains(a.imports[gi].module + "." + a.imports[gi].name) else { return false }
            guard let inner = c.args.flatMap({ a.items($0) }), inner.count <= 8 else { return c.args == nil }
            return inner.allSatisfy { r in
                switch a.value(r) {
                case .int?, .float?, .bool?, .none?: true
                default: false
                }
            }
        default: return false
        }
    }

    static let datetimeValues: Set<String> = ["datetime.timedelta", "datetime.time", "datetime.date", "datetime.datetime"]

    /// Enum values are short tokens (`"steps"`, `"fp16"`, `"linear"`). A path, a URL or a file name given to a
    /// class of a trusted package is not an enum: it is a loader being pointed somewhere (`ultralytics.YOLO(url)`,
    /// `huggingface_hub.Repository(path)`).
    static func isEnumToken(_ s: String) -> Bool {
        guard s.utf8.count <= 64 else { return false }
        var previousDot = false
        for c in s.utf8 {
            if c == 0x2F || c == 0x5C || c == 0x7E || (c == 0x2E && previousDot) { return false }  // / \ ~ ..
            // Code and shell syntax: quotes, calls, assignments, pipes, redirects, braces, comments
            // (review R4: `sys.modules.get('os').system('id')` passed as a token).
            if Self.isCodeByte(c) || c < 0x20 { return false }
            previousDot = c == 0x2E
        }
        guard s.utf8.contains(0x2E) else { return true }
        let lower = s.lowercased()
        return !Self.fileExtensions.contains { lower.hasSuffix($0) }
    }

    /// ( ) ' " ; = ` $ | & < > { } ! # @
    static let codeBytes: Set<UInt8> = [0x28, 0x29, 0x27, 0x22, 0x3B, 0x3D, 0x60, 0x24, 0x7C, 0x26, 0x3C, 0x3E, 0x7B, 0x7D,
                                        0x21, 0x23, 0x40]

    /// `codeBytes` as two 64-bit masks (bytes 0-63 and 64-127), tested without the set: its first use cost a
    /// run-time conformance lookup (`UInt8: Hashable`, a scan of every conformance record of the binary) in
    /// every process. `codeByteMaskMatchesTheSet` checks both agree.
    static let codeByteMask: (low: UInt64, high: UInt64) = (
        (1 << 0x28) | (1 << 0x29) | (1 << 0x27) | (1 << 0x22) | (1 << 0x3B) | (1 << 0x3D) | (1 << 0x24) | (1 << 0x26)
            | (1 << 0x3C) | (1 << 0x3E) | (1 << 0x21) | (1 << 0x23),
        (1 << (0x60 - 64)) | (1 << (0x7C - 64)) | (1 << (0x7B - 64)) | (1 << (0x7D - 64)) | (1 << (0x40 - 64))
    )

    @inline(__always) static func isCodeByte(_ c: UInt8) -> Bool {
        if c < 64 { return codeByteMask.low & (1 << UInt64(c)) != 0 }
        if c < 128 { return codeByteMask.high & (1 << UInt64(c - 64)) != 0 }
        return false
    }

    static let fileExtensions = [".pt", ".pth", ".pkl", ".pickle", ".bin", ".ckpt", ".joblib", ".h5", ".keras", ".onnx",
                                 ".safetensors", ".py", ".sh", ".so", ".dll", ".dylib", ".zip", ".tar", ".gz", ".npy", ".npz",
                                 ".yaml", ".yml", ".json"]

    /// Whether `constraintsHold` has anything to check for this global.
    static func hasConstraints(module: String, name: String) -> Bool {
        name == "encode" && (module == "_codecs" || module == "codecs")
    }

    /// Argument constraints of allowlisted functions that would otherwise compute names or code.
    func constraintsHold(_ imp: PickleImport, calls: [Int]) -> Bool {
        guard !calls.isEmpty else { return true }
        switch (imp.module, imp.name) {
        case ("_codecs", "encode"), ("codecs", "encode"):
            for ci in calls {
                guard let args = a.items(a.calls[ci].args) else { return false }
                if args.count >= 2 {
                    guard let enc = a.string(args[1])?.lowercased(), ["latin1", "latin-1", "utf-8", "utf8", "ascii"].contains(enc) else {
                        return false
                    }
                }
            }
            return true
        default:
            return true
        }
    }
}
