import Testing
@testable import SparkbookInterpreter

/// `spark.read` and `df.write` for the formats Spark has and Sparkbook does not yet: one clear error each.
struct ReaderBindingTests {
    @Test(arguments: ["spark.read.orc('x')", "spark.read.format('avro').load('x')",
                      "spark.read.jdbc('jdbc:x', 't')"])
    func readingASparkFormatSparkbookLacksSaysNotSupportedYet(_ call: String) async {
        let error = await ScriptHarness.failure(call)
        #expect(error?.exceptionName == "UnsupportedOperationException")
        #expect(error?.message.contains("is not supported by Sparkbook yet; spark.read supports csv") == true)
    }

    @Test(arguments: ["orc('out')", "jdbc('jdbc:x', 't')"])
    func writingASparkFormatSparkbookLacksSaysNotSupportedYet(_ call: String) async {
        let error = await ScriptHarness.failure("spark.range(1).write.\(call)")
        #expect(error?.exceptionName == "UnsupportedOperationException")
        #expect(error?.message.hasSuffix("is not supported by Sparkbook yet; df.write supports csv, json, xml, parquet, text and delta.") == true)
    }

    @Test func readTableReadsATemporaryView() async throws {
        let out = try await ScriptHarness.stdout("spark.range(2).createOrReplaceTempView('v')\nprint(spark.read.table('v').count())")
        #expect(out == "2\n")
    }

    /// `spark.read.json(df)`: the records a string column holds, schema inferred as for files.
    @Test func jsonReadsTheRecordsOfADataFrameOfStrings() async throws {
        let out = try await ScriptHarness.stdout("""
            df = spark.createDataFrame([('{"name": "Alice", "age": 25}',), ('{"name": "Bob", "age": 30}',)], schema="value STRING")
            spark.read.json(df).sort("name").show()
            """)
        #expect(out == "+---+-----+\n|age| name|\n+---+-----+\n| 25|Alice|\n| 30|  Bob|\n+---+-----+\n\n")
    }
}
