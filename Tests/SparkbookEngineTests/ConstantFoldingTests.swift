import Testing
@testable import SparkbookEngine

/// Operators and casts over literals are computed once, at planning; one that fails stays, to fail per row.
struct ConstantFoldingTests {
    static let local = LogicalPlan.local(EngineTestData.relation(StructType([StructField("a", .integer)]),
                                                                 [[.integer(1)]], partitions: 1))

    private func optimized(_ expressions: [Expression]) throws -> [BoundExpression] {
        let planner = Planner()
        let plan = planner.optimize(try planner.analyze(.project(expressions, Self.local)))
        guard case .project(let bound, _) = plan.node else { Issue.record("expected a projection"); return [] }
        return bound
    }

    @Test func anOperatorOverLiteralsBecomesALiteralOfItsType() throws {
        let bound = try optimized([.binary(.add, .literal(.integer(1)), .literal(.integer(2))),
                                   .binary(.add, .column("a"), .literal(.integer(2)))])
        #expect(bound[0] == .literal(.integer(3), type: .integer))
        #expect(!bound[1].isLiteral)
    }

    @Test func aFailingCastStaysToFailWhereARowMeetsIt() throws {
        let bound = try optimized([.cast(.literal(.string("abc")), .integer)])
        #expect(!bound[0].isLiteral)
    }

    @Test func aPlanWithNothingToFoldIsKeptAsItIs() throws {
        let planner = Planner()
        let plan = try planner.analyze(.project([.column("a")], Self.local))
        #expect(ConstantFolding().apply(plan) === plan)
    }
}
