import Testing
@testable import SparkbookInterpreter

/// `df.groupBy(...)` methods as a notebook calls them.
@Suite struct GroupedDataBindingTests {
    static func frame() async throws -> ScriptHarness {
        let harness = ScriptHarness()
        try await harness.run("""
            from pyspark.sql import functions as F
            df = spark.createDataFrame([('a', 'x', 1), ('b', 'y', 2), ('a', 'y', 3)], 'k string, p string, v int')
            """)
        return harness
    }

    @Test func pivotTakesAColumnNameAndOptionalValues() async throws {
        let harness = try await Self.frame()
        let columns = try await harness.run("""
            (df.groupBy('k').pivot('p').sum('v').columns,
             df.groupBy('k').pivot('p', ['y', 'z']).agg(F.sum('v'), F.max('v').alias('m')).columns)
            """)
        #expect(columns?.repr == "(['k', 'x', 'y'], ['k', 'y_sum(v)', 'y_m', 'z_sum(v)', 'z_m'])")
    }

    /// Classic PySpark passes the pivot column to the JVM as a name; a Column fails on the way.
    @Test func aColumnAsPivotIsNotIterable() async throws {
        let harness = try await Self.frame()
        let error = await ScriptHarness.failure("df.groupBy('k').pivot(F.col('p'))", harness: harness)
        #expect(error?.exceptionName == "PySparkTypeError")
        #expect(error?.message == "[NOT_ITERABLE] Column is not iterable.")
    }
}
