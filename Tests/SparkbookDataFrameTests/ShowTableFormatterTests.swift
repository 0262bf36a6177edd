import Testing
import SparkbookDataFrame

/// show() output compared byte for byte with PySpark 4 goldens, plus layout rules checked directly.
@Suite struct ShowTableFormatterTests {
    @Test(arguments: GoldenCase.names(action: "show"))
    func matchesPySparkGolden(_ name: String) throws {
        let golden = try GoldenCase.load(name)
        let valueText = SparkValueText(sessionTimeZone: golden.sessionTimeZone)
        let n = golden.show["n"] as! Int
        let rows = golden.rows
        let text = ShowTableFormatter.format(
            columnNames: golden.columnNames,
            rows: rows.prefix(max(0, n)).map { $0.map(valueText.text) },
            hasMoreRows: rows.count > n,
            numRowsRequested: n,
            truncate: golden.show["truncate"] as! Int,
            vertical: golden.show["vertical"] as! Bool
        )
        // PySpark print()s showString, adding one newline.
        #expect(text + "\n" == golden.expectedStdout, "case \(name)")
    }

    @Test func goldensWereFound() {
        #expect(GoldenCase.names(action: "show").count >= 20)
    }

    @Test func rightAlignsWhenTruncatingAndLeftAlignsOtherwise() {
        let right = ShowTableFormatter.format(columnNames: ["id"], rows: [["7"]], hasMoreRows: false,
                                              numRowsRequested: 20, truncate: 20, vertical: false)
        #expect(right == "+---+\n| id|\n+---+\n|  7|\n+---+\n")
        let left = ShowTableFormatter.format(columnNames: ["id"], rows: [["7"]], hasMoreRows: false,
                                             numRowsRequested: 20, truncate: 0, vertical: false)
        #expect(left == "+---+\n|id |\n+---+\n|7  |\n+---+\n")
    }

    @Test func footerSaysRowInSingularForOneRow() {
        let text = ShowTableFormatter.format(columnNames: ["a"], rows: [["1"]], hasMoreRows: true,
                                             numRowsRequested: 1, truncate: 20, vertical: false)
        #expect(text.hasSuffix("+---+\nonly showing top 1 row"))
    }

    @Test func extraRowsAreDroppedAndImplyMoreRows() {
        let text = ShowTableFormatter.format(columnNames: ["a"], rows: [["1"], ["2"], ["3"]], hasMoreRows: false,
                                             numRowsRequested: 2, truncate: 20, vertical: false)
        #expect(!text.contains("|  3|"))
        #expect(text.hasSuffix("only showing top 2 rows"))
    }

    @Test func headerNamesAreNeverTruncated() {
        let text = ShowTableFormatter.format(columnNames: ["a_very_long_column_name"], rows: [["x"]],
                                             hasMoreRows: false, numRowsRequested: 20, truncate: 5, vertical: false)
        #expect(text.contains("|a_very_long_column_name|"))
    }

    @Test func pythonTruncateFlagMapsToWidth() {
        #expect(ShowTableFormatter.truncateWidth(pythonTruncate: true) == 20)
        #expect(ShowTableFormatter.truncateWidth(pythonTruncate: false) == 0)
    }
}
