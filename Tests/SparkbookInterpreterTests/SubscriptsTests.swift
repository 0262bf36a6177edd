import Testing
@testable import SparkbookInterpreter

/// Indexing the values a cell meets: collected arrays are Python lists, `col[i]` is array access.
@Suite struct SubscriptsTests {
    @Test func collectedArraysArePythonLists() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as F
            df = spark.createDataFrame([("a,b,c",)], ["s"]).select(F.split("s", ",").alias("parts"))
            row = df.first()
            print(row["parts"][0], row.parts[-1], len(row.parts), row["parts"][1:])
            for p in row.parts:
                print(p)
            print(row)
            """)
        #expect(out == "a c 3 ['b', 'c']\na\nb\nc\nRow(parts=['a', 'b', 'c'])\n")
    }

    @Test func columnSubscriptIsArrayAccess() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as F
            df = spark.createDataFrame([("a,b",)], ["s"]).select(F.split("s", ",").alias("parts"))
            print(df.select(df.parts[1], F.col("parts").getItem(0)).columns)
            print(df.select(df["parts"][1]).first()[0])
            """)
        #expect(out == "['parts[1]', 'parts[0]']\nb\n")
    }

    @Test func columnFieldAccessByNameIsAStructField() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as F
            print(F.col("m")["key"], F.col("m").key, F.col("m").getField("key"))
            """)
        #expect(out == "Column<'m['key']'> Column<'m['key']'> Column<'m['key']'>\n")
    }
}
