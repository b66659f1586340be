import BulwarkCore
@testable import BulwarkWorkflows
import Testing

// Session 15: credentials kept in configuration variables, with the setting names real repositories
// keep there (gh-aw model budgets, OIDC ids, package names) as negatives.

@Test func credentialNamesInVariablesAreRecognized() {
    for n in ["OPENAI_API_KEY", "HF_TOKEN", "DB_PASSWORD", "SLACK_WEBHOOK_URL", "NPM_TOKEN", "GCP_CREDENTIALS",
              "DEPLOY_SIGNING_KEY", "ANTHROPIC_API_KEY_PROD", "gh-pat", "STRIPE_SECRET"] {
        #expect(CredentialInVariableRule.isCredentialName(n), "\(n)")
    }
    for n in ["GH_AW_DEFAULT_MAX_AI_CREDITS", "ANTHROPIC_SERVICE_ACCOUNT_ID", "NEXT_PUBLIC_POSTHOG_KEY", "NEXT_PUBLIC_SENTRY_DSN",
              "KEY_CONTAINER", "MAX_TOKENS", "TOKEN_LIMIT", "AWS_ECR_OIDC_ARN", "DOCKERHUB_USERNAME", "TOKEN_URL", "CACHE_KEY",
              "GPG_KEY_ID", "SIGNING_PUBLIC_KEY", "SECRET_NAME", "GCP_WIF_PROVIDER", "PASSWORD_FILE", "STRIPE_PUBLISHABLE_KEY", "DATABASE_URL", "REDIS_CONNECTION_STRING"] {
        #expect(!CredentialInVariableRule.isCredentialName(n), "\(n)")
    }
}

@Test func credentialVariablesInWorkflowsAreReported() {
    let yaml = """
    on: push
    jobs:
      eval:
        runs-on: ubuntu-latest
        steps:
          - run: python eval.py --key "${{ vars.OPENAI_API_KEY }}"
            env:
              HF: ${{ vars.HF_TOKEN || secrets.HF_TOKEN }}
              MODEL: ${{ vars.MODEL_NAME }}
              MAX_TOKENS: ${{ vars.MAX_TOKENS }}
    """
    let f = scanRepo([".github/workflows/eval.yml": yaml]).filter { $0.ruleID == "workflow-credential-in-variable" }
    #expect(f.map { $0.location.startLine ?? 0 } == [6, 8])
    #expect(f.allSatisfy { $0.severity == .medium })
    #expect(f.first?.message.contains("`vars.OPENAI_API_KEY`") == true)
}
