import Testing
import SparkbookDataFrame

@Suite struct DisplayTableContentTests {
    @Test func buildsTextsAndRightAlignsNumericColumns() {
        let content = DisplayTableContent(
            columnNames: ["id", "name", "amount", "empty"],
            values: [
                [.integer(1), .string("alice"), .double(1e7), .null],
                [.integer(2), .null, .decimal(unscaled: 150, scale: 2), .null],
            ],
            totalRowCount: 2
        )
        #expect(content.rows == [["1", "alice", "1.0E7", nil], ["2", nil, "1.50", nil]])
        #expect(content.rightAligned == [true, false, true, false])
        #expect(content.totalRowCount == 2)
    }

    @Test func defaultsToLeftAlignment() {
        let content = DisplayTableContent(columnNames: ["a", "b"], rows: [["x", "y"]])
        #expect(content.rightAligned == [false, false])
        #expect(content.totalRowCount == nil)
    }
}
