/// A DDL schema or type string Spark would reject, or one the engine cannot hold yet, with Spark's error class.
public struct DDLError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case parseSyntaxError = "PARSE_SYNTAX_ERROR"
        case parseEmptyStatement = "PARSE_EMPTY_STATEMENT"
        case unsupportedDataType = "UNSUPPORTED_DATATYPE"
        case datatypeMissingSize = "DATATYPE_MISSING_SIZE"
        /// Valid Spark, but the engine has no column type for it yet (decimal, binary, maps, ...).
        case notSupportedYet = "NOT_SUPPORTED_YET"
        case decimalPrecisionExceedsMax = "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION"
        case decimalScaleExceedsPrecision = "DECIMAL_SCALE_EXCEEDS_PRECISION"

        var sqlState: String {
            switch self {
            case .parseSyntaxError: "42601"
            case .parseEmptyStatement: "42617"
            case .unsupportedDataType, .notSupportedYet: "0A000"
            case .datatypeMissingSize: "42K01"
            case .decimalPrecisionExceedsMax, .decimalScaleExceedsPrecision: "22003"
            }
        }
    }

    public let code: Code
    /// The text after the error class, e.g. `Syntax error at or near ','.`
    public let detail: String
    /// The 0-based character offset Spark reports as `pos`.
    public let position: Int
    public let input: String

    public init(_ code: Code, _ detail: String, position: Int, input: String) {
        self.code = code
        self.detail = detail
        self.position = position
        self.input = input
    }

    /// The first line of Spark's message: `[PARSE_SYNTAX_ERROR] Syntax error at or near ','. SQLSTATE: 42601
    /// (line 1, pos 6)`.
    public var message: String {
        // Spark checks decimal bounds after parsing: the message has no position.
        if code == .decimalPrecisionExceedsMax || code == .decimalScaleExceedsPrecision { return "[\(code.rawValue)] \(detail) SQLSTATE: \(code.sqlState)" }
        return "[\(code.rawValue)] \(detail) SQLSTATE: \(code.sqlState) (line 1, pos \(position))"
    }

    /// Spark's full message, with the `== SQL ==` excerpt and the caret line under the position.
    public var description: String {
        message + "\n\n== SQL ==\n" + input + "\n" + String(repeating: "-", count: position) + "^^^\n"
    }
}
