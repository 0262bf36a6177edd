import SparkbookNotebook
import Testing
@testable import SparkbookSparkEngine

/// Commands are single JSON lines whatever the cell holds.
struct DriverCommandTests {
    @Test func aCellWithNewlinesAndQuotesIsOneLine() throws {
        let line = DriverCommand.runPython(code: "print(\"a\")\nx = '\\n'", filename: "nb.ipynb:cell 2").line
        #expect(!line.contains("\n"))
        let value = try JSONParser.parse(line)
        #expect(value["op"]?.stringValue == "run")
        #expect(value["code"]?.stringValue == "print(\"a\")\nx = '\\n'")
        #expect(value["filename"]?.stringValue == "nb.ipynb:cell 2")
    }

    @Test func sqlSendsItsStatements() throws {
        let value = try JSONParser.parse(DriverCommand.runSQL(statements: ["SELECT 1", "SELECT 2"]).line)
        #expect(value["language"]?.stringValue == "sql")
        #expect(value["statements"]?.arrayValue?.count == 2)
        #expect(try JSONParser.parse(DriverCommand.cancel.line)["op"]?.stringValue == "cancel")
    }
}

/// `reset` readies a reused driver for the next notebook.
struct DriverResetCommandTests {
    @Test func resetCarriesItsTwoSwitches() throws {
        let value = try JSONParser.parse(DriverCommand.reset(noteOrder: true, newContext: false).line)
        #expect(value["op"]?.stringValue == "reset")
        #expect(value["note_order"]?.boolValue == true)
        #expect(value["new_context"]?.boolValue == false)
    }
}
