import BulwarkCore
import BulwarkFormats

/// Shared pieces of the agents family's rules.
enum AgentRuleSupport {
    static let family = "agents"

    /// A location at a configuration mark (line/column when known, always the key path).
    static func location(_ ctx: RuleContext, _ mark: ConfigMark) -> Location {
        ctx.location(line: mark.line > 0 ? mark.line : nil, column: mark.column > 0 ? mark.column : nil,
                     logicalPath: mark.keyPath.isEmpty ? nil : mark.keyPath)
    }

    static func location(_ ctx: RuleContext, _ g: PermissionGrant) -> Location {
        ctx.location(line: g.line > 0 ? g.line : nil, column: g.column > 0 ? g.column : nil,
                     logicalPath: g.keyPath.isEmpty ? nil : g.keyPath)
    }

    /// A location at a byte offset of the current file.
    static func location(_ ctx: RuleContext, byteOffset: Int, length: Int) -> Location {
        let (l, c) = ctx.file.lineColumn(ofByte: byteOffset)
        var loc = ctx.location(line: l, column: c)
        loc.byteOffset = byteOffset
        loc.byteLength = length
        return loc
    }

    /// Text shown in a message, cut and with control characters made visible.
    static func shown(_ s: String, max: Int = 160) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if out.unicodeScalars.count >= max { out += "..."; break }
            if u.value < 0x20 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: items[0] + " and " + items[1]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
