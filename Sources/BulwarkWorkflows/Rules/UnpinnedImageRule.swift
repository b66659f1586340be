import Foundation
import BulwarkCore
import BulwarkFormats

/// Container images referenced without a digest.
struct UnpinnedImageRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unpinned-image", name: "Container image not pinned by digest", family: "workflows",
        summary: "A job container, service, `docker://` action or GitLab `image:` uses a tag (or no tag) instead of a `@sha256:` digest.",
        rationale: rationale(
            detects: """
            Images in `container:`, `services:`, `uses: docker://...` and GitLab CI `image:`/`services:` that have \
            no `@sha256:` digest: medium without a tag or with `latest`, low with any other tag. An image given as \
            `${{ matrix.KEY }}` is judged by every literal value the matrix (its list and `include:` entries) gives.
            """,
            matters: "Tags are mutable: whoever can push to the image repository (or compromise it) changes what runs in your CI with its secrets.",
            fix: "Reference images by digest (`image: node:22@sha256:<digest>`) and let Dependabot or Renovate update the digest.",
            references: ["[Docker: pin base image versions](https://docs.docker.com/build/building/best-practices/#pin-base-image-versions)",
                         "zizmor audit `unpinned-images`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Pin the image by `@sha256:` digest.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                container: ${{ matrix.image }} # <-
                strategy:
                  matrix:
                    image: ["debian:12", "alpine@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c"]
                steps:
                  - run: make test
            """),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                container: node:latest # <-
                services:
                  db:
                    image: postgres:16 # <-
                steps:
                  - run: npm test
            """, commentPrefix: "#"),
            Example(.triggers, path: ".gitlab-ci.yml", """
            image: python # <-
            test:
              script:
                - pytest
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                container: node:22@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c
                steps:
                  - run: npm test
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func problem(_ image: String) -> Severity? {
        let t = image.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty, !t.contains("${{"), !t.hasPrefix("$") else { return nil }
        if t.contains("@sha256:") { return nil }
        let last = t.split(separator: "/").last ?? Substring(t)
        guard let colon = last.lastIndex(of: ":") else { return .medium }
        let tag = last[last.index(after: colon)...]
        return tag == "latest" || tag.isEmpty ? .medium : .low
    }

    /// `X` of a value that is exactly `${{ matrix.X }}`.
    static func matrixKey(_ value: String) -> String? {
        let t = value.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("${{"), t.hasSuffix("}}") else { return nil }
        let inner = t.dropFirst(3).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("matrix.") else { return nil }
        let key = inner.dropFirst(7)
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        return String(key)
    }

    /// Literal values of a matrix key: its list and the `include:` entries that set it.
    static func matrixValues(_ key: String, in job: Job) -> [String] {
        guard let m = job.strategy?["matrix"]?.mapping else { return [] }
        var out: [String] = []
        if let v = m[key] {
            if let seq = v.sequence { out += seq.items.prefix(1_000).compactMap(\.string) } else if let s = v.string { out.append(s) }
        }
        for item in m["include"]?.sequence?.items.prefix(1_000) ?? [] {
            if let s = item[key]?.string { out.append(s) }
        }
        var seen = Set<String>()
        return out.filter { !$0.contains("${{") && seen.insert($0).inserted }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var images: [YScalar] = []
        var fromMatrix: [String: String] = [:] // image value -> matrix key, for the message
        if let w = model.workflow {
            for j in w.jobs {
                var jobImages: [YScalar] = []
                if let c = j.container { if let s = c.scalar ?? c["image"]?.scalar { jobImages.append(s) } }
                for svc in j.services?.entries ?? [] { if let s = svc.value["image"]?.scalar { jobImages.append(s) } }
                for s in jobImages {
                    // `image: ${{ matrix.image }}`: every value the matrix gives that key.
                    if let key = Self.matrixKey(s.value) {
                        for v in Self.matrixValues(key, in: j) where !v.isEmpty {
                            images.append(YScalar(v, line: s.line, column: s.column))
                            fromMatrix[v] = key
                        }
                    } else { images.append(s) }
                }
            }
        }
        for (_, s) in model.steps {
            if let a = s.action, a.kind == .docker, let u = s.uses, let img = a.image {
                images.append(YScalar(img, line: u.line, column: u.column))
            }
        }
        if let a = model.action, let img = a.image, img.value.hasPrefix("docker://") {
            images.append(YScalar(String(img.value.dropFirst(9)), line: img.line, column: img.column))
        }
        if let g = model.gitlab {
            if let i = g.image { images.append(i) }
            for j in g.jobs { if let i = j.image { images.append(i) }; images += j.services }
        }
        return images.compactMap { s in
            guard let sev = Self.problem(s.value) else { return nil }
            let via = fromMatrix[s.value].map { " (a value of `matrix.\($0)`)" } ?? ""
            return .workflow(Self.rule, "Image `\(s.value)`\(via) is not pinned by digest; the tag can be moved to different content.",
                             context, line: s.line, column: s.column, severity: sev, anchor: s.value)
        }
    }
}
