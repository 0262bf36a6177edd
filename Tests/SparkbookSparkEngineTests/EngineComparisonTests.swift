import Testing
@testable import SparkbookNotebook
@testable import SparkbookSparkEngine

/// Two engines' executed notebooks, compared cell by cell.
struct EngineComparisonTests {
    func notebook(_ outputs: [[CellOutput]]) -> Notebook {
        var notebook = Notebook(cells: outputs.map { _ in Cell(kind: .code, source: "") })
        for (index, cellOutputs) in outputs.enumerated() { notebook.cells[index].outputs = cellOutputs }
        return notebook
    }

    let table = "+---+\n|  k|\n+---+\n|  1|\n|  2|\n+---+\n"
    let swapped = "+---+\n|  k|\n+---+\n|  2|\n|  1|\n+---+\n"

    @Test func equalPrintsAgree() {
        let a = notebook([[.stdout("3\n")], [.stdout(table)]])
        #expect(EngineComparison.differences(embedded: a, spark: a, tableOrders: [:]).isEmpty)
    }

    @Test func rowOrderCountsOnlyWhereTheDriverSaidItIsDefined() {
        let a = notebook([[.stdout(table)]]), b = notebook([[.stdout(swapped)]])
        #expect(EngineComparison.differences(embedded: a, spark: b, tableOrders: [1: [false]]).isEmpty)
        let ordered = EngineComparison.differences(embedded: a, spark: b, tableOrders: [1: [true]])
        #expect(ordered.map(\.cellNumber) == [1])
        #expect(ordered.first?.what == "table 1 differs")
        // No note: compared in order.
        #expect(EngineComparison.differences(embedded: a, spark: b, tableOrders: [:]).count == 1)
    }

    @Test func errorsAreComparedByTheirName() {
        let a = notebook([[.stdout("x\n"), .error(ename: "AnalysisException", evalue: "mine", traceback: [])]])
        let b = notebook([[.stdout("x\n"), .error(ename: "AnalysisException", evalue: "Spark's", traceback: [])]])
        #expect(EngineComparison.differences(embedded: a, spark: b, tableOrders: [:]).isEmpty)
        let c = notebook([[.stdout("x\n")]])
        #expect(EngineComparison.differences(embedded: a, spark: c, tableOrders: [:]).first?.what
            == "failed differently (AnalysisException vs no error)")
    }

    @Test func displayAndResultsArePrintedText() {
        let a = notebook([[.displayData(data: MimeBundle(["text/plain": "42"]), metadata: [:])]])
        let b = notebook([[.executeResult(executionCount: 1, data: MimeBundle(["text/plain": "42"]), metadata: [:])]])
        #expect(EngineComparison.differences(embedded: a, spark: b, tableOrders: [:]).isEmpty)
        let c = notebook([[.stdout("43\n")]])
        #expect(EngineComparison.differences(embedded: a, spark: c, tableOrders: [:]).first?.what == "a line differs")
    }

    @Test func stderrIsEachEnginesOwn() {
        let a = notebook([[.stdout("1\n"), .stderr("warning\n")]]), b = notebook([[.stdout("1\n")]])
        #expect(EngineComparison.differences(embedded: a, spark: b, tableOrders: [:]).isEmpty)
    }
}
