import ArgumentParser
import BulwarkAgents
import BulwarkBOM
import BulwarkCore
import BulwarkKit
import BulwarkReporters
import Foundation

/// `bulwark model ...`: model gatekeeping commands.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Model gatekeeping: admit, verify, sign and explain model files.",
        discussion: """
        Examples:
          bulwark model admit models/m --policy admit.yml
          bulwark model verify models/m --public-key signer.pub
          bulwark model sign models/m --private-key signer.key --output m.sig
          bulwark model explain models/m/pytorch_model.bin

        The former names verify-model, sign-model and explain-model still work.
        """,
        subcommands: [ModelAdmitCommand.self, VerifyModelCommand.self, SignModelCommand.self, ExplainModelCommand.self]
    )
}

struct ModelAdmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admit",
        abstract: "Decide whether a downloaded model may be used, by policy (source, formats, signature, scan).",
        discussion: """
        The one gate through which models enter: call it from the wrapper around
        from_pretrained (after download, before load). It prints the decision with a
        reason per check and exits 0 to admit, 1 to refuse.

        Policy (YAML):
          sources: [hf:acme, hf:meta-llama/Llama-3.2-1B, https://models.internal/]
          formats: [safetensors, gguf]
          pickle-when-clean: true
          signature:
            required: true
            keys: [keys/release.pub]
          max-severity: low
          audit-log: audit/models.jsonl

        Examples:
          bulwark model admit ~/.cache/huggingface/hub/models--acme--m/snapshots/REV \\
              --policy admit.yml
          bulwark model admit models/m --policy admit.yml --source hf:acme/m
          bulwark model admit models/m --policy admit.yml --format json

        Exit codes: 0 admitted, 1 refused, 2 usage error or unreadable policy.
        """
    )

    @Argument(help: "The downloaded model folder (or file).")
    var model: String

    @Option(help: "The admission policy (YAML).")
    var policy: String

    @Option(help: "Where the model came from: hf:ORG/NAME[@REV] or a registry URL (default: inferred from the HF cache path or config.json).")
    var source: String?

    @Option(help: "The model-signing signature (default: MODEL/model.sig).")
    var signature: String?

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        guard format == "text" || format == "json" else { throw CLIError("unknown format `\(format)`; use text or json") }
        guard FileManager.default.fileExists(atPath: model) else { throw CLIError("no such model: \(model)") }
        guard let text = try? String(contentsOfFile: policy, encoding: .utf8) else { throw CLIError("cannot read the policy \(policy)") }
        let pol: AdmissionPolicy
        do {
            pol = try AdmissionPolicy(yaml: text, baseDirectory: (policy as NSString).deletingLastPathComponent)
        } catch { throw CLIError("\(policy): \(error)") }

        let decision = ModelAdmission.decide(model: model, policy: pol, source: source, signaturePath: signature, scan: ModelScan.admission(ModelScan.run(path: model, configuration: Configuration())))
        if format == "json" {
            var obj: [(String, JSON)] = [("model", .string(model)), ("admitted", .bool(decision.admitted))]
            obj.append(("source", decision.source.map(JSON.string) ?? .null))
            obj.append(("formats", .array(decision.formats.map(JSON.string))))
            if let r = decision.rootDigest { obj.append(("rootDigest", .string("sha256:" + r))) }
            obj.append(("checks", .array(decision.checks.map { .object([("check", .string($0.name)), ("passed", .bool($0.passed)), ("reason", .string($0.reason))]) })))
            print(JSON.object(obj).render())
        } else {
            print("\(decision.admitted ? "ADMIT" : "REFUSE") \(model)")
            for c in decision.checks { print("  \(c.passed ? "ok  " : "FAIL") \(c.name): \(c.reason)") }
        }
        if let logPath = pol.auditLog {
            // Every decision, admitted or refused, goes into the hash-chained audit log.
            let obj: [(String, JSON)] = [
                ("model", .string(model)), ("admitted", .bool(decision.admitted)),
                ("source", decision.source.map(JSON.string) ?? .null),
                ("formats", .array(decision.formats.map(JSON.string))),
                ("rootDigest", decision.rootDigest.map { JSON.string("sha256:" + $0) } ?? .null),
                ("checks", .array(decision.checks.map { .object([("check", .string($0.name)), ("passed", .bool($0.passed)), ("reason", .string($0.reason))]) })),
            ]
            let dir = (logPath as NSString).deletingLastPathComponent
            if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            let actor = ProcessInfo.processInfo.environment["GITHUB_ACTOR"] ?? ProcessInfo.processInfo.environment["USER"] ?? "bulwark"
            do {
                _ = try AuditLog(path: logPath).append(kind: "model-admission", actor: actor, payloadJSON: JSON.object(obj).render(indent: 0))
            } catch {
                throw CLIError("cannot record the decision in the audit log \(logPath): \(error)")
            }
        }
        if !decision.admitted { throw ExitCode(1) }
    }
}
