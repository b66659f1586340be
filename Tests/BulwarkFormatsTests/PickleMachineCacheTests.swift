import BulwarkFormats
import Testing

// Session 15 made the pickle machine's name tables lazy: GLOBAL arguments go to the hashed table only when they
// leave the list of the four most recent, name ids come from a short list before a dictionary, and an import's
// calls keep the first inline. These tests check that what the analysis records is unchanged by those paths.

/// A protocol 2 pickle importing `names` in order with GLOBAL, each import popped, then `None`.
private func globals(_ names: [(String, String)]) -> [UInt8] {
    var out: [UInt8] = [0x80, 0x02]
    for (m, n) in names {
        out.append(0x63)  // GLOBAL
        out += Array("\(m)\n\(n)\n".utf8)
        out.append(0x30)  // POP
    }
    out += [0x4E, 0x2E]  // NONE, STOP
    return out
}

@Test func globalNamesSurviveTheRecentListAndTheTable() {
    // Twelve distinct globals, twice over: the second round finds each in the hashed table (more than four
    // distinct ones evict each other from the recent list), and past eight names the ids come from the dictionary.
    let distinct = (0..<12).map { ("pkg\($0).sub", "Name\($0)") }
    let order = distinct + distinct.reversed() + [distinct[3], distinct[3], distinct[11]]
    let a = PickleMachine.analyze(globals(order))
    #expect(a.anomalies.isEmpty)
    #expect(a.imports.count == order.count)
    #expect(a.distinctNames == 12)
    for (i, imp) in a.imports.enumerated() {
        #expect(imp.module == order[i].0)
        #expect(imp.name == order[i].1)
    }
    // One id per distinct pair, the same for every import of it, in order of first appearance.
    for (i, imp) in a.imports.enumerated() {
        let first = order.firstIndex { $0 == order[i] }!
        #expect(imp.nameID == a.imports[first].nameID)
        #expect(imp.nameID == distinct.firstIndex { $0 == order[i] }!)
    }
}

@Test func pythonTwoNamesAreFixedOnEveryPath() {
    // Protocol 2 maps Python 2 names (`__builtin__` -> `builtins`, `copy_reg` -> `copyreg`) whether the argument
    // is decoded, found among the recent four or found in the table.
    let filler = (0..<6).map { ("m\($0)", "n\($0)") }
    let order = [("__builtin__", "eval"), ("copy_reg", "_reconstructor")] + filler + [("__builtin__", "eval"), ("copy_reg", "_reconstructor"), ("__builtin__", "eval")]
    let a = PickleMachine.analyze(globals(order))
    let evals = a.imports.filter { $0.name == "eval" }
    #expect(evals.count == 3)
    #expect(evals.allSatisfy { $0.module == "builtins" && $0.nameID == evals[0].nameID })
    let recon = a.imports.filter { $0.name == "_reconstructor" }
    #expect(recon.count == 2)
    #expect(recon.allSatisfy { $0.module == "copyreg" && $0.nameID == recon[0].nameID })
    #expect(a.distinctNames == 8)
}

@Test func callListKeepsOrderAndCount() {
    var l: PickleCallList = []
    #expect(l.isEmpty)
    #expect(l.count == 0)
    #expect(Array(l) == [])
    l.append(7)
    #expect(!l.isEmpty)
    #expect(Array(l) == [7])
    l.append(3)
    l.append(9)
    #expect(l.count == 3)
    #expect(Array(l) == [7, 3, 9])
    #expect(l[1] == 3)
    #expect(l.contains(9))
    #expect(!l.contains(4))
    #expect(l.prefix(2).elementsEqual([7, 3]))
    let literal: PickleCallList = [7, 3, 9]
    #expect(literal == l)
    #expect(literal != [7, 3])
}

@Test func eachCallOfAnImportIsListedOnIt() {
    // `os.system` imported once (memo 0) and called three times, `posix.system` called once.
    var p: [UInt8] = [0x80, 0x02]
    p += [0x63] + Array("os\nsystem\n".utf8) + [0x71, 0x00]  // GLOBAL, BINPUT 0
    for arg in ["a", "b", "c"] {
        p += [0x68, 0x00]  // BINGET 0
        p += [0x8C, UInt8(arg.utf8.count)] + Array(arg.utf8) + [0x85, 0x52, 0x30]  // SHORT_BINUNICODE, TUPLE1, REDUCE, POP
    }
    p += [0x63] + Array("posix\nsystem\n".utf8)
    p += [0x8C, 0x01, 0x64, 0x85, 0x52, 0x2E]  // "d", TUPLE1, REDUCE, STOP
    let a = PickleMachine.analyze(p)
    #expect(a.anomalies.isEmpty)
    #expect(a.imports.count == 2)
    #expect(a.calls.count == 4)
    #expect(Array(a.imports[0].calls) == [0, 1, 2])
    #expect(Array(a.imports[1].calls) == [3])
}
