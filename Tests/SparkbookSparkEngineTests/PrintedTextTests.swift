import Testing
@testable import SparkbookSparkEngine

/// Printed text cut into show() tables and lines, and the rules two engines' tables are compared by.
struct PrintedTextTests {
    let ordered = """
    +---+----+
    | id|name|
    +---+----+
    |  1|   a|
    |  2|   b|
    +---+----+

    """

    @Test func aShowTableIsReadWithItsCells() {
        let text = PrintedText("before\n" + ordered + "after\n")
        #expect(text.parts.count == 3)
        #expect(text.tables == [PrintedTable(header: ["id", "name"], rows: [["1", "a"], ["2", "b"]], truncation: nil)])
        #expect(text.parts.first == .line("before") && text.parts.last == .line("after"))
    }

    @Test func theCutLineBelongsToItsTable() {
        let text = PrintedText(ordered + "only showing top 2 rows\n")
        #expect(text.tables.first?.truncation == "only showing top 2 rows")
        #expect(text.parts.count == 1)
    }

    @Test func rowsInAnotherOrderAgreeOnlyWhereNoOrderIsDefined() {
        let a = PrintedTable(header: ["k"], rows: [["1"], ["2"]], truncation: nil)
        let b = PrintedTable(header: ["k"], rows: [["2"], ["1"]], truncation: nil)
        #expect(a.agrees(with: b, ordered: false))
        #expect(!a.agrees(with: b, ordered: true))
        let c = PrintedTable(header: ["k"], rows: [["2"], ["2"]], truncation: nil)
        #expect(!a.agrees(with: c, ordered: false))
    }

    @Test func aCutUnorderedTableMayShowOtherRows() {
        let a = PrintedTable(header: ["k"], rows: [["1"]], truncation: "only showing top 1 row")
        let b = PrintedTable(header: ["k"], rows: [["7"]], truncation: "only showing top 1 row")
        #expect(a.agrees(with: b, ordered: false))
        #expect(!a.agrees(with: b, ordered: true))
    }

    @Test func doublesAgreeToTwelveDigits() {
        #expect(PrintedText.canonicalNumbers("sum 0.30000000000000004") == PrintedText.canonicalNumbers("sum 0.3"))
        #expect(PrintedText.canonicalNumbers("1.0E-5") == PrintedText.canonicalNumbers("1.0e-05"))
        #expect(PrintedText.canonicalNumbers("2.5") != PrintedText.canonicalNumbers("2.4"))
        // Integers, dates and versions stay as they are.
        #expect(PrintedText.canonicalNumbers("2024-01-05 v4.3.0 12") == "2024-01-05 v4.3.0 12")
        let wide = PrintedText("+-------------------+\n|                  x|\n+-------------------+\n|0.30000000000000004|\n+-------------------+\n")
        let narrow = PrintedText("+---+\n|  x|\n+---+\n|0.3|\n+---+\n")
        #expect(wide.tables == narrow.tables)
    }
}

/// A double's text never reads as an integer's.
struct PrintedNumberTypeTests {
    @Test func oneAndOnePointZeroDiffer() {
        #expect(PrintedText.canonicalNumbers("1.0") == "1.0")
        #expect(PrintedText.canonicalNumbers("1.0") != PrintedText.canonicalNumbers("1"))
    }
}
