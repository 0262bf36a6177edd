import Testing
@testable import SparkbookNotebook

@Suite struct CellMagicTests {
    @Test func parsesNameArgumentAndBody() {
        let magic = CellMagic(parsing: "%SQL  select\nFROM t\r\nx")
        #expect(magic?.name == "sql")
        #expect(magic?.argument == "select")
        #expect(magic?.body == "FROM t\r\nx")
        #expect(magic?.isCellMagic == false)
        #expect(magic?.line == "%sql select")
    }

    @Test func ignoresNonLanguageMagicsAndPlainCode() {
        #expect(CellMagic(parsing: "%time f()") == nil)
        #expect(CellMagic(parsing: "x = 1") == nil)
        #expect(CellMagic(parsing: "") == nil)
    }

    @Test func cellMagicForm() {
        let magic = CellMagic(parsing: "%%sh")
        #expect(magic?.isCellMagic == true)
        #expect(magic?.body == "")
        #expect(magic?.line == "%%sh")
    }

    /// IPython hands a line magic's argument over as its code; a cell magic's argument holds options.
    @Test func theCodeOfALineMagicIsItsArgumentThenItsBody() {
        #expect(CellMagic(parsing: "%sql SELECT 1")?.code == "SELECT 1")
        #expect(CellMagic(parsing: "%sql SELECT 1,\n2")?.code == "SELECT 1,\n2")
        #expect(CellMagic(parsing: "%%sql --limit 5\nSELECT 1")?.code == "SELECT 1")
        #expect(CellMagic(parsing: "%sql\nSELECT 1")?.code == "SELECT 1")
    }
}
