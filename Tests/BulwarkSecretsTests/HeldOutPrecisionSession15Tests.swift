import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Testing

/// RR15 (held-out repositories, session 15): the key of a development certificate for localhost, kept in
/// the repository so that a local HTTPS server can start, was reported critical. Our own key bodies.
@Suite struct HeldOutPrecisionSession15Tests {
    func keys(_ path: String, _ text: String) -> [Finding] {
        Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, text: text), configuration: Configuration(), families: ["secrets"])
            .filter { $0.ruleID == "secret-private-key" }
    }

    @Test func aKeyWhosePathNamesLocalhostIsLow() {
        let pem = PrivateKeys.samplePEM("PRIVATE KEY", seed: 71, markFirst: false)
        for path in ["certs/localhost-key.pem", "dev/tls/localhost+2-key.pem", "docker/certs/localhost/key.pem"] {
            let fs = keys(path, pem)
            #expect(fs.map(\.severity) == [.low], "\(path)")
            #expect(fs.first?.message.contains("names localhost") == true, "\(path)")
        }
        // Any other name keeps the key critical, including names that only contain the letters.
        for path in ["certs/server-key.pem", "deploy/id_ed25519", "certs/notlocalhosted.pem"] {
            #expect(keys(path, pem).map(\.severity) == [.critical], "\(path)")
        }
        #expect(PrivateKeys.namesLocalhost("a/LOCALHOST.key"))
        #expect(!PrivateKeys.namesLocalhost("certs/localhostname.pem"))
    }
}
