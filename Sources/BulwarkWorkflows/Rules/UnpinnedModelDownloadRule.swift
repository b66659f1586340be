import BulwarkCore
import BulwarkFormats

/// Model or dataset downloads in CI without a pinned revision.
struct UnpinnedModelDownloadRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unpinned-model-download", name: "Model downloaded without a pinned revision", family: "workflows",
        summary: "CI downloads a model or dataset from the Hugging Face Hub at a moving revision (no commit hash, no checksum).",
        rationale: rationale(
            detects: """
            `huggingface-cli download` / `hf download` without `--revision`, `from_pretrained`, \
            `snapshot_download`, `hf_hub_download` and `load_dataset` calls without `revision=` in inline Python, \
            and raw `huggingface.co/.../resolve/main/...` URLs. Loader calls are judged only when their first \
            argument is a string literal naming a Hub repository: local paths (`./checkpoints`, `/models/x`), \
            variables, f-strings, `os.path.join(...)` and local `load_dataset` builders (`json`, `csv`, ...) are not findings.
            """,
            matters: "Whoever controls the model repository (or steals its token) can replace the weights or the code files that CI then loads, tests and maybe ships; model files are code (pickles, custom modeling code), and a moved `main` changes what you release without a diff in your repository.",
            fix: "Pin the exact commit (`--revision <40-hex>`, `revision=\"<sha>\"`, `/resolve/<sha>/`), or verify a SHA-256 of the downloaded files.",
            references: ["[Hugging Face: download files, revision](https://huggingface.co/docs/huggingface_hub/guides/download#from-specific-version)",
                         "[Protect AI: model supply chain attacks](https://protectai.com/insights/knowledge-base/model-file-vulnerabilities)", "CWE-494"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Pin the model revision to a commit hash or verify a checksum.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: huggingface-cli download meta-llama/Llama-3.2-1B --local-dir models/ # <-
                  - run: curl -LO https://huggingface.co/acme/tiny/resolve/main/model.safetensors # <-
                  - run: | # <-
                      python - <<'EOF'
                      from transformers import AutoModel
                      AutoModel.from_pretrained("acme/tiny")
                      EOF
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: huggingface-cli download meta-llama/Llama-3.2-1B --revision 4e20de362430cd3b72f300e6b0f18e50e7166e08
                  - run: python -c 'from transformers import AutoModel; AutoModel.from_pretrained("acme/tiny", revision="0123456789abcdef0123456789abcdef01234567")'
                  - run: python -c 'from transformers import AutoModel; AutoModel.from_pretrained("./checkpoints/final")'
                  - run: python -c 'from datasets import load_dataset; load_dataset("json", data_files="eval.jsonl")'
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for site in model.scripts {
            if site.isShell {
                for c in ShellTokenizer.commands(in: site.scalar.value) {
                    let w = c.effectiveWords
                    guard let p = c.program else { continue }
                    if (p == "huggingface-cli" || p == "hf"), w.count >= 3, w[1] == "download",
                       !w.contains(where: { $0 == "--revision" || $0.hasPrefix("--revision=") }) {
                        out.append(.workflow(Self.rule, "`\(p) download \(w[2])` fetches the moving default branch; pin `--revision <commit>`.",
                                             context, line: model.line(ofScriptLine: c.line, in: site.scalar), anchor: "cli:\(w[2])"))
                    }
                    for word in w where word.contains("huggingface.co/") && word.contains("/resolve/main/") {
                        out.append(.workflow(Self.rule, "`\(word)` downloads from `resolve/main`, which changes whenever the repository is pushed to.",
                                             context, line: model.line(ofScriptLine: c.line, in: site.scalar), anchor: word))
                    }
                }
            }
            for src in AIUsage.pythonSources(site) {
                for call in AIUsage.unpinnedCalls(in: src) {
                    out.append(.workflow(Self.rule, "`\(call)` loads the latest revision of the repository; pass `revision=\"<commit>\"`.",
                                         context, line: site.scalar.line, anchor: call))
                }
            }
        }
        return out
    }
}
