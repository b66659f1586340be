import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

// Issue 17, session 6: audits of zizmor's suite that had no Bulwark rule. Each test is our own
// minimal reproduction with a positive and a negative case.

private func lines(_ rule: String, _ text: String, path: String = ".github/workflows/w.yml") -> [Int] {
    scanRepo([path: text]).filter { $0.ruleID == rule }.compactMap(\.location.startLine).sorted()
}

private func found(_ rule: String, _ text: String, path: String = ".github/workflows/w.yml") -> [Finding] {
    scanRepo([path: text]).filter { $0.ruleID == rule }
}

private func steps(_ body: String, on: String = "push", runsOn: String = "ubuntu-latest") -> String {
    "on: \(on)\npermissions: {}\njobs:\n  j:\n    runs-on: \(runsOn)\n    steps:\n" + body
}

// MARK: workflow-github-app-token-unscoped

@Test func appTokenWithoutPermissionInputsCarriesTheWholeInstallation() {
    let pin = "actions/create-github-app-token@0f859bf9e69e887678d5bbfbee594437cb440ffe"
    let text = steps("""
          - uses: \(pin)
            with:
              app-id: ${{ vars.APP_ID }}
              private-key: ${{ secrets.KEY }}
          - uses: \(pin)
            with:
              app-id: ${{ vars.APP_ID }}
              private-key: ${{ secrets.KEY }}
              permission-contents: write
    """)
    let f = found("workflow-github-app-token-unscoped", text)
    #expect(f.map(\.location.startLine) == [7])
    #expect(f.first?.severity == .medium)
}

@Test func appTokenForAnOwnerNeedsRepositoriesUnlessOnlyOrgScopes() {
    let pin = "actions/create-github-app-token@0f859bf9e69e887678d5bbfbee594437cb440ffe"
    func step(_ extra: String) -> String {
        steps("""
              - uses: \(pin)
                with:
                  private-key: ${{ secrets.KEY }}
                  owner: octo-org
        \(extra)
        """)
    }
    // Repository scope, no repositories: every repository of the owner.
    let wide = found("workflow-github-app-token-unscoped", step("          permission-issues: write"))
    #expect(wide.map(\.severity) == [.high])
    #expect(wide.first?.location.startLine == 10)
    // Named repositories, or organization-level scopes only: fine.
    #expect(found("workflow-github-app-token-unscoped", step("          repositories: docs\n          permission-issues: write")).isEmpty)
    #expect(found("workflow-github-app-token-unscoped", step("          permission-members: read\n          permission-organization-projects: write")).isEmpty)
    // An organization scope plus a repository scope reaches the repositories again.
    #expect(found("workflow-github-app-token-unscoped", step("          permission-members: read\n          permission-contents: write")).count == 1)
}

@Test func appTokenRevocationSkipped() {
    let pin = "actions/create-github-app-token@0f859bf9e69e887678d5bbfbee594437cb440ffe"
    func step(_ v: String) -> String {
        steps("""
              - uses: \(pin)
                with:
                  private-key: ${{ secrets.KEY }}
                  permission-issues: write
                  skip-token-revoke: \(v)
        """)
    }
    #expect(found("workflow-github-app-token-unscoped", step("true")).map(\.severity) == [.medium])
    #expect(found("workflow-github-app-token-unscoped", step("${{ inputs.keep }}")).map(\.severity) == [.low])
    #expect(found("workflow-github-app-token-unscoped", step("false")).isEmpty)
}

// MARK: workflow-unpinned-tool

@Test func setupActionsThatDefaultToTheLatestTool() {
    let trivy = "aquasecurity/setup-trivy@9ea583eb67910444b1f64abf338bd2e105a0a93d"
    #expect(lines("workflow-unpinned-tool", steps("      - uses: \(trivy)\n")) == [7])
    #expect(lines("workflow-unpinned-tool", steps("      - uses: \(trivy)\n        with:\n          version: latest\n")) == [9])
    #expect(found("workflow-unpinned-tool", steps("      - uses: \(trivy)\n        with:\n          version: ${{ inputs.v }}\n")).map(\.severity) == [.low])
    #expect(found("workflow-unpinned-tool", steps("      - uses: \(trivy)\n        with:\n          version: v0.58.1\n")).isEmpty)
    // A step that can never run is not judged.
    #expect(found("workflow-unpinned-tool", steps("      - if: false\n        uses: \(trivy)\n")).isEmpty)
    let tf = "hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd"
    #expect(found("workflow-unpinned-tool", steps("      - uses: \(tf)\n")).count == 1)
    #expect(found("workflow-unpinned-tool", steps("      - uses: \(tf)\n        with:\n          terraform_version_file: .terraform-version\n")).isEmpty)
    // Setup actions whose default is pinned by the action itself are not in the table.
    #expect(found("workflow-unpinned-tool", steps("      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020\n")).isEmpty)
}

// MARK: workflow-archived-action

@Test func archivedActionsInStepsJobsAndCompositeActions() {
    let text = """
    on: push
    permissions: {}
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
          - uses: ACTIONS/Setup-Ruby@e932e7af67fc4a8fc77bd86b744acd4e42fe3543
          - uses: ruby/setup-ruby@v1
      k:
        uses: actions-rs/cargo/.github/workflows/x.yml@v1
    """
    #expect(lines("workflow-archived-action", text) == [7, 10])
    let action = """
    name: a
    runs:
      using: composite
      steps:
        - uses: actions/create-release@v1
        - uses: softprops/action-gh-release@v2
    """
    #expect(lines("workflow-archived-action", action, path: "tools/action.yml") == [5])
}

// MARK: workflow-self-repository-ref

@Test func workspaceRelativeUsesAndTheSelfRepositoryForm() {
    let text = """
    on: push
    permissions: {}
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
          - uses: ./.github/actions/a
          - uses: $/.github/actions/a
      k:
        uses: ./.github/workflows/r.yml
      l:
        uses: $/.github/workflows/r.yml
    """
    let f = found("workflow-self-repository-ref", text)
    #expect(f.map(\.location.startLine) == [7, 10])
    #expect(f.allSatisfy { $0.severity == .low })
    // After a checkout of the PR head into the workspace root of a privileged workflow, `./` is the
    // PR author's code: medium.
    let replaced = steps("""
          - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955
            with:
              ref: ${{ github.event.pull_request.head.sha }}
          - uses: ./.github/actions/build
    """, on: "pull_request_target")
    #expect(found("workflow-self-repository-ref", replaced).map(\.severity) == [.medium])
    // A checkout into its own folder leaves the workspace's action alone.
    let aside = replaced.replacingOccurrences(of: "head.sha }}", with: "head.sha }}\n          path: other")
    #expect(found("workflow-self-repository-ref", aside).map(\.severity) == [.low])
    // A branch or tag a maintainer chose (a dispatch input, the base) is not the outsider's code.
    let chosen = replaced.replacingOccurrences(of: "github.event.pull_request.head.sha", with: "github.event.pull_request.base.sha")
    #expect(found("workflow-self-repository-ref", chosen).map(\.severity) == [.low])
    // In a pull_request workflow the PR's code is what runs anyway, unprivileged.
    let plain = replaced.replacingOccurrences(of: "on: pull_request_target", with: "on: pull_request")
    #expect(found("workflow-self-repository-ref", plain).map(\.severity) == [.low])
}

// MARK: workflow-obfuscation

@Test func obfuscatedUsesPaths() {
    let sha = "08eba0b27e820071cde6df949e0beb9ba4906955"
    #expect(ObfuscationRule.pathProblem("actions/checkout/@\(sha)") != nil)
    #expect(ObfuscationRule.pathProblem("actions/checkout////@\(sha)") != nil)
    #expect(ObfuscationRule.pathProblem("github/codeql-action/./init@\(sha)") != nil)
    #expect(ObfuscationRule.pathProblem("actions/cache/../../save@\(sha)") != nil)
    #expect(ObfuscationRule.pathProblem("github/codeql-action/init@\(sha)") == nil)
    #expect(ObfuscationRule.pathProblem("./.github/actions/x") == nil)
    #expect(ObfuscationRule.pathProblem("docker://alpine:3.20") == nil)
    #expect(lines("workflow-obfuscation", steps("      - uses: actions/checkout/.@\(sha)\n      - uses: actions/checkout@\(sha)\n")) == [7])
}

@Test func constantExpressionsAreObfuscationButRealOnesAreNot() {
    let text = steps("""
          - run: |
              echo ${{ format('{0}', 'abc') }}
              echo ${{ 1 != 2 }}
              echo ${{ 'a' }}
              echo ${{ github.sha }}
              echo ${{ format('{0}-{1}', github.ref_name, github.sha) }}
          - run: echo "${{ format('{0} {1}', github.event.number, true || false) }}"
          - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955
            with:
              fetch-depth: ${{ 0 }}
              persist-credentials: ${{ false }}
          - if: ${{ false }}
            run: echo skipped
            env:
              MODE: ${{ github.event_name == 'push' && 'full' || 'quick' }}
              LIST: ${{ fromJSON('["a", "b"]') }}
              SAME: ${{ fromJSON(toJSON(github.event)) }}
    """)
    // Constants in a script (lines 8-10), a constant part (13), the JSON round trip (23). A bare
    // literal outside a script, an `if:`, a real ternary and `fromJSON` of a literal are not reported.
    #expect(lines("workflow-obfuscation", text) == [8, 9, 10, 13, 23])
}

@Test func withAsOneExpressionIsInformational() {
    let text = steps("""
          - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955
            with: ${{ fromJSON(steps.setup.outputs.options) }}
    """)
    #expect(found("workflow-obfuscation", text).map(\.severity) == [.info])
}

// MARK: workflow-unsound-ternary

@Test func pseudoTernaryWithAFalsyMiddleValue() {
    #expect(lines("workflow-unsound-ternary", steps("      - run: ./publish ${{ github.ref == 'refs/heads/main' && '' || '--dry-run' }}\n")) == [7])
    #expect(lines("workflow-unsound-ternary", steps("      - run: echo\n        env:\n          N: ${{ inputs.fast && 0 || 3 }}\n")) == [9])
    #expect(lines("workflow-unsound-ternary", steps("      - run: ./publish ${{ github.ref != 'refs/heads/main' && '--dry-run' || '' }}\n")).isEmpty)
    #expect(lines("workflow-unsound-ternary", steps("      - run: echo ${{ inputs.a || '' }}\n")).isEmpty)
}

// MARK: workflow-misfeature

@Test func cmdShellAndSetupPythonPipInstall() {
    let text = """
    on: push
    permissions: {}
    defaults:
      run:
        shell: cmd
    jobs:
      j:
        runs-on: windows-latest
        defaults:
          run:
            shell: cmd
        steps:
          - run: echo hi
            shell: cmd.exe /D /C {0}
          - run: echo hi
            shell: pwsh
          - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065
            with:
              python-version: "3.12"
              pip-install: requests
    """
    #expect(lines("workflow-misfeature", text) == [5, 11, 14, 20])
    let clean = """
    on: push
    permissions: {}
    jobs:
      j:
        runs-on: windows-latest
        steps:
          - run: echo hi
            shell: pwsh
          - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065
            with:
              python-version: "3.12"
    """
    #expect(lines("workflow-misfeature", clean).isEmpty)
}

// MARK: adhoc installs (workflow-unlocked-install)

@Test func adHocGemYarnPnpmAndBundleInstalls() {
    let text = steps("""
          - run: |
              gem install rake
              gem i rubocop -v 1.60.0
              gem install bundler
              gem install --help
              gem build x.gemspec
              bundle install
              bundle add nokogiri
              yarn add left-pad
              pnpm add -D typescript
              yarn install --immutable
    """)
    #expect(lines("workflow-unlocked-install", text) == [8, 9, 14, 15, 16])
}
