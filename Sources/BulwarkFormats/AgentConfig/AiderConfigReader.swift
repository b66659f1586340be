import BulwarkYAML

/// Reads Aider's YAML configuration (`.aider.conf.yml` in the repository, the home folder or the current
/// folder; its keys are the command-line options without `--`) into `AgentSettings`.
///
/// - `yes-always: true` answers yes to every confirmation, shell commands the model proposes included:
///   a mode setting (`aider.yes-always`), read as approvals switched off.
/// - `lint-cmd` runs after every edit Aider makes (linting is on unless `auto-lint: false`), and `test-cmd`
///   after every edit when `auto-test: true`: commands run without asking, read as hooks. `lint-cmd` may be
///   one command or a list, each optionally `language: command`.
/// Through the bounded YAML reader; a file that is not YAML is an error with its position.
public enum AiderConfigReader {
    public static func parse(_ bytes: [UInt8]) throws(AgentSettingsParser.Error) -> AgentSettings {
        let root: YNode?
        do { root = try YAMLTree.parse(String(decoding: bytes, as: UTF8.self), limits: ContinueConfigReader.limits) } catch {
            throw AgentSettingsParser.Error(message: error.message, line: error.line ?? 1, column: error.column ?? 1)
        }
        var s = AgentSettings(product: .aider, format: .aiderConfig)
        guard let root else { return s }
        guard root.mapping != nil else {
            if root.scalar?.isNull == true { return s }
            throw AgentSettingsParser.Error(message: "the top level is not a YAML mapping", line: root.line, column: root.column)
        }
        if let y = root["yes-always"]?.scalar {
            s.modes.append(ModeSetting(key: "aider.yes-always", value: y.bool.map { $0 ? "true" : "false" } ?? y.value,
                                       mark: ConfigMark(keyPath: "yes-always", line: y.line, column: y.column)))
        }
        let autoLint = root["auto-lint"]?.scalar?.bool ?? true
        let autoTest = root["auto-test"]?.scalar?.bool ?? false
        for (key, on, event) in [("lint-cmd", autoLint, "lint-cmd (after every edit)"), ("test-cmd", autoTest, "test-cmd (after every edit, auto-test)")] where on {
            guard let node = root[key] else { continue }
            var items: [(YScalar, String)] = []
            if let sc = node.scalar { items.append((sc, key)) }
            for (i, item) in (node.sequence?.items ?? []).prefix(1_000).enumerated() {
                if let sc = item.scalar { items.append((sc, "\(key)[\(i)]")) }
            }
            for (sc, path) in items where !sc.value.isEmpty {
                s.hooks.append(HookCommand(event: event, matcher: nil, command: command(sc.value),
                                           mark: ConfigMark(keyPath: path, line: sc.line, column: sc.column)))
            }
        }
        return s
    }

    /// The command of a `lint-cmd` entry: `python: flake8 --select=E9` names a language before the command.
    public static func command(_ value: String) -> String {
        guard let colon = value.firstIndex(of: ":") else { return value }
        let lang = value[..<colon]
        guard !lang.isEmpty, lang.count <= 20, lang.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "+" || $0 == "-" }) else {
            return value
        }
        return String(value[value.index(after: colon)...]).trimmingSpaces()
    }
}
