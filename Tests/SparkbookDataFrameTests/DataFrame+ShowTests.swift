import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// show(), printSchema() and display() texts over the seed. Rows of a scan come in file order, so the first
/// rows are exact; grouped results come in the engine's order, so those are compared as sets of lines.
struct DataFrameShowTests {
    @Test func showOfTheFirstRowsWithTheFooter() async throws {
        let df = SeedData.shared.events
        #expect(try await df.showString(3) == """
            +--------+-------------------+-------+-------+------+
            |event_id|         event_time|country| device|amount|
            +--------+-------------------+-------+-------+------+
            |       1|2024-09-28 09:54:21|     US| mobile|165.32|
            |       2|2024-11-13 18:30:55|     US| tablet| 13.58|
            |       3|2024-03-15 23:51:27|     DE|desktop| 22.37|
            +--------+-------------------+-------+-------+------+
            only showing top 3 rows
            """)
    }

    @Test func showOfALimitHasNoFooter() async throws {
        let df = SeedData.shared.events
        let text = try await df.limit(2).select([Column("device")]).showString()
        #expect(text == "+------+\n|device|\n+------+\n|mobile|\n|tablet|\n+------+\n")
    }

    @Test func verticalShow() async throws {
        let df = SeedData.shared.events
        let text = try await df.select([Column("country"), Column("amount")]).showString(1, vertical: true)
        #expect(text == "-RECORD 0---------\n country | US     \n amount  | 165.32 \nonly showing top 1 row")
    }

    @Test func groupedShowHasTheRightLinesInSomeOrder() async throws {
        let df = SeedData.shared.events
        let counts = try df.groupBy([Column("device")]).count()
        let lines = try await counts.showString().split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines[0] == "+-------+-----+")
        #expect(lines[8] == lines[0])
        #expect(lines[1] == "| device|count|")
        var expected: [String: Int] = [:]
        for e in SeedData.rows { expected[e.device, default: 0] += 1 }
        let body = Set(lines[3..<8])
        #expect(body == Set(expected.map { device, n in
            "|" + String(repeating: " ", count: 7 - device.count) + device + "|" + String(n).leftPadded(5) + "|"
        }))
    }

    @Test func printSchemaOfTheSeed() throws {
        let df = SeedData.shared.events
        #expect(try df.schemaString() == """
            root
             |-- event_id: integer (nullable = true)
             |-- event_time: timestamp (nullable = true)
             |-- country: string (nullable = true)
             |-- device: string (nullable = true)
             |-- amount: double (nullable = true)

            """)
    }

    @Test func displayContentCapsRowsAndCountsTheRest() async throws {
        let df = SeedData.shared.events
        let content = try await df.displayContent(maxRows: 2)
        #expect(content.columnNames == ["event_id", "event_time", "country", "device", "amount"])
        #expect(content.rows == [["1", "2024-09-28 09:54:21", "US", "mobile", "165.32"],
                                 ["2", "2024-11-13 18:30:55", "US", "tablet", "13.58"]])
        #expect(content.rightAligned == [true, false, false, false, true])
        #expect(content.totalRowCount == 50_000)
        let small = try await df.limit(5).displayContent()
        #expect(small.rows.count == 5)
        #expect(small.totalRowCount == nil)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - count)) + self }
}
