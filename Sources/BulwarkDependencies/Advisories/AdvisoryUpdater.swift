import BulwarkCore
import BulwarkFormats
import Foundation

/// `bulwark db update`: downloads OSV's per-ecosystem `all.zip` exports (and, on request, the OpenSSF
/// malicious-packages archive) and imports them into the local advisory index.
///
/// Safe against interruption: every download goes to a staging folder beside the index, is checked
/// (status, declared length, size limit, a complete zip whose every member matches its CRC-32, at least
/// one OSV record), and is imported into a copy of the current index in that folder; the new index then
/// replaces the old one with a single `rename`. Until that rename the previous index is untouched, and
/// a staging folder left by an interrupted run is removed by the next one. Conditional requests
/// (`If-None-Match` / `If-Modified-Since`) make an unchanged source cost one round trip; per-source
/// state (validators, fetch time, size, SHA-256) is kept in `sources.json` beside the index.
public enum AdvisoryUpdater {
    /// OSV's public export bucket: `<base>/<ecosystem>/all.zip`.
    public static let defaultBaseURL = "https://osv-vulnerabilities.storage.googleapis.com"
    /// The OpenSSF malicious-packages repository as one archive (its `osv/malicious` tree).
    public static let defaultMaliciousURL = "https://github.com/ossf/malicious-packages/archive/refs/heads/main.zip"
    public static let stateFileName = "sources.json"
    /// Name of the source that holds the malicious-packages archive.
    public static let maliciousSource = "malicious"

    public struct Options: Sendable {
        /// OSV ecosystem names (`npm`, `PyPI`, `Go`, `crates.io`...).
        public var ecosystems: [String]
        public var baseURL: String = AdvisoryUpdater.defaultBaseURL
        /// Also fetch the malicious-packages archive from this URL (nil: not fetched).
        public var maliciousURL: String?
        /// Index folder (default `$BULWARK_DB_DIR` is resolved by the caller, else `~/.bulwark/advisories`).
        public var directory: String
        /// Largest accepted download, in bytes.
        public var maxBytes: Int = 1 << 30
        /// Whole-download time limit, in seconds.
        public var timeout: TimeInterval = 600
        public init(ecosystems: [String], directory: String) {
            self.ecosystems = ecosystems
            self.directory = directory
        }
    }

    /// What was recorded about one source at its last successful check.
    public struct SourceState: Codable, Sendable, Equatable {
        public var url: String
        public var etag: String?
        public var lastModified: String?
        /// When its content last changed in the index (a 200 that was imported).
        public var fetchedAt: Date?
        /// When it was last confirmed current (a 200 or a 304).
        public var checkedAt: Date?
        public var bytes: Int?
        public var sha256: String?
        public var records: Int?
    }

    public enum SourceOutcome: Sendable, Equatable {
        case updated(records: Int, bytes: Int)
        case notModified
        case failed(String)
    }

    public struct Result: Sendable {
        /// Per source name (`npm`, `PyPI`, `malicious`), in request order.
        public var outcomes: [(name: String, outcome: SourceOutcome)]
        public var indexPath: String
        /// True when the index was replaced.
        public var indexReplaced: Bool
        public var failed: Bool { outcomes.contains { if case .failed = $0.outcome { return true } else { return false } } }
    }

    // MARK: - Update

    public static func update(_ options: Options, now: Date = Date()) throws -> Result {
        let fm = FileManager.default
        let dir = options.directory
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        removeStaleStaging(in: dir)
        let staging = dir + "/.update-\(UUID().uuidString)"
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
        defer { try? fm.removeItem(atPath: staging) }

        var state = loadState(directory: dir)
        var sources: [(name: String, url: String)] = []
        for eco in options.ecosystems {
            guard isSafeEcosystemName(eco) else { throw AdvisoryDatabase.ImportError("`\(eco)` is not an OSV ecosystem name") }
            let base = options.baseURL.hasSuffix("/") ? String(options.baseURL.dropLast()) : options.baseURL
            let path = eco.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? eco
            sources.append((eco, "\(base)/\(path)/all.zip"))
        }
        if let m = options.maliciousURL { sources.append((maliciousSource, m)) }

        var outcomes: [(String, SourceOutcome)] = []
        var ready: [(name: String, file: String, state: SourceState)] = []
        for (i, src) in sources.enumerated() {
            let previous = state[src.name].flatMap { $0.url == src.url ? $0 : nil }
            let file = staging + "/\(i).zip"
            let got = Download.fetch(src.url, to: file, etag: previous?.etag, lastModified: previous?.lastModified,
                                     maxBytes: options.maxBytes, timeout: options.timeout)
            switch got {
            case .failure(let message):
                outcomes.append((src.name, .failed(message)))
            case .notModified:
                if var p = previous { p.checkedAt = now; state[src.name] = p }
                outcomes.append((src.name, .notModified))
            case .downloaded(let bytes, let etag, let lastModified):
                do {
                    let (records, digest) = try verify(file: file)
                    let s = SourceState(url: src.url, etag: etag, lastModified: lastModified, fetchedAt: now, checkedAt: now,
                                        bytes: bytes, sha256: digest, records: records)
                    ready.append((src.name, file, s))
                    outcomes.append((src.name, .updated(records: records, bytes: bytes)))
                } catch {
                    try? fm.removeItem(atPath: file)
                    outcomes.append((src.name, .failed("\(error)")))
                }
            }
        }

        let indexPath = dir + "/" + AdvisoryDatabase.indexFileName
        var replaced = false
        if !ready.isEmpty {
            // Import into a copy of the current index, then swap it in with one rename.
            if fm.fileExists(atPath: indexPath) {
                try fm.copyItem(atPath: indexPath, toPath: staging + "/" + AdvisoryDatabase.indexFileName)
            }
            _ = try AdvisoryDatabase.importOSV(from: ready.map { $0.file }, into: staging, now: now,
                                               sourceNames: ready.map { "\($0.name) \($0.state.url)" })
            try atomicReplace(staging + "/" + AdvisoryDatabase.indexFileName, with: indexPath)
            replaced = true
            for r in ready { state[r.name] = r.state }
        }
        try saveState(state, directory: dir, staging: staging)
        return Result(outcomes: outcomes, indexPath: indexPath, indexReplaced: replaced)
    }

    /// A complete zip whose members all match their CRC-32, holding at least one OSV record; returns the
    /// number of JSON members and the file's SHA-256.
    static func verify(file: String) throws -> (Int, String) {
        guard let data = FileManager.default.contents(atPath: file) else { throw AdvisoryDatabase.ImportError("download vanished") }
        let bytes = Array(data)
        var limits = OSVZip.Limits()
        limits.verifyChecksums = true
        var records = 0
        do {
            try OSVZip.forEachEntry(bytes, limits: limits) { name, _ in if name.hasSuffix(".json") { records += 1 } }
        } catch {
            throw AdvisoryDatabase.ImportError("not a complete OSV archive (\(error))")
        }
        guard records > 0 else { throw AdvisoryDatabase.ImportError("the archive holds no OSV record") }
        return (records, SHA256.hex(bytes))
    }

    static func isSafeEcosystemName(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && !s.contains("/") && !s.contains("..") && s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "?" && $0 != "#" && $0 != "%" }
    }

    /// `rename(2)` replaces the destination in one step (Foundation's move refuses an existing file).
    static func atomicReplace(_ source: String, with destination: String) throws {
        guard rename(source, destination) == 0 else {
            throw AdvisoryDatabase.ImportError("could not replace \(destination): \(String(cString: strerror(errno)))")
        }
    }

    static func removeStaleStaging(in dir: String) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where name.hasPrefix(".update-") {
            try? fm.removeItem(atPath: dir + "/" + name)
        }
    }

    // MARK: - State

    public static func loadState(directory: String) -> [String: SourceState] {
        let path = directory + "/" + stateFileName
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attrs[.size] as? NSNumber, size.intValue <= 1 << 20,
              let data = FileManager.default.contents(atPath: path) else { return [:] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return (try? decoder.decode([String: SourceState].self, from: data)) ?? [:]
    }

    static func saveState(_ state: [String: SourceState], directory: String, staging: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let tmp = staging + "/" + stateFileName
        try encoder.encode(state).write(to: URL(fileURLWithPath: tmp))
        try atomicReplace(tmp, with: directory + "/" + stateFileName)
    }

    /// `db status`: the index line, then one line per source with its age.
    public static func statusLines(directory: String, now: Date = Date()) -> [String] {
        var lines = [AdvisoryDatabase.load(directory: directory).ageDescription(now: now)]
        let state = loadState(directory: directory)
        if state.isEmpty {
            lines.append("no source downloaded yet: run `bulwark db update` (OSV exports for the ecosystems of the lockfiles in the current folder)")
        }
        for (name, s) in state.sorted(by: { $0.key < $1.key }) {
            var parts: [String] = []
            if let f = s.fetchedAt { parts.append("content from \(age(f, now)) ago") }
            if let c = s.checkedAt { parts.append("checked \(age(c, now)) ago") }
            if let r = s.records { parts.append("\(r) records") }
            if let b = s.bytes { parts.append("\(b) bytes") }
            lines.append("  \(name): " + parts.joined(separator: ", ") + " (\(s.url))")
        }
        return lines
    }

    static func age(_ d: Date, _ now: Date) -> String {
        let s = max(0, Int(now.timeIntervalSince(d)))
        if s < 3_600 { return "\(s / 60) min" }
        if s < 172_800 { return "\(s / 3_600) h" }
        return "\(s / 86_400) days"
    }

    // MARK: - Which ecosystems

    /// OSV export names for the ecosystems of the dependency files under `root` (a bounded walk that
    /// skips `.git`, `node_modules` and vendored folders and follows no link).
    public static func ecosystems(in root: String, maxEntries: Int = 200_000) -> [String] {
        var found = Set<String>()
        let fm = FileManager.default
        var stack = [""]
        var seen = 0
        let skip: Set<String> = [".git", "node_modules", ".venv", "venv", "vendor", "Pods", ".build", "target", "dist", "__pycache__"]
        while let rel = stack.popLast(), seen < maxEntries {
            let abs = rel.isEmpty ? root : root + "/" + rel
            guard let names = try? fm.contentsOfDirectory(atPath: abs) else { continue }
            for name in names.sorted() {
                seen += 1
                if seen >= maxEntries { break }
                let r = rel.isEmpty ? name : rel + "/" + name
                guard let attrs = try? fm.attributesOfItem(atPath: root + "/" + r), let type = attrs[.type] as? FileAttributeType else { continue }
                if type == .typeDirectory {
                    if !skip.contains(name) { stack.append(r) }
                } else if type == .typeRegular, let kind = DependencyFileKind.detect(path: r), let osv = osvExportName(kind.ecosystem) {
                    found.insert(osv)
                }
            }
        }
        return found.sorted()
    }

    /// The OSV export folder of an ecosystem, nil when OSV publishes none for it.
    public static func osvExportName(_ eco: Ecosystem?) -> String? {
        switch eco {
        case .pypi?, .conda?: "PyPI"
        case .npm?: "npm"
        case .crates?: "crates.io"
        case .go?: "Go"
        case .rubygems?: "RubyGems"
        case .swift?: "SwiftURL"
        case .debian?: "Debian"
        case .alpine?: "Alpine"
        case .packagist?: "Packagist"
        default: nil
        }
    }
}

/// One bounded HTTP download to a file, with conditional-request validators, made by the system's
/// `curl` program.
///
/// Why not URLSession: on Linux it lives in FoundationNetworking, which links libcurl, and libcurl
/// brings some 25 libraries (TLS, Kerberos, LDAP, SSH, IDN). Every run of bulwark, a one-file scan
/// included, paid about 8 ms of CPU to load them for the one command that downloads. The `curl`
/// program runs only here; its absence is a one-line failure naming what to install.
enum Download {
    enum Outcome {
        case downloaded(bytes: Int, etag: String?, lastModified: String?)
        case notModified
        case failure(String)
    }

    static let curlMissing = "`db update` downloads with the curl program, which is not on PATH: install curl (Debian: apt-get install curl), or import an offline copy with `bulwark db import`"

    static func fetch(_ url: String, to path: String, etag: String?, lastModified: String?, maxBytes: Int, timeout: TimeInterval) -> Outcome {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            return .failure("not an http(s) URL: \(url)")
        }
        guard let curl = executable(named: "curl") else { return .failure(curlMissing) }
        let idle = String(Int(min(max(timeout, 1), 120).rounded(.up)))
        let headersFile = path + ".headers"
        defer { try? FileManager.default.removeItem(atPath: headersFile) }
        // -q first: no ~/.curlrc. At most five redirects, and never from HTTPS down to plain HTTP.
        var args = ["-q", "--silent", "--show-error", "--location", "--max-redirs", "5",
                    "--proto", "=http,https", "--proto-redir", scheme == "https" ? "=https" : "=http,https",
                    "--max-time", String(Int(max(timeout, 1).rounded(.up))), "--connect-timeout", idle,
                    "--speed-limit", "1", "--speed-time", idle, "--max-filesize", String(maxBytes),
                    "--user-agent", "bulwark-db-update", "--dump-header", headersFile, "--output", "-"]
        // Validators come from sources.json; a line break in one would add a header of its own.
        if let e = etag, isHeaderValue(e) { args += ["--header", "If-None-Match: \(e)"] }
        if let l = lastModified, isHeaderValue(l) { args += ["--header", "If-Modified-Since: \(l)"] }
        args += ["--url", url]

        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            return .failure("cannot write \(path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl)
        process.arguments = args
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            try? file.close()
            try? FileManager.default.removeItem(atPath: path)
            return .failure("cannot run \(curl): \(error)")
        }
        // The body streams through a pipe so that the size limit holds even when the server declares
        // no length (curl's --max-filesize only checks a declared one on older versions).
        var received = 0
        var problem: String?
        let reader = out.fileHandleForReading
        while problem == nil {
            let chunk: Data
            do { chunk = try reader.read(upToCount: 1 << 16) ?? Data() } catch { problem = "cannot read the download: \(error)"; break }
            if chunk.isEmpty { break }
            received += chunk.count
            if received > maxBytes { problem = "download exceeds the \(maxBytes)-byte limit"; break }
            do { try file.write(contentsOf: chunk) } catch { problem = "cannot write the download: \(error)" }
        }
        // SIGKILL, not terminate(): a child spawned from a worker thread may block SIGTERM.
        if problem != nil { kill(process.processIdentifier, SIGKILL) }
        try? reader.close()
        let message = String(decoding: (try? err.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        try? file.close()
        let response = lastResponse((try? String(contentsOfFile: headersFile, encoding: .utf8)) ?? "")

        if problem == nil, process.terminationReason == .exit {
            switch process.terminationStatus {
            case 0: break
            case 63: problem = "declared size is over the \(maxBytes)-byte limit"
            case 47: problem = "too many redirects"
            default: problem = "download failed: " + (message.isEmpty ? "curl exited with status \(process.terminationStatus)" : message)
            }
        } else if problem == nil {
            problem = "download failed: curl ended by signal \(process.terminationStatus)"
        }
        if problem == nil {
            if response.status == 304 { try? FileManager.default.removeItem(atPath: path); return .notModified }
            if response.status != 200 { problem = "HTTP \(response.status) from \(url)" }
        }
        if let p = problem { try? FileManager.default.removeItem(atPath: path); return .failure(p) }
        return .downloaded(bytes: received, etag: response.etag, lastModified: response.lastModified)
    }

    /// Status and validators of the last response in a `--dump-header` file (one block per redirect hop).
    static func lastResponse(_ text: String) -> (status: Int, etag: String?, lastModified: String?) {
        var status = 0
        var etag: String?, lastModified: String?
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("HTTP/") {
                let parts = line.split(separator: " ")
                status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
                etag = nil
                lastModified = nil
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if name == "etag" { etag = value } else if name == "last-modified" { lastModified = value }
            }
        }
        return (status, etag, lastModified)
    }

    static func isHeaderValue(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 1_024 && s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }

    /// The first executable `name` on PATH (the usual system folders when PATH is unset).
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = dir + "/" + name
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
               access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
