import Testing
@testable import SparkbookSparkEngine

/// The driver's messages, as its program writes them.
struct DriverMessageTests {
    @Test func eachKindParses() {
        #expect(DriverMessage.parse(#"{"type": "ready", "pyspark": "4.3.0", "python": "3.11.7"}"#) == .ready(pyspark: "4.3.0", python: "3.11.7"))
        #expect(DriverMessage.parse(#"{"type": "stream", "name": "stderr", "text": "x\n"}"#) == .stream(name: "stderr", text: "x\n"))
        #expect(DriverMessage.parse(#"{"type": "result", "plain": "100"}"#) == .result("100"))
        #expect(DriverMessage.parse(#"{"type": "display", "plain": "[1, 2]"}"#) == .displayText("[1, 2]"))
        #expect(DriverMessage.parse(#"{"type": "done", "id": null}"#) == .done)
        #expect(DriverMessage.parse(#"{"type": "error", "ename": "E", "evalue": "v", "traceback": ["a", "b"]}"#)
            == .error(ename: "E", evalue: "v", traceback: ["a", "b"]))
        #expect(DriverMessage.parse(#"{"type": "completions", "names": ["count"]}"#) == .completions(["count"]))
        #expect(DriverMessage.parse(#"{"type": "order", "ordered": false}"#) == .order(ordered: false))
        #expect(DriverMessage.parse(#"{"type": "reset"}"#) == .reset)
        #expect(DriverMessage.parse("not json") == .unknown("not json"))
    }

    @Test func aScopeListsVariables() {
        let line = #"{"type": "scope", "variables": {"df": {"methods": ["count"], "properties": ["columns"], "columns": ["id"]}}}"#
        #expect(DriverMessage.parse(line) == .scope(["df": DriverVariable(methods: ["count"], properties: ["columns"], columns: ["id"])]))
    }

    @Test func aTableKeepsNullsAndTheTotal() {
        let line = #"{"type": "display", "table": {"columns": ["id", "s"], "rows": [["0", null]], "numeric": [true, false], "total": 2000}}"#
        #expect(DriverMessage.parse(line) == .displayTable(DriverTable(columns: ["id", "s"], rows: [["0", nil]],
                                                                      numeric: [true, false], total: 2000)))
    }
}
