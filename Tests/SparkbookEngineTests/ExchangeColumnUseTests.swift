import Testing
@testable import SparkbookEngine

/// A round-robin exchange hashes only the columns its readers use, as Spark prunes the others below it.
struct ExchangeColumnUseTests {
    static let schema = StructType([StructField("n", .long), StructField("s", .string)])
    static let input = LogicalPlan.local(EngineTestData.relation(schema, [[.long(1), .string("a")]], partitions: 1))

    static func hashedColumns(_ plan: LogicalPlan) throws -> [Int]?? {
        for stage in try Planner().plan(plan).stages {
            if case .exchange(_, .roundRobin(let hashed)) = stage.output { return .some(hashed) }
        }
        return nil
    }

    @Test func aProjectionAboveTheRepartitionNarrowsTheHashedColumns() throws {
        let plan = LogicalPlan.project([.column("n")], .repartition(3, [], Self.input))
        #expect(try Self.hashedColumns(plan) == .some([0]))
    }

    @Test func readersUsingEveryColumnHashTheWholeRow() throws {
        #expect(try Self.hashedColumns(.repartition(3, [], Self.input)) == .some(nil))
        let sorted = LogicalPlan.project([.column("n")], .sort([.column("s")], .repartition(3, [], Self.input)))
        #expect(try Self.hashedColumns(sorted) == .some(nil))
    }
}
