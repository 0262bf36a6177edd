import Foundation

/// Why a notebook file could not be read, and where: errors are data, printable as `path:line:col: message`.
public struct NotebookFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String?
    /// 1-based line in the file, when known.
    public var line: Int?
    /// 1-based column (in characters), when known.
    public var column: Int?
    public var message: String

    public init(path: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = path ?? "<notebook>"
        if let line { location += ":\(line)" }
        if let line, let column, line > 0 { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
