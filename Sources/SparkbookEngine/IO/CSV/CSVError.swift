/// A CSV problem as data: what went wrong, where (file and 1-based line when known) and the record text.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// An option has a value Spark would reject (the message names the option).
        case invalidOption = "INVALID_OPTION"
        /// A record does not fit the schema and the mode is FAILFAST.
        case malformedRecord = "MALFORMED_RECORD_IN_PARSING"
        /// The file or directory could not be opened or listed.
        case unreadableFile = "UNREADABLE_FILE"
        /// Spark itself reads this option value, the engine cannot yet.
        case unsupported = "UNSUPPORTED"
        /// A path matched no file.
        case pathNotFound = "PATH_NOT_FOUND"
        /// A record past the parser's limits (`maxColumns`, `maxCharsPerColumn`), in every mode.
        case malformedCSVRecord = "MALFORMED_CSV_RECORD"
    }

    public let code: Code
    public let message: String
    public let path: String?
    public let line: Int?
    public let record: String?
    /// The parser's own words under Spark's message (univocity's, for `malformedCSVRecord`).
    public let cause: String?

    public init(_ code: Code, _ message: String, path: String? = nil, line: Int? = nil, record: String? = nil,
                cause: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.record = record
        self.cause = cause
    }

    /// `path:line: message`, then the offending record on its own line.
    public var description: String {
        var text = ""
        if let path { text += path + ":" }
        if let line { text += "\(line):" }
        if !text.isEmpty { text += " " }
        text += message
        if let record { text += "\n  record: " + record }
        return text
    }
}
