import Testing
@testable import SparkbookEngine

/// Spark's InferWindowGroupLimit: which filters over a window become group limits, and the plan and result
/// they give (a partial limit before the exchange, a final one after it, the same rows as without).
struct WindowGroupLimitInferenceTests {
    static let byKey = WindowSpecification(partitionBy: [.column("k")], orderBy: [.sortOrder(.column("x"), .descending)])

    static func window(_ call: WindowFunctionCall, _ spec: WindowSpecification = byKey) -> LogicalPlan {
        .window([.star, .alias(.window(call, spec), name: "rn")], .local(EngineTestData.relation(PlannerWindowTests.schema, PlannerWindowTests.rows, partitions: 2)))
    }

    static func infer(_ condition: Expression, _ child: LogicalPlan) -> WindowGroupLimitInference.Request? {
        WindowGroupLimitInference.infer(condition: condition, over: child)
    }

    static let rn = Expression.column("rn")
    static func int(_ v: Int32) -> Expression { .literal(.integer(v)) }

    @Test func boundsOnARankColumnBecomeLimits() {
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, Self.int(2)), Self.window(.rowNumber))?.limit == 2)
        #expect(Self.infer(.binary(.less, Self.rn, Self.int(3)), Self.window(.rank))?.limit == 2)
        #expect(Self.infer(.binary(.greater, Self.int(3), Self.rn), Self.window(.denseRank))?.limit == 2)
        #expect(Self.infer(.binary(.equal, Self.rn, Self.int(1)), Self.window(.rowNumber))?.function == .rowNumber)
        let both = Expression.binary(.and, .binary(.lessOrEqual, .column("RN"), Self.int(5)), .binary(.less, Self.rn, Self.int(3)))
        #expect(Self.infer(both, .identified(planId: 1, Self.window(.rank)))?.limit == 2)
    }

    @Test func otherShapesAreLeftAlone() {
        // Not a rank-like function, no bound, a bound too large or below 1, no ordering or no partitioning.
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, Self.int(2)), Self.window(.aggregate(.sum, .column("x")))) == nil)
        #expect(Self.infer(.binary(.greaterOrEqual, Self.rn, Self.int(2)), Self.window(.rowNumber)) == nil)
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, Self.int(1001)), Self.window(.rowNumber)) == nil)
        #expect(Self.infer(.binary(.less, Self.rn, Self.int(1)), Self.window(.rowNumber)) == nil)
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, .literal(.long(2))), Self.window(.rowNumber)) == nil)
        let unordered = WindowSpecification(partitionBy: [.column("k")], orderBy: [])
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, Self.int(2)), Self.window(.rowNumber, unordered)) == nil)
        let unpartitioned = WindowSpecification(partitionBy: [], orderBy: [.column("x")])
        #expect(Self.infer(.binary(.lessOrEqual, Self.rn, Self.int(2)), Self.window(.rowNumber, unpartitioned)) == nil)
    }

    @Test func plannedAsPartialBeforeTheExchangeAndFinalAfter() throws {
        let plan = LogicalPlan.filter(.binary(.lessOrEqual, Self.rn, Self.int(1)), Self.window(.rowNumber))
        let physical = try Planner(shufflePartitions: 3).plan(plan)
        func limits(_ op: PhysicalOperator) -> [WindowGroupLimitSpec.Mode] {
            var found: [WindowGroupLimitSpec.Mode] = []
            if case .windowGroupLimit(let spec, _) = op { found.append(spec.mode) }
            return found + op.children.flatMap(limits)
        }
        #expect(physical.stages.map { limits($0.root) } == [[.partial], [.final]])
    }

    @Test func resultsEqualTheUnlimitedWindowsFiltered() async throws {
        for call in [WindowFunctionCall.rowNumber, .rank, .denseRank] {
            for k: Int32 in [1, 2] {
                let condition = Expression.binary(.lessOrEqual, Self.rn, Self.int(k))
                let limited = try await EngineTestData.run(.filter(condition, Self.window(call)), shufflePartitions: 3).rows
                // A condition the rule does not read (`k >= rn`'s mirror with a long literal) keeps the plan as it was.
                let plain = Expression.binary(.lessOrEqual, Self.rn, .literal(.long(Int64(k))))
                let unlimited = try await EngineTestData.run(.filter(plain, Self.window(call)), shufflePartitions: 3).rows
                #expect(limited == unlimited)
                #expect(!limited.isEmpty)
            }
        }
    }
}
