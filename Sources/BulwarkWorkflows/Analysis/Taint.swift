import BulwarkFormats

/// Which expression values an outsider can choose, reasoned over the expression tree rather than
/// by substring: `contains(github.event.issue.title, 'x')` is a boolean, a literal ternary such as
/// `github.event.issue.title == 'a' && 'yes' || 'no'` can only yield its literals, while
/// `format('{0}', github.head_ref)` or `github.event.issue.title || 'x'` carry the title through.
public enum Taint {
    /// Fields of the event payload that a person without write access chooses freely.
    public static let attackerControlled: [[String]] = [
        "github.event.issue.title", "github.event.issue.body",
        "github.event.pull_request.title", "github.event.pull_request.body",
        "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
        "github.event.pull_request.head.repo.default_branch", "github.event.pull_request.head.repo.description",
        "github.event.pull_request.head.repo.homepage",
        "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
        "github.event.discussion.title", "github.event.discussion.body",
        "github.event.pages.*.page_name",
        "github.event.commits.*.message", "github.event.commits.*.author.email", "github.event.commits.*.author.name",
        "github.event.commits.*.committer.email", "github.event.commits.*.committer.name",
        "github.event.head_commit.message", "github.event.head_commit.author.email", "github.event.head_commit.author.name",
        "github.event.head_commit.committer.email", "github.event.head_commit.committer.name",
        "github.head_ref",
        "github.event.workflow_run.head_branch", "github.event.workflow_run.display_title",
        "github.event.workflow_run.head_commit.message", "github.event.workflow_run.head_commit.author.email",
        "github.event.workflow_run.head_commit.author.name",
        "github.event.workflow_run.pull_requests.*.head.ref",
        "github.event.workflow_run.head_repository.description",
        "github.event.changes.title.from", "github.event.changes.body.from",
        "github.event.check_suite.head_branch", "github.event.check_run.check_suite.head_branch",
        "github.event.merge_group.head_commit.message",
    ].map { $0.split(separator: ".").map(String.init) }

    /// Whether a normalized path names attacker-controlled data (the field itself or inside it).
    /// With `wholeObject`, a parent object (`github.event.issue` inside `toJSON`) counts too.
    public static func isAttackerControlled(_ components: [String], wholeObject: Bool = false) -> Bool {
        for pattern in attackerControlled {
            let n = min(pattern.count, components.count)
            var ok = true
            for i in 0..<n where pattern[i] != "*" && components[i] != "*" && pattern[i] != components[i] { ok = false; break }
            guard ok else { continue }
            if components.count >= pattern.count { return true }
            if wholeObject && components.count >= 2 { return true }
        }
        return false
    }

    /// A resolver for `env.X` (and anything else a caller knows): returns the tainted sources a
    /// path stands for, or nil to apply the default table.
    public typealias Resolver = (ContextPath) -> [String]?

    /// The attacker-controlled paths that can flow into the value of `e`.
    public static func sources(_ e: Expr, resolve: Resolver? = nil, depth: Int = 0) -> [String] {
        guard depth < 64 else { return [] }
        switch e {
        case .string, .number, .bool, .null: return []
        case .path(let p):
            if let r = resolve?(p) { return r }
            return isAttackerControlled(p.components) ? [p.normalized] : []
        case .access(let base, _): return sources(base, resolve: resolve, depth: depth + 1)
        case .not: return []
        case .binary(let op, let l, let r):
            switch op {
            case .and: return sources(r, resolve: resolve, depth: depth + 1)
            case .or: return sources(l, resolve: resolve, depth: depth + 1) + sources(r, resolve: resolve, depth: depth + 1)
            default: return []
            }
        case .call(let name, let args):
            switch name.lowercased() {
            case "contains", "startswith", "endswith", "hashfiles", "success", "failure", "always", "cancelled":
                return []
            case "tojson":
                return args.flatMap { a -> [String] in
                    if case .path(let p) = a, resolve?(p) == nil, isAttackerControlled(p.components, wholeObject: true) {
                        return [p.normalized]
                    }
                    return sources(a, resolve: resolve, depth: depth + 1)
                }
            default:
                return args.flatMap { sources($0, resolve: resolve, depth: depth + 1) }
            }
        }
    }
}
