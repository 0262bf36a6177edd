import Testing
@testable import SparkbookInterpreter

/// Classes as values: their repr names the defining module outside builtins.
struct PyClassTests {
    @Test func reprNamesTheModule() {
        #expect(PyClass("int").repr == "<class 'int'>")
        #expect(PyClass("Decimal", module: "decimal").repr == "<class 'decimal.Decimal'>")
    }

    @Test func classOfValues() {
        #expect(PyClass.of(.string("a")) == PyClass("str"))
        #expect(PyClass.of(.dataType(.integer)) == PyClass("IntegerType", module: "pyspark.sql.types"))
    }
}
