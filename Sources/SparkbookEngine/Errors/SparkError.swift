/// An error as Spark reports it: an error class, its message and, for analysis errors, a SQLSTATE.
///
/// `description` is the exact text PySpark shows; callers add where in the cell it happened.
public struct SparkError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Raised while resolving a plan (`pyspark.errors.AnalysisException`).
        case analysis = "AnalysisException"
        /// Raised while running a job (a task failed).
        case execution = "SparkException"
        /// A bad argument to an API call (`PySparkValueError` / `IllegalArgumentException`).
        case illegalArgument = "IllegalArgumentException"
        case unsupported = "UnsupportedOperationException"
        /// An exception raised by a Python UDF in the Python worker (`pyspark.errors.PythonException`).
        case python = "PythonException"
    }

    public let kind: Kind
    public let errorClass: String?
    public let message: String
    public let sqlState: String?
    /// Sparkbook's help beside Spark's text (what caused a bare JVM error, which setting bounds it); not part of
    /// the message.
    public let hint: String?
    /// The JVM exception Spark throws, where the error class alone does not decide it (`CAST_INVALID_INPUT` is a
    /// `SparkDateTimeException` for a date target and a `SparkNumberFormatException` for a number); nil leaves it
    /// to the error class (`ExceptionClasses` in the interpreter maps both to what PySpark raises).
    public let javaException: JavaException?

    /// The JVM exceptions PySpark tells apart (`pyspark.errors.exceptions.captured.convert_exception`).
    public enum JavaException: String, Sendable {
        case arithmetic = "SparkArithmeticException"
        case arrayIndexOutOfBounds = "SparkArrayIndexOutOfBoundsException"
        case dateTime = "SparkDateTimeException"
        case illegalArgument = "SparkIllegalArgumentException"
        case numberFormat = "SparkNumberFormatException"
        case runtime = "SparkRuntimeException"
        /// `org.apache.spark.SparkException`, which PySpark does not convert.
        case spark = "SparkException"
    }

    public init(_ kind: Kind, errorClass: String? = nil, message: String, sqlState: String? = nil, hint: String? = nil,
                javaException: JavaException? = nil) {
        self.kind = kind
        self.errorClass = errorClass
        self.message = message
        self.sqlState = sqlState
        self.hint = hint
        self.javaException = javaException
    }

    public var description: String {
        var text = errorClass.map { "[\($0)] " } ?? ""
        text += message
        if let sqlState { text += " SQLSTATE: \(sqlState)" }
        return text
    }

    /// `[AMBIGUOUS_REFERENCE]`: a name that several input columns carry (both sides of a join).
    public static func ambiguousReference(_ name: String, candidates: [String]) -> SparkError {
        SparkError(.analysis, errorClass: "AMBIGUOUS_REFERENCE",
                   message: "Reference `\(name)` is ambiguous, could be: [\(candidates.map { "`\($0)`" }.joined(separator: ", "))].",
                   sqlState: "42704")
    }

    /// `[UNRESOLVED_COLUMN.WITH_SUGGESTION]` with the five closest names in Spark's order. `ranked: false` lists
    /// every candidate as given, as `df["nmae"]` (Dataset.col) does.
    /// `quotingParts`: names are qualified (`s.id`), quoted part by part (`s`.`id`) as Spark quotes them.
    public static func unresolvedColumn(_ name: String, candidates: [String], ranked: Bool = true,
                                        quotingParts: Bool = false) -> SparkError {
        let quote = { (n: String) in
            quotingParts ? n.split(separator: ".", omittingEmptySubsequences: false).map { "`\($0)`" }.joined(separator: ".")
                : "`\(n)`"
        }
        let suggestions = ranked ? NameSuggester.sparkOrder(of: candidates, for: name, quote: quote).prefix(5).map { $0 } : candidates
        if suggestions.isEmpty {
            return SparkError(
                .analysis, errorClass: "UNRESOLVED_COLUMN.WITHOUT_SUGGESTION",
                message: "A column, variable, or function parameter with name \(quote(name)) cannot be resolved.",
                sqlState: "42703")
        }
        let list = suggestions.map(quote).joined(separator: ", ")
        return SparkError(
            .analysis, errorClass: "UNRESOLVED_COLUMN.WITH_SUGGESTION",
            message: "A column, variable, or function parameter with name \(quote(name)) cannot be resolved. "
                + "Did you mean one of the following? [\(list)].",
            sqlState: "42703")
    }
}
