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

/// Base classes `isinstance` honours.
struct PyClassSubclassTests {
    @Test func pythonBaseClasses() {
        #expect(PyClass("bool").isSubclass(of: PyClass("int")))
        #expect(PyClass.row.isSubclass(of: PyClass("tuple")))
        #expect(PyClass("datetime", module: "datetime").isSubclass(of: PyClass("date", module: "datetime")))
        #expect(!PyClass("int").isSubclass(of: PyClass("bool")))
    }

    @Test func classesNamedByValues() {
        #expect(PyClass.named(by: .builtin("int")) == PyClass("int"))
        #expect(PyClass.named(by: .builtin("print")) == nil)
        #expect(PyClass.named(by: .sparkTypeClass(.longType)) == PyClass("LongType", module: "pyspark.sql.types"))
    }

    @Test func moduleQualifiedTypeNamesSplit() {
        #expect(PyClass.of(.decimal(PyDecimal(1))) == PyClass("Decimal", module: "decimal"))
        #expect(PyClass.of(.date(0)).repr == "<class 'datetime.date'>")
    }
}
