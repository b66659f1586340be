/// One simple command of a shell script: its words (quotes removed, variables unexpanded),
/// the 0-based line inside the script where it starts, and how it connects to its neighbours.
public struct ShellCommand: Sendable, Hashable {
    public var words: [String]
    /// 0-based line offset of the first word within the script.
    public var line: Int
    /// Index of the pipeline this command belongs to (commands joined by `|`).
    public var pipeline: Int
    /// Position inside its pipeline (0 = first).
    public var pipePosition: Int
    /// Whether the command comes from a `$(...)`, `<(...)` or backtick substitution.
    public var isSubstitution: Bool
    /// Bodies of here-documents fed to the command.
    public var heredocs: [String]
    /// Whether the words are a `case` pattern (`write | admin)`), not a command.
    public var isCasePattern: Bool = false

    /// The words after leading assignments (`FOO=1`) and wrappers (`sudo`, `env`, `time`, `exec`,
    /// `command`, `nohup`), so `sudo -E pip install x` reads as `pip install x`.
    public var effectiveWords: [String] {
        var w = words[...]
        while let f = w.first {
            if f.contains("="), !f.hasPrefix("-"), !f.hasPrefix("="), f.first.map({ $0.isLetter || $0 == "_" }) == true,
               f.prefix(while: { $0 != "=" }).allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                w = w.dropFirst(); continue
            }
            if ["sudo", "env", "time", "exec", "command", "nohup", "xargs"].contains(f) {
                w = w.dropFirst()
                while let o = w.first, o.hasPrefix("-") { w = w.dropFirst() }
                continue
            }
            break
        }
        return Array(w)
    }

    /// The program name without a directory (`/usr/bin/pip3` -> `pip3`).
    public var program: String? {
        effectiveWords.first.map { String($0.split(separator: "/").last ?? Substring($0)) }
    }
}

/// A small POSIX-shell tokenizer: enough to see commands, pipes, substitutions and here-documents
/// in CI `run:` scripts. It never evaluates anything and is bounded in commands and nesting.
public enum ShellTokenizer {
    public static let maxCommands = 5_000
    public static let maxDepth = 6

    public static func commands(in script: String) -> [ShellCommand] {
        var out: [ShellCommand] = []
        var pipelineCounter = 0
        tokenize(Array(script.utf8), lineBase: 0, depth: 0, substitution: false, out: &out, pipelineCounter: &pipelineCounter)
        return out
    }

    static func tokenize(_ b: [UInt8], lineBase: Int, depth: Int, substitution: Bool,
                         out: inout [ShellCommand], pipelineCounter: inout Int) {
        guard depth <= maxDepth else { return }
        var i = 0
        var line = lineBase
        var word: [UInt8] = []
        var inWord = false
        var words: [String] = []
        var cmdLine = line
        var pipePos = 0
        var pendingHeredocs: [(delim: String, strip: Bool, commandIndex: Int)] = []
        var inner: [(bytes: [UInt8], line: Int)] = []
        // `case ... in` blocks: a `)` with no open `(` closes a pattern, not a subshell.
        var caseDepth = 0
        var openParens = 0

        func endWord() {
            if inWord {
                if words.isEmpty { cmdLine = line }
                words.append(String(decoding: word, as: UTF8.self))
            }
            word = []
            inWord = false
        }
        func endCommand(pipelineEnds: Bool) {
            endWord()
            if !words.isEmpty, out.count < maxCommands {
                // A here-document operator consumes the next word as its delimiter.
                var idx = 0
                while idx < words.count {
                    let w = words[idx]
                    if w == "<<" || w == "<<-", idx + 1 < words.count {
                        let d = words[idx + 1]
                        pendingHeredocs.append((d, w == "<<-", out.count))
                    } else if w.hasPrefix("<<"), !w.hasPrefix("<<<"), w.count > 2 {
                        let d = String(w.dropFirst(w.hasPrefix("<<-") ? 3 : 2))
                        pendingHeredocs.append((d, w.hasPrefix("<<-"), out.count))
                    }
                    idx += 1
                }
                if words.first == "case" { caseDepth += 1 } else if words.first == "esac" { caseDepth = max(0, caseDepth - 1) }
                out.append(ShellCommand(words: words, line: cmdLine, pipeline: pipelineCounter,
                                        pipePosition: pipePos, isSubstitution: substitution, heredocs: []))
                pipePos += 1
            }
            words = []
            if pipelineEnds {
                pipelineCounter += 1
                pipePos = 0
            }
        }
        /// Reads a balanced `( ... )` body starting after the opening parenthesis.
        func readBalanced(from start: Int) -> (body: [UInt8], end: Int, newlines: Int) {
            var j = start, level = 1, nl = 0
            var sq = false, dq = false
            while j < b.count {
                let c = b[j]
                if c == 0x0A { nl += 1 }
                if sq { if c == 0x27 { sq = false } }
                else if dq { if c == 0x5C { j += 1 } else if c == 0x22 { dq = false } }
                else if c == 0x27 { sq = true }
                else if c == 0x22 { dq = true }
                else if c == 0x5C { j += 1 }
                else if c == 0x28 { level += 1 }
                else if c == 0x29 { level -= 1; if level == 0 { break } }
                j += 1
            }
            let end = min(j, b.count)
            return (Array(b[start..<end]), end, nl)
        }

        while i < b.count {
            let c = b[i]
            switch c {
            case 0x0A: // newline
                endCommand(pipelineEnds: true)
                line += 1
                i += 1
                // Here-document bodies start on the next line.
                if !pendingHeredocs.isEmpty {
                    for h in pendingHeredocs {
                        let delim = String(h.delim.filter { $0 != "'" && $0 != "\"" && $0 != "\\" })
                        var body: [String] = []
                        while i < b.count {
                            var e = i
                            while e < b.count, b[e] != 0x0A { e += 1 }
                            let l = String(decoding: b[i..<e], as: UTF8.self)
                            i = min(b.count, e + 1)
                            line += 1
                            let t = h.strip ? String(l.drop { $0 == "\t" || $0 == " " }) : l
                            if t == delim || t.trimmingCharacters(in: " \t") == delim { break }
                            body.append(l)
                        }
                        if h.commandIndex < out.count { out[h.commandIndex].heredocs.append(body.joined(separator: "\n")) }
                    }
                    pendingHeredocs = []
                }
            case 0x20, 0x09, 0x0D:
                endWord(); i += 1
            case 0x5C: // backslash
                if i + 1 < b.count, b[i + 1] == 0x0A { endWord(); line += 1; i += 2; continue }
                if i + 1 < b.count { word.append(b[i + 1]); inWord = true; i += 2 } else { i += 1 }
            case 0x23 where !inWord: // comment
                while i < b.count, b[i] != 0x0A { i += 1 }
            case 0x27: // 'single'
                inWord = true
                i += 1
                while i < b.count, b[i] != 0x27 { if b[i] == 0x0A { line += 1 }; word.append(b[i]); i += 1 }
                i += 1
            case 0x22: // "double"
                inWord = true
                i += 1
                while i < b.count, b[i] != 0x22 {
                    if b[i] == 0x5C, i + 1 < b.count { word.append(b[i + 1]); i += 2; continue }
                    if b[i] == 0x24, i + 1 < b.count, b[i + 1] == 0x28 {
                        let r = readBalanced(from: i + 2)
                        inner.append((r.body, line))
                        word.append(contentsOf: b[i..<min(b.count, r.end + 1)])
                        line += r.newlines
                        i = r.end + 1
                        continue
                    }
                    if b[i] == 0x0A { line += 1 }
                    word.append(b[i]); i += 1
                }
                i += 1
            case 0x60: // `backticks`
                inWord = true
                var j = i + 1
                while j < b.count, b[j] != 0x60 { j += 1 }
                inner.append((Array(b[min(b.count, i + 1)..<min(j, b.count)]), line))
                word.append(contentsOf: b[i..<min(b.count, j + 1)])
                i = j + 1
            case 0x24 where i + 1 < b.count && b[i + 1] == 0x28: // $( or $((
                inWord = true
                let r = readBalanced(from: i + 2)
                inner.append((r.body, line))
                word.append(contentsOf: b[i..<min(b.count, r.end + 1)])
                line += r.newlines
                i = r.end + 1
            case 0x3C where i + 1 < b.count && b[i + 1] == 0x28 && !inWord: // <( process substitution
                inWord = true
                let r = readBalanced(from: i + 2)
                inner.append((r.body, line))
                word.append(contentsOf: b[i..<min(b.count, r.end + 1)])
                line += r.newlines
                i = r.end + 1
            case 0x7C: // | or ||
                if i + 1 < b.count, b[i + 1] == 0x7C { endCommand(pipelineEnds: true); i += 2 }
                else { endCommand(pipelineEnds: false); i += (i + 1 < b.count && b[i + 1] == 0x26) ? 2 : 1 }
            case 0x26: // & or &&
                if inWord, let last = word.last, last == 0x3E { word.append(c); i += 1; continue } // 2>&1
                endCommand(pipelineEnds: true)
                i += (i + 1 < b.count && b[i + 1] == 0x26) ? 2 : 1
            case 0x3B: // ;
                endCommand(pipelineEnds: true); i += 1
            case 0x28, 0x29,  // subshell parentheses always; group braces only outside a word
                 0x7B where !inWord, 0x7D where !inWord:
                if c == 0x29, caseDepth > 0, openParens == 0 {
                    // `pat1 | pat2)`: every command of the current pipeline is a pattern.
                    endCommand(pipelineEnds: false)
                    var k = out.count - 1
                    while k >= 0, out[k].pipeline == pipelineCounter, !out[k].isSubstitution { out[k].isCasePattern = true; k -= 1 }
                    pipelineCounter += 1
                    pipePos = 0
                    i += 1
                    continue
                }
                if c == 0x28 { openParens += 1 } else if c == 0x29 { openParens = max(0, openParens - 1) }
                if c == 0x28 || c == 0x29 { endCommand(pipelineEnds: true) } else { endWord() }
                i += 1
            case 0x3E, 0x3C: // redirections become their own words
                let digits = word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                if !(inWord && digits) { endWord() }
                var op: [UInt8] = word
                word = []
                inWord = false
                while i < b.count, b[i] == 0x3E || b[i] == 0x3C || b[i] == 0x26 || b[i] == 0x7C || b[i] == 0x2D {
                    if b[i] == 0x2D, !(op.last == 0x3C) { break }
                    op.append(b[i]); i += 1
                }
                if words.isEmpty { cmdLine = line }
                words.append(String(decoding: op, as: UTF8.self))
            default:
                if !inWord { inWord = true }
                word.append(c)
                i += 1
            }
        }
        endCommand(pipelineEnds: true)
        for (body, l) in inner where out.count < maxCommands {
            tokenize(body, lineBase: l, depth: depth + 1, substitution: true, out: &out, pipelineCounter: &pipelineCounter)
        }
    }
}
