import BulwarkFormats
import Foundation

/// The name and version a repository declares for itself, for the BOM's root component: the first
/// of `pyproject.toml` (`[project]`, then `[tool.poetry]`), `package.json`, `Cargo.toml`
/// (`[package]`) and `Package.swift` (`name:`, no version) at the top of the repository.
public enum ProjectIdentity {
    public struct Identity: Sendable, Equatable {
        public var name: String
        public var version: String?
        /// purl type of the ecosystem that names it (`pypi`, `npm`, `cargo`, `swift`).
        public var ecosystem: String
        /// The file it was read from.
        public var source: String
    }

    public static func read(root: String, read: (String) -> [UInt8]?) -> Identity? {
        if let b = read("pyproject.toml"), let t = try? TOMLParser.parse(b) {
            for path in [["project"], ["tool", "poetry"]] {
                if let tab = t.table(at: path), let name = tab.string("name"), valid(name) {
                    return Identity(name: name, version: tab.string("version").flatMap(validVersion), ecosystem: "pypi", source: "pyproject.toml")
                }
            }
        }
        if let b = read("package.json"), let j = try? JSONParser.parse(b), let name = j["name"]?.value.stringValue, valid(name) {
            return Identity(name: name, version: j["version"]?.value.stringValue.flatMap(validVersion), ecosystem: "npm", source: "package.json")
        }
        if let b = read("Cargo.toml"), let t = try? TOMLParser.parse(b), let tab = t.table(at: ["package"]), let name = tab.string("name"), valid(name) {
            return Identity(name: name, version: tab.string("version").flatMap(validVersion), ecosystem: "cargo", source: "Cargo.toml")
        }
        if let b = read("Package.swift") {
            // `let package = Package(name: "x", ...`: the first `name:` after `Package(`.
            let text = String(decoding: b.prefix(256 << 10), as: UTF8.self)
            if let p = text.range(of: "Package("), let n = text.range(of: "name:", range: p.upperBound..<text.endIndex),
               let q1 = text[n.upperBound...].firstIndex(of: "\""),
               let q2 = text[text.index(after: q1)...].firstIndex(of: "\"") {
                let name = String(text[text.index(after: q1)..<q2])
                if valid(name) { return Identity(name: name, version: nil, ecosystem: "swift", source: "Package.swift") }
            }
        }
        return nil
    }

    /// A plausible package name: printable, no spaces or control characters, at most 214 characters.
    static func valid(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 214 && s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0.value < 0x2000 }
    }

    static func validVersion(_ s: String) -> String? {
        valid(s) && s.count <= 64 ? s : nil
    }
}
