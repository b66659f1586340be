import BulwarkCore
import BulwarkReporters
import BulwarkKit
import Foundation

/// Markdown, JSON and a self-contained HTML page for a scorecard.
public enum ScorecardRenderer {
    static func mark(_ s: LayerStatus, applicable: Bool) -> String {
        guard applicable else { return "➖ n/a" }
        switch s {
        case .present: return "✅ present"
        case .partial: return "🟡 partial"
        case .missing: return "❌ missing"
        }
    }

    static func scoreText(_ s: Int?) -> String { s.map { "\($0)/100" } ?? "n/a" }

    public static func markdown(_ card: Scorecard) -> String {
        var s = "# Bulwark audit: `\(card.root)`\n\n"
        s += "**Overall: \(card.overall)/100**"
        s += " · " + Vector.allCases.map { "\($0.title) \(scoreText(card.score(for: $0)))" }.joined(separator: " · ") + "\n\n"
        if !card.topChanges.isEmpty {
            s += "## The three changes that would raise the score most\n\n"
            for (i, l) in card.topChanges.enumerated() { s += "\(i + 1). **\(l.name)** (\(l.status.rawValue)): \(l.recommendation)\n" }
            s += "\n"
        }
        for v in Vector.allCases {
            s += "## \(v.title): \(scoreText(card.score(for: v)))\n\n| Layer | Status | Evidence |\n|---|---|---|\n"
            for l in card.layers where l.vector == v {
                let ev = l.evidence.joined(separator: "; ").replacingOccurrences(of: "|", with: "\\|")
                s += "| \(l.name) | \(mark(l.status, applicable: l.applicable)) | \(ev) |\n"
            }
            let withFindings = card.layers.filter { $0.vector == v && !$0.findings.isEmpty }
            for l in withFindings {
                s += "\n<details><summary>\(l.name): \(l.findings.count) finding(s)</summary>\n\n"
                for f in l.findings.prefix(20) { s += "- `\(f.ruleID)` \(f.severity.rawValue) `\(f.location.display)`: \(f.message)\n" }
                if l.findings.count > 20 { s += "- … and \(l.findings.count - 20) more (`bulwark scan` lists them all)\n" }
                s += "\n</details>\n"
            }
            s += "\n"
        }
        return s
    }

    public static func json(_ card: Scorecard) -> String {
        let iso = ISO8601DateFormatter()
        let layers: [JSON] = card.layers.map { l in
            .object([
                ("id", .string(l.id)),
                ("vector", .string(l.vector.rawValue)),
                ("name", .string(l.name)),
                ("status", .string(l.status.rawValue)),
                ("applicable", .bool(l.applicable)),
                ("weight", .double(l.weight)),
                ("evidence", .array(l.evidence.map(JSON.string))),
                ("recommendation", .string(l.recommendation)),
                ("findings", .array(l.findings.map { f in
                    .object([("rule", .string(f.ruleID)), ("severity", .string(f.severity.rawValue)),
                             ("path", .string(f.location.path)), ("line", f.location.startLine.map(JSON.int) ?? .null),
                             ("message", .string(f.message))])
                })),
            ])
        }
        let doc: JSON = .object([
            ("schemaVersion", .int(1)),
            ("root", .string(card.root)),
            ("generatedAt", .string(iso.string(from: card.generatedAt))),
            ("score", .object([("overall", .int(card.overall))] + Vector.allCases.map { ($0.rawValue, card.score(for: $0).map(JSON.int) ?? .null) })),
            ("topChanges", .array(card.topChanges.map { .object([("layer", .string($0.id)), ("recommendation", .string($0.recommendation))]) })),
            ("layers", .array(layers)),
        ])
        return doc.render() + "\n"
    }

    static func esc(_ s: String) -> String {
        var o = ""
        for c in s {
            switch c {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            default: o.append(c)
            }
        }
        return o
    }

    /// Inline Markdown-ish code spans (`x`) to <code>, after escaping.
    static func inline(_ s: String) -> String {
        let parts = esc(s).split(separator: "`", omittingEmptySubsequences: false)
        return parts.enumerated().map { i, p in i % 2 == 1 ? "<code>\(p)</code>" : String(p) }.joined()
    }

    /// A donut chart as inline SVG: the share of present, partial and missing layers.
    static func donut(_ layers: [LayerResult], score: Int?) -> String {
        let scored = layers.filter(\.applicable)
        let total = max(1, scored.count)
        let counts: [(LayerStatus, String)] = [(.present, "#1a7f37"), (.partial, "#d4a72c"), (.missing, "#cf222e")]
        let r = 15.915
        var offset = 25.0
        var arcs = ""
        for (status, color) in counts {
            let n = scored.filter { $0.status == status }.count
            guard n > 0 else { continue }
            let pct = 100 * Double(n) / Double(total)
            arcs += "<circle cx=\"21\" cy=\"21\" r=\"\(r)\" fill=\"transparent\" stroke=\"\(color)\" stroke-width=\"6\" stroke-dasharray=\"\(String(format: "%.2f", pct)) \(String(format: "%.2f", 100 - pct))\" stroke-dashoffset=\"\(String(format: "%.2f", offset))\"><title>\(n) \(status.rawValue)</title></circle>"
            offset -= pct
        }
        if scored.isEmpty {
            arcs = "<circle cx=\"21\" cy=\"21\" r=\"\(r)\" fill=\"transparent\" stroke=\"#8c959f\" stroke-width=\"6\"></circle>"
        }
        return """
        <svg class="donut" viewBox="0 0 42 42" role="img" aria-label="score \(score.map(String.init) ?? "n/a")">\
        <circle cx="21" cy="21" r="\(r)" fill="transparent" stroke="#eaeef2" stroke-width="6"></circle>\(arcs)\
        <text x="21" y="23.5" text-anchor="middle" class="score">\(score.map(String.init) ?? "n/a")</text></svg>
        """
    }

    public static func html(_ card: Scorecard) -> String {
        let iso = ISO8601DateFormatter()
        var body = ""
        body += "<header><h1>Bulwark audit</h1><p class=\"root\"><code>\(esc(card.root))</code> · \(esc(iso.string(from: card.generatedAt)))</p>"
        body += "<div class=\"overall\" data-score=\"\(card.overall)\"><span class=\"big\">\(card.overall)</span><span>/100 overall</span></div></header>"
        body += "<section class=\"vectors\">"
        for v in Vector.allCases {
            let ls = card.layers.filter { $0.vector == v }
            let score = card.score(for: v)
            body += "<a class=\"vector\" href=\"#\(v.rawValue)\" data-vector=\"\(v.rawValue)\">\(donut(ls, score: score))<h2>\(esc(v.title))</h2>"
            body += "<p>\(ls.filter { $0.applicable && $0.status == .present }.count) present · \(ls.filter { $0.applicable && $0.status == .partial }.count) partial · \(ls.filter { $0.applicable && $0.status == .missing }.count) missing</p></a>"
        }
        body += "</section>"
        if !card.topChanges.isEmpty {
            body += "<section class=\"top\"><h2>Three changes that would raise the score most</h2><ol>"
            for l in card.topChanges { body += "<li><strong>\(esc(l.name))</strong> <span class=\"pill \(l.status.rawValue)\">\(l.status.rawValue)</span><p>\(inline(l.recommendation))</p></li>" }
            body += "</ol></section>"
        }
        for v in Vector.allCases {
            body += "<section class=\"layers\" id=\"\(v.rawValue)\"><h2>\(esc(v.title)) <small>\(scoreText(card.score(for: v)))</small></h2>"
            for l in card.layers where l.vector == v {
                let status = l.applicable ? l.status.rawValue : "na"
                body += "<details class=\"layer\" data-layer=\"\(l.id)\" data-status=\"\(status)\"\(l.applicable && l.status != .present ? " open" : "")>"
                body += "<summary><span class=\"pill \(status)\">\(l.applicable ? l.status.rawValue : "n/a")</span> \(esc(l.name))</summary>"
                body += "<ul class=\"evidence\">" + l.evidence.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
                if l.applicable && l.status != .present { body += "<p class=\"fix\"><strong>Fix:</strong> \(inline(l.recommendation))</p>" }
                if !l.findings.isEmpty {
                    body += "<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Finding</th></tr></thead><tbody>"
                    for f in l.findings.prefix(50) {
                        body += "<tr><td><span class=\"sev \(f.severity.rawValue)\">\(f.severity.rawValue)</span></td><td><code>\(esc(f.ruleID))</code></td><td><code>\(esc(f.location.display))</code></td><td>\(inline(f.message))</td></tr>"
                    }
                    body += "</tbody></table>"
                    if l.findings.count > 50 { body += "<p>… and \(l.findings.count - 50) more: <code>bulwark scan</code> lists them all.</p>" }
                }
                body += "</details>"
            }
            body += "</section>"
        }
        body += "<footer>Generated by Bulwark \(esc(BulwarkVersionInfo.version)). Static analysis only: nothing scanned was loaded or run.</footer>"
        return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>Bulwark audit: \(esc(card.root))</title>
        <style>\(css)</style></head>
        <body>\(body)
        <script>\(script)</script>
        </body></html>

        """
    }

    static let css = """
    :root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--line:#d1d9e0;--ok:#1a7f37;--part:#9a6700;--bad:#cf222e}
    *{box-sizing:border-box}body{margin:0 auto;max-width:1100px;padding:16px;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
    header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;border-bottom:1px solid var(--line);padding-bottom:12px}
    h1{margin:0;font-size:1.6em}.root{margin:0;color:var(--muted);word-break:break-all}
    .overall .big{font-size:2.6em;font-weight:700}.overall span{color:var(--muted)}.overall .big{color:var(--fg)}
    .vectors{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:16px 0}
    .vector{display:block;text-decoration:none;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px;text-align:center}
    .vector h2{font-size:1.05em;margin:6px 0 2px}.vector p{margin:0;color:var(--muted);font-size:.9em}
    .donut{width:120px;height:120px}.donut .score{font-size:.6em;font-weight:700;fill:var(--fg)}
    .top{background:#fff8c5;border:1px solid #d4a72c;border-radius:10px;padding:4px 16px;margin-bottom:16px}.top li p{margin:2px 0 8px}
    .layers h2{border-bottom:1px solid var(--line);padding-bottom:4px}.layers h2 small{color:var(--muted);font-weight:400}
    details.layer{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:8px 12px;background:var(--bg)}
    summary{cursor:pointer;font-weight:600}.evidence{margin:6px 0;color:var(--muted)}.fix{margin:6px 0}
    .pill{display:inline-block;min-width:64px;text-align:center;border-radius:999px;padding:0 8px;font-size:.8em;font-weight:700;color:#fff;vertical-align:1px}
    .pill.present{background:var(--ok)}.pill.partial{background:#d4a72c;color:#1f2328}.pill.missing{background:var(--bad)}.pill.na{background:#8c959f}
    table{width:100%;border-collapse:collapse;font-size:.9em;display:block;overflow-x:auto}th,td{text-align:left;border-top:1px solid var(--line);padding:4px 6px;vertical-align:top}
    code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--card);padding:1px 4px;border-radius:4px;word-break:break-word}
    .sev{font-weight:700}.sev.critical,.sev.high{color:var(--bad)}.sev.medium{color:var(--part)}.sev.low,.sev.info{color:var(--muted)}
    footer{margin-top:24px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
    @media (max-width:600px){body{padding:10px;font-size:14px}.donut{width:96px;height:96px}th:nth-child(3),td:nth-child(3){display:none}}
    @media print{details{break-inside:avoid}details:not([open])>*:not(summary){display:block}}
    """

    /// Progressive enhancement only: counts layers by status for the page's own summary and marks
    /// the document ready (the rendering test asserts on it). The page is complete without it.
    static let script = """
    (function(){var d=document,c={present:0,partial:0,missing:0,na:0};
    d.querySelectorAll('details.layer').forEach(function(e){c[e.dataset.status]=(c[e.dataset.status]||0)+1;});
    var o=d.querySelector('.overall');if(o){var p=d.createElement('div');p.className='counts';p.textContent=c.present+' present · '+c.partial+' partial · '+c.missing+' missing';o.appendChild(p);}
    d.body.dataset.ready='true';d.body.dataset.layers=String(d.querySelectorAll('details.layer').length);})();
    """
}

/// The version string, kept here so the renderer does not need the whole kit.
enum BulwarkVersionInfo {
    static var version: String { BulwarkVersion.current }
}
