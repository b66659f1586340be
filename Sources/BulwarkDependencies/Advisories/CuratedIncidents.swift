import BulwarkFormats

/// The bundled, versioned list of landmark supply-chain incidents, so a scan is useful with no import.
///
/// Embedded in Swift source (not a resource file) so it can never go missing at run time. Every
/// entry names the incident's own advisory ids where they exist; ids starting with `BULWARK-` are
/// Bulwark's own. Bump `version` on every change.
public enum CuratedIncidents {
    public static let version = "2026.11.1"

    private static func mal(_ id: String, _ aliases: [String], _ eco: String, _ names: [String], versions: [String]? = nil,
                            _ summary: String) -> OSVAdvisory {
        OSVAdvisory(id: id, aliases: aliases, summary: summary, severity: "critical", malicious: true,
                    affected: names.map { n in
                        if let versions {
                            return OSVAffected(ecosystem: eco, name: n, versions: versions)
                        }
                        return OSVAffected(ecosystem: eco, name: n, ranges: [OSVRange(type: "ECOSYSTEM", events: [OSVEvent(.introduced, "0")])])
                    })
    }

    private static func malVersions(_ id: String, _ aliases: [String], _ eco: String, _ list: [(String, [String])], _ summary: String) -> OSVAdvisory {
        OSVAdvisory(id: id, aliases: aliases, summary: summary, severity: "critical", malicious: true,
                    affected: list.map { OSVAffected(ecosystem: eco, name: $0.0, versions: $0.1) })
    }

    public static let advisories: [OSVAdvisory] = [
        // xz-utils backdoor (March 2024): the upstream 5.6.0/5.6.1 tarballs carried a backdoor in liblzma.
        OSVAdvisory(id: "BULWARK-2024-XZ", aliases: ["CVE-2024-3094"],
                    summary: "xz-utils 5.6.0 and 5.6.1 contain a backdoor in liblzma (maintainer takeover)",
                    severity: "critical", malicious: true, affected: [
                        OSVAffected(ecosystem: "Debian", name: "xz-utils", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                            OSVEvent(.introduced, "5.5.1alpha-0.1"), OSVEvent(.fixed, "5.6.1+really5.4.5-1")])]),
                        OSVAffected(ecosystem: "Alpine", name: "xz", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                            OSVEvent(.introduced, "5.6.0-r0"), OSVEvent(.fixed, "5.6.1-r2")])]),
                        OSVAffected(ecosystem: "conda", name: "xz", versions: ["5.6.0", "5.6.1"]),
                    ]),
        // ultralytics (December 2024): a GitHub Actions cache/injection compromise published builds with a miner.
        malVersions("BULWARK-2024-ULTRALYTICS", [], "PyPI", [("ultralytics", ["8.3.41", "8.3.42", "8.3.45", "8.3.46"])],
                    "ultralytics 8.3.41, 8.3.42, 8.3.45 and 8.3.46 were published from a compromised build and install a cryptominer"),
        // torchtriton (December 2022): dependency confusion against the PyTorch nightly index.
        mal("BULWARK-2022-TORCHTRITON", [], "PyPI", ["torchtriton"],
            "torchtriton on PyPI shadowed PyTorch nightly's dependency and exfiltrated system data (dependency confusion)"),
        // event-stream (November 2018).
        malVersions("BULWARK-2018-EVENT-STREAM", [], "npm", [("event-stream", ["3.3.6"])],
                    "event-stream 3.3.6 pulled in the malicious flatmap-stream that targeted bitcoin wallets"),
        mal("BULWARK-2018-FLATMAP-STREAM", [], "npm", ["flatmap-stream"],
            "flatmap-stream carried an encrypted payload that stole bitcoin wallets (event-stream incident)"),
        // ua-parser-js (October 2021): account takeover, cryptominer and password stealer.
        OSVAdvisory(id: "BULWARK-2021-UA-PARSER-JS", aliases: ["GHSA-pjwm-rvh2-c87w"],
                    summary: "ua-parser-js 0.7.29, 0.8.0 and 1.0.0 were published from a hijacked account with malware",
                    severity: "critical", malicious: true, affected: [
                        OSVAffected(ecosystem: "npm", name: "ua-parser-js", ranges: [OSVRange(type: "SEMVER", events: [
                            OSVEvent(.introduced, "0.7.29"), OSVEvent(.fixed, "0.7.30"),
                            OSVEvent(.introduced, "0.8.0"), OSVEvent(.fixed, "0.8.1"),
                            OSVEvent(.introduced, "1.0.0"), OSVEvent(.fixed, "1.0.1")])]),
                    ]),
        // eslint-config-prettier and related packages (July 2025): maintainer phished, Windows payload.
        malVersions("BULWARK-2025-ESLINT-CONFIG-PRETTIER", ["CVE-2025-54313"], "npm", [
            ("eslint-config-prettier", ["8.10.1", "9.1.1", "10.1.6", "10.1.7"]),
            ("eslint-plugin-prettier", ["4.2.2", "4.2.3"]),
            ("synckit", ["0.11.9"]), ("@pkgr/core", ["0.2.8"]), ("napi-postinstall", ["0.3.1"]),
        ], "eslint-config-prettier and related packages were published from a phished maintainer account with a malicious install script"),
        // nx "s1ngularity" (August 2025): stole credentials through AI coding CLIs.
        malVersions("BULWARK-2025-NX", ["GHSA-cxm3-wv7p-598c"], "npm", [
            ("nx", ["20.9.0", "20.10.0", "20.11.0", "20.12.0", "21.5.0", "21.6.0", "21.7.0", "21.8.0"]),
            ("@nx/devkit", ["20.9.0", "21.5.0"]), ("@nx/js", ["20.9.0", "21.5.0"]), ("@nx/workspace", ["20.9.0", "21.5.0"]),
            ("@nx/node", ["20.9.0", "21.5.0"]), ("@nx/eslint", ["21.5.0"]), ("@nx/key", ["3.2.0"]), ("@nx/enterprise-cloud", ["3.2.0"]),
        ], "nx and @nx packages were published with a post-install script that harvested secrets using local AI coding CLIs (s1ngularity)"),
        // Shai-Hulud worm (September 2025).
        malVersions("BULWARK-2025-TINYCOLOR", [], "npm", [("@ctrl/tinycolor", ["4.1.1", "4.1.2"])],
                    "@ctrl/tinycolor 4.1.1 and 4.1.2 carried the self-replicating Shai-Hulud worm"),
        // chalk/debug (September 2025): phished maintainer, crypto-wallet hijacking code in 18 packages.
        malVersions("BULWARK-2025-CHALK-DEBUG", [], "npm", [
            ("chalk", ["5.6.1"]), ("debug", ["4.4.2"]), ("ansi-styles", ["6.2.2"]), ("strip-ansi", ["7.1.1"]),
            ("ansi-regex", ["6.2.1"]), ("wrap-ansi", ["9.0.1"]), ("color-convert", ["3.1.1"]), ("color-name", ["2.0.1"]),
            ("supports-color", ["10.2.1"]), ("slice-ansi", ["7.1.1"]), ("has-ansi", ["6.0.1"]), ("chalk-template", ["1.1.1"]),
            ("is-arrayish", ["0.3.3"]), ("error-ex", ["1.3.3"]), ("simple-swizzle", ["0.2.3"]), ("color-string", ["2.1.1"]),
            ("color", ["5.0.1"]), ("backslash", ["0.2.1"]), ("supports-hyperlinks", ["4.1.1"]),
        ], "chalk, debug and related packages were published from a phished maintainer account with crypto-wallet hijacking code"),
        // Landmark vulnerabilities (not malicious): reported by dep-known-vulnerable at the advisory's severity.
        OSVAdvisory(id: "BULWARK-2025-TORCH-LOAD", aliases: ["CVE-2025-32434"],
                    summary: "torch.load with weights_only=True can still execute code from a crafted model file before torch 2.6.0",
                    severity: "critical", affected: [OSVAffected(ecosystem: "PyPI", name: "torch", ranges: [OSVRange(type: "ECOSYSTEM", events: [
                        OSVEvent(.introduced, "0"), OSVEvent(.fixed, "2.6.0")])])]),
        OSVAdvisory(id: "BULWARK-2021-LODASH-TEMPLATE", aliases: ["CVE-2021-23337"],
                    summary: "lodash before 4.17.21 allows command injection through the template function",
                    severity: "high", affected: [OSVAffected(ecosystem: "npm", name: "lodash", ranges: [OSVRange(type: "SEMVER", events: [
                        OSVEvent(.introduced, "0"), OSVEvent(.fixed, "4.17.21")])])]),
        // Typosquats.
        mal("BULWARK-2018-COLOURAMA", [], "PyPI", ["colourama"], "colourama typosquats colorama and replaced copied cryptocurrency addresses"),
        mal("BULWARK-2019-JEILYFISH", [], "PyPI", ["jeIlyfish", "python3-dateutil"],
            "jeIlyfish (capital I) typosquats jellyfish and stole SSH and GPG keys; python3-dateutil pulled it in"),
        mal("BULWARK-2017-CROSSENV", [], "npm", ["crossenv", "cross-env.js", "babelcli", "d3.js", "fabric-js", "ffmepg", "gruntcli",
                                                  "http-proxy.js", "jquery.js", "mongose", "mssql.js", "mssql-node",
                                                  "nodecaffe", "nodefabric", "node-fabric", "nodeffmpeg", "nodemailer-js", "nodemailer.js",
                                                  "nodemssql", "node-opensl", "node-openssl", "noderequest", "nodesass",
                                                  "nodesqlite", "node-tkinter", "openssl.js", "proxy.js", "shadowsock", "sqliter"],
            "crossenv and other 2017 npm typosquats sent environment variables (npm tokens) to a remote server"),
        mal("BULWARK-2017-PYPI-TYPOSQUATS", [], "PyPI", ["acqusition", "apidev-coop", "bzip", "crypt", "django-server", "pwd",
                                                          "setup-tools", "telnet", "urlib3", "urllib"],
            "typosquats of standard-library and popular names found on PyPI in 2017 ran code at install time"),
    ]
}
