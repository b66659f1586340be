import BulwarkCore
import BulwarkFormats

/// Package downloads whose server certificate is not checked.
struct TLSVerificationOffRule: Rule {
    typealias Model = DependencyModel

    static let rule = RuleDescription(
        id: "dep-tls-verification-off", name: "Package downloads without certificate checks", family: "dependencies",
        summary: "A package-manager setting accepts package downloads without checking the server's TLS certificate (strict-ssl=false, pip's trusted-host).",
        rationale: rationale(
            detects: "`strict-ssl=false` in `.npmrc` or Yarn 1's `.yarnrc`, `enableStrictSsl: false` and `unsafeHttpWhitelist` in Yarn's `.yarnrc.yml`, `trusted-host` in `pip.conf` / `pip.ini`, and in environment files, CI configuration and Dockerfiles `PIP_TRUSTED_HOST`, `pip install --trusted-host HOST`, `NPM_CONFIG_STRICT_SSL=false` and `npm|pnpm|yarn config set strict-ssl false`. Localhost is not reported. Trusted private hosts go in `rules.dep-tls-verification-off.options.trusted-hosts`.",
            matters: "Without the certificate check anyone on the network path (a café or hotel network, a compromised proxy, a CI provider's egress) can serve a different package than the registry does, and nothing notices: lockfile hashes protect only the packages they list, not a fresh resolution or the tools installed beside them. These settings are usually added to get past a corporate TLS-inspecting proxy and then stay, in files that every developer and every image copies.",
            fix: "Remove the setting and give the package manager the proxy's CA certificate instead (`cafile=` in `.npmrc`, `NODE_EXTRA_CA_CERTS`, `cert =` in `pip.conf`, `PIP_CERT`, `httpsCaFilePath` in `.yarnrc.yml`).",
            references: ["[CWE-295: Improper Certificate Validation](https://cwe.mitre.org/data/definitions/295.html)",
                         "[npm config: strict-ssl](https://docs.npmjs.com/cli/v10/using-npm/config#strict-ssl)",
                         "[pip: --trusted-host](https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Remove the setting and configure the proxy's CA certificate (cafile / PIP_CERT / httpsCaFilePath) instead.",
        options: [.strings("trusted-hosts", "hosts whose pip trusted-host entries are not reported")],
        examples: [
            Example(.triggers, path: ".npmrc", "registry=https://registry.npmjs.org/\nstrict-ssl=false # <-\n", commentPrefix: "#"),
            Example(.triggers, path: "pip.conf", "[global]\nindex-url = https://pypi.org/simple\ntrusted-host = pypi.org files.pythonhosted.org # <-\n", commentPrefix: "#"),
            Example(.triggers, path: "Dockerfile", "FROM python:3.12-slim\nRUN pip install --trusted-host pypi.org -r requirements.txt # <-\n", commentPrefix: "#"),
            Example(.triggers, path: ".yarnrc.yml", "nodeLinker: node-modules\nenableStrictSsl: false # <-\n", commentPrefix: "#"),
            Example(.clean, path: ".npmrc", "registry=https://registry.npmjs.org/\nstrict-ssl=true\ncafile=/etc/ssl/certs/corp-ca.pem\n"),
            Example(.clean, path: "pip.conf", "[global]\nindex-url = https://pypi.org/simple\ncert = /etc/ssl/certs/corp-ca.pem\n"),
            Example(.clean, path: "pip.conf", "[global]\ntrusted-host = localhost\n"),
        ])
    var description: RuleDescription { Self.rule }

    static let localHosts: Set<String> = ["localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"]

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard let settings = model.parsed?.tlsOff, !settings.isEmpty else { return [] }
        let trusted = Set(context.settings.strings("trusted-hosts").map { $0.lowercased() })
        var out: [Finding] = []
        for s in settings {
            let hosts = s.hosts.map { h -> String in
                let bare = h.lowercased().split(separator: ":").first.map(String.init) ?? h.lowercased()
                return bare.hasPrefix("[") ? h.lowercased() : bare
            }
            let remote = hosts.filter { !Self.localHosts.contains($0) && !trusted.contains($0) }
            if !s.hosts.isEmpty, remote.isEmpty { continue }
            let scope = remote.isEmpty ? "every download of \(s.manager)" : "downloads from \(remote.prefix(3).map { "`\($0)`" }.joined(separator: ", "))"
            let what = s.setting.hasPrefix("unsafeHttpWhitelist") ? "allows plain HTTP (no TLS at all) for" : "switches off the TLS certificate check for"
            out.append(Finding(rule: Self.rule, message: "`\(s.setting)` \(what) \(scope): anyone on the network path can serve a different package.",
                               location: context.location(line: s.line), anchor: "tls:\(s.setting)", properties: ["manager": s.manager]))
        }
        return out
    }
}
