import BulwarkCore
import BulwarkFormats

/// `trust_remote_code=True`: executing Python shipped inside a model repository.
struct TrustRemoteCodeRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-trust-remote-code", name: "Model repository code executed in CI", family: "workflows",
        summary: "CI loads a model with `trust_remote_code=True` (or `--trust-remote-code`), executing Python from the model repository.",
        rationale: rationale(
            detects: "`trust_remote_code=True` in inline Python of CI steps, and `--trust-remote-code` flags of CLIs such as vLLM or lm-eval.",
            matters: "The flag downloads and imports the `.py` files of the model repository with the job's secrets and token in reach; whoever can push to that repository runs code in your CI.",
            fix: "Use models supported natively by the library, or pin `revision=` to a reviewed commit and vendor the code.",
            references: ["[Transformers: trust_remote_code](https://huggingface.co/docs/transformers/models#custom-models)", "CWE-94"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Avoid `trust_remote_code`; if unavoidable, pin a reviewed revision.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: vllm serve acme/model --trust-remote-code # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: python -c 'from transformers import AutoModel; AutoModel.from_pretrained("gpt2", revision="607a30d783dfa663caf39e06633721c8d4cfcd7e", trust_remote_code=False)'
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for site in model.scripts {
            let v = site.scalar.value
            for marker in ["trust_remote_code=True", "trust_remote_code = True", "--trust-remote-code"] where v.contains(marker) {
                out.append(.workflow(Self.rule, "`\(marker)` executes Python code from the model repository in this job.",
                                     context, line: model.line(of: marker, in: site.scalar, offset: 0), anchor: "\(site.scalar.line):\(marker)"))
                break
            }
        }
        return out
    }
}
