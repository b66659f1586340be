/// Where a finding is: a repository-relative path, optionally a member inside an archive, and a
/// line/column span, a byte range, or a logical key path for formats without positions.
public struct Location: Codable, Hashable, Sendable {
    /// Path relative to the scan root, with `/` separators.
    public var path: String
    /// Path of the member inside an archive (`archive/data.pkl` inside `model.pt`), if any.
    public var archiveMember: String?
    public var startLine: Int?
    public var startColumn: Int?
    public var endLine: Int?
    public var endColumn: Int?
    /// Byte offset in the file (or in the archive member when `archiveMember` is set).
    public var byteOffset: Int?
    public var byteLength: Int?
    /// Index of the pickle opcode for pickle findings.
    public var opcodeIndex: Int?
    /// A logical location such as `permissions.allow[3]` or `jobs.build.steps[2].uses`.
    public var logicalPath: String?

    public init(path: String, archiveMember: String? = nil,
                startLine: Int? = nil, startColumn: Int? = nil, endLine: Int? = nil, endColumn: Int? = nil,
                byteOffset: Int? = nil, byteLength: Int? = nil, opcodeIndex: Int? = nil,
                logicalPath: String? = nil) {
        self.path = path
        self.archiveMember = archiveMember
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.byteOffset = byteOffset
        self.byteLength = byteLength
        self.opcodeIndex = opcodeIndex
        self.logicalPath = logicalPath
    }

    /// A short human form: `path[:line[:col]]`, `path!member@offset`.
    public var display: String {
        var s = path
        if let m = archiveMember { s += "!" + m }
        if let l = startLine {
            s += ":\(l)"
            if let c = startColumn { s += ":\(c)" }
        } else if let o = byteOffset {
            s += "@\(o)"
        }
        return s
    }
}
