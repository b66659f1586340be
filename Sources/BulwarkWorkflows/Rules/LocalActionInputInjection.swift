import Foundation
import BulwarkCore
import BulwarkFormats

/// Template injection across files: a workflow passes an attacker-controlled value (`with: title:
/// ${{ github.event.issue.title }}`) to a local composite action or reusable workflow (`uses: ./...`)
/// that pastes that input into a script (`run: echo "${{ inputs.title }}"`). Each file alone looks
/// harmless: the caller only passes a value, and the callee's input is the caller's choice (low).
extension TemplateInjectionRule {
    /// Input names (lowercased) that a composite action or reusable workflow expands into a script,
    /// with the line of the first such use. Non-string inputs (boolean, number, choice) are left out.
    static func scriptedInputs(_ model: CIModel) -> [String: Int] {
        let rule = TemplateInjectionRule()
        var out: [String: Int] = [:]
        for site in model.scripts where site.kind != .gitlab {
            for e in ExpressionParser.embedded(in: site.scalar.value) {
                guard let expr = e.expr else { continue }
                for p in expr.paths where p.root.lowercased() == "inputs" {
                    guard case .name(let n)? = p.segments.first, !rule.isNonStringInput(p, model: model) else { continue }
                    let line = model.line(of: e.raw, in: site.scalar, offset: e.offset)
                    if out[n.lowercased()] == nil { out[n.lowercased()] = line }
                }
            }
        }
        return out
    }

    /// Findings on the callers' `with:` lines. `callees` maps a repository-relative path (the folder of an
    /// `action.yml`, or a workflow file) to its model.
    static func localCalleeFindings(callers: [(SourceFile, CIModel)], callees: [String: (SourceFile, CIModel)],
                                    context: ScanContext) -> [Finding] {
        guard context.settings(for: rule).enabled, !callees.isEmpty else { return [] }
        var scripted: [String: [String: Int]] = [:]
        var out: [Finding] = []
        for (file, model) in callers {
            guard let w = model.workflow else { continue }
            let privileged = w.hasPrivilegedUntrustedTrigger
            guard privileged || w.isForkReachable else { continue }
            let ctx = context.ruleContext(rule, file: file)
            // Steps that use a local action, and jobs that call a local reusable workflow.
            var calls: [(raw: String, with: [YMapping.Entry])] = []
            for (_, step) in model.steps {
                if let a = step.action, a.kind == .local, !step.with.isEmpty { calls.append((a.raw, step.with)) }
            }
            for job in w.jobs {
                if let u = job.uses?.value, u.hasPrefix("./"), !job.with.isEmpty { calls.append((u, job.with)) }
            }
            for (raw, with) in calls {
                var target = raw.trimmingCharacters(in: .whitespaces)
                while target.hasPrefix("./") { target.removeFirst(2) }
                while target.hasSuffix("/") { target.removeLast() }
                let key = target.lowercased()
                guard let (calleeFile, callee) = callees[key] else { continue }
                if scripted[key] == nil { scripted[key] = scriptedInputs(callee) }
                guard let inputs = scripted[key], !inputs.isEmpty else { continue }
                for entry in with {
                    guard let line = inputs[entry.key.value.lowercased()], let v = entry.value.string else { continue }
                    for e in ExpressionParser.embedded(in: v) {
                        guard let expr = e.expr else { continue }
                        let sources = Taint.sources(expr)
                        guard !sources.isEmpty else { continue }
                        let message = "`\(e.raw)` is passed to input `\(entry.key.value)` of `\(raw)`, which expands `${{ inputs.\(entry.key.value) }}` into a script (\(calleeFile.relativePath):\(line)): attacker-controlled `\(sources.joined(separator: "`, `"))` runs as code"
                        out.append(.workflow(rule, message, ctx, line: entry.value.line, severity: privileged ? .high : .medium,
                                             anchor: "local-input:\(raw):\(entry.key.value):\(e.raw)"))
                    }
                }
            }
        }
        return out
    }
}
