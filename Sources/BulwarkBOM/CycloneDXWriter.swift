import BulwarkReporters
import Crypto
import Foundation

/// CycloneDX JSON (1.6 by default, 1.7 on request).
public enum CycloneDXWriter {
    public static func render(_ inv: BOMInventory, specVersion: String = "1.6", deterministic: Bool, toolVersion: String) -> String {
        var meta: [(String, JSON)] = []
        if !deterministic { meta.append(("timestamp", .string(ISO8601DateFormatter().string(from: Date())))) }
        meta.append(("tools", .object([("components", .array([.object([
            ("type", .string("application")), ("name", .string("bulwark")), ("version", .string(toolVersion)),
        ])]))])))
        meta.append(("component", component(inv.root)))
        let body: [(String, JSON)] = [
            ("metadata", .object(meta)),
            ("components", .array(inv.components.map(component))),
            ("dependencies", .array(inv.dependencies.map { d in
                .object([("ref", .string(d.ref)), ("dependsOn", .array(d.dependsOn.map(JSON.string)))])
            })),
        ]
        let head: [(String, JSON)] = [
            ("$schema", .string("http://cyclonedx.org/schema/bom-\(specVersion).schema.json")),
            ("bomFormat", .string("CycloneDX")), ("specVersion", .string(specVersion)),
        ]
        let serial: String
        if deterministic {
            // Derived from the content: the same repository gives the same serial number.
            serial = uuid(from: Array(JSON.object(body).render(indent: 0).utf8))
        } else {
            serial = "urn:uuid:" + UUID().uuidString.lowercased()
        }
        return JSON.object(head + [("serialNumber", .string(serial)), ("version", .int(1))] + body).render() + "\n"
    }

    static func uuid(from bytes: [UInt8]) -> String {
        var h = Array(Crypto.SHA256.hash(data: bytes).prefix(16))
        h[6] = (h[6] & 0x0F) | 0x50  // version 5 layout (name-based)
        h[8] = (h[8] & 0x3F) | 0x80
        let hex = h.map { String(format: "%02x", $0) }.joined()
        let p = Array(hex)
        return "urn:uuid:" + String(p[0..<8]) + "-" + String(p[8..<12]) + "-" + String(p[12..<16]) + "-" + String(p[16..<20]) + "-" + String(p[20..<32])
    }

    static func component(_ c: BOMComponent) -> JSON {
        var o: [(String, JSON)] = [("type", .string(c.kind.rawValue)), ("bom-ref", .string(c.ref))]
        if let g = c.group { o.append(("group", .string(g))) }
        o.append(("name", .string(c.name)))
        if let v = c.version { o.append(("version", .string(v))) }
        if let d = c.description { o.append(("description", .string(d))) }
        if let s = c.scope { o.append(("scope", .string(s))) }
        if !c.hashes.isEmpty { o.append(("hashes", .array(c.hashes.map { .object([("alg", .string($0.alg)), ("content", .string($0.hex))]) }))) }
        if !c.licenses.isEmpty {
            o.append(("licenses", .array(c.licenses.map { l in
                switch l {
                case .id(let id): return .object([("license", .object([("id", .string(id))]))])
                case .name(let n): return .object([("license", .object([("name", .string(n))]))])
                }
            })))
        }
        if let p = c.purl { o.append(("purl", .string(p))) }
        if !c.externalReferences.isEmpty {
            o.append(("externalReferences", .array(c.externalReferences.map { e in
                var r: [(String, JSON)] = [("url", .string(e.url)), ("type", .string(e.type))]
                if let cm = e.comment { r.append(("comment", .string(cm))) }
                return .object(r)
            })))
        }
        if !c.children.isEmpty { o.append(("components", .array(c.children.map(component)))) }
        if !c.ancestors.isEmpty { o.append(("pedigree", .object([("ancestors", .array(c.ancestors.map(component)))]))) }
        if !c.occurrences.isEmpty {
            o.append(("evidence", .object([("occurrences", .array(c.occurrences.map { oc in
                var r: [(String, JSON)] = [("location", .string(oc.location))]
                if let l = oc.line { r.append(("line", .int(l))) }
                if let s = oc.symbol { r.append(("symbol", .string(s))) }
                return .object(r)
            }))])))
        }
        if let card = c.modelCard, c.kind == .machineLearningModel {
            var params: [(String, JSON)] = []
            if let t = card.task { params.append(("task", .string(t))) }
            if let a = card.architectureFamily { params.append(("architectureFamily", .string(a))) }
            if let a = card.modelArchitecture { params.append(("modelArchitecture", .string(a))) }
            if !card.datasetRefs.isEmpty { params.append(("datasets", .array(card.datasetRefs.map { .object([("ref", .string($0))]) }))) }
            var mc: [(String, JSON)] = []
            if !params.isEmpty { mc.append(("modelParameters", .object(params))) }
            if !card.metrics.isEmpty {
                mc.append(("quantitativeAnalysis", .object([("performanceMetrics", .array(card.metrics.map { m in
                    var r: [(String, JSON)] = [("type", .string(m.type)), ("value", .string(m.value))]
                    if let s = m.slice { r.append(("slice", .string(s))) }
                    return .object(r)
                }))])))
            }
            if !card.properties.isEmpty { mc.append(("properties", properties(card.properties))) }
            if !mc.isEmpty { o.append(("modelCard", .object(mc))) }
        }
        if let d = c.dataset, c.kind == .data {
            var r: [(String, JSON)] = [("type", .string("dataset")), ("name", .string(d.name))]
            if let u = d.url { r.append(("contents", .object([("url", .string(u))]))) }
            if let desc = d.description { r.append(("description", .string(desc))) }
            o.append(("data", .array([.object(r)])))
        }
        if !c.properties.isEmpty { o.append(("properties", properties(c.properties))) }
        return .object(o)
    }

    static func properties(_ p: [(String, String)]) -> JSON {
        .array(p.map { .object([("name", .string($0.0)), ("value", .string($0.1))]) })
    }
}
