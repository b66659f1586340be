import BulwarkFormats
import Testing

@Test func tomlParsesTablesArraysAndLines() throws {
    let doc = try TOMLParser.parse("""
    # comment
    title = "TOML \\u00e9x" # trailing
    [owner]
    name = 'Tom'
    dob = 1979-05-27T07:32:00-08:00
    [database]
    ports = [ 8000, 8001,
      8002, ]  # multi-line with trailing comma
    enabled = true
    temp = { cpu = 79.5, "case" = 72.0 }
    [[package]]
    name = "a"
    version = "1.0"
    [[package]]
    name = "b"
    deps.x = "1"
    deps.y = "2"
    [package.source]
    registry = "https://pypi.org/simple"
    """)
    #expect(doc.string("title") == "TOML éx")
    #expect(doc.line(of: "title") == 2)
    #expect(doc.node(at: ["owner", "name"])?.string == "Tom")
    #expect(doc.node(at: ["owner", "dob"])?.value == .datetime("1979-05-27T07:32:00-08:00"))
    #expect(doc.node(at: ["database", "ports"])?.array?.count == 3)
    #expect(doc.node(at: ["database", "temp", "case"])?.value == .float("72.0"))
    let pkgs = doc["package"]?.tables ?? []
    #expect(pkgs.count == 2)
    #expect(pkgs.first?.line == 11)
    #expect(pkgs.last?.node(at: ["deps", "y"])?.string == "2")
    #expect(pkgs.last?.node(at: ["source", "registry"])?.string == "https://pypi.org/simple")
    #expect(pkgs.last?.line(of: "name") == 15)
}

@Test func tomlStringKinds() throws {
    let doc = try TOMLParser.parse("""
    a = \"\"\"
    Roses \\
       are red\"\"\"
    b = '''
    C:\\path\\''' 
    c = 'C:\\Users'
    d = "tab\\there"
    e = \"\"\"two "quotes" ""\"\"\"
    f = 0xDEAD_BEEF
    g = -1_000
    h = inf
    i = 1e-3
    j = 07:32:00
    k = 1979-05-27 07:32:00Z
    """)
    #expect(doc.string("a") == "Roses are red")
    #expect(doc.string("b") == "C:\\path\\")
    #expect(doc.string("c") == "C:\\Users")
    #expect(doc.string("d") == "tab\there")
    #expect(doc.string("e") == "two \"quotes\" \"\"")
    #expect(doc["f"]?.value.intValue == 0xDEADBEEF)
    #expect(doc["g"]?.value.intValue == -1000)
    #expect(doc["h"]?.value == .float("inf"))
    #expect(doc["i"]?.value == .float("1e-3"))
    #expect(doc["j"]?.value == .datetime("07:32:00"))
    #expect(doc["k"]?.value == .datetime("1979-05-27 07:32:00Z"))
}

@Test func tomlRejectsInvalidDocuments() {
    let bad = [
        "a = 1\na = 2",                      // duplicate key
        "[a]\n[a]",                          // table twice
        "a = {b = 1}\n[a]",                  // inline table reopened
        "a = [1]\n[[a]]",                     // static array extended
        "a = \"unterminated",
        "a = \"bad \\q escape\"",
        "a = 01",                            // leading zero
        "a = 1__0",
        "= 1",
        "a = 1 b = 2",
        "[a]\nb.c = 1\n[a.b]",               // dotted table then header
        "a = {x = 1,\n y = 2}",              // newline in inline table
        "a = 1979-13",
    ]
    for text in bad {
        #expect(throws: TOMLParser.Error.self, "\(text)") { try TOMLParser.parse(text) }
    }
}

@Test func tomlErrorHasPosition() {
    do {
        _ = try TOMLParser.parse("a = 1\nb = ?")
        Issue.record("expected an error")
    } catch {
        #expect(error.line == 2)
        #expect(error.column == 5)
    }
}

@Test func tomlBoundsDepth() {
    let deep = "a = " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
    #expect(throws: TOMLParser.Error.self) { try TOMLParser.parse(deep) }
    let deepKey = "[" + Array(repeating: "k", count: 10_000).joined(separator: ".") + "]"
    #expect(throws: TOMLParser.Error.self) { try TOMLParser.parse(deepKey) }
    let inline = "a = " + String(repeating: "{b = ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
    #expect(throws: TOMLParser.Error.self) { try TOMLParser.parse(inline) }
}

@Test func tomlSurvivesRandomMutations() {
    var rng = SplitMix64(seed: 0x70A1_5EED)
    let seed = Array("""
    [tool.poetry]
    name = "x" # c
    [tool.poetry.dependencies]
    python = "^3.10"
    requests = { version = "2.31.0", extras = ["socks"] }
    [[package]]
    name = 'b'
    files = [ {file = "b.whl", hash = "sha256:00"}, ]
    s = \"\"\"multi
    line\"\"\"
    t = 1979-05-27T07:32:00Z
    n = 0x1F
    """.utf8)
    var parsed = 0
    for _ in 0..<20_000 {
        var input = seed
        for _ in 0..<Int(rng.next() % 4 + 1) {
            let pos = Int(rng.next() % UInt64(max(input.count, 1)))
            switch rng.next() % 3 {
            case 0: if !input.isEmpty { input[pos] = UInt8(truncatingIfNeeded: rng.next()) }
            case 1: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: min(pos, input.count))
            default: if !input.isEmpty { input.remove(at: pos) }
            }
        }
        if (try? TOMLParser.parse(input)) != nil { parsed += 1 }
    }
    #expect(parsed > 0)
}
