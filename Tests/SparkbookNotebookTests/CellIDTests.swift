import Testing
@testable import SparkbookNotebook

@Suite struct CellIDTests {
    @Test func validatesThePattern() {
        #expect(CellID.isValid("cell-01_A"))
        #expect(!CellID.isValid(""))
        #expect(!CellID.isValid("has space"))
        #expect(!CellID.isValid("é"))
        #expect(!CellID.isValid(String(repeating: "a", count: 65)))
        #expect(CellID.isValid(String(repeating: "a", count: 64)))
    }

    @Test func stableIdsAreDeterministicAndValid() {
        let one = CellID.stable(index: 2, kind: .code, source: "x = 1")
        #expect(one == CellID.stable(index: 2, kind: .code, source: "x = 1"))
        #expect(one != CellID.stable(index: 3, kind: .code, source: "x = 1"))
        #expect(CellID.isValid(one))
    }

    @Test func repairKeepsValidIdsAndFixesMissingDuplicateOrInvalid() {
        var cells = [Cell.code("a", id: "keep"), Cell.code("b", id: "keep"), Cell.code("c", id: "bad id"), Cell.code("d")]
        CellID.repair(&cells)
        #expect(cells[0].id == "keep")
        #expect(Set(cells.map(\.id)).count == 4)
        #expect(cells.allSatisfy { CellID.isValid($0.id) })
    }
}
