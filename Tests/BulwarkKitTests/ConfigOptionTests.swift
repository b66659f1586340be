import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

// Rule options are checked against what each rule declares (`RuleDescription.options`).

private func loaderError(_ text: String) -> Configuration.Error? {
    do {
        let c = try Configuration.parse(text, source: ".bulwark.yml")
        try ConfigLoader.validate(c, source: ".bulwark.yml")
        return nil
    } catch let e as Configuration.Error { return e } catch { Issue.record("unexpected \(error)"); return nil }
}

@Test(arguments: [
    ("version: 1\nrules:\n  workflow-unpinned-action:\n    options: {policy: sha}\n", 4, "must be one of hash-pin, ref-pin, any"),
    ("version: 1\nrules:\n  workflow-unpinned-action:\n    options:\n      polcy: hash-pin\n", 5, "did you mean `policy`"),
    ("version: 1\nrules:\n  workflow-dependabot-cooldown:\n    options: {min-days: three}\n", 4, "whole number from 0 to 3650"),
    ("version: 1\nrules:\n  workflow-dependabot-cooldown:\n    options: {min-days: -1}\n", 4, "whole number"),
    ("version: 1\nrules:\n  dep-typosquat:\n    options: {allow: {a: b}}\n", 4, "list of strings"),
    ("version: 1\nrules:\n  model-scan-incomplete:\n    options:\n      max-opcodes: 0\n", 5, "at least 1"),
    ("version: 1\nrules:\n  scan-error:\n    options: {x: 1}\n", 4, "takes no options"),
    ("version: 1\nrules:\n  secret-aws-access-key:\n    options: {ignore-path: [a]}\n", 4, "did you mean `ignore-paths`"),
])
func invalidOptionsAreErrorsWithTheirLine(_ text: String, _ line: Int, _ fragment: String) {
    let e = loaderError(text)
    #expect(e?.line == line, "\(String(describing: e))")
    #expect(e?.message.contains(fragment) == true, "\(String(describing: e))")
    #expect(e?.description.hasPrefix(".bulwark.yml:\(line): ") == true)
}

@Test func validOptionsAreAccepted() {
    #expect(loaderError("""
    version: 1
    rules:
      workflow-unpinned-action:
        options: {policy: ref-pin, first-party-policy: any}
      workflow-dependabot-cooldown: {options: {min-days: 3}}
      dep-insecure-source: {options: {trusted-hosts: pypi.corp.example}}
      dep-typosquat: {options: {allow: [reqeusts]}}
      pickle-unknown-global: {options: {allow: [mylib.Net]}}
      onnx-custom-op-domain: {options: {allow: ["my.*"]}}
      model-scan-incomplete: {options: {max-opcodes: 5000000, max-depth: 0}}
      secret-aws-access-key: {options: {ignore-paths: ["tests/**"]}}
    """) == nil)
}

@Test func everyExampleUsesOnlyDeclaredOptions() {
    // Keeps the declarations in step with the rules: an example that sets an option the rule does
    // not declare would be refused in a real `.bulwark.yml`.
    for rule in Families.allRules {
        for example in rule.examples {
            for (name, value) in example.options {
                let option = rule.options.first { $0.name == name }
                #expect(option != nil, "\(rule.id) example sets undeclared option `\(name)`")
                #expect(option?.problem(with: value) == nil, "\(rule.id) example: \(name) = \(value)")
            }
        }
    }
}

@Test func aConfigurationLinkOutsideTheScannedFolderIsRefused() throws {
    let outside = TemporaryDirectory()
    outside.write("secret.yml", "version: 1\n")
    let repo = TemporaryDirectory()
    try FileManager.default.createSymbolicLink(atPath: repo.path + "/.bulwark.yml", withDestinationPath: outside.path + "/secret.yml")
    #expect(throws: Configuration.Error.self) { _ = try ConfigLoader.load(explicit: nil, scanPaths: [repo.path]) }
    // A link inside the folder, and an explicit --config anywhere, are read.
    let inside = TemporaryDirectory()
    inside.write("conf/bulwark.yml", "version: 1\nfail-on: low\n")
    try FileManager.default.createSymbolicLink(atPath: inside.path + "/.bulwark.yml", withDestinationPath: inside.path + "/conf/bulwark.yml")
    #expect(try ConfigLoader.load(explicit: nil, scanPaths: [inside.path]).failOn == .low)
    #expect(try ConfigLoader.load(explicit: outside.path + "/secret.yml", scanPaths: [repo.path]).failOn == nil)
}
