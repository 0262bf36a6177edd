@testable import SparkbookEngine
import Testing
@testable import SparkbookInterpreter

/// The class a cell sees for an error a job threw, as PySpark 4.3 converts Spark's JVM exceptions (the table was
/// recorded by triggering each error class on real Spark; tests/differential compares the two engines' classes).
struct ExceptionClassesTests {
    func captured(_ errorClass: String?, _ java: SparkError.JavaException? = nil) -> String {
        ExceptionClasses.capturedClass(of: SparkError(.execution, errorClass: errorClass, message: "m", javaException: java))
    }

    @Test func errorClassesBecomePySparksConvertedClasses() {
        #expect(captured("DIVIDE_BY_ZERO") == "ArithmeticException")
        #expect(captured("CAST_OVERFLOW") == "ArithmeticException")
        #expect(captured("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION") == "ArithmeticException")
        #expect(captured("INVALID_ARRAY_INDEX_IN_ELEMENT_AT") == "ArrayIndexOutOfBoundsException")
        #expect(captured("CANNOT_PARSE_TIMESTAMP") == "DateTimeException")
        #expect(captured("INVALID_PARAMETER_VALUE.TIME_UNIT") == "IllegalArgumentException")
        #expect(captured("INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX") == "SparkRuntimeException")
        #expect(captured("INVALID_INDEX_OF_ZERO") == "SparkRuntimeException")
        #expect(captured("DUPLICATED_MAP_KEY") == "SparkRuntimeException")
    }

    /// PySpark does not convert a plain `SparkException` (a failed read, a subquery's extra rows, a cancelled job).
    @Test func aPlainSparkExceptionIsPy4JsJavaError() {
        #expect(captured(nil) == "Py4JJavaError")
        #expect(captured("FAILED_READ_FILE.NO_HINT") == "Py4JJavaError")
        #expect(captured("MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION") == "Py4JJavaError")
        #expect(captured("SCALAR_SUBQUERY_TOO_MANY_ROWS") == "Py4JJavaError")
        #expect(ExceptionClasses.isSubclass("Py4JJavaError", of: "Exception"))
        #expect(!ExceptionClasses.isSubclass("Py4JJavaError", of: "PySparkException"))
        #expect(ExceptionClasses.builtin("Py4JJavaError") == nil)
    }

    /// A malformed cast's class follows its target, as Spark's `Cast` throws it.
    @Test func theRaisingSiteDecidesWhereTheErrorClassDoesNot() {
        #expect(captured("CAST_INVALID_INPUT") == "NumberFormatException")
        #expect(captured("CAST_INVALID_INPUT", .dateTime) == "DateTimeException")
        #expect(ExceptionClasses.capturedClass(of: ValueCast.invalid(.string("x"), .date)) == "DateTimeException")
        #expect(ExceptionClasses.capturedClass(of: ValueCast.invalid(.string("x"), .boolean)) == "SparkRuntimeException")
        #expect(ExceptionClasses.capturedClass(of: ValueCast.invalid(.string("x"), .integer)) == "NumberFormatException")
    }

    @Test func aCellCatchesWhatPySparkRaises() async throws {
        let source = """
            from pyspark.errors import ArithmeticException
            from py4j.protocol import Py4JJavaError
            spark.conf.set("spark.sql.ansi.enabled", "true")
            try:
                spark.range(1).selectExpr("1 / (id - id)").collect()
            except ArithmeticException as e:
                print(type(e).__name__, e.getErrorClass())
            try:
                spark.sql("SELECT (SELECT id FROM range(2))").collect()
            except Py4JJavaError as e:
                print(type(e).__name__)
            """
        #expect(try await ScriptHarness.stdout(source) == "ArithmeticException DIVIDE_BY_ZERO\nPy4JJavaError\n")
    }
}
