import BulwarkCore

/// Jenkins credentials committed in their stored, encrypted form (`hudson.util.Secret`).
///
/// Jenkins writes every secret field of `credentials.xml`, a job's `config.xml` or a plugin's
/// configuration as `{` + base64 + `}`, where the bytes are: version 1, the IV length (4 bytes, big
/// endian, 16), the data length (4 bytes), the IV, then AES-CBC ciphertext (a multiple of 16 bytes).
/// The base64 therefore always starts with `AQAAAB` (`01 00 00 00 10`). The ciphertext is only as safe
/// as `secrets/master.key` and `secrets/hudson.util.Secret` of the instance, which JENKINS_HOME
/// backups commit beside it; anyone with both decrypts it offline.
enum JenkinsCatalog {
    static let keyword = "{AQAAAB"
    /// Longest stored value read (a PEM private key credential is a few kilobytes).
    static let maxValue = 10_960 // base64 of the 8 KiB `jenkinsSecretShape` decodes
    static let body = Charset("A-Za-z0-9+/=")
    static let base64Glue = Charset("A-Za-z0-9+/")

    static func xml(_ element: String, _ value: String, marked: Bool = true) -> String {
        """
        <?xml version='1.1' encoding='UTF-8'?>
        <com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
          <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
            <entry>
              <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
              <java.util.concurrent.CopyOnWriteArrayList>
                <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
                  <scope>GLOBAL</scope>
                  <id>deploy-user</id>
                  <username>deployer</username>
                  <\(element)>\(value)</\(element)>\(marked ? " <!-- <- -->" : "")
                </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
              </java.util.concurrent.CopyOnWriteArrayList>
            </entry>
          </domainCredentialsMap>
        </com.cloudbees.plugins.credentials.SystemCredentialsProvider>
        """
    }

    /// Jenkins stores credentials (credentials.xml, job config.xml) as `{base64}`: version 1, a 16-byte IV, the
    /// AES-CBC ciphertext length, IV and ciphertext. The lengths are checked; nothing is decrypted. The
    /// prefix in an element body with other contents (a space, lengths that do not add up) is reported low.
    static let encryptedCredential: SecretPattern = Make.custom(
        "secret-jenkins-encrypted-credential", "Jenkins", "Jenkins-encrypted credential (credentials.xml, config.xml)",
        keywords: [keyword],
        regex: "(?<![A-Za-z0-9+/=])(\\{AQAAABAAAA[A-Za-z0-9+/=]{36,8000}\\})",
        env: "JENKINS_CREDENTIAL",
        unlocks: "the credential the entry holds (password, token or SSH key) for anyone who also has the controller's secrets/master.key and secrets/hudson.util.Secret, often kept beside it in a JENKINS_HOME backup",
        category: "ci", rotate: "rotate the credential the entry holds, and keep JENKINS_HOME/secrets out of version control",
        severity: .medium, confidence: .high,
        refs: ["https://www.jenkins.io/doc/developer/security/secrets/"],
        sample: { JenkinsSamples.secret(seed: $0) },
        hits: [("jenkins/credentials.xml", "      <password>{S}</password> <!-- <- -->"),
               ("jobs/deploy/config.xml", "<project>\n  <properties>\n    <hudson.model.ParametersDefinitionProperty>\n      <parameterDefinitions>\n        <hudson.model.PasswordParameterDefinition>\n          <name>API_TOKEN</name>\n          <defaultValue>" + JenkinsSamples.secret(seed: 12) + "</defaultValue> <!-- <- -->\n        </hudson.model.PasswordParameterDefinition>\n      </parameterDefinitions>\n    </hudson.model.ParametersDefinitionProperty>\n  </properties>\n</project>"),
               ("backup/credentials.xml", xml("secret", "{AQAAABAAA " + Make.s(13, .base62, 22) + "}"))],
        misses: [("jenkins/credentials.xml", "      <password>{AQAAABAAAAAQ}</password>"),
                 ("docs/jenkins.md", "Stored secrets look like `{AQAAABAAAA...}` in credentials.xml."),
                 ("notes/ciphertext.txt", "copied: {AQAAABAAAAAQ" + Make.s(9, .base62, 40) + "} (lengths do not add up, outside an element)"),
                 ("jenkins_home/config.xml", xml("secret", "${DEPLOY_PASSWORD}", marked: false))],
        priority: 111) { inp in match(inp) }

    static func match(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        // Glued to base64 (not after `=`, which assigns it in a .env or properties file).
        if s > 0, base64Glue.contains(b[s - 1]) { return [] }
        guard StructuredTokens.exact(b, s, keyword) else { return [] }
        let inElement = s > 0 && b[s - 1] == UInt8(ascii: ">")
        let from = s + 1
        let e = Scan.run(b, from: from, body, max: maxValue)
        if e < b.count, b[e] == UInt8(ascii: "}"), e - from >= 36 {
            let value = Scan.text(b, s..<e)
            if PlatformCatalog.jenkinsSecretShape(value) {
                return [RawHit(range: s..<e, secret: value, verdict: .props(["jenkins.ciphertext": "v1"], detail: elementDetail(b, s)))]
            }
        }
        // The prefix in an element body, closed by `}</`, with other bytes inside: not a value Jenkins
        // wrote (a fixture, a hand-edited or truncated copy), reported low for a look.
        guard inElement else { return [] }
        var k = from
        let limit = min(b.count, from + 256)
        while k < limit, b[k] != UInt8(ascii: "}"), b[k] != UInt8(ascii: "<"), b[k] != 0x0A { k += 1 }
        guard k + 2 < b.count, b[k] == UInt8(ascii: "}"), b[k + 1] == UInt8(ascii: "<"), b[k + 2] == UInt8(ascii: "/") else { return [] }
        // The variable part must hold something random-looking: at least 12 bytes past the prefix.
        let rest = Array(b[(s + keyword.utf8.count)..<k]).filter { $0 != 0x20 }
        guard rest.count >= 12, Codecs.entropy(rest) >= 3.0,
              !Placeholders.isPlaceholder(String(decoding: rest, as: UTF8.self)) else { return [] }
        return [RawHit(range: s..<(k + 1), secret: Scan.text(b, s..<(k + 1)),
                       verdict: .offStructure("the Jenkins ciphertext prefix `{AQAAAB` in an element", "base64 of a version byte, a 16-byte IV and whole AES blocks"))]
    }

    /// `in <password>` when the value is the body of an XML element.
    static func elementDetail(_ b: [UInt8], _ s: Int) -> String? {
        guard s > 0, b[s - 1] == UInt8(ascii: ">") else { return nil }
        var k = s - 1
        while k > 0, s - k < 80, b[k - 1] != UInt8(ascii: "<") { k -= 1 }
        guard k > 0, b[k - 1] == UInt8(ascii: "<") else { return nil }
        let name = Scan.text(b, k..<(s - 1)).split(separator: " ").first.map(String.init) ?? ""
        return name.isEmpty ? nil : "in `<\(name)>`"
    }
}
