import BulwarkDependencies
import BulwarkFormats
import Testing

private let squats: [(Ecosystem, String, String)] = [
    (.pypi, "colourama", "colorama"), (.pypi, "jeIlyfish", "jellyfish"), (.pypi, "reqeusts", "requests"),
    (.pypi, "djang0", "django"), (.pypi, "urlib3", "urllib3"), (.pypi, "python-requests", "requests"),
    (.pypi, "numpyy", "numpy"), (.pypi, "tranformers", "transformers"), (.pypi, "pandas2", "pandas"),
    (.npm, "crossenv", "cross-env"), (.npm, "lodahs", "lodash"), (.npm, "types-node", "@types/node"),
    (.npm, "expresss", "express"), (.npm, "rеact", "react"), (.npm, "@angullar/core", "@angular/core"),
    (.crates, "tokioo", "tokio"), (.crates, "serde-jsno", "serde_json"), (.go, "github.com/boltdb-go/bolt", "github.com/boltdb/bolt"),
    (.swift, "alamofre", "alamofire"),
]

@Test(arguments: squats.indices)
func detectsTyposquat(_ i: Int) {
    let (eco, name, target) = squats[i]
    let v = TyposquatEngine.shared.check(name, ecosystem: eco)
    #expect(v?.imitated.lowercased() == target.lowercased(), "\(name): \(String(describing: v))")
}

@Test func neverFlagsPopularOrAllowedNames() {
    let legit: [(Ecosystem, String)] = [
        (.pypi, "requests"), (.pypi, "python-dateutil"), (.pypi, "typing_extensions"), (.pypi, "types-requests"), (.pypi, "pyaml"),
        (.pypi, "PyYAML"), (.pypi, "torch"), (.pypi, "transformers"), (.pypi, "fastapi"), (.pypi, "Flask"), (.pypi, "scikit-learn"),
        (.npm, "@types/node"), (.npm, "react-dom"), (.npm, "cross-env"), (.npm, "lodash.merge"), (.npm, "@babel/core"),
        (.crates, "serde_json"), (.crates, "serde-json-core-x-unknown"), (.go, "github.com/gin-gonic/gin"), (.swift, "swift-nio"),
        (.conda, "pytorch"), (.pypi, "my-internal-service"), (.npm, "@acme/utils"),
    ]
    for (eco, n) in legit {
        #expect(TyposquatEngine.shared.check(n, ecosystem: eco) == nil, "\(n) flagged")
    }
}

/// `yml` for `yaml` (the file extension's spelling) is how forks and wrappers name themselves: such a
/// name is still reported, but as a weak (low) variant; a real omission of the same target stays strong.
@Test func yamlSpellingVariantIsWeak() throws {
    let variant = try #require(TyposquatEngine.shared.check("js-yml", ecosystem: .npm))
    #expect(variant.imitated == "js-yaml")
    #expect(variant.weak && !variant.strong)
    let omission = try #require(TyposquatEngine.shared.check("js-yamll", ecosystem: .npm))
    #expect(omission.imitated == "js-yaml")
    #expect(!omission.weak)
}
