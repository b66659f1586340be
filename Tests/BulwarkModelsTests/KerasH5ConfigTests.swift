import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// A legacy `.h5` model's `model_config` is read by Keras with `json.loads`: any JSON spelling of the keys
/// (whitespace before the colon, escapes in the key) and any layout of the object must still be found.
@Suite("Keras .h5 model_config found however the JSON is written")
struct KerasH5ConfigTests {
    let lambda = FormatBuilders.kerasLambdaConfig
    let dense = FormatBuilders.kerasDenseConfig

    func lambdaFound(_ config: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let f = scanModel(FormatBuilders.h5(modelConfig: config), path: "models/model.h5")
        return f.contains { $0.ruleID == "keras-lambda-layer" && $0.severity >= .high }
    }

    @Test func spacingAndEscapesInKeysAreRead() {
        #expect(lambdaFound(lambda))
        // json.dumps(separators=(', ', ' : ')), as R6 K2 writes it.
        #expect(lambdaFound(lambda.replacingOccurrences(of: "\": ", with: "\" : ")))
        #expect(lambdaFound(lambda.replacingOccurrences(of: "\": ", with: "\"\n\t:\r\n ")))
        #expect(lambdaFound(lambda.replacingOccurrences(of: "\"class_name\"", with: "\"class\\u005fname\"")))
        #expect(lambdaFound(lambda.replacingOccurrences(of: "{\"module\"", with: "{ \n  \"module\"")))
    }

    @Test func aLongFirstMemberDoesNotHideTheLayers() {
        // The top-level object's brace is far before its first class_name: the layers are judged on their own.
        let padded = lambda.replacingOccurrences(of: "{\"module\": \"keras\",", with: "{\"note\": \"\(String(repeating: "x", count: 3000))\", \"module\": \"keras\",")
        #expect(padded != lambda)
        #expect(lambdaFound(padded))
    }

    @Test func benignConfigsStayClean() {
        for config in [dense, dense.replacingOccurrences(of: "\": ", with: "\" : "), dense.replacingOccurrences(of: "\"class_name\"", with: "\"class\\u005fname\"")] {
            let f = scanModel(FormatBuilders.h5(modelConfig: config), path: "models/model.h5")
            #expect(serious(f).isEmpty, "\(f.map(\.message))")
        }
        // A key that only looks like class_name is not matched.
        #expect(Self.find("\"class_names\": 1") == nil)
        #expect(Self.find("\"class_name\" x") == nil)
        #expect(Self.find("xx\"class\\u005Fname\"  :") == 2)
    }

    @Test func nonFiniteNumbersDoNotHideTheConfig() throws {
        // Python's json.loads takes NaN, Infinity and -Infinity; Keras loads such a config (R6 K3).
        let odd = lambda.replacingOccurrences(of: "{\"module\": \"keras\",", with: "{\"a\": NaN, \"b\": -Infinity, \"c\": [Infinity], \"module\": \"keras\",")
        #expect(odd != lambda)
        #expect(lambdaFound(odd))
        let f = scanModel(FormatBuilders.keras(config: odd), path: "models/model.keras")
        #expect(f.contains { $0.ruleID == "keras-lambda-layer" && $0.severity >= .high }, "\(f.map(\.message))")
        let clean = scanModel(FormatBuilders.keras(config: dense.replacingOccurrences(of: "\"units\": 2", with: "\"units\": 2, \"x\": NaN")), path: "models/model.keras")
        #expect(serious(clean).isEmpty, "\(clean.map(\.message))")
        // Strict JSON readers elsewhere keep refusing them.
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse("[NaN]") }
        #expect(try JSONParser.parse("[NaN, -Infinity]", limits: ModelInspector.kerasJSONLimits).array?.count == 2)
    }

    static func find(_ s: String) -> Int? {
        let bytes = Array(s.utf8)
        guard let (i, m) = ModelInspector.findJSONKey(Array("class_name".utf8), in: bytes, from: 0, until: bytes.count),
              case .found = m else { return nil }
        return i
    }
}
