import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// Session 14: package-manager configuration files (`.npmrc`, `.yarnrc`, `.yarnrc.yml`) as registry sources, and
// TLS checks switched off for package downloads (`dep-tls-verification-off`) there, in pip.conf, environment
// files, CI configuration and Dockerfiles. Our own reproductions of the documented settings.

private func scan(_ path: String, _ text: String, configuration: Configuration = Configuration()) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let context = ScanContext(configuration: configuration, root: "/")
    let f = SourceFile(relativePath: path, text: text)
    return scanner.wants(f) ? scanner.scan(f, context: context) : []
}

private func rule(_ f: [Finding], _ id: String) -> [Finding] { f.filter { $0.ruleID == id } }

@Suite struct PackageManagerConfigTests {
    @Test func npmrcRegistriesAreSources() {
        let f = scan(".npmrc", "registry=http://npm.mirror.example.net/\n@acme:registry=https://npm.acme.example/\n//npm.acme.example/:_authToken=${NPM_TOKEN}\n")
        let insecure = rule(f, "dep-insecure-source")
        #expect(insecure.contains { $0.severity == .high && $0.location.startLine == 1 })
        #expect(insecure.contains { $0.severity == .low && $0.location.startLine == 2 })
        // The canonical registry over HTTPS and a variable reference are nothing to report.
        #expect(scan(".npmrc", "registry=https://registry.npmjs.org/\nregistry=${NPM_REGISTRY}\n").isEmpty)
        // A file in an installed package is not the project's configuration.
        #expect(scan("node_modules/x/.npmrc", "registry=http://npm.mirror.example.net/\n").isEmpty)
    }

    @Test func yarnRegistriesAreSources() {
        let berry = scan(".yarnrc.yml", "npmRegistryServer: \"http://10.0.0.5:4873\"\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.acme.example\"\n")
        #expect(rule(berry, "dep-insecure-source").contains { $0.severity == .high && $0.location.startLine == 1 })
        #expect(rule(berry, "dep-insecure-source").contains { $0.severity == .low && $0.location.startLine == 4 })
        let classic = scan(".yarnrc", "registry \"http://npm.mirror.example.net\"\nstrict-ssl false\n")
        #expect(rule(classic, "dep-insecure-source").contains { $0.severity == .high })
        #expect(rule(classic, "dep-tls-verification-off").count == 1)
    }

    @Test func strictSSLOffIsReportedAndOnIsNot() {
        let off = rule(scan(".npmrc", "strict-ssl=false\n"), "dep-tls-verification-off")
        #expect(off.count == 1)
        #expect(off.first?.severity == .medium)
        #expect(off.first?.message.contains("every download of npm") == true)
        #expect(rule(scan(".npmrc", "strict-ssl=true\ncafile=/etc/ssl/corp.pem\n"), "dep-tls-verification-off").isEmpty)
        #expect(rule(scan(".yarnrc.yml", "enableStrictSsl: false\n"), "dep-tls-verification-off").count == 1)
        #expect(rule(scan(".yarnrc.yml", "enableStrictSsl: true\nhttpsCaFilePath: ./corp.pem\n"), "dep-tls-verification-off").isEmpty)
        let plain = rule(scan(".yarnrc.yml", "unsafeHttpWhitelist:\n  - \"npm.internal.example\"\n  - localhost\n"), "dep-tls-verification-off")
        #expect(plain.count == 1)
        #expect(plain.first?.message.contains("plain HTTP") == true)
    }

    @Test func pipTrustedHostIsReportedExceptLocalOrTrusted() throws {
        let conf = "[global]\nindex-url = https://pypi.org/simple\ntrusted-host = pypi.org\n    files.pythonhosted.org\n"
        let f = rule(scan("pip.conf", conf), "dep-tls-verification-off")
        #expect(f.map(\.location.startLine) == [3, 4])
        #expect(rule(scan("pip.conf", "[global]\ntrusted-host = localhost 127.0.0.1:8080\n"), "dep-tls-verification-off").isEmpty)
        let trusted = try Configuration.parse("rules:\n  dep-tls-verification-off:\n    options:\n      trusted-hosts: [\"pypi.corp.example\"]\n", source: "test")
        #expect(rule(scan("pip.conf", "[global]\ntrusted-host = pypi.corp.example\n", configuration: trusted), "dep-tls-verification-off").isEmpty)
        // `cert =` is the fix, not a finding.
        #expect(rule(scan("pip.conf", "[global]\ncert = /etc/ssl/corp.pem\n"), "dep-tls-verification-off").isEmpty)
    }

    @Test func commandsAndVariablesInDockerfilesCIAndEnvFiles() {
        let docker = "FROM python:3.12\nENV PIP_TRUSTED_HOST=pypi.org\nRUN npm config set strict-ssl false && pip install --trusted-host=files.pythonhosted.org flask==3.0.0\n"
        let d = rule(scan("Dockerfile", docker), "dep-tls-verification-off")
        #expect(d.count == 3)
        #expect(Set(d.map { $0.location.startLine ?? 0 }) == [2, 3])
        let ci = "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install --trusted-host pypi.org -r requirements.txt\n"
        #expect(rule(scan(".github/workflows/ci.yml", ci), "dep-tls-verification-off").count == 1)
        #expect(rule(scan(".env", "NPM_CONFIG_STRICT_SSL=false\n"), "dep-tls-verification-off").count == 1)
        // A variable standing for the host, and a comment, are not settings.
        #expect(rule(scan("Dockerfile", "FROM python:3.12\nRUN pip install --trusted-host $MIRROR flask==3.0.0\n# pip install --trusted-host pypi.org\n"), "dep-tls-verification-off").isEmpty)
        #expect(rule(scan(".env", "NPM_CONFIG_STRICT_SSL=true\n"), "dep-tls-verification-off").isEmpty)
    }

    @Test func hostileConfigFilesStayBounded() {
        // Many settings on many lines: the reader keeps at most its bound, and never fails.
        let many = String(repeating: "strict-ssl=false\nregistry=http://x.example/\n", count: 5_000)
        let f = scan(".npmrc", many)
        #expect(rule(f, "dep-tls-verification-off").count <= 1_000)
        let parsed = NpmConfigSettings.parse(path: ".npmrc", bytes: Array(many.utf8))
        #expect(parsed.indexes.count <= 1_000)
        #expect((parsed.tlsOff?.count ?? 0) <= 1_000)
        #expect(NpmConfigSettings.parse(path: ".yarnrc.yml", bytes: [0xFF, 0xFE, 0x00, 0x3A, 0x0A]).indexes.isEmpty)
    }
}
