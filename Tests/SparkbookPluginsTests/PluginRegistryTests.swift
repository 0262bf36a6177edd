import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookPlugins

/// The built-ins register as plugins do, and an outside plugin plugs in the same way.
struct PluginRegistryTests {
    func interpreter(_ registry: PluginRegistry) -> (Interpreter, BufferedOutputSink) {
        let sink = BufferedOutputSink()
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: NSTemporaryDirectory()),
                                    dataSources: registry.dataSources)
        return (Interpreter(context: context, sink: sink), sink)
    }

    @Test func theStandardRegistryHasPythonAndSQLCellsCSVParquetAndTheReprRenderer() {
        let registry = PluginRegistry.standard()
        #expect(registry.installedPlugins == ["core"])
        #expect(registry.cellLanguages == ["python", "sql"])
        #expect(registry.dataSources.names == ["csv", "delta", "parquet"])
        #expect(registry.cellKind(for: nil)?.language == "python")
        #expect(registry.cellKind(for: "PYTHON")?.language == "python")
        #expect(registry.cellKind(for: "SQL")?.language == "sql")
        #expect(registry.render(.int(3)) == RichOutput(plain: "3"))
        #expect(registry.render(.string("a")) == RichOutput(plain: "'a'"))
    }

    @Test func anEmptyRegistryStillRendersTheRepr() {
        let registry = PluginRegistry()
        #expect(registry.installedPlugins.isEmpty)
        #expect(registry.cellKind(for: nil) == nil)
        #expect(registry.render(.list([.int(1)])) == RichOutput(plain: "[1]"))
    }

    @Test func thePythonCellKindRunsCellsInTheInterpreter() async throws {
        let registry = PluginRegistry.standard()
        let (interpreter, sink) = interpreter(registry)
        let kind = try #require(registry.cellKind(for: nil))
        let value = try await kind.execute(CellSource(text: "print('hi')\n6 * 7", path: "nb.ipynb", cellNumber: 2), in: interpreter)
        #expect(value?.repr == "42")
        #expect(sink.stdout == "hi\n")
    }

    @Test func pythonCellErrorsKeepTheirPlace() async throws {
        let registry = PluginRegistry.standard()
        let (interpreter, _) = interpreter(registry)
        let kind = try #require(registry.cellKind(for: nil))
        let error = await #expect(throws: ScriptError.self) {
            _ = try await kind.execute(CellSource(text: "x = 1\ny = nope", path: "nb.py", cellNumber: 3, firstLine: 10), in: interpreter)
        }
        #expect(error?.exceptionType == "NameError")
        #expect(error?.span != nil)
    }

    @Test func anOutsidePluginRegistersLikeTheBuiltIns() async throws {
        let registry = PluginRegistry.standard()
        registry.install(ShoutPlugin())
        #expect(registry.installedPlugins == ["core", "shout"])
        #expect(registry.cellLanguages == ["python", "shout", "sql"])
        let (interpreter, sink) = interpreter(registry)
        let kind = try #require(registry.cellKind(for: "Shout"))
        let value = try await kind.execute(CellSource(text: "hello", path: "nb.ipynb", cellNumber: 1), in: interpreter)
        #expect(sink.stdout == "HELLO\n")
        let result = try #require(value)
        // The most recently registered renderer answers first; others fall back to the repr renderer.
        #expect(registry.render(result) == RichOutput(plain: "<<HELLO>>", html: "<b>HELLO</b>"))
        #expect(registry.render(.int(5)) == RichOutput(plain: "5"))
    }

    @Test func anOutsideDataSourceIsReachableFromTheReader() throws {
        struct Numbers: DataSource {
            var shortName: String { "numbers" }
            func createScan(_ request: ScanRequest) throws -> any DataScan { NumbersScan() }
        }
        struct NumbersScan: DataScan {
            var schema: StructType { StructType([StructField("n", .long)]) }
            var partitionCount: Int { 1 }
            func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
                RecordBatch(schema: schema, columns: [ColumnVector(dataType: .long, storage: .int64([1, 2, 3]))], rowCount: 3)
            }
            var explainText: String { "Numbers" }
        }
        let registry = PluginRegistry.standard()
        registry.register(dataSource: Numbers())
        #expect(registry.dataSources.names == ["csv", "delta", "numbers", "parquet"])
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: "/"), dataSources: registry.dataSources)
        let df = try SparkSession.builder(context: context).getOrCreate().read.format("NUMBERS").load(["ignored"])
        #expect(try df.columns() == ["n"])
    }
}
