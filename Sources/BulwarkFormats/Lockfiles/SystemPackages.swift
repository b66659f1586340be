import Foundation

/// Dockerfiles (`FROM` images and `RUN` installs) and OS package databases of unpacked image roots.
public enum SystemPackages {
    // MARK: Dockerfile

    /// The part of a `RUN <<EOF` heredoc body read for installs.
    static let maxHeredocBytes = 1 << 20

    public static func dockerfile(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .dockerfile)
        var stages: Set<String> = []
        // Lines are read one by one (an array of every line of 64 MiB of newlines was 2.5 GB), and a
        // continued instruction grows in place (it was copied whole for every continuation line).
        var lines = textLines(bytes).makeIterator()
        while let (n, raw) = lines.next() {
            // Blank lines skipped before any Foundation call (30 million of them took 47 s).
            if raw.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            while text.hasSuffix("\\"), let (_, nextRaw) = lines.next() {
                text.removeLast()
                let next = nextRaw.trimmingCharacters(in: .whitespaces)
                if next.hasPrefix("#") { continue }
                text += " " + next
            }
            let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard let instr = parts.first?.uppercased() else { continue }
            let rest = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
            switch instr {
            case "FROM":
                var words = rest.split(separator: " ").map(String.init).filter { !$0.hasPrefix("--") }
                if words.count >= 3, words[1].lowercased() == "as" { stages.insert(words[2].lowercased()) }
                guard let ref = words.first else { continue }
                words.removeAll()
                if ref == "scratch" || stages.contains(ref.lowercased()) { continue }
                var name = ref
                var digest: String?
                if let at = name.firstIndex(of: "@") { digest = String(name[name.index(after: at)...]); name = String(name[..<at]) }
                var tag: String?
                if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") { tag = String(name[name.index(after: colon)...]); name = String(name[..<colon]) }
                var pkg = LockedPackage(ecosystem: .docker, name: name, version: tag, hashes: digest.map { [$0] } ?? [], line: n)
                if name.contains("$") { pkg.requirement = ref }
                file.packages.append(pkg)
            case "RUN":
                var script = rest
                if script.hasPrefix("["), let data = try? JSONParser.parse(script), let arr = data.array {
                    script = arr.compactMap(\.string).joined(separator: " ")
                }
                // Heredoc: RUN <<EOF ... EOF
                if let r = script.range(of: "<<") {
                    let marker = script[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " -'\""))
                        .split(separator: " ").first.map(String.init) ?? ""
                    if !marker.isEmpty {
                        // The body's lines joined with ` ; `, up to the marker line (consumed). Only the
                        // first MiB is kept: a real heredoc is a few lines, and a body of millions of
                        // lines was an array of one string each.
                        var body = ""
                        var first = true
                        while let (_, l) = lines.next(), l.trimmingCharacters(in: .whitespaces) != marker {
                            guard body.utf8.count < Self.maxHeredocBytes else { continue }
                            if !first { body += " ; " }
                            body += l
                            first = false
                        }
                        script = body
                    }
                }
                let found = installs(in: script, line: n)
                file.installs += found
                file.packages += namedPackages(found)
                file.indexes += PipIndexSettings.indexes(inLine: script, number: n)
            case "ENV", "ARG":
                // `ENV PIP_EXTRA_INDEX_URL=...` applies to every later pip install of the image.
                file.indexes += PipIndexSettings.indexes(inLine: rest, number: n)
            default: break
            }
        }
        return file
    }

    /// Debian binary packages built from the source package advisories name (`liblzma5` is `xz-utils`).
    static let debianSource: [String: String] = [
        "liblzma5": "xz-utils", "liblzma-dev": "xz-utils", "xzdec": "xz-utils", "lzma": "xz-utils", "lzma-dev": "xz-utils",
        "libssl3": "openssl", "libssl3t64": "openssl", "libssl-dev": "openssl", "openssh-client": "openssh", "openssh-server": "openssh",
        "openssh-sftp-server": "openssh", "libc6": "glibc", "libc-bin": "glibc", "libc6-dev": "glibc", "zlib1g": "zlib", "zlib1g-dev": "zlib",
    ]
    /// Alpine subpackages and their origin (`xz-libs` comes from `xz`).
    static let alpineOrigin: [String: String] = [
        "xz-libs": "xz", "xz-dev": "xz", "xz-doc": "xz", "libssl3": "openssl", "libcrypto3": "openssl", "openssl-dev": "openssl",
        "openssh-client": "openssh", "openssh-server": "openssh", "zlib-dev": "zlib",
    ]

    /// The packages a `RUN` line names, so that advisories and typosquat checks see them: `pip install x==1.0`,
    /// `npm install -g x@1.0.0`, `apt-get install x=1.0-1`, `apk add x=1.0-r0`. Local paths, URLs,
    /// requirement files and shell variables are not packages.
    static func namedPackages(_ installs: [InstallCommand]) -> [LockedPackage] {
        var out: [LockedPackage] = []
        for inst in installs where out.count < 500 {
            let eco: Ecosystem
            switch inst.tool {
            case "pip", "uv pip", "pipenv", "poetry", "uv": eco = .pypi
            case "npm", "yarn", "pnpm", "bun": eco = .npm
            case "apt": eco = .debian
            case "apk": eco = .alpine
            default: continue
            }
            for spec in inst.packages {
                guard !spec.contains("$"), !spec.contains("/") || spec.hasPrefix("@"), !spec.contains("://"), !spec.hasSuffix(".whl"),
                      !spec.hasSuffix(".tar.gz"), !spec.hasSuffix(".deb"), spec != ".", !spec.isEmpty else { continue }
                var name = spec, version: String?
                switch eco {
                case .pypi:
                    let unquoted = spec.trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                    guard let r = PEP508Requirement.parse(unquoted), r.url == nil else { continue }
                    name = r.name
                    version = r.pinnedVersion
                case .npm:
                    if let at = spec.dropFirst().lastIndex(of: "@") {
                        name = String(spec[..<at])
                        let v = String(spec[spec.index(after: at)...])
                        if v.first?.isNumber == true, v.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." || $0 == "-" || $0 == "+" }) { version = v }
                        else if v.first?.isNumber != true, !["latest", "next", "beta", "*"].contains(v) { continue }
                    }
                default:
                    if let eq = spec.firstIndex(of: "=") { name = String(spec[..<eq]); version = String(spec[spec.index(after: eq)...]) }
                    if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) } // `pkg:amd64`
                }
                guard !name.isEmpty, name.count <= 214 else { continue }
                var pkg = LockedPackage(ecosystem: eco, name: name, version: version?.isEmpty == true ? nil : version, line: inst.line)
                pkg.sourceKind = .registry
                pkg.requirement = spec
                pkg.isDirect = true
                if eco == .debian { pkg.sourcePackage = debianSource[name] }
                if eco == .alpine { pkg.sourcePackage = alpineOrigin[name] }
                out.append(pkg)
            }
        }
        return out
    }

    static let scriptRunners: Set<String> = ["sh", "bash", "zsh", "dash", "ash", "python", "python3", "node", "perl", "ruby", "source", "."]
    static let verifiers = ["sha256sum", "sha512sum", "sha1sum", "shasum", "md5sum", "gpg ", "gpgv", "cosign ", "minisign",
                            "openssl dgst", "slsa-verifier", "gh attestation verify", "b3sum"]

    /// `curl -fsSLo /tmp/i.sh URL && bash /tmp/i.sh`: a download saved to a file and run from it in the same
    /// step, with no checksum or signature check in between (commands split on `;`, `&&`, `||`). Returns the
    /// two commands, or nil.
    static func downloadThenRun(_ pipeline: String) -> String? {
        let cmds = pipeline.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.prefix(200)
        var saved: [String: String] = [:]   // file (as written and by base name) -> the download command
        for cmd in cmds {
            let lower = cmd.lowercased()
            if !saved.isEmpty, verifiers.contains(where: { lower.contains($0) }) { saved.removeAll(); continue }
            let words = cmd.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { w -> String in
                var t = Substring(w)
                while let f = t.first, f == "\"" || f == "'" { t = t.dropFirst() }
                while let l = t.last, l == "\"" || l == "'" { t = t.dropLast() }
                return String(t)
            }
            guard let first = words.first else { continue }
            if first == "curl" || first == "wget" {
                if let file = downloadTarget(words), file != "-" {
                    saved[file] = cmd
                    saved[(file.split(separator: "/").last).map(String.init) ?? file] = cmd
                }
                continue
            }
            guard !saved.isEmpty else { continue }
            // `bash FILE`, `sh -e FILE`, `./FILE`, `/tmp/FILE`, `chmod +x FILE && ./FILE` (the chmod is skipped).
            var runTarget: String? = nil
            if scriptRunners.contains(first) {
                runTarget = words.dropFirst().first { !$0.hasPrefix("-") }
            } else if first.hasPrefix("./") || first.hasPrefix("/") {
                runTarget = first
            }
            guard var target = runTarget else { continue }
            if target.hasPrefix("./") { target.removeFirst(2) }
            let base = target.split(separator: "/").last.map(String.init) ?? target
            if let download = saved[target] ?? saved[base] ?? saved["./" + target] {
                return String((download + " ; " + cmd).prefix(300))
            }
        }
        return nil
    }

    /// The file a curl or wget command writes (`-o F`, `-fsSLo F`, `--output F`, `-O F`, `--output-document=F`,
    /// `> F`), or nil when it writes to standard output.
    static func downloadTarget(_ words: [String]) -> String? {
        let curl = words.first == "curl"
        var i = 1
        while i < words.count {
            let w = words[i]
            if w == ">" || w == ">>" { return i + 1 < words.count ? words[i + 1] : nil }
            if w.hasPrefix(">") && w.count > 1 { return String(w.drop { $0 == ">" }) }
            if curl {
                if w == "--output" || w == "-o" { return i + 1 < words.count ? words[i + 1] : nil }
                if w.hasPrefix("--output=") { return String(w.dropFirst(9)) }
                // Combined short options ending in `o`: `-fsSLo FILE`.
                if w.hasPrefix("-"), !w.hasPrefix("--"), w.count > 2, w.hasSuffix("o") { return i + 1 < words.count ? words[i + 1] : nil }
                if w == "-O" || w == "--remote-name" {
                    // `curl -O URL` saves under the URL's last path component.
                    if let url = words.dropFirst(i + 1).first(where: { $0.hasPrefix("http") }) {
                        return url.split(separator: "?").first.flatMap { $0.split(separator: "/").last }.map(String.init)
                    }
                }
            } else {
                if w == "-O" || w == "--output-document" { return i + 1 < words.count ? words[i + 1] : nil }
                if w.hasPrefix("--output-document=") { return String(w.dropFirst(18)) }
                if w.hasPrefix("-O"), w.count > 2 { return String(w.dropFirst(2)) }
                if w.hasPrefix("-"), !w.hasPrefix("--"), w.count > 2, w.hasSuffix("O") { return i + 1 < words.count ? words[i + 1] : nil }
            }
            i += 1
        }
        // wget without -O saves under the URL's last path component.
        if !curl, let url = words.first(where: { $0.hasPrefix("http") }) {
            return url.split(separator: "?").first.flatMap { $0.split(separator: "/").last }.map(String.init)
        }
        return nil
    }

    /// Package-manager installs in one shell script (a Dockerfile `RUN`, a CI step).
    public static func installs(in script: String, line: Int) -> [InstallCommand] {
        var out: [InstallCommand] = []
        // Download-and-execute: `curl ... | sh`, `wget -O- ... | bash`.
        let pipeline = script.replacingOccurrences(of: "||", with: ";").replacingOccurrences(of: "&&", with: ";")
        for cmd in pipeline.split(separator: ";") {
            let stages = cmd.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if stages.count >= 2, let f = stages.first?.split(separator: " ").first, ["curl", "wget"].contains(String(f)),
               stages.dropFirst().contains(where: { s in
                   let w = s.split(separator: " ").first.map(String.init) ?? ""
                   return ["sh", "bash", "zsh", "python", "python3", "sudo", "node", "perl"].contains(w)
               }) {
                out.append(InstallCommand(tool: "curl|sh", command: String(cmd).trimmingCharacters(in: .whitespaces), line: line, usesLockfile: false, packages: []))
            }
        }
        if let twoStep = downloadThenRun(pipeline) {
            out.append(InstallCommand(tool: "curl|sh", command: twoStep, line: line, usesLockfile: false, packages: []))
        }
        for cmd in pipeline.split(whereSeparator: { $0 == ";" || $0 == "|" }) {
            var w = cmd.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let f = w.first, f == "sudo" || f.contains("=") && !f.hasPrefix("-") || f == "env" || f == "exec" { w.removeFirst() }
            guard let first = w.first else { continue }
            let text = w.joined(separator: " ")
            func args(after idx: Int) -> [String] { idx < w.count ? Array(w[(idx + 1)...]) : [] }
            func positional(_ a: [String], valueOptions: Set<String>) -> [String] {
                var out: [String] = []
                var skip = false
                for x in a {
                    if skip { skip = false; continue }
                    if x.hasPrefix("-") { if valueOptions.contains(x) { skip = true }; continue }
                    out.append(x)
                }
                return out
            }
            let base = (first as NSString).lastPathComponent
            // pip: pip install, pip3 install, python -m pip install, uv pip install
            var pipIdx: Int?
            // `pip`, `pip3`, `pip3.12`, not `pipenv`/`pipx`.
            let isPip = base == "pip" || (base.hasPrefix("pip") && base.dropFirst(3).allSatisfy { $0.isNumber || $0 == "." })
            if isPip, w.count > 1, w[1] == "install" { pipIdx = 1 }
            if base.hasPrefix("python"), w.count > 3, w[1] == "-m", w[2] == "pip", w[3] == "install" { pipIdx = 3 }
            if base == "uv", w.count > 2, w[1] == "pip", w[2] == "install" { pipIdx = 2 }
            if let i = pipIdx {
                let a = args(after: i)
                let pkgs = positional(a, valueOptions: ["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url",
                                                        "-f", "--find-links", "--target", "-t", "--prefix", "--trusted-host", "--root", "--python"])
                let hashes = a.contains("--require-hashes")
                let fromFile = a.contains("-r") || a.contains("--requirement") || a.contains { $0.hasPrefix("-r") && $0.count > 2 }
                let local = pkgs.allSatisfy { $0 == "." || $0.hasPrefix("./") || $0.hasPrefix("/") || $0.hasSuffix(".whl") }
                out.append(InstallCommand(tool: base == "uv" ? "uv pip" : "pip", command: text, line: line,
                                          usesLockfile: hashes || (fromFile && pkgs.isEmpty) || (!pkgs.isEmpty && local && a.contains("--no-deps")),
                                          packages: pkgs))
                continue
            }
            switch base {
            case "npm":
                guard w.count > 1 else { continue }
                if w[1] == "ci" { out.append(InstallCommand(tool: "npm", command: text, line: line, usesLockfile: true, packages: [])) }
                else if ["install", "i", "add", "isntall", "in"].contains(w[1]) {
                    let pkgs = positional(args(after: 1), valueOptions: ["--registry", "--prefix"])
                    out.append(InstallCommand(tool: "npm", command: text, line: line, usesLockfile: false, packages: pkgs))
                }
            case "yarn":
                let sub = w.count > 1 ? w[1] : "install"
                if sub == "add" { out.append(InstallCommand(tool: "yarn", command: text, line: line, usesLockfile: false, packages: positional(args(after: 1), valueOptions: []))) }
                else if sub == "install" || sub.hasPrefix("-") {
                    let frozen = w.contains("--frozen-lockfile") || w.contains("--immutable")
                    out.append(InstallCommand(tool: "yarn", command: text, line: line, usesLockfile: frozen, packages: []))
                }
            case "pnpm":
                guard w.count > 1 else { continue }
                if w[1] == "add" { out.append(InstallCommand(tool: "pnpm", command: text, line: line, usesLockfile: false, packages: positional(args(after: 1), valueOptions: []))) }
                else if w[1] == "install" || w[1] == "i" {
                    let pkgs = positional(args(after: 1), valueOptions: [])
                    out.append(InstallCommand(tool: "pnpm", command: text, line: line, usesLockfile: w.contains("--frozen-lockfile") && pkgs.isEmpty, packages: pkgs))
                }
            case "bun":
                if w.count > 1, w[1] == "add" { out.append(InstallCommand(tool: "bun", command: text, line: line, usesLockfile: false, packages: positional(args(after: 1), valueOptions: []))) }
                else if w.count > 1, w[1] == "install" || w[1] == "i" {
                    out.append(InstallCommand(tool: "bun", command: text, line: line, usesLockfile: w.contains("--frozen-lockfile"), packages: positional(args(after: 1), valueOptions: [])))
                }
            case "poetry":
                if w.count > 1, w[1] == "add" { out.append(InstallCommand(tool: "poetry", command: text, line: line, usesLockfile: false, packages: positional(args(after: 1), valueOptions: []))) }
                else if w.count > 1, w[1] == "install" { out.append(InstallCommand(tool: "poetry", command: text, line: line, usesLockfile: true, packages: [])) }
            case "uv":
                if w.count > 1, w[1] == "sync" { out.append(InstallCommand(tool: "uv", command: text, line: line, usesLockfile: true, packages: [])) }
                else if w.count > 1, w[1] == "add" { out.append(InstallCommand(tool: "uv", command: text, line: line, usesLockfile: false, packages: positional(args(after: 1), valueOptions: []))) }
            case "pipenv":
                if w.count > 1, w[1] == "install" {
                    let pkgs = positional(args(after: 1), valueOptions: [])
                    out.append(InstallCommand(tool: "pipenv", command: text, line: line, usesLockfile: (w.contains("--deploy") || w.contains("--ignore-pipfile")) && pkgs.isEmpty, packages: pkgs))
                }
            case "apt-get", "apt", "apk", "yum", "dnf", "microdnf":
                if w.count > 1, ["install", "add"].contains(w[1]) || w.dropFirst().contains("install") {
                    let idx = w.firstIndex(where: { $0 == "install" || $0 == "add" }) ?? 1
                    out.append(InstallCommand(tool: base == "apk" ? "apk" : (base.hasPrefix("apt") ? "apt" : "rpm"), command: text, line: line,
                                              usesLockfile: false, packages: positional(args(after: idx), valueOptions: ["-t", "--repository", "-X"])))
                }
            case "gem", "cargo", "go":
                if w.count > 1, w[1] == "install" {
                    out.append(InstallCommand(tool: base, command: text, line: line, usesLockfile: w.contains("--locked"), packages: positional(args(after: 1), valueOptions: ["-v", "--version"])))
                }
            default: break
            }
        }
        return out
    }

    // MARK: dpkg status

    public static func dpkgStatus(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .dpkgStatus)
        var fields: [String: String] = [:]
        var startLine = 1
        var last = ""
        func flush() {
            defer { fields = [:] }
            guard let name = fields["Package"], let ver = fields["Version"] else { return }
            if let st = fields["Status"], !st.hasSuffix("installed") { return }
            var pkg = LockedPackage(ecosystem: .debian, name: name, version: ver, line: startLine)
            if let src = fields["Source"] {
                let parts = src.split(separator: " ", maxSplits: 1)
                pkg.sourcePackage = parts.first.map(String.init)
                if parts.count > 1 { pkg.version = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "() ")); pkg.requirement = "binary \(ver)" }
            }
            file.packages.append(pkg)
        }
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            if raw.trimmingCharacters(in: .whitespaces).isEmpty { flush(); startLine = n + 1; continue }
            if raw.hasPrefix(" ") || raw.hasPrefix("\t") { continue }
            guard let colon = raw.firstIndex(of: ":") else { continue }
            if fields.isEmpty { startLine = n }
            last = String(raw[..<colon])
            fields[last] = raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        flush()
        return file
    }

    // MARK: apk installed

    public static func apkInstalled(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .apkInstalled)
        var pkg: LockedPackage?
        func flush() { if let p = pkg, !p.name.isEmpty { file.packages.append(p) }; pkg = nil }
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            if raw.isEmpty { flush(); continue }
            guard raw.count >= 2, raw[raw.index(after: raw.startIndex)] == ":" else { continue }
            let v = String(raw.dropFirst(2))
            if pkg == nil { pkg = LockedPackage(ecosystem: .alpine, name: "", line: n) }
            switch raw.first {
            case "P": pkg?.name = v
            case "V": pkg?.version = v
            case "C": pkg?.hashes = [v]
            case "o": pkg?.sourcePackage = v
            default: break
            }
        }
        flush()
        return file
    }
}
