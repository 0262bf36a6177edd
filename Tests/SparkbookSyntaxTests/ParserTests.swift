import Testing
@testable import SparkbookSyntax

/// End-to-end parsing of whole cells, including every code cell of the seed notebook.
@Suite struct ParserTests {
    @Test func seedImportsCell() {
        #expect(Fixture.tree("from pyspark.sql import SparkSession\nfrom pyspark.sql import functions as F\n") == """
            (from pyspark.sql import SparkSession)
            (from pyspark.sql import functions as F)
            """)
    }

    @Test func seedBuilderChainWithCommentsAndBlankLines() throws {
        let cell = """
            spark = (
                SparkSession.builder
                    .appName("dynamic-allocation-big-events")

                    # Enable dynamic allocation
                    .config("spark.dynamicAllocation.enabled", "true")

                    # Executor bounds
                    .config("spark.dynamicAllocation.minExecutors", "2")

                    # YARN alternative (use instead of shuffleTracking)
                    # .config("spark.shuffle.service.enabled", "true")

                    .getOrCreate()
            )
            """
        let program = try #require(Fixture.program(cell))
        #expect(program.statements.count == 1)
        #expect(!program.endsWithExpression)
        #expect(program.sExpression == """
            (= spark (paren (call (attr (call (attr (call (attr (call (attr (attr SparkSession builder) appName) \
            "dynamic-allocation-big-events") config) "spark.dynamicAllocation.enabled" "true") config) \
            "spark.dynamicAllocation.minExecutors" "2") getOrCreate))))
            """)
    }

    @Test func seedReadAndDisplayCell() throws {
        let cell = """
            events_df = (
                spark.read
                     .option("header", "true")
                     .option("inferSchema", "true")
                     .csv("your_data")
            )

            display(events_df.limit(5))
            """
        let program = try #require(Fixture.program(cell))
        #expect(program.statements.count == 2)
        #expect(program.trailingExpression?.sExpression == "(call display (call (attr events_df limit) 5))")
    }

    @Test func seedAggregationCell() throws {
        let cell = """
            agg_df = (
                events_df
                    .groupBy("country", "device")
                    .agg(
                        F.count("*").alias("event_count"),
                        F.sum("amount").alias("total_amount")
                    )
            )

            # Action to trigger execution
            agg_df.count()
            """
        let program = try #require(Fixture.program(cell))
        #expect(program.statements.first?.sExpression == """
            (= agg_df (paren (call (attr (call (attr events_df groupBy) "country" "device") agg) \
            (call (attr (call (attr F count) "*") alias) "event_count") \
            (call (attr (call (attr F sum) "amount") alias) "total_amount"))))
            """)
        #expect(program.trailingExpression?.sExpression == "(call (attr agg_df count))")
    }

    @Test func countAliasExpression() {
        #expect(Fixture.expr(#"F.count("*").alias("event_count")"#)
                == #"(call (attr (call (attr F count) "*") alias) "event_count")"#)
    }

    @Test func spansCoverTheirSource() throws {
        let text = "x = F.col(\"a\") + 1"
        let source = Fixture.file(text)
        let program = try #require(Parser.parse(source).program)
        guard case .assignment(let targets, let value) = program.statements[0].kind else {
            Issue.record("expected an assignment")
            return
        }
        #expect(source.text(of: targets[0].span) == "x")
        #expect(source.text(of: value.span) == "F.col(\"a\") + 1")
        #expect(source.text(of: program.statements[0].span) == text)
    }

    @Test func emptyAndCommentOnlyCellsAreEmptyPrograms() {
        #expect(Fixture.program("")?.statements.isEmpty == true)
        #expect(Fixture.program("# just a note\n\n   # indented note\n")?.statements.isEmpty == true)
    }

    @Test func firstErrorIsReported() {
        let outcome = Parser.parse(Fixture.file("x = (1 +\ny = 2\n"))
        guard case .failure(let diagnostics) = outcome else {
            Issue.record("expected failure, got \(outcome)")
            return
        }
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].code == DiagnosticCode.syntax)
    }

    @Test func largeScriptParsesEveryStatement() throws {
        let text = (0..<5_000).map {
            "df_\($0) = events_df.filter(F.col('amount') > \($0)).groupBy('country').agg(F.sum('amount'))\n"
        }.joined()
        let program = try #require(Fixture.program(text))
        #expect(program.statements.count == 5_000)
    }
}
