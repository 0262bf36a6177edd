import Foundation
import SparkbookDataFrame
import SparkbookEngine
import SparkbookInterpreter
import Testing
@testable import SparkbookTerminal

@Suite struct CompletionScopeTests {
    @Test func dataFrameVariablesCarryTheirColumns() throws {
        let context = LaunchContext(workingDirectory: .init(fileURLWithPath: "/"), dataSources: DataSourceRegistry())
        let session = try SparkSession.builder(context: context).getOrCreate()
        defer { session.stop() }
        let scope = CompletionScope(globals: [
            "nums": .dataFrame(try session.range(0, 5)), "spark": .session(session), "n": .int(3),
        ])
        #expect(scope.variables["nums"]?.columns == ["id"])
        #expect(scope.variables["nums"]?.methods.contains("groupBy") == true)
        #expect(scope.variables["spark"]?.properties == Members.properties(of: .session(session)))
        #expect(scope.variables["spark"]?.properties.contains("read") == true)
        #expect(scope.variables["n"]?.isDataFrame == false)
        #expect(Completer.complete("nums.select(\"i", in: scope).candidates == ["id\""])
    }

    /// `spark` is predefined but created on first use: `spark.` completes before any entry touched it.
    @Test func predefinedSparkCompletesBeforeItsFirstUse() {
        let scope = CompletionScope(globals: ["n": .int(3)])
        #expect(Completer.complete("spark.", in: scope).candidates.contains("read"))
        #expect(Completer.complete("spark.", in: scope).candidates.contains("createDataFrame("))
        #expect(Completer.complete("spark.ra", in: scope).candidates == ["range("])
    }

    @Test func configKeysIncludeDynamicAllocationAndSQL() {
        #expect(ConfigKeyCatalog.keys.contains("spark.dynamicAllocation.executorIdleTimeout"))
        #expect(ConfigKeyCatalog.keys.contains("spark.sql.shuffle.partitions"))
        #expect(ConfigKeyCatalog.keys == ConfigKeyCatalog.keys.sorted())
    }
}
