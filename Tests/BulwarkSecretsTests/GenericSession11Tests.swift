@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, session 11: assignment forms the generic rule did not read (comparisons with a literal, configuration
/// attributes, subscripts, PHP's `define`, literal prefixes, C arrays, C++ string constructors). Our own values.
private func generic(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }.map { $0.properties["generic.name"] ?? "" }
}

private func token(_ seed: UInt64, _ n: Int = 28) -> String { FakeSecrets.string(.base62, count: n, seed: 0x5E11_0000 + seed) }
/// A typed password: letters of both cases, digits and symbols.
private let typedPassword = "Vq7#kL2m!R9wTz4p"

/// A credential checked against a literal written into the code, the literal after the operator or before the name.
@Test func comparisonsWithALiteralAreRead() throws {
    #expect(try generic("src/auth.js", "if (apiToken === \"\(token(1))\") {\n  allow();\n}\n") == ["apitoken"])
    #expect(try generic("app/auth.py", "if \"\(token(2))\" != client_secret:\n    raise Denied()\n") == ["client_secret"])
    #expect(try generic("src/auth.c", "if (db_password != \"\(typedPassword)\") { return 0; }\n") == ["db_password"])
    #expect(try generic("cmd/auth.go", "if (\"\(token(3))\" == my_private_key) {\n}\n") == ["my_private_key"])
    #expect(try generic("cmd/check.go", "if accessKey, _ := os.LookupEnv(\"ACCESS_KEY\"); serviceKey != \"\(token(4, 24))\" {\n}\n") == ["servicekey"])
}

/// Comparisons that hold no credential: a scheme name, a weak password, a call or an index, a bare `key`, a data key,
/// another variable, an unquoted operand, an assignment that is no comparison.
@Test func comparisonsWithoutALiteralCredentialStaySilent() throws {
    let lines = [
        ("app/auth.py", "if token == \"Bearer\":\n    pass\n"),
        ("app/auth.py", "if password == \"hunter22\":\n    pass\n"),
        ("app/auth.py", "if \"\(token(5))\" == token(request):\n    pass\n"),
        ("app/auth.py", "if \"\(token(6))\" == secrets[0]:\n    pass\n"),
        ("app/keys.py", "assert key == \"\(token(7))\"\n"),
        ("app/cache.py", "if cache_key == \"\(token(8))\":\n    pass\n"),
        ("src/auth.ts", "if (apiToken === process.env.API_TOKEN) {}\nif (token == null) {}\nif (apiToken !== expectedToken) {}\n"),
        ("src/auth.ts", "const same = \"\(token(9))\" <= apiToken;\n"),
        ("src/auth.ts", "if (apiToken == \"${API_TOKEN}\") {}\nif (password == \"<your password>\") {}\n"),
    ]
    for (path, text) in lines {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// Configuration elements that name a setting in `key=`/`name=` and give it in `value=` (.NET appSettings, Spring and
/// Ant properties, Tomcat parameters).
@Test func configurationAttributesAreRead() throws {
    #expect(try generic("web.config", "<appSettings>\n  <add key=\"PaymentApiToken\" value=\"\(token(10))\" />\n</appSettings>\n") == ["paymentapitoken"])
    #expect(try generic("config/beans.xml", "<bean id=\"ds\">\n  <property name=\"db.password\" value=\"\(typedPassword)\"/>\n</bean>\n") == ["db.password"])
    #expect(try generic("conf/context.xml", "<Context>\n  <Parameter name='client_secret' value='\(token(11))' override='false'/>\n</Context>\n") == ["client_secret"])
    #expect(try generic("config/app.xml", "<entry key=\"registry_token\"   value=\"\(token(12))\"/>\n") == ["registry_token"])
}

/// HTML form fields (a page's CSRF token), references and placeholders in a value attribute, names that describe a
/// setting, an element with text instead of a value attribute.
@Test func attributesThatHoldNoCredentialStaySilent() throws {
    let files = [
        ("app/views/form.html", "<form>\n<input type=\"hidden\" name=\"authenticity_token\" value=\"\(token(13, 40))\">\n<input type=\"hidden\" name=\"api_token\" value=\"\(token(14))\">\n</form>\n"),
        ("config/beans.xml", "<property name=\"password\" value=\"${db.password}\"/>\n<property name=\"api_token\" value=\"#{systemProperties['api.token']}\"/>\n"),
        ("web.config", "<add key=\"ApiTokenUrl\" value=\"https://auth.example.com/token\"/>\n<add key=\"ClientSecretName\" value=\"\(token(15))\"/>\n"),
        ("web.config", "<add key=\"ApiToken\" value=\"your-api-token-here\"/>\n<add key=\"ApiToken\" value=\"\"/>\n"),
        ("templates/page.html", "<meta name=\"csrf-token\" content=\"\(token(16, 40))\">\n<option name=\"api_token\" value=\"\(token(17))\">\n"),
    ]
    for (path, text) in files {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// A quoted key in a subscript (`os.environ["NAME"] = `, PHP and Ruby hashes), PHP's `define`.
@Test func subscriptsAndDefinesAreRead() throws {
    #expect(try generic("app/setup.py", "os.environ[\"SERVICE_API_TOKEN\"] = \"\(token(20))\"\n") == ["service_api_token"])
    #expect(try generic("config/app.php", "<?php\n$config['api_token'] = '\(token(21))';\n") == ["api_token"])
    #expect(try generic("config/boot.rb", "ENV['DEPLOY_TOKEN'] = '\(token(22))'\n") == ["deploy_token"])
    #expect(try generic("wp-config.php", "<?php\ndefine('DB_PASSWORD', '\(typedPassword)');\n") == ["db_password"])
    #expect(try generic("wp-config.php", "<?php\ndefine( \"STRIPE_SECRET\", \"\(token(23))\" );\n") == ["stripe_secret"])
}

/// Subscripts assigned a variable or compared, `define` with a call or a placeholder, an index that is no quoted key.
@Test func subscriptsAndDefinesWithoutALiteralStaySilent() throws {
    let files = [
        ("app/setup.py", "os.environ[\"SERVICE_API_TOKEN\"] = token_value\nos.environ['API_TOKEN'] = settings.API_TOKEN\n"),
        ("app/check.py", "if environ[\"API_TOKEN\"] == \"x\":\n    pass\n"),
        ("wp-config.php", "<?php\ndefine('AUTH_KEY', 'put your unique phrase here');\ndefine('API_TOKEN', getenv('API_TOKEN'));\n"),
        ("app/setup.py", "tokens[\"\(token(24))\"] = 1\nsecrets[key] = \"\(token(25))\"\n"),
    ]
    for (path, text) in files {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// String literal prefixes (`@"v"`, `b"v"`, `r'v'`, `L"v"`), C arrays (`char secret[25] = "v"`), C++ strings built
/// from a literal (`std::string name("v")`, `QString name{"v"}`).
@Test func literalPrefixesArraysAndConstructorsAreRead() throws {
    #expect(try generic("Sources/Client.m", "NSString *apiToken = @\"\(token(30))\";\n") == ["apitoken"])
    #expect(try generic("src/Client.cs", "var apiToken = @\"\(token(31))\";\n") == ["apitoken"])
    #expect(try generic("app/settings.py", "SECRET_KEY = b\"\(token(32))\"\n") == ["secret_key"])
    #expect(try generic("app/settings.py", "API_TOKEN = rb'\(token(33))'\n") == ["api_token"])
    #expect(try generic("src/client.cpp", "const wchar_t* api_token = L\"\(token(34))\";\n") == ["api_token"])
    #expect(try generic("src/client.c", "static const char secret[29] = \"\(token(35))\";\nchar api_key[] = \"\(token(36))\";\n") == ["secret", "api_key"])
    #expect(try generic("src/client.cpp", "std::string client_secret(\"\(token(37))\");\nQString apiToken{\"\(token(38))\"};\n") == ["client_secret", "apitoken"])
}

/// Prefixed literals that are templates or format strings, arrays indexed by a variable or written a character, a
/// constructor fed by a call, a call that is no constructor, an f-string.
@Test func prefixedLiteralsAndConstructorsWithoutACredentialStaySilent() throws {
    let files = [
        ("Sources/Client.m", "NSString *apiToken = @\"%@\";\nNSString *apiToken = [NSString stringWithFormat:@\"%@-%@\", a, b];\n"),
        ("app/settings.py", "api_token = f\"{prefix}\(token(40))\"\nSECRET_KEY = b\"\"\n"),
        ("src/client.c", "password[0] = '\\0';\nsecret[i] = \"\(token(41))\";\n"),
        ("src/client.cpp", "std::string client_secret(read_secret(\"\(token(42))\"));\nauto t = parse_token(\"\(token(43))\");\n"),
        ("src/client.cpp", "std::string client_secret(\"your-client-secret\");\n"),
    ]
    for (path, text) in files {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// A command-line option and its value in scripts, commands written into code and argument lists.
@Test func commandLineOptionsAreRead() throws {
    #expect(try generic("scripts/deploy.sh", "docker login registry.example.com --username ci --password \(typedPassword)\n") == ["--password"])
    #expect(try generic("scripts/deploy.sh", "cli upload --api-token \"\(token(50))\" dist/\n") == ["--api-token"])
    #expect(try generic("tools/run.py", "subprocess.run([\"cli\", \"--token\", \"\(token(51))\"])\n") == ["--token"])
    #expect(try generic("tools/run.py", "os.system(\"cli --client-secret \(token(52)) --verbose\")\n") == ["--client-secret"])
}

/// Options fed by a variable or stdin, placeholders, option declarations (argparse, click), prose about options.
@Test func commandLineOptionsWithoutALiteralStaySilent() throws {
    let files = [
        ("scripts/deploy.sh", "cli upload --api-token $API_TOKEN dist/\ncli upload --api-token \"${API_TOKEN}\"\ndocker login --password-stdin < pw.txt\ncli --token <your-token>\ncli --token -\n"),
        ("tools/run.py", "subprocess.run([\"cli\", \"--token\", token])\nparser.add_argument(\"--token\", help=\"API token\")\nparser.add_argument(\"--api-key\", \"--apikey\", dest=\"api_key\")\n"),
        ("docs/usage.md", "Pass the token with `--token` and the password with --password when needed.\nUse --api-key YOUR_API_KEY or --token abc123.\n"),
    ]
    for (path, text) in files {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// A Dockerfile's `ENV NAME value` (without `=`) and a C# auto-property's initializer.
@Test func dockerEnvAndPropertyInitializersAreRead() throws {
    #expect(try generic("Dockerfile", "FROM alpine\nENV REGISTRY_TOKEN \(token(60))\n") == ["registry_token"])
    #expect(try generic("src/Settings.cs", "public class Settings {\n    public string ServiceToken { get; set; } = \"\(token(61))\";\n    public string ClientSecret { get; init; } = \"\(token(62))\";\n}\n") == ["servicetoken", "clientsecret"])
    let silent = [
        ("Dockerfile", "FROM alpine\nENV API_TOKEN ${API_TOKEN}\nENV SECRET_NAME \(token(63))\nARG TOKEN\nRUN echo ENV TOKEN \(token(64))\n"),
        ("src/Settings.cs", "public string ServiceToken { get; set; } = Environment.GetEnvironmentVariable(\"SERVICE_TOKEN\");\npublic string Password { get { return _p; } }\n"),
    ]
    for (path, text) in silent {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}

/// A password made only of words and short numbers joined by separators is a value written for a test or an
/// example; typed passwords with a part that mixes letters and digits, symbols inside, or no word are read.
@Test func passwordsMadeOfWordsAreNoSecrets() throws {
    for v in ["env-supplied-pw12", "cli-fixed-pass-42", "Staging.Deploy.77"] {
        #expect(try generic("config/app.yaml", "db_password: \"\(v)\"\n").isEmpty, "\(v)")
        #expect(try generic("tests/test_cli.py", "run([\"--password\", \"\(v)\"])\n").isEmpty, "\(v)")
    }
    for v in [typedPassword, "deploy-Kx82mQ-prod", "Zq9.vL4w.Rt7"] {
        #expect(try generic("config/app.yaml", "db_password: \"\(v)\"\n") == ["db_password"], "\(v)")
    }
}

/// A setting named by a `name` key and given by the `value` key right after it: Kubernetes and Compose `env` lists,
/// ECS container definitions.
@Test func nameValuePairsAreRead() throws {
    let manifest = """
    spec:
      containers:
        - name: app
          env:
            - name: SERVICE_API_TOKEN
              value: "\(token(70))"
            - name: DB_PASSWORD
              value: \(typedPassword)
    """
    #expect(try generic("deploy/app.yaml", manifest + "\n") == ["service_api_token", "db_password"])
    #expect(try generic("deploy/task.json", "{\"environment\": [{\"name\": \"STRIPE_SECRET\", \"value\": \"\(token(71))\"}]}\n") == ["stripe_secret"])
}

/// A value taken from a secret reference, a name that describes a setting, a `value` that is not next to the name, a
/// key that only ends in `name` (`username`), a reference in the value.
@Test func nameValuePairsWithoutALiteralStaySilent() throws {
    let manifest = """
    env:
      - name: API_TOKEN
        valueFrom:
          secretKeyRef:
            name: api
            key: token
      - name: TOKEN_URL
        value: "\(token(72))"
      - name: SECRET_KEY
        value: ${SECRET_KEY}
      - name: REGISTRY_TOKEN
        image: app
        command: run
        value: "\(token(73))"
    """
    #expect(try generic("deploy/app.yaml", manifest + "\n").isEmpty)
    #expect(try generic("deploy/task.json", "[{\"username\": \"api_token\", \"value\": \"\(token(74))\"}]\n").isEmpty)
}

/// A value shortened with an ellipsis inside (documentation) is no credential; dots after a value are punctuation.
@Test func elidedValuesAreNoSecrets() throws {
    let v = token(80, 40)
    let elided = String(v.prefix(12)) + "..." + String(v.suffix(12))
    #expect(try generic("README.md", "  --api-key '\(elided)'\n").isEmpty)
    #expect(try generic("config/app.yaml", "api_token: \"\(elided)\"\n").isEmpty)
    #expect(try generic("config/app.yaml", "api_token: \"\(v)\"\n") == ["api_token"])
    #expect(try generic("notes/db.txt", "jdbc:hive2://db.example.com:10000/default;user=etl;password=\(typedPassword)...\n") == ["password"])
}

/// A default written in a declaration's block: a Terraform variable, a CloudFormation parameter, a JSON schema property.
@Test func declaredDefaultsAreRead() throws {
    let tf = "variable \"db_password\" {\n  description = \"Database password\"\n  type        = string\n  sensitive   = true\n  default     = \"\(typedPassword)\"\n}\n"
    #expect(try generic("infra/variables.tf", tf) == ["db_password"])
    let cfn = "Parameters:\n  ServiceApiToken:\n    NoEcho: true\n    Type: String\n    Default: \"\(token(90))\"\n"
    #expect(try generic("infra/template.yaml", cfn) == ["serviceapitoken"])
    #expect(try generic("config/schema.json", "{\"properties\": {\"api_token\": {\"type\": \"string\", \"default\": \"\(token(91))\"}}}\n") == ["api_token"])
}

/// A declaration without a default, a default that is a reference or empty, a default of a sibling or of another
/// block, a block too long to be the declaration's.
@Test func declaredDefaultsWithoutALiteralStaySilent() throws {
    let files = [
        ("infra/variables.tf", "variable \"api_token\" {\n  type = string\n}\nvariable \"other\" {\n  default = \"\(token(92))\"\n}\nvariable \"deploy_token\" {\n  default = var.other\n}\n"),
        ("infra/template.yaml", "Parameters:\n  ApiToken:\n    Type: String\n  Other:\n    Default: \"\(token(93))\"\n"),
        ("action.yml", "inputs:\n  token:\n    description: GitHub token\n    default: ${{ github.token }}\n"),
        ("config/schema.json", "{\"api_token\": {\"type\": \"string\", \"default\": \"\"}, \"other\": {\"default\": \"\(token(94))\"}}\n"),
        ("infra/template.yaml", "ApiToken:\n" + (1...7).map { "  k\($0): v\n" }.joined() + "  Default: \"\(token(95))\"\n"),
    ]
    for (path, text) in files {
        #expect(try generic(path, text).isEmpty, "\(text)")
    }
}
