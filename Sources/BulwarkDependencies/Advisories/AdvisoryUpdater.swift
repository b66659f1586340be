import BulwarkCore
import BulwarkFormats
import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

/// One bounded HTTP download to a file, with conditional-request validators.
final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Outcome {
        case downloaded(bytes: Int, etag: String?, lastModified: String?)
        case notModified
        case failure(String)
    }

    private let path: String
    private let maxBytes: Int
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var handle: FileHandle?
    private var received = 0
    private var expected: Int64 = -1
    private var status = 0
    private var etag: String?
    private var lastModified: String?
    private var problem: String?
    private var redirects = 0

    private init(path: String, maxBytes: Int) {
        self.path = path
        self.maxBytes = maxBytes
    }

    static func fetch(_ url: String, to path: String, etag: String?, lastModified: String?, maxBytes: Int, timeout: TimeInterval) -> Outcome {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            return .failure("not an http(s) URL: \(url)")
        }
        var request = URLRequest(url: u, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: min(timeout, 120))
        if let e = etag { request.setValue(e, forHTTPHeaderField: "If-None-Match") }
        if let l = lastModified { request.setValue(l, forHTTPHeaderField: "If-Modified-Since") }
        request.setValue("bulwark-db-update", forHTTPHeaderField: "User-Agent")
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForResource = timeout
        config.urlCache = nil
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        let d = Download(path: path, maxBytes: maxBytes)
        let session = URLSession(configuration: config, delegate: d, delegateQueue: nil)
        session.dataTask(with: request).resume()
        d.done.wait()
        session.finishTasksAndInvalidate()
        return d.outcome()
    }

    private func outcome() -> Outcome {
        lock.lock(); defer { lock.unlock() }
        try? handle?.close()
        if let p = problem { try? FileManager.default.removeItem(atPath: path); return .failure(p) }
        if status == 304 { return .notModified }
        if expected >= 0, Int64(received) != expected {
            try? FileManager.default.removeItem(atPath: path)
            return .failure("truncated download: \(received) of \(expected) bytes")
        }
        return .downloaded(bytes: received, etag: etag, lastModified: lastModified)
    }

    private func fail(_ message: String) {
        lock.lock()
        if problem == nil { problem = message }
        lock.unlock()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else { fail("not an HTTP response"); completionHandler(.cancel); return }
        lock.lock()
        status = http.statusCode
        etag = http.value(forHTTPHeaderField: "ETag")
        lastModified = http.value(forHTTPHeaderField: "Last-Modified")
        expected = http.expectedContentLength
        lock.unlock()
        if http.statusCode == 304 { completionHandler(.cancel); return }
        guard http.statusCode == 200 else { fail("HTTP \(http.statusCode) from \(response.url?.absoluteString ?? "?")"); completionHandler(.cancel); return }
        if http.expectedContentLength > Int64(maxBytes) {
            fail("declared size \(http.expectedContentLength) bytes is over the \(maxBytes)-byte limit"); completionHandler(.cancel); return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            fail("cannot write \(path)"); completionHandler(.cancel); return
        }
        lock.lock(); handle = h; lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        received += data.count
        let over = received > maxBytes
        let h = handle
        lock.unlock()
        if over { fail("download exceeds the \(maxBytes)-byte limit"); dataTask.cancel(); return }
        do { try h?.write(contentsOf: data) } catch { fail("cannot write the download: \(error)"); dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let count = redirects
        lock.unlock()
        let from = task.originalRequest?.url?.scheme?.lowercased()
        let to = request.url?.scheme?.lowercased()
        // At most five hops, and never from HTTPS down to plain HTTP.
        if count > 5 { fail("too many redirects"); completionHandler(nil); return }
        if to != "https" && !(to == "http" && from == "http") { fail("redirect to a disallowed URL: \(request.url?.absoluteString ?? "?")"); completionHandler(nil); return }
        completionHandler(request)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        let st = status
        lock.unlock()
        if let e = error, st != 304 { fail("download failed: \(e.localizedDescription)") }
        done.signal()
    }
}
