import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Testing

// Session 15: compromised releases from 2018 to 2025 that lockfiles still pin, in five ecosystems.
// Each is flagged at its listed versions and not at the neighbouring clean release.

private func maliciousIDs(_ path: String, _ text: String) -> [String] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let context = ScanContext(configuration: Configuration(), root: "/")
    let f = SourceFile(relativePath: path, text: text)
    guard scanner.wants(f) else { return [] }
    return scanner.scan(f, context: context).filter { $0.ruleID == "dep-known-malicious" }.map(\.message)
}

private func npmLock(_ pkgs: [(String, String)]) -> String {
    let entries = pkgs.enumerated().map { i, p in
        """
            "node_modules/\(i)/node_modules/\(p.0)": {"version": "\(p.1)", "resolved": "https://registry.npmjs.org/\(p.0)/-/x-\(p.1).tgz", "integrity": "sha512-\(String(repeating: "A", count: 86))=="}
        """
    }.joined(separator: ",\n")
    return """
    {"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": {
        "": {"name": "app", "version": "1.0.0"},
    \(entries)
    }}
    """
}

@Test func compromisedNpmReleasesAreKnownMalicious() {
    let bad: [(String, String)] = [
        ("eslint-scope", "3.7.2"), ("coa", "2.0.3"), ("rc", "1.2.9"), ("node-ipc", "10.1.2"), ("peacenotwar", "9.1.3"),
        ("colors", "1.4.44-liberty-2"), ("faker", "6.6.6"), ("@ledgerhq/connect-kit", "1.1.7"),
        ("@lottiefiles/lottie-player", "2.0.6"), ("@solana/web3.js", "1.95.6"), ("@rspack/core", "1.1.7"),
        ("@0xengine/xmlrpc", "1.3.4"), ("xrpl", "2.14.2"), ("rand-user-agent", "2.0.84"), ("is", "5.0.0"),
    ]
    let hits = maliciousIDs("package-lock.json", npmLock(bad))
    #expect(hits.count == bad.count, "\(hits)")
    let clean: [(String, String)] = [
        ("eslint-scope", "3.7.3"), ("coa", "2.0.2"), ("rc", "1.2.8"), ("node-ipc", "9.2.1"), ("colors", "1.4.0"), ("faker", "5.5.3"),
        ("@ledgerhq/connect-kit", "1.1.8"), ("@lottiefiles/lottie-player", "2.0.4"), ("@solana/web3.js", "1.95.8"),
        ("@rspack/core", "1.1.8"), ("xrpl", "4.2.5"), ("rand-user-agent", "2.0.82"), ("is", "3.3.0"),
    ]
    #expect(maliciousIDs("package-lock.json", npmLock(clean)).isEmpty)
}

@Test func compromisedReleasesInOtherEcosystemsAreKnownMalicious() {
    #expect(maliciousIDs("requirements.txt", "ctx==0.2.2\naiocpa==0.1.13\nnum2words==0.5.15\n").count == 3)
    #expect(maliciousIDs("requirements.txt", "aiocpa==0.1.12\nnum2words==0.5.14\nnum2words==0.5.16\n").isEmpty)
    #expect(maliciousIDs("go.sum", "github.com/boltdb-go/bolt v1.3.1 h1:x=\n").count == 1)
    #expect(maliciousIDs("go.sum", "github.com/boltdb/bolt v1.3.1 h1:x=\n").isEmpty)
    let cargo = { (name: String) in
        "[[package]]\nname = \"\(name)\"\nversion = \"1.23.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"\(String(repeating: "a", count: 64))\"\n"
    }
    #expect(maliciousIDs("Cargo.lock", cargo("rustdecimal")).count == 1)
    #expect(maliciousIDs("Cargo.lock", cargo("rust_decimal")).isEmpty)
    let gems = { (v: String) in "GEM\n  remote: https://rubygems.org/\n  specs:\n    rest-client (\(v))\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rest-client\n" }
    #expect(maliciousIDs("Gemfile.lock", gems("1.6.13")).count == 1)
    #expect(maliciousIDs("Gemfile.lock", gems("1.6.14")).isEmpty)
}
