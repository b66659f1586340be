import BulwarkCore
import BulwarkFormats
import Foundation

/// Dockerfile package installs that bypass the lockfile.
struct DockerfileIgnoresLockfileRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-dockerfile-ignores-lockfile", name: "Dockerfile install ignores the lockfile", family: "dependencies",
        summary: "A Dockerfile installs packages by name without versions, or with a command that may rewrite the lockfile (`npm install` instead of `npm ci`).",
        rationale: rationale(
            detects: "`RUN` instructions with `pip install`/`uv pip install` of unpinned package names, `npm install` (use `npm ci`), `yarn install` without `--frozen-lockfile`/`--immutable`, `pnpm install` without `--frozen-lockfile`, `bun install` without `--frozen-lockfile`, `pipenv install` without `--deploy`, and `npm`/`yarn`/`pnpm`/`bun`/`poetry`/`uv add` of extra packages.",
            matters: "The image then contains whatever the registry served at build time, not what was reviewed in the lockfile: a compromised release published an hour earlier (chalk/debug, nx, ultralytics) lands in production, and two builds of the same commit differ.",
            fix: "Copy the lockfile into the image and install from it: `npm ci`, `yarn install --immutable`, `pnpm install --frozen-lockfile`, `pip install --require-hashes -r requirements.txt`, `uv sync --frozen`, `poetry install`.",
            references: ["[npm ci](https://docs.npmjs.com/cli/commands/npm-ci)",
                         "[pip: secure installs](https://pip.pypa.io/en/stable/topics/secure-installs/)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Install from the lockfile (`npm ci`, `pip install --require-hashes -r ...`, `uv sync --frozen`).",
        examples: [
            Example(.triggers, path: "Dockerfile", """
            FROM python:3.12-slim
            COPY requirements.txt .
            RUN pip install -r requirements.txt
            RUN pip install gunicorn # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "web/Dockerfile", """
            FROM node:20
            COPY package*.json ./
            RUN npm install # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "Dockerfile", """
            FROM node:20
            COPY package*.json ./
            RUN npm ci --ignore-scripts
            RUN pip install --require-hashes -r requirements.txt && pip install gunicorn==22.0.0
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func pinned(_ spec: String, tool: String) -> Bool {
        if tool.hasPrefix("pip") || tool == "uv pip" {
            return spec.contains("==") || spec.hasSuffix(".whl") || spec == "." || spec.hasPrefix("./") || spec.hasPrefix("/")
        }
        // npm-style `name@1.2.3`
        guard let at = spec.dropFirst().lastIndex(of: "@") else { return false }
        return spec[spec.index(after: at)...].first?.isNumber == true
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard model.kind == .dockerfile else { return [] }
        var out: [Finding] = []
        for inst in model.parsed?.installs ?? [] where !inst.usesLockfile {
            let msg: String
            switch inst.tool {
            case "pip", "uv pip":
                let loose = inst.packages.filter { !Self.pinned($0, tool: inst.tool) }
                guard !loose.isEmpty else { continue }
                msg = "`\(inst.command.prefix(120))` installs \(loose.prefix(5).map { "`\($0)`" }.joined(separator: ", ")) without exact versions or hashes, outside the lockfile."
            case "npm", "yarn", "pnpm", "bun", "pipenv", "poetry", "uv":
                if inst.packages.isEmpty {
                    msg = "`\(inst.command.prefix(120))` may resolve new versions and rewrite the lockfile; use the lockfile-only form (`npm ci`, `--frozen-lockfile`, `--immutable`, `--deploy`)."
                } else {
                    let loose = inst.packages.filter { !Self.pinned($0, tool: inst.tool) }
                    guard !loose.isEmpty else { continue }
                    msg = "`\(inst.command.prefix(120))` adds \(loose.prefix(5).map { "`\($0)`" }.joined(separator: ", ")) outside the lockfile."
                }
            default: continue
            }
            out.append(Finding(rule: Self.rule, message: msg, location: context.location(line: inst.line), anchor: inst.command,
                               properties: ["tool": inst.tool]))
        }
        return out
    }
}

/// Dockerfile steps that pipe a download into a shell.
struct DockerfilePipeToShellRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-dockerfile-pipe-to-shell", name: "Dockerfile pipes a download into a shell", family: "dependencies",
        summary: "A Dockerfile `RUN` downloads a script with curl or wget and pipes it into a shell or interpreter, or saves it and runs it without verifying it.",
        rationale: rationale(
            detects: "`RUN curl ... | sh`, `wget -O- ... | bash`, and the same piped into `python`, `node`, `perl` or `sudo`; and a download saved to a file that the same `RUN` then runs (`curl -fsSLo /tmp/i.sh URL && bash /tmp/i.sh`, `wget URL/setup.sh && sh setup.sh`, `chmod +x` and `./file`) with no checksum or signature check (`sha256sum -c`, `gpg --verify`, `cosign verify`...) in between.",
            matters: "The image runs whatever the server returns at build time, with no pin, no hash and no review; a compromised download host (the Codecov bash uploader, 2021) or a hijacked domain turns every image build into a compromise.",
            fix: "Download to a file, verify a pinned checksum or signature, then run it; or install the tool from a package manager at a pinned version.",
            references: ["[Codecov bash uploader compromise (2021)](https://about.codecov.io/security-update/)",
                         "[CWE-494: Download of Code Without Integrity Check](https://cwe.mitre.org/data/definitions/494.html)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Download, verify a pinned checksum, then execute.",
        examples: [
            Example(.triggers, path: "Dockerfile", """
            FROM ubuntu:24.04
            RUN curl -fsSL https://get.example.sh | sh # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "Dockerfile", """
            FROM ubuntu:24.04
            RUN curl -fsSLo /tmp/i.sh https://get.example.sh && bash /tmp/i.sh # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "Dockerfile", """
            FROM ubuntu:24.04
            RUN curl -fsSLo /tmp/i.sh https://get.example.sh && echo "e3b0c442  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard model.kind == .dockerfile else { return [] }
        return (model.parsed?.installs ?? []).filter { $0.tool == "curl|sh" }.map { inst in
            Finding(rule: Self.rule, message: "`\(inst.command.prefix(140))` executes a downloaded script without verifying it.",
                    location: context.location(line: inst.line), anchor: inst.command)
        }
    }
}
