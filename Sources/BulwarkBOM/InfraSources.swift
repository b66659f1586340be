import BulwarkFormats
import Foundation

/// Container base images from Dockerfiles, and the OS and language packages their `RUN` lines install.
public enum DockerfileSource {
    public static func wants(_ f: RepoFile) -> Bool {
        let n = f.fileName.lowercased()
        return n == "dockerfile" || n == "containerfile" || n.hasPrefix("dockerfile.") || n.hasSuffix(".dockerfile")
    }

    public struct ImageRef: Sendable, Equatable {
        public var registry: String?
        public var repository: String
        public var tag: String?
        public var digest: String?
    }

    /// Parses `[registry/]repo[:tag][@sha256:...]`.
    public static func parseImage(_ s: String) -> ImageRef? {
        var rest = s
        var digest: String?
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...]).lowercased()
            rest = String(rest[..<at])
        }
        var parts = rest.split(separator: "/").map(String.init)
        guard !parts.isEmpty else { return nil }
        var registry: String?
        if parts.count > 1, parts[0].contains(".") || parts[0].contains(":") || parts[0] == "localhost" {
            registry = parts.removeFirst()
        }
        var last = parts.removeLast()
        var tag: String?
        if let colon = last.lastIndex(of: ":") {
            tag = String(last[last.index(after: colon)...])
            last = String(last[..<colon])
        }
        parts.append(last)
        let repo = parts.joined(separator: "/").lowercased()
        guard !repo.isEmpty, repo.allSatisfy({ $0.isLetter || $0.isNumber || "-_./".contains($0) }) else { return nil }
        if let d = digest, !(d.hasPrefix("sha256:") && d.count == 71) { digest = nil }
        return ImageRef(registry: registry, repository: repo, tag: tag, digest: digest)
    }

    public static func components(_ f: RepoFile, text: String) -> [BOMComponent] {
        var args: [String: String] = [:]
        var stages: Set<String> = []
        var out: [BOMComponent] = []
        var pending = ""
        var pendingLine = 0
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            if pending.isEmpty { pendingLine = i + 1 }
            if line.hasSuffix("\\") {
                line.removeLast()
                pending += line + " "
                continue
            }
            let full = pending + line
            pending = ""
            let words = full.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let instr = words.first?.uppercased() else { continue }
            if instr == "ARG", words.count >= 2 {
                let kv = words[1].split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2 { args[kv[0]] = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
                continue
            }
            guard instr == "FROM" else { continue }
            let operands = words.dropFirst().filter { !$0.hasPrefix("--") }
            guard var image = operands.first else { continue }
            if operands.count >= 3, operands[operands.startIndex + 1].uppercased() == "AS" { stages.insert(operands[operands.startIndex + 2].lowercased()) }
            for (k, v) in args {
                image = image.replacingOccurrences(of: "${\(k)}", with: v).replacingOccurrences(of: "$\(k)", with: v)
            }
            if image.contains("$") || image.lowercased() == "scratch" || stages.contains(image.lowercased()) && !image.contains("/") && !image.contains(":") { continue }
            guard let ref = parseImage(image) else { continue }
            var ns: String?
            var name = ref.repository
            if let slash = name.lastIndex(of: "/") {
                ns = String(name[..<slash])
                name = String(name[name.index(after: slash)...])
            } else if ref.registry == nil {
                ns = "library"
            }
            let version = ref.digest ?? ref.tag ?? "latest"
            // With a digest as the version, the tag stays in the purl as a qualifier, so a query by
            // tag (debian:bookworm) and one by digest both find the image.
            var qualifiers: [(String, String)] = ref.registry.map { [("repository_url", $0)] } ?? []
            if ref.digest != nil, let tag = ref.tag { qualifiers.append(("tag", tag)) }
            let purl = PURL.make(type: "docker", namespace: ns, name: name, version: version, qualifiers: qualifiers)
            var c = BOMComponent(ref: purl, kind: .container, name: (ref.registry.map { $0 + "/" } ?? "") + ref.repository, version: ref.tag ?? (ref.digest == nil ? "latest" : nil), purl: purl)
            if let d = ref.digest { c.hashes = [("SHA-256", String(d.dropFirst(7)))] }
            c.properties.append(("bulwark:image:pinned", ref.digest != nil ? "true" : "false"))
            if let tag = ref.tag { c.properties.append(("bulwark:image:tag", tag)) }
            c.occurrences = [BOMOccurrence(location: f.path, line: pendingLine)]
            out.append(c)
        }
        return out + installedPackages(f, bytes: Array(text.utf8))
    }

    /// The distro a Debian or Alpine package purl names, from the last base image (`debian:bookworm`
    /// -> `debian-bookworm`, `ubuntu:22.04` -> `ubuntu-22.04`, `python:3.12-slim-bookworm` -> `debian-bookworm`).
    static func distro(from images: [LockedPackage]) -> (debian: String, alpine: String?) {
        guard let last = images.last(where: { !$0.name.contains("$") }) else { return ("debian", nil) }
        let name = last.name.split(separator: "/").last.map(String.init)?.lowercased() ?? last.name
        let tag = (last.version ?? "").lowercased()
        if name == "debian" || name == "ubuntu" { return (tag.isEmpty ? name : "\(name)-\(tag)", nil) }
        if name == "alpine" { return ("debian", tag.isEmpty ? "alpine" : "alpine-\(tag)") }
        for codename in ["trixie", "bookworm", "bullseye", "buster", "noble", "jammy", "focal"] where tag.contains(codename) {
            return (["noble", "jammy", "focal"].contains(codename) ? "ubuntu-\(codename)" : "debian-\(codename)", nil)
        }
        if tag.contains("alpine") { return ("debian", "alpine") }
        return ("debian", nil)
    }

    /// OS packages (`apt-get install`, `apk add`) and pinned language packages (`pip install x==1`,
    /// `npm i -g x@1`) that `RUN` lines install: the layer of the serving image an advisory about
    /// xz-utils or openssl is about. A Debian binary package built from another source package
    /// (`liblzma5` from `xz-utils`) also lists the source package, which is what advisories name.
    static func installedPackages(_ f: RepoFile, bytes: [UInt8]) -> [BOMComponent] {
        let parsed = SystemPackages.dockerfile(path: f.path, bytes: bytes)
        let images = parsed.packages.filter { $0.ecosystem == .docker }
        let (debDistro, apkDistro) = distro(from: images)
        var out: [BOMComponent] = []
        var seen = Set<String>()
        func add(_ c: BOMComponent) { if seen.insert(c.ref).inserted { out.append(c) } }
        for p in parsed.packages where p.ecosystem != .docker {
            let version = p.version
            var c: BOMComponent
            switch p.ecosystem {
            case .debian:
                let ns = debDistro.hasPrefix("ubuntu") ? "ubuntu" : "debian"
                let purl = PURL.make(type: "deb", namespace: ns, name: p.name, version: version, qualifiers: [("distro", debDistro)])
                c = BOMComponent(ref: purl, kind: .library, name: p.name, version: version, purl: purl)
                if let src = p.sourcePackage, src != p.name {
                    c.properties.append(("bulwark:deb:source", src))
                    let srcPurl = PURL.make(type: "deb", namespace: ns, name: src, version: version,
                                            qualifiers: [("distro", debDistro), ("arch", "source")])
                    var s = BOMComponent(ref: srcPurl, kind: .library, name: src, version: version, purl: srcPurl)
                    s.properties.append(("bulwark:source", f.path))
                    s.properties.append(("bulwark:deb:binary", p.name))
                    s.occurrences = [BOMOccurrence(location: f.path, line: p.line)]
                    add(s)
                }
            case .alpine:
                let purl = PURL.make(type: "apk", namespace: "alpine", name: p.name, version: version,
                                     qualifiers: [("distro", apkDistro ?? "alpine")])
                c = BOMComponent(ref: purl, kind: .library, name: p.name, version: version, purl: purl)
                if let src = p.sourcePackage, src != p.name { c.properties.append(("bulwark:apk:origin", src)) }
            case .pypi, .npm:
                guard let version else { continue }  // an unpinned pip/npm install names no version to record
                let purl = p.ecosystem == .pypi ? PURL.make(type: "pypi", name: p.name.lowercased(), version: version)
                    : PURL.make(type: "npm", name: p.name, version: version)
                c = BOMComponent(ref: purl, kind: .library, name: p.name, version: version, purl: purl)
            default:
                continue
            }
            c.properties.append(("bulwark:source", f.path))
            if version == nil { c.properties.append(("bulwark:version", "unpinned (the image gets whatever is current at build time)")) }
            c.occurrences = [BOMOccurrence(location: f.path, line: p.line)]
            add(c)
        }
        return out
    }
}

/// GitHub Actions referenced by workflows (`uses:`), with the pinned ref.
public enum WorkflowSource {
    public static func wants(_ f: RepoFile) -> Bool {
        (f.path.hasPrefix(".github/workflows/") && (f.path.hasSuffix(".yml") || f.path.hasSuffix(".yaml")))
            || f.fileName == "action.yml" || f.fileName == "action.yaml"
    }

    public static func components(_ f: RepoFile, text: String) -> [BOMComponent] {
        var out: [BOMComponent] = []
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("- ") { line = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
            guard line.hasPrefix("uses:") else { continue }
            var v = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
            if let hash = v.range(of: " #") { v = String(v[..<hash.lowerBound]) }
            v = v.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            if v.hasPrefix("./") || v.isEmpty { continue }
            if v.hasPrefix("docker://") {
                guard let ref = DockerfileSource.parseImage(String(v.dropFirst(9))) else { continue }
                let purl = PURL.make(type: "docker", name: ref.repository, version: ref.digest ?? ref.tag ?? "latest")
                var c = BOMComponent(ref: purl, kind: .container, name: ref.repository, version: ref.tag, purl: purl)
                if let d = ref.digest { c.hashes = [("SHA-256", String(d.dropFirst(7)))] }
                c.occurrences = [BOMOccurrence(location: f.path, line: i + 1)]
                out.append(c)
                continue
            }
            guard let at = v.lastIndex(of: "@") else { continue }
            let path = String(v[..<at]), ref = String(v[v.index(after: at)...])
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count >= 2, !ref.isEmpty else { continue }
            let sub = parts.count > 2 ? parts[2...].joined(separator: "/") : nil
            let purl = PURL.make(type: "github", namespace: parts[0].lowercased(), name: parts[1].lowercased(), version: ref, subpath: sub)
            var c = BOMComponent(ref: purl, kind: .application, name: parts[1...].joined(separator: "/"), version: ref, purl: purl)
            c.group = parts[0]
            let pinned = ref.count == 40 && ref.allSatisfy(\.isHexDigit)
            c.properties.append(("bulwark:action:pinned", pinned ? "true" : "false"))
            if pinned { c.hashes = [("SHA-1", ref.lowercased())] }
            c.occurrences = [BOMOccurrence(location: f.path, line: i + 1)]
            c.properties.append(("bulwark:kind", "github-action"))
            out.append(c)
        }
        return out
    }
}

/// OS packages of an image root (`--rootfs DIR`): dpkg status and apk installed databases.
public enum RootfsSource {
    public static func inventory(rootfs: String) -> (os: BOMComponent?, packages: [BOMComponent], notes: [String]) {
        var notes: [String] = []
        var osID = "linux", osVersion: String?, osName: String?
        for p in ["etc/os-release", "usr/lib/os-release"] {
            guard let text = try? String(contentsOfFile: rootfs + "/" + p, encoding: .utf8) else { continue }
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                let kv = line.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { continue }
                let v = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                switch kv[0] {
                case "ID": osID = v
                case "VERSION_ID": osVersion = v
                case "PRETTY_NAME": osName = v
                default: break
                }
            }
            break
        }
        var os = BOMComponent(ref: "os:\(osID)@\(osVersion ?? "unknown")", kind: .operatingSystem, name: osID, version: osVersion)
        if let osName { os.description = osName }
        var pkgs: [BOMComponent] = []
        let distro = osVersion.map { "\(osID)-\($0)" } ?? osID
        if let data = FileManager.default.contents(atPath: rootfs + "/var/lib/dpkg/status"), data.count < 256 << 20 {
            let text = String(decoding: data, as: UTF8.self)
            for para in text.components(separatedBy: "\n\n") {
                var fields: [String: String] = [:]
                for line in para.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.hasPrefix(" ") {
                    let kv = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if kv.count == 2 { fields[kv[0]] = kv[1] }
                }
                guard let name = fields["Package"], let version = fields["Version"],
                      fields["Status"]?.hasSuffix("installed") ?? true, !(fields["Status"]?.contains("not-installed") ?? false) else { continue }
                let arch = fields["Architecture"] ?? ""
                let purl = PURL.make(type: "deb", namespace: osID, name: name, version: version, qualifiers: [("arch", arch), ("distro", distro)])
                var c = BOMComponent(ref: purl, kind: .library, name: name, version: version, purl: purl)
                c.properties.append(("bulwark:source", "var/lib/dpkg/status"))
                if let src = fields["Source"] { c.properties.append(("bulwark:deb:source", src)) }
                pkgs.append(c)
            }
        }
        if let data = FileManager.default.contents(atPath: rootfs + "/lib/apk/db/installed"), data.count < 256 << 20 {
            let text = String(decoding: data, as: UTF8.self)
            for para in text.components(separatedBy: "\n\n") {
                var f: [String: String] = [:]
                for line in para.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where line.count > 2 && line.dropFirst().first == ":" {
                    f[String(line.prefix(1))] = String(line.dropFirst(2))
                }
                guard let name = f["P"], let version = f["V"] else { continue }
                let purl = PURL.make(type: "apk", namespace: osID, name: name, version: version, qualifiers: [("arch", f["A"] ?? ""), ("distro", distro)])
                var c = BOMComponent(ref: purl, kind: .library, name: name, version: version, purl: purl)
                if let lic = f["L"] { c.licenses = [BOMLicense.from(lic)] }
                c.properties.append(("bulwark:source", "lib/apk/db/installed"))
                pkgs.append(c)
            }
        }
        if pkgs.isEmpty { notes.append("--rootfs \(rootfs): no dpkg or apk package database found") }
        return (os, pkgs, notes)
    }
}
