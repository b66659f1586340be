import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// Key store files (PKCS#12, JKS) by structure, and Firebase client-configuration API keys by context.
@Suite struct KeyStoreAndFirebaseTests {
    func findings(_ path: String, _ bytes: [UInt8]) -> [Finding] {
        Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, bytes: bytes), configuration: Configuration(), families: ["secrets"])
    }

    @Test func pkcs12SeverityFollowsWhatIsVisibleWithoutAPassword() throws {
        let plain = try #require(findings("certs/client.p12", KeyStoreSamples.pkcs12(bags: [.plainKey, .cert])).first)
        #expect(plain.ruleID == "secret-key-store-file")
        #expect(plain.severity == .high)
        #expect(plain.properties["keyStore.kind"] == "PKCS#12")
        let shrouded = try #require(findings("certs/client.pfx", KeyStoreSamples.pkcs12(bags: [.shroudedKey, .cert])).first)
        #expect(shrouded.severity == .medium)
        #expect(shrouded.message.contains("password is not tried"))
        let trust = try #require(findings("certs/truststore.p12", KeyStoreSamples.pkcs12(bags: [.cert])).first)
        #expect(trust.severity == .low)
    }

    @Test func keyStoreIsRecognizedByStructureNotByName() {
        // A PKCS#12 under a name that says nothing, and a JKS named .keystore.
        #expect(findings("deploy/identity", KeyStoreSamples.pkcs12(bags: [.shroudedKey])).map(\.ruleID) == ["secret-key-store-file"])
        #expect(findings("android/release.keystore", KeyStoreSamples.jks(privateKey: true)).first?.severity == .medium)
        #expect(findings("android/truststore.jks", KeyStoreSamples.jks(privateKey: false)).first?.severity == .low)
        // A .p12 that is not one, a DER certificate (a SEQUENCE without version 3), a text starting with "0".
        #expect(findings("certs/notes.p12", Array("this is a note\n".utf8)).isEmpty)
        #expect(findings("certs/ca.p12", [0x30, 0x82, 0x01, 0x0A, 0x30, 0x82, 0x00, 0xF0, 0xA0, 0x03, 0x02, 0x01, 0x02] + [UInt8](repeating: 1, count: 64)).isEmpty)
        #expect(findings("data/numbers.csv", Array("0,1,2\n3,4,5\n".utf8)).isEmpty)
        // Truncated and hostile headers never crash.
        let full = KeyStoreSamples.pkcs12(bags: [.plainKey])
        for n in 0..<full.count { _ = KeyStores.identify(Array(full.prefix(n))) }
        _ = KeyStores.identify([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0x7F, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1, 0xFF, 0xFF])
    }

    @Test func firebaseWebConfigKeyIsLowNotAHighGoogleKey() throws {
        let key = "AIzaSy" + Make.s(90, .urlSafe, 33)
        let web = "const firebaseConfig = {\n  apiKey: \"\(key)\",\n  authDomain: \"demo-shop.firebaseapp.com\",\n  projectId: \"demo-shop\",\n  messagingSenderId: \"1234567890\",\n};\n"
        let f = secretFindings("web/src/firebase.ts", web)
        #expect(f.map(\.ruleID) == ["secret-firebase-web-api-key"])
        #expect(f.first?.severity == .low)
        // The Android client configuration file is client configuration whatever its neighbours.
        #expect(secretFindings("app/google-services.json", "{\"api_key\": [{\"current_key\": \"\(key)\"}]}").map(\.ruleID) == ["secret-firebase-web-api-key"])
        // Control: the same key in server code calling Gemini stays a high Google API key.
        let server = secretFindings("server/gemini.py", "client = genai.Client(api_key=\"\(key)\")\n")
        #expect(server.map(\.ruleID) == ["secret-google-api-key"])
        #expect(server.first?.severity == .high)
    }

    @Test func jenkinsEncryptedCredentialNeedsItsStructure() {
        let secret = JenkinsSamples.secret(seed: 108)
        let xml = "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <username>deploy</username>\n  <password>\(secret)</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
        let f = secretFindings("jenkins/credentials.xml", xml)
        #expect(f.map(\.ruleID) == ["secret-jenkins-encrypted-credential"])
        #expect(f.first?.severity == .medium)
        // The prefix with lengths that do not add up is no ciphertext Jenkins wrote: outside an element it is
        // not reported; as an element's value it is low (a fixture, a truncated or hand-edited copy).
        #expect(secretFindings("notes/jenkins.txt", "copied {AQAAABAAAAAQ\(Make.s(109, .base62, 60))} here\n").isEmpty)
        let edited = secretFindings("jenkins/credentials.xml", "<password>{AQAAABAAAAAQ\(Make.s(109, .base62, 60))}</password>\n")
        #expect(edited.map(\.ruleID) == ["secret-jenkins-encrypted-credential"])
        #expect(edited.first?.severity == .low)
    }
}
