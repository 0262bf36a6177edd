import Testing
@testable import SparkbookNotebook

@Suite struct CellOutputTests {
    @Test func outputTypesAndErrors() {
        #expect(CellOutput.stdout("x").outputType == "stream")
        #expect(CellOutput.stderr("x") == .stream(name: "stderr", text: "x"))
        #expect(CellOutput.error(ename: "E", evalue: "v", traceback: []).isError)
        #expect(!CellOutput.displayData(data: MimeBundle(), metadata: [:]).isError)
        #expect(CellOutput.executeResult(executionCount: 1, data: MimeBundle(), metadata: [:]).outputType == "execute_result")
    }
}
