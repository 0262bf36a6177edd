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
                                    dataSources: registry.dataSources, functions: registry.functions)
        return (Interpreter(context: context, sink: sink), sink)
    }

    @Test func theStandardRegistryHasPythonAndSQLCellsCSVParquetAndTheReprRenderer() {
        let registry = PluginRegistry.standard()
        #expect(registry.installedPlugins == ["core"])
        #expect(registry.cellLanguages == ["python", "sql"])
        #expect(registry.dataSources.names == ["csv", "delta", "json", "parquet", "xml"])
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
        #expect(registry.dataSources.names == ["csv", "delta", "json", "numbers", "parquet", "xml"])
        let context = LaunchContext(workingDirectory: URL(fileURLWithPath: "/"), dataSources: registry.dataSources)
        let df = try SparkSession.builder(context: context).getOrCreate().read.format("NUMBERS").load(["ignored"])
        #expect(try df.columns() == ["n"])
    }

    @Test func theBuiltInsAreRegisteredCapabilitiesOfTheCorePlugin() throws {
        let registry = PluginRegistry.standard()
        let core = try #require(registry.installed.first)
        #expect(core.origin == "built-in")
        #expect(core.provides.map(\.description) == [
            "cell-kind python", "cell-kind sql", "data-source csv", "data-source json", "data-source xml", "data-source parquet", "data-source delta",
            "function spark-builtins", "renderer text/plain",
        ])
        #expect(registry.functions.function(named: "upper") != nil)
    }

    @Test func aPluginFunctionIsPlannedLikeABuiltIn() async throws {
        let registry = PluginRegistry.standard()
        registry.install(ShoutPlugin())
        #expect(registry.installed.last?.provides.map(\.description) == ["cell-kind shout", "renderer text/html", "function shout"])
        let (interpreter, sink) = interpreter(registry)
        _ = try await interpreter.run(source: """
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.getOrCreate()
            spark.createDataFrame([("a",), ("bc",)], "s string").selectExpr("shout(s)").show()
            spark.createDataFrame([("d",)], "s string").createOrReplaceTempView("t")
            spark.sql("SELECT shout(s) AS loud FROM t").show()
            """, path: "nb.py", cell: 1)
        #expect(sink.stdout == """
            +--------+
            |shout(s)|
            +--------+
            |       A|
            |      BC|
            +--------+

            +----+
            |loud|
            +----+
            |   D|
            +----+


            """)
    }

    @Test func aMagicRunsItsCellWithTheRestOfItsLine() async throws {
        struct Repeat: CellMagic {
            var name: String { "repeat" }
            func execute(_ cell: CellSource, arguments: String, in interpreter: Interpreter) async throws -> PyValue? {
                .string(String(repeating: cell.text, count: Int(arguments) ?? 1))
            }
        }
        let registry = PluginRegistry.standard()
        registry.register(magic: Repeat())
        #expect(registry.cellLanguages == ["python", "repeat", "sql"])
        let (interpreter, _) = interpreter(registry)
        let kind = try #require(registry.cellKind(for: "repeat"))
        let value = try await kind.execute(CellSource(text: "ab", path: "nb.py", cellNumber: 1, magicArguments: "3"), in: interpreter)
        #expect(value?.repr == "'ababab'")
    }

    @Test func aClusterProfileIsFoundByName() {
        let registry = PluginRegistry()
        registry.register(clusterProfile: ClusterProfile(name: "team", properties: ["spark.master": "yarn"]))
        #expect(registry.clusterProfile(named: "team")?.properties == ["spark.master": "yarn"])
        #expect(registry.clusterProfileNames == ["team"])
    }
}
