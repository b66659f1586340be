import BulwarkCore
import BulwarkFormats

/// Caches restored in jobs that publish releases or packages.
struct CachePoisoningRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-cache-poisoning", name: "Cache restored in a publishing job", family: "workflows",
        summary: "A job that publishes a release, package or image restores a GitHub Actions cache that less trusted workflows can write.",
        rationale: rationale(
            detects: """
            Jobs that publish (release or tag triggers with a publishing step, `pypa/gh-action-pypi-publish`, \
            `npm publish`, `twine upload`, `docker/build-push-action` with `push: true`, `gh release create`, ...) \
            and restore a cache: `actions/cache`, `Swatinem/rust-cache`, `setup-*` actions with `cache:`, and the \
            setup actions that cache without being asked (`actions/setup-go` v4+, `actions/setup-node` v5+ with a \
            `packageManager`, `astral-sh/setup-uv` v6+).
            """,
            matters: """
            Caches are shared across workflows of the default branch; any workflow that an attacker can run code \
            in (a pull_request_target job, an injected step) can write entries that the release job later \
            restores into its build. This is how the Ultralytics PyPI releases were poisoned in December 2024.
            """,
            fix: "Disable caching in publishing jobs (`cache: false`, `enable-cache: false`, `package-manager-cache: false`), or build releases in a job that restores nothing.",
            references: ["[Adnan Khan: The Monsters in Your Build Cache](https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/)",
                         "[Ultralytics incident analysis](https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection)",
                         "zizmor audit `cache-poisoning`"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Turn caching off in jobs that publish artifacts.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - uses: actions/checkout@v4
                    with:
                      persist-credentials: false
                  - uses: actions/setup-python@v5 # <-
                    with:
                      cache: pip
                  - run: python -m build
                  - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/setup-go@v5
                    with:
                      cache: false
                  - run: go build ./...
                  - run: gh release upload "$TAG" dist/*
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        for job in w.jobs where job.steps.contains(where: Publishing.stepPublishes) {
            for s in job.steps {
                guard let what = Publishing.cacheStep(s), let u = s.uses else { continue }
                out.append(.workflow(Self.rule, "Job `\(job.id.value)` publishes but restores a cache (\(what)); a poisoned cache entry would ship in the release.",
                                     context, line: u.line, column: u.column, anchor: "\(job.id.value):\(s.index)"))
            }
        }
        return out
    }
}
