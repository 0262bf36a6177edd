import SparkbookDataFrame
import SparkbookEngine
import Testing
@testable import SparkbookInterpreter
@testable import SparkbookTerminal

/// The catalog mirrors the interpreter's internal `Members` tables; this fails when either side changes alone.
@Suite struct MemberCatalogTests {
    @Test func matchesTheInterpretersMembers() throws {
        let context = LaunchContext(workingDirectory: .init(fileURLWithPath: "/"), dataSources: DataSourceRegistry())
        let builder = SparkSession.builder(context: context)
        let session = try builder.getOrCreate()
        defer { session.stop() }
        let df = try session.range(0, 3)
        var values: [PyValue] = [
            .builder(builder), .session(session), .conf(session.conf), .reader(session.read), .dataFrame(df),
            .grouped(try df.groupBy([])), .column(Column("id")), .string("s"), .list([]), .dict([]), .int(1),
        ]
        values += ModuleName.allCases.map { PyValue.module($0) }
        for value in values {
            #expect(MemberCatalog.names(of: value) == Members.names(of: value), "\(value.typeName)")
        }
    }

    @Test func functionsCompleteAsCalls() {
        #expect(MemberCatalog.methods(of: .module(.functions)).contains("col"))
        #expect(MemberCatalog.properties(of: .module(.functions)).isEmpty)
    }
}
