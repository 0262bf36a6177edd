import Testing
@testable import SparkbookEngine

/// The text PySpark shows for an error: `[CLASS] message SQLSTATE: xxxxx`.
struct SparkErrorTests {
    @Test func descriptionWithClassAndState() {
        let error = SparkError(.analysis, errorClass: "PATH_NOT_FOUND", message: "Path does not exist: file:/x.", sqlState: "42K03")
        #expect(error.description == "[PATH_NOT_FOUND] Path does not exist: file:/x. SQLSTATE: 42K03")
    }

    @Test func descriptionWithoutClassOrState() {
        #expect(SparkError(.illegalArgument, message: "bad option").description == "bad option")
        #expect(SparkError(.execution, errorClass: "X", message: "m").description == "[X] m")
    }

    @Test func kindsNameTheJavaExceptions() {
        #expect(SparkError.Kind.analysis.rawValue == "AnalysisException")
        #expect(SparkError.Kind.execution.rawValue == "SparkException")
        #expect(SparkError.Kind.illegalArgument.rawValue == "IllegalArgumentException")
        #expect(SparkError.Kind.unsupported.rawValue == "UnsupportedOperationException")
    }

    /// The list PySpark 4.3 prints for `select("col")` over these columns.
    @Test func unresolvedColumnSuggestsAtMostFiveNames() {
        let error = SparkError.unresolvedColumn("col", candidates: ["amount", "cola", "device", "co", "country", "cold", "x"])
        #expect(error.errorClass == "UNRESOLVED_COLUMN.WITH_SUGGESTION")
        #expect(error.message == "A column, variable, or function parameter with name `col` cannot be resolved. Did you mean one of the following? [`co`, `cola`, `cold`, `x`, `amount`].")
        #expect(error.sqlState == "42703")
    }

    @Test func errorsCompareByValue() {
        #expect(SparkError(.analysis, message: "m") == SparkError(.analysis, message: "m"))
        #expect(SparkError(.analysis, message: "m") != SparkError(.execution, message: "m"))
    }
}
