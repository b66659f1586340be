import BulwarkFormats
import Foundation

/// One exposure: a component of a stored BOM that matches the question.
public struct AffectedMatch: Sendable, Equatable, Codable {
    public var repository: String
    public var service: String
    public var environment: String
    public var bomID: Int64
    public var bomGeneratedAt: String
    public var component: String
    public var kind: String
    public var version: String
    public var purl: String?
    /// How the component came in (`app > fastapi@0.110.0 > starlette@0.36.3`), "" when the BOM does not say.
    public var path: String
    /// Lineage from the queried model or dataset to this component (`base → fine-tune → ...`), empty otherwise.
    public var lineage: [String]
    public var fixedVersion: String?
    public var advisory: String?
    public var severity: String?
    /// Why it matched: `5.6.0-0.2 in >=5.5.1alpha-0.1,<=5.6.1-1`, `SHA-256 of file`, ...
    public var reason: String
}

/// The answer to `bulwark affected`.
public struct AffectedReport: Sendable, Codable {
    public var schemaVersion = 1
    public var query: String
    public var generatedAt: String
    public var matches: [AffectedMatch]
    /// Components that could be affected but whose versions could not be compared.
    public var undecided: [AffectedMatch]
    public var freshness: [RepositoryFreshness]
    public var notes: [String]

    public var isAffected: Bool { !matches.isEmpty }
}

private struct ParsedKey: Hashable {
    let scheme: VersionScheme
    let version: String
}

extension Inventory {
    private struct Row {
        var bomID: Int64, idx: Int64, kind: String, key: String, name: String, version: String, purl: String?, path: String
        var repo: String, service: String, environment: String, generatedAt: String
    }

    private static let rowColumns = "c.bom_id, c.idx, c.kind, c.pkey, c.name, c.version, c.purl, c.path, b.repo, b.service, b.environment, b.generated_at"

    private func rows(_ r: [[SQLValue]]) -> [Row] {
        r.map { v in
            Row(bomID: v[0].int ?? 0, idx: v[1].int ?? 0, kind: v[2].string ?? "", key: v[3].string ?? "", name: v[4].string ?? "",
                version: v[5].string ?? "", purl: v[6].string, path: v[7].string ?? "", repo: v[8].string ?? "",
                service: v[9].string ?? "", environment: v[10].string ?? "", generatedAt: v[11].string ?? "")
        }
    }

    private func components(key: String) throws -> [Row] {
        rows(try db.query("SELECT \(Self.rowColumns) FROM components c JOIN boms b ON b.id = c.bom_id WHERE c.pkey = ?", [.text(key)]))
    }

    private func match(_ r: Row, reason: String, lineage: [String] = [], fixed: String? = nil, advisory: String? = nil, severity: String? = nil) -> AffectedMatch {
        AffectedMatch(repository: r.repo, service: r.service, environment: r.environment, bomID: r.bomID, bomGeneratedAt: r.generatedAt,
                      component: r.name, kind: r.kind, version: r.version, purl: r.purl, path: r.path, lineage: lineage,
                      fixedVersion: fixed, advisory: advisory, severity: severity, reason: reason)
    }

    /// Answers a query against every stored BOM.
    public func affected(_ query: AffectedQuery, description: String, now: Date = Date()) throws -> AffectedReport {
        var matches: [AffectedMatch] = []
        var undecided: [AffectedMatch] = []
        var notes: [String] = []
        switch query {
        case .package(let purl, let range):
            var keys = [purl.key]
            if purl.type == "github" { keys.append(PackageURL(type: "githubactions", namespace: purl.namespace, name: purl.name).key) }
            if purl.namespace.isEmpty, ["deb", "rpm", "apk", "alpm"].contains(purl.type) {
                notes.append("`pkg:\(purl.type)/\(purl.name)` has no distribution namespace; OS packages are keyed like pkg:\(purl.type)/debian/\(purl.name) or pkg:\(purl.type)/ubuntu/\(purl.name)")
            }
            let ordering = VersionSchemes.scheme(forType: purl.type)
            if range != nil && ordering == nil {
                notes.append("`\(purl.type)` versions have no order: only exact versions in the range are decided")
            }
            for key in keys {
                var verdicts: [String: Bool?] = [:]
                for r in try components(key: key) {
                    if !purl.version.isEmpty {
                        let wanted = purl.version
                        let same = r.version == wanted || (ordering?.compare(r.version, wanted) == 0)
                            || (purl.type == "github" && wanted.count >= 7 && r.version.lowercased().hasPrefix(wanted.lowercased()))
                        if !same { continue }
                        if let range, range.contains(r.version, scheme: ordering) == false { continue }
                        matches.append(match(r, reason: "version \(r.version)"))
                    } else if let range {
                        let verdict: Bool?
                        if let known = verdicts[r.version] { verdict = known } else {
                            verdict = range.contains(r.version, scheme: ordering)
                            verdicts[r.version] = .some(verdict)
                        }
                        switch verdict {
                        case true?: matches.append(match(r, reason: "\(r.version) in \(range)"))
                        case false?: continue
                        case nil: undecided.append(match(r, reason: "cannot compare \(r.version) with \(range)"))
                        }
                    } else {
                        matches.append(match(r, reason: "any version (\(r.version.isEmpty ? "unversioned" : r.version))"))
                    }
                }
            }
        case .model(let key, let display, let revision):
            matches = try lineageMatches(root: key, display: display, revision: revision)
        case .hash(let hex):
            let r = rows(try db.query("""
                SELECT \(Self.rowColumns), h.alg FROM hashes h
                JOIN components c ON c.bom_id = h.bom_id AND c.idx = h.idx JOIN boms b ON b.id = c.bom_id
                WHERE h.value = ?
                """, [.text(hex)]))
            var seen = Set<String>()
            for row in r where seen.insert("\(row.bomID)/\(row.idx)").inserted {
                matches.append(match(row, reason: "\(row.kind == "container" ? "image digest" : "SHA-256") \(hex.prefix(12))…"))
                // What was built on a poisoned file is exposed too.
                if !row.key.isEmpty {
                    let chainRoot = row.version.isEmpty ? row.name : "\(row.name)@\(row.version)"
                    matches += try lineageMatches(root: row.key, display: chainRoot, revision: nil, includeDirect: false)
                }
            }
        case .advisories(let records):
            (matches, undecided, notes) = try advisoryMatches(records)
        }
        let presorted: Bool
        if case .advisories = query { presorted = true } else { presorted = false }
        // Most severe first, then by repository, so bulk answers read top-down.
        func order(_ a: AffectedMatch, _ b: AffectedMatch) -> Bool {
            let ra = AdvisorySeverity(label: a.severity ?? "").rank, rb = AdvisorySeverity(label: b.severity ?? "").rank
            if ra != rb { return ra > rb }
            return (a.advisory ?? "", a.repository, a.service, a.environment, a.component, a.version)
                < (b.advisory ?? "", b.repository, b.service, b.environment, b.component, b.version)
        }
        if !presorted { matches.sort(by: order) }
        undecided.sort(by: order)
        return AffectedReport(query: description, generatedAt: Timestamp.format(now), matches: matches, undecided: undecided,
                              freshness: try freshness(now: now), notes: notes)
    }

    /// Components that are the model/dataset `root` itself or were built on it, transitively.
    private func lineageMatches(root: String, display: String, revision: String?, includeDirect: Bool = true) throws -> [AffectedMatch] {
        var out: [AffectedMatch] = []
        if includeDirect {
            for r in try components(key: root) {
                if let revision, !r.version.isEmpty, !r.version.lowercased().hasPrefix(revision) { continue }
                out.append(match(r, reason: r.kind == "data" ? "dataset \(display)" : "\(display) itself", lineage: [display]))
            }
        }
        var chains: [String: [String]] = [root: [display]]
        var frontier = [root]
        var visited: Set<String> = [root]
        var reported = Set<String>()
        var depth = 0
        while !frontier.isEmpty, depth < 32, visited.count < 100_000 {
            var next: [String] = []
            // One query per 500 keys of the frontier: a base model with thousands of fine-tunes must not
            // cost thousands of round trips to PostgreSQL.
            var start = 0
            while start < frontier.count {
                let batch = Array(frontier[start..<min(frontier.count, start + 500)])
                start += batch.count
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                let edges = try db.query("""
                    SELECT \(Self.rowColumns), l.relation, l.ancestor_version, l.ancestor_key FROM lineage l
                    JOIN components c ON c.bom_id = l.bom_id AND c.idx = l.idx JOIN boms b ON b.id = c.bom_id
                    WHERE l.ancestor_key IN (\(marks))
                    """, batch.map { .text($0) })
                for e in edges {
                    guard let r = rows([e]).first else { continue }
                    let relation = e[12].string ?? "ancestor"
                    let ancestorVersion = e[13].string ?? ""
                    let key = e[14].string ?? ""
                    if key == root, let revision, !ancestorVersion.isEmpty, !ancestorVersion.lowercased().hasPrefix(revision) { continue }
                    let here = r.version.isEmpty || r.version.hasPrefix("sha256:") ? r.name : "\(r.name)@\(r.version)"
                    let chain = (chains[key] ?? [key]) + [here]
                    if reported.insert("\(r.bomID)/\(r.idx)").inserted {
                        let how = relation == "dataset" ? "trained on" : "built on"
                        out.append(match(r, reason: "\(how) \(chains[key]?.last ?? key)", lineage: chain))
                    }
                    if !r.key.isEmpty, !visited.contains(r.key) {
                        visited.insert(r.key)
                        chains[r.key] = chain
                        next.append(r.key)
                    }
                }
            }
            frontier = next
            depth += 1
        }
        return out
    }

    private func advisoryMatches(_ records: [Advisory]) throws -> ([AffectedMatch], [AffectedMatch], [String]) {
        var matches: [AffectedMatch] = []
        var undecided: [AffectedMatch] = []
        var notes: [String] = []
        // The BOM table is read once and ranked by (repository, service, environment); component rows
        // are then read without a join and sorted by that rank, an integer, instead of four strings.
        var bomInfo: [Int64: (rank: Int, repo: String, service: String, environment: String, generatedAt: String)] = [:]
        let bomRows = try db.query("SELECT id, repo, service, environment, generated_at FROM boms", [])
            .map { (id: $0[0].int ?? 0, repo: $0[1].string ?? "", service: $0[2].string ?? "", environment: $0[3].string ?? "", generatedAt: $0[4].string ?? "") }
            .sorted { ($0.repo, $0.service, $0.environment, $0.id) < ($1.repo, $1.service, $1.environment, $1.id) }
        for (rank, b) in bomRows.enumerated() {
            bomInfo[b.id] = (rank, b.repo, b.service, b.environment, b.generatedAt)
        }
        func rowsInOutputOrder(_ key: String) throws -> [Row] {
            var ranked: [(rank: Int, row: Row)] = []
            for v in try db.query("SELECT bom_id, idx, kind, pkey, name, version, purl, path FROM components WHERE pkey = ?", [.text(key)]) {
                let bomID = v[0].int ?? 0
                guard let b = bomInfo[bomID] else { continue }
                ranked.append((b.rank, Row(bomID: bomID, idx: v[1].int ?? 0, kind: v[2].string ?? "", key: v[3].string ?? "",
                                           name: v[4].string ?? "", version: v[5].string ?? "", purl: v[6].string, path: v[7].string ?? "",
                                           repo: b.repo, service: b.service, environment: b.environment, generatedAt: b.generatedAt)))
            }
            ranked.sort { a, b in
                if a.rank != b.rank { return a.rank < b.rank }
                return (a.row.name, a.row.version) < (b.row.name, b.row.version)
            }
            return ranked.map(\.row)
        }
        // Rows of a package, sorted once into output order and grouped by version: a popular package
        // has thousands of rows but a few dozen versions, and each version is judged once per advisory.
        struct KeyRows { var sorted: [Row]; var versions: [String] }
        var cache: [String: KeyRows] = [:]
        var noOrdering = Set<String>()
        var parsedCache: [ParsedKey: ParsedVersion] = [:]
        let ordered = records.sorted { a, b in
            a.severity.rank != b.severity.rank ? a.severity.rank > b.severity.rank : a.id < b.id
        }
        for record in ordered {
            for a in record.affected {
                let keyRows: KeyRows
                if let cached = cache[a.key] { keyRows = cached } else {
                    let rows = try rowsInOutputOrder(a.key)
                    keyRows = KeyRows(sorted: rows, versions: Array(Set(rows.map(\.version))))
                    cache[a.key] = keyRows
                }
                guard !keyRows.sorted.isEmpty else { continue }
                let scheme = VersionSchemes.scheme(forKey: a.key)
                if scheme == nil { noOrdering.insert(String(a.key.prefix { $0 != ":" })) }
                let fast = scheme.map { FastRangeEvaluator(a.osv, scheme: $0) }
                // Judge each distinct version once.
                var verdicts: [String: (affected: Bool, fixed: String?)?] = [:]
                verdicts.reserveCapacity(keyRows.versions.count)
                for storedVersion in keyRows.versions {
                    // GitHub Action tags (v44) are compared as SemVer (44.0.0); other versions as stored.
                    let version = VersionSchemes.comparable(storedVersion, key: a.key)
                    if let fast {
                        // Parsed forms of stored versions are kept per scheme across advisories.
                        let parsed = { (s: VersionScheme) -> ParsedVersion in
                            let k = ParsedKey(scheme: s, version: version)
                            if let p = parsedCache[k] { return p }
                            let p = ParsedVersion(version, scheme: s)
                            parsedCache[k] = p
                            return p
                        }
                        switch fast.affects(version, parsed: parsed) {
                        case true?: verdicts[storedVersion] = .some((true, fast.fixedVersion(above: version, parsed: parsed)))
                        case false?: verdicts[storedVersion] = .some((false, nil))
                        case nil: verdicts[storedVersion] = .some(nil)
                        }
                    } else {
                        verdicts[storedVersion] = .some(Advisory.evaluate(a, version: version, scheme: nil))
                    }
                }
                guard verdicts.values.contains(where: { $0?.affected != false }) else { continue }
                // Rows are already in output order (advisories most severe first, then repository).
                for r in keyRows.sorted {
                    switch verdicts[r.version] ?? nil {
                    case let (true, fixed)?:
                        let shown = VersionSchemes.comparable(r.version, key: a.key)
                        matches.append(match(r, reason: "\(shown) affected by \(record.id)", fixed: fixed,
                                             advisory: record.id, severity: record.severity.label))
                    case (false, _)?:
                        continue
                    case nil:
                        undecided.append(match(r, reason: "cannot compare \(r.version) with the ranges of \(record.id)",
                                               advisory: record.id, severity: record.severity.label))
                    }
                }
            }
        }
        if !noOrdering.isEmpty {
            notes.append("no version order for \(noOrdering.sorted().joined(separator: ", ")): only listed and boundary versions are decided")
        }
        return (matches, undecided, notes)
    }
}
