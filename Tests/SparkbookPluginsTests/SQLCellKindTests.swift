import Foundation
import SparkbookDataFrame
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// `%sql` cells: statements run in order through the session, the last result displayed, nothing returned.
struct SQLCellKindTests {
    @Test func statementsRunInOrderAndTheLastResultIsDisplayed() async throws {
        let registry = PluginRegistry.standard()
        let sink = BufferedOutputSink()
        let interpreter = Interpreter(context: LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                                             dataSources: registry.dataSources), sink: sink)
        let kind = try #require(registry.cellKind(for: "sql"))
        let script = "CREATE OR REPLACE TEMP VIEW v AS SELECT 'a;b' AS s; -- two statements\nSELECT s FROM v"
        let value = try await kind.execute(CellSource(text: script, path: "nb.ipynb", cellNumber: 1), in: interpreter)
        #expect(value?.repr == nil)
        guard case .display(let output)? = sink.events.first, sink.events.count == 1 else {
            Issue.record("one display expected: \(sink.events)"); return
        }
        #expect(output.plain == "┌─────┐\n│ s   │\n├─────┤\n│ a;b │\n└─────┘\n1 row")
        #expect(output.html != nil)
    }
}
