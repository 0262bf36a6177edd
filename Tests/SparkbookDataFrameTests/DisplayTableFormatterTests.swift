import Testing
import SparkbookDataFrame

/// Terminal rendering of display(df): box table, caps and footer.
@Suite struct DisplayTableFormatterTests {
    let content = DisplayTableContent(columnNames: ["id", "name"], rows: [["1", "alice"], ["22", nil]],
                                      rightAligned: [true, false])

    @Test func unicodeBoxTable() {
        #expect(DisplayTableFormatter().text(content) == """
            ┌────┬───────┐
            │ id │ name  │
            ├────┼───────┤
            │  1 │ alice │
            │ 22 │ NULL  │
            └────┴───────┘
            2 rows
            """)
    }

    @Test func asciiTable() {
        #expect(DisplayTableFormatter(style: .ascii).text(content) == """
            +----+-------+
            | id | name  |
            +----+-------+
            |  1 | alice |
            | 22 | NULL  |
            +----+-------+
            2 rows
            """)
    }

    @Test func footers() {
        let formatter = DisplayTableFormatter(maxRows: 1000)
        let five = DisplayTableContent(columnNames: ["a"], rows: Array(repeating: ["x"], count: 5))
        #expect(formatter.footer(five) == "5 rows")
        #expect(formatter.footer(DisplayTableContent(columnNames: ["a"], rows: [["x"]])) == "1 row")
        #expect(formatter.footer(DisplayTableContent(columnNames: ["a"], rows: [])) == "0 rows")
        let capped = DisplayTableContent(columnNames: ["a"], rows: Array(repeating: ["x"], count: 1000), totalRowCount: 50_000)
        #expect(formatter.footer(capped) == "Showing the first 1,000 rows of 50,000")
        let unknown = DisplayTableContent(columnNames: ["a"], rows: Array(repeating: ["x"], count: 1001))
        #expect(formatter.footer(unknown) == "Showing the first 1,000 rows")
    }

    @Test func capsRowsAtMaxRows() {
        let many = DisplayTableContent(columnNames: ["n"], rows: (0..<10).map { [String($0)] }, totalRowCount: 10)
        let text = DisplayTableFormatter(maxRows: 3).text(many)
        #expect(text.contains("│ 2 │"))
        #expect(!text.contains("│ 3 │"))
        #expect(text.hasSuffix("Showing the first 3 rows of 10"))
    }

    @Test func emptyResultKeepsHeader() {
        let empty = DisplayTableContent(columnNames: ["a"], rows: [])
        #expect(DisplayTableFormatter().text(empty) == "┌───┐\n│ a │\n├───┤\n└───┘\n0 rows")
    }

    @Test func longValuesAreClippedNotTruncatedAtTwenty() {
        let text = String(repeating: "x", count: 30)
        let content = DisplayTableContent(columnNames: ["t"], rows: [[text], [String(repeating: "y", count: 300)]])
        let table = DisplayTableFormatter(maxCellWidth: 200).text(content)
        #expect(table.contains(text))
        #expect(table.contains(String(repeating: "y", count: 199) + "…"))
        #expect(!table.contains(String(repeating: "y", count: 200)))
    }

    @Test func wideCharactersAndControlCharacters() {
        let content = DisplayTableContent(columnNames: ["語"], rows: [["日本"], ["a\nb"]])
        #expect(DisplayTableFormatter().text(content) == """
            ┌──────┐
            │ 語   │
            ├──────┤
            │ 日本 │
            │ a\\nb │
            └──────┘
            2 rows
            """)
    }

    @Test func noColumnsPrintsOnlyTheFooter() {
        #expect(DisplayTableFormatter().text(DisplayTableContent(columnNames: [], rows: [[], []])) == "2 rows")
    }
}
