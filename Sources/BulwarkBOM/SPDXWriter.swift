import BulwarkReporters
import Crypto
import Foundation

/// SPDX 3.0.1 JSON-LD with the Core, Software, AI and Dataset profiles.
public enum SPDXWriter {
    public static func render(_ inv: BOMInventory, deterministic: Bool, toolVersion: String) -> String {
        let created: String
        if deterministic {
            let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? 0
            created = iso(Date(timeIntervalSince1970: epoch))
        } else {
            created = iso(Date())
        }
        // The namespace is derived from the inventory so ids are stable.
        var h = Crypto.SHA256()
        h.update(data: Array(inv.root.name.utf8))
        for c in inv.components { h.update(data: Array(c.ref.utf8)) }
        let ns = "https://spdx.org/spdxdocs/bulwark-" + Array(h.finalize()).prefix(12).map { String(format: "%02x", $0) }.joined() + "/"
        var ids: [String: String] = [:]
        var counter = 0
        func id(_ ref: String) -> String {
            if let v = ids[ref] { return v }
            counter += 1
            let safe = String(ref.map { $0.isLetter || $0.isNumber || "-._".contains($0) ? $0 : "-" }.prefix(80))
            let v = ns + "\(counter)-" + safe
            ids[ref] = v
            return v
        }
        let ci = "_:creationinfo"
        let toolID = ns + "tool-bulwark"
        let agentID = ns + "agent-bulwark"
        var graph: [JSON] = []
        graph.append(.object([
            ("type", .string("CreationInfo")), ("@id", .string(ci)), ("specVersion", .string("3.0.1")),
            ("created", .string(created)), ("createdBy", .array([.string(agentID)])), ("createdUsing", .array([.string(toolID)])),
        ]))
        graph.append(.object([("type", .string("SoftwareAgent")), ("spdxId", .string(agentID)), ("creationInfo", .string(ci)), ("name", .string("bulwark"))]))
        graph.append(.object([("type", .string("Tool")), ("spdxId", .string(toolID)), ("creationInfo", .string(ci)), ("name", .string("bulwark \(toolVersion)"))]))
        let unknownSupplier = ns + "org-unknown"
        graph.append(.object([("type", .string("Organization")), ("spdxId", .string(unknownSupplier)), ("creationInfo", .string(ci)), ("name", .string("NOASSERTION"))]))

        var elements: [String] = [agentID, toolID, unknownSupplier]
        var relationships: [JSON] = []
        var licenseIDs: [String: String] = [:]
        func relationship(_ from: String, _ type: String, _ to: [String]) {
            guard !to.isEmpty else { return }
            let rid = ns + "rel-\(relationships.count + 1)"
            relationships.append(.object([
                ("type", .string("Relationship")), ("spdxId", .string(rid)), ("creationInfo", .string(ci)),
                ("from", .string(from)), ("relationshipType", .string(type)), ("to", .array(to.map(JSON.string))),
            ]))
            elements.append(rid)
        }
        func license(_ l: BOMLicense) -> String {
            let expr = { () -> String in
                switch l {
                case .id(let s): return s
                case .name(let n): return "LicenseRef-" + String(n.map { $0.isLetter || $0.isNumber || "-.".contains($0) ? $0 : "-" })
                }
            }()
            if let v = licenseIDs[expr] { return v }
            let lid = ns + "license-\(licenseIDs.count + 1)"
            licenseIDs[expr] = lid
            graph.append(.object([
                ("type", .string("simplelicensing_LicenseExpression")), ("spdxId", .string(lid)), ("creationInfo", .string(ci)),
                ("simplelicensing_licenseExpression", .string(expr)),
            ]))
            elements.append(lid)
            return lid
        }
        func hashes(_ c: BOMComponent) -> [JSON] {
            c.hashes.compactMap { h in
                let alg: String? = ["SHA-256": "sha256", "SHA-512": "sha512", "SHA-384": "sha384", "SHA-1": "sha1"][h.alg]
                return alg.map { .object([("type", .string("Hash")), ("algorithm", .string($0)), ("hashValue", .string(h.hex))]) }
            }
        }
        func element(_ c: BOMComponent) -> JSON {
            let sid = id(c.ref)
            var o: [(String, JSON)] = []
            let type: String
            switch c.kind {
            case .machineLearningModel: type = "ai_AIPackage"
            case .data: type = "dataset_DatasetPackage"
            case .file: type = "software_File"
            default: type = "software_Package"
            }
            o.append(("type", .string(type)))
            o.append(("spdxId", .string(sid)))
            o.append(("creationInfo", .string(ci)))
            o.append(("name", .string(c.name)))
            if let d = c.description { o.append(("description", .string(d))) }
            let hs = hashes(c)
            if !hs.isEmpty { o.append(("verifiedUsing", .array(hs))) }
            if let p = c.purl {
                o.append(("externalIdentifier", .array([.object([("type", .string("ExternalIdentifier")),
                                                                 ("externalIdentifierType", .string("packageUrl")), ("identifier", .string(p))])])))
            }
            if !c.properties.isEmpty && type != "software_File" {
                o.append(("comment", .string(c.properties.map { "\($0.0)=\($0.1)" }.joined(separator: "; "))))
            }
            if type != "software_File" {
                o.append(("software_packageVersion", .string(c.version ?? "NOASSERTION")))
                if let p = c.purl { o.append(("software_packageUrl", .string(p))) }
                let download = c.externalReferences.first { $0.type == "distribution" || $0.type == "website" }?.url ?? "NOASSERTION"
                o.append(("software_downloadLocation", .string(download)))
            }
            switch c.kind {
            case .machineLearningModel:
                o.append(("suppliedBy", .string(unknownSupplier)))
                o.append(("releaseTime", .string(created)))
                o.append(("software_primaryPurpose", .string("model")))
                if let card = c.modelCard {
                    if let t = card.task { o.append(("ai_domain", .array([.string(t)]))) }
                    var types: [String] = []
                    if let a = card.modelArchitecture { types.append(a) }
                    if let f = card.architectureFamily { types.append(f) }
                    if !types.isEmpty { o.append(("ai_typeOfModel", .array(types.map(JSON.string)))) }
                    var hyper: [JSON] = []
                    for key in ["bulwark:model:parameters", "bulwark:model:dtypes", "bulwark:model:format"] {
                        if let v = c.property(key) { hyper.append(.object([("type", .string("DictionaryEntry")), ("key", .string(String(key.split(separator: ":").last!))), ("value", .string(v))])) }
                    }
                    if !hyper.isEmpty { o.append(("ai_hyperparameter", .array(hyper))) }
                    if !card.metrics.isEmpty {
                        o.append(("ai_metric", .array(card.metrics.map { m in
                            .object([("type", .string("DictionaryEntry")), ("key", .string(m.type + (m.slice.map { " (\($0))" } ?? ""))), ("value", .string(m.value))])
                        })))
                    }
                    if let lang = card.properties.first(where: { $0.0 == "language" })?.1 {
                        o.append(("ai_informationAboutApplication", .string("language: \(lang)")))
                    }
                }
                o.append(("ai_autonomyType", .string("noAssertion")))
            case .data:
                o.append(("originatedBy", .array([.string(unknownSupplier)])))
                o.append(("releaseTime", .string(created)))
                o.append(("builtTime", .string(created)))
                o.append(("software_primaryPurpose", .string("data")))
                o.append(("dataset_datasetType", .array([.string("noAssertion")])))
            case .file:
                o.append(("software_primaryPurpose", .string("file")))
            case .library:
                o.append(("software_primaryPurpose", .string("library")))
            case .container:
                o.append(("software_primaryPurpose", .string("container")))
            case .operatingSystem:
                o.append(("software_primaryPurpose", .string("operatingSystem")))
            case .application:
                o.append(("software_primaryPurpose", .string("application")))
            }
            return .object(o)
        }

        // Elements: root, components, nested files and ancestors.
        var all: [BOMComponent] = [inv.root]
        func flatten(_ c: BOMComponent) {
            all.append(c)
            c.children.forEach(flatten)
            c.ancestors.forEach(flatten)
        }
        inv.components.forEach(flatten)
        for c in all {
            graph.append(element(c))
            elements.append(id(c.ref))
        }
        // Relationships.
        for c in all {
            relationship(id(c.ref), "contains", c.children.map { id($0.ref) })
            for a in c.ancestors { relationship(id(a.ref), "ancestorOf", [id(c.ref)]) }
            if let card = c.modelCard { relationship(id(c.ref), "trainedOn", card.datasetRefs.compactMap { ids[$0] }) }
            if !c.licenses.isEmpty { relationship(id(c.ref), "hasDeclaredLicense", c.licenses.map(license)) }
        }
        for d in inv.dependencies where !d.dependsOn.isEmpty {
            relationship(id(d.ref), "dependsOn", d.dependsOn.map { id($0) })
        }
        graph += relationships
        let docID = ns + "document"
        graph.append(.object([
            ("type", .string("SpdxDocument")), ("spdxId", .string(docID)), ("creationInfo", .string(ci)),
            ("name", .string("AI BOM of \(inv.root.name)")),
            ("profileConformance", .array(["core", "software", "ai", "dataset", "simpleLicensing"].map(JSON.string))),
            ("rootElement", .array([.string(id(inv.root.ref))])),
            ("element", .array(elements.map(JSON.string))),
        ]))
        return JSON.object([("@context", .string("https://spdx.org/rdf/3.0.1/spdx-context.jsonld")), ("@graph", .array(graph))]).render() + "\n"
    }

    static func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: d)
    }
}
