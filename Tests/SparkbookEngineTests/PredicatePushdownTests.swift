import Testing
@testable import SparkbookEngine

/// Spark's filter pushdown on planned queries: where each filter ends up, and that a filter which Spark applies
/// before a failing expression keeps that expression from failing here too.
struct PredicatePushdownTests {
    static let schema = StructType([StructField("a", .integer), StructField("b", .integer)])
    /// `b` is 0 on the first row: `a / b` fails there under ANSI mode.
    static let rows: [[Value]] = [[.integer(1), .integer(0)], [.integer(4), .integer(2)], [.integer(9), .integer(3)]]
    static let local = LogicalPlan.local(EngineTestData.relation(schema, rows, partitions: 2))
    static let quotient = Expression.alias(.binary(.divide, .column("a"), .column("b")), name: "q")
    static let withQuotient = LogicalPlan.project([.star, quotient], local)
    static let bNotZero = Expression.binary(.notEqual, .column("b"), .literal(.integer(0)))

    /// The condition of every filter in a stage's tree, top-down, with what sits directly below each.
    static func filters(_ op: PhysicalOperator) -> [(condition: BoundExpression, child: PhysicalOperator)] {
        var found: [(BoundExpression, PhysicalOperator)] = []
        if case .filter(let c, let child) = op { found.append((c, child)) }
        return found + op.children.flatMap(filters)
    }

    @Test func aFilterMovesBelowTheProjectionWithAliasesReplaced() async throws {
        let onAlias = Expression.binary(.greater, .column("q"), .literal(.double(2)))
        let plan = LogicalPlan.filter(onAlias, .filter(Self.bNotZero, Self.withQuotient))
        let physical = try Planner().plan(plan)
        guard case .project(_, _, .filter(let condition, .local)) = physical.stages[0].root else {
            Issue.record("expected project over filter over the rows, got \(physical.stages[0].root)"); return
        }
        // Both filters combined, the lower one first, `q` read as `a / b`.
        #expect(condition.conjuncts.count == 2)
        #expect(condition.conjuncts[0] == .binary(.notEqual, .column(index: 1, type: .integer), .literal(.integer(0), type: .integer), type: .boolean))
        guard case .binary(.greater, .binary(.divide, _, _, _), _, _) = condition.conjuncts[1] else {
            Issue.record("q should read as a / b: \(condition.conjuncts[1])"); return
        }
        let (result, _) = try await EngineTestData.run(plan)
        #expect(result.map { $0[0] } == [.integer(9)])
    }

    @Test func theDivisionIsNeverComputedForRowsTheFilterDrops() async throws {
        let (result, _) = try await EngineTestData.run(.filter(Self.bNotZero, Self.withQuotient))
        #expect(result == [[.integer(4), .integer(2), .double(2)], [.integer(9), .integer(3), .double(3)]])
    }

    @Test func aRepeatedConditionIsKeptOnce() throws {
        let plan = LogicalPlan.filter(Self.bNotZero, .filter(Self.bNotZero, Self.local))
        let found = Self.filters(try Planner().plan(plan).stages[0].root)
        #expect(found.count == 1)
        #expect(found.first?.condition.conjuncts.count == 1)
    }

    @Test func aFilterStaysAboveALimit() throws {
        let plan = LogicalPlan.filter(Self.bNotZero, .limit(2, Self.withQuotient))
        let physical = try Planner().plan(plan)
        guard case .filter(_, .limit) = physical.stages[physical.stages.count - 1].root else {
            Issue.record("the filter must not pass the limit: \(physical.stages.last!.root)"); return
        }
    }

    @Test func aGroupingKeyConditionFiltersTheAggregateInput() throws {
        let sum = Expression.alias(.aggregate(.sum, .binary(.divide, .column("a"), .column("b"))), name: "s")
        let aggregate = LogicalPlan.aggregate(groupBy: [.column("b")], output: [.column("b"), sum], Self.local)
        let onSum = Expression.binary(.greater, .column("s"), .literal(.double(0)))
        let physical = try Planner().plan(.filter(.binary(.and, Self.bNotZero, onSum), aggregate))
        // The key conjunct runs before the partial aggregate; the one on the sum stays above the final one.
        guard case .filter(let below, .local) = physical.stages[0].root else {
            Issue.record("the map stage should filter its rows: \(physical.stages[0].root)"); return
        }
        #expect(below.conjuncts.count == 1)
        guard case .filter(let above, .finalAggregate) = physical.stages[1].root else {
            Issue.record("the condition on the sum stays above: \(physical.stages[1].root)"); return
        }
        #expect(above.columnIndices == [1])
    }

    @Test func nothingMovesBelowAGlobalAggregate() throws {
        let aggregate = LogicalPlan.aggregate(groupBy: [], output: [.alias(.aggregate(.count, .star), name: "n")], Self.local)
        let physical = try Planner().plan(.filter(.binary(.greater, .column("n"), .literal(.long(0))), aggregate))
        #expect(Self.filters(physical.stages[0].root).isEmpty)
        #expect(Self.filters(physical.stages[1].root).count == 1)
    }

    @Test func aFilterCrossesASortAndARepartitionIntoTheStageBelow() async throws {
        let sorted = LogicalPlan.sort([.column("a")], global: true, .repartition(3, [], Self.withQuotient))
        let plan = LogicalPlan.filter(Self.bNotZero, sorted)
        let physical = try Planner().plan(plan)
        #expect(physical.stages.count == 3)
        guard case .project(_, _, .filter) = physical.stages[0].root else {
            Issue.record("the filter should reach the first stage: \(physical.stages[0].root)"); return
        }
        #expect(Self.filters(physical.stages[1].root).isEmpty && Self.filters(physical.stages[2].root).isEmpty)
        let (result, _) = try await EngineTestData.run(plan)
        #expect(result.map { $0[0] } == [.integer(4), .integer(9)])
    }

    @Test func aUnionFiltersBothSides() async throws {
        let plan = LogicalPlan.filter(Self.bNotZero, .union(Self.withQuotient, Self.withQuotient))
        let physical = try Planner().plan(plan)
        // The union is narrow: one stage, the condition under each child's projection.
        #expect(physical.stages.count == 1)
        guard case .concat(let children, _) = physical.stages[0].root else {
            Issue.record("the filter should move below the union: \(physical.stages[0].root)"); return
        }
        #expect(children.map { Self.filters($0).count } == [1, 1])
        #expect(try await EngineTestData.run(plan).rows.count == 4)
    }

    @Test func aWindowLetsOnlyPartitionKeyConditionsThrough() throws {
        let byB = WindowSpecification(partitionBy: [.column("b")], orderBy: [.column("a")])
        let windowed = LogicalPlan.window([.star, .alias(.window(.rowNumber, byB), name: "rn")], Self.local)
        let onA = Expression.binary(.greater, .column("a"), .literal(.integer(1)))
        let physical = try Planner().plan(.filter(.binary(.and, onA, Self.bNotZero), windowed))
        guard case .filter(let below, .local) = physical.stages[0].root else {
            Issue.record("the key condition should run before the exchange: \(physical.stages[0].root)"); return
        }
        #expect(below.columnIndices == [1])
        let above = Self.filters(physical.stages[1].root)
        #expect(above.count == 1 && above.first?.condition.columnIndices == [0])
    }

    @Test func anInnerJoinFiltersEachSideByItsOwnColumns() throws {
        let other = LogicalPlan.local(EngineTestData.relation(
            StructType([StructField("b", .integer), StructField("name", .string)]),
            [[.integer(0), .string("z")], [.integer(2), .string("two")]], partitions: 1))
        let join = LogicalPlan.join(Self.withQuotient, other, .inner, .using(["b"]))
        let onName = Expression.binary(.notEqual, .column("name"), .literal(.string("z")))
        let physical = try Planner().plan(.filter(.binary(.and, Self.bNotZero, onName), join))
        #expect(Self.filters(physical.stages[0].root).count == 1)
        #expect(Self.filters(physical.stages[1].root).count == 1)
        #expect(Self.filters(physical.stages[2].root).isEmpty)
    }

    @Test func aLeftJoinKeepsAConditionOnItsPaddedSideAboveUnlessItRejectsNulls() throws {
        let other = LogicalPlan.local(EngineTestData.relation(
            StructType([StructField("b", .integer), StructField("name", .string)]),
            [[.integer(0), .string("z")], [.integer(2), .string("two")]], partitions: 1))
        let join = LogicalPlan.join(Self.local, other, .left, .using(["b"]))
        // `name IS NULL` keeps padded rows: the join stays a left join and the condition above it.
        let keepsNulls = try Planner().plan(.filter(.unary(.isNull, .column("name")), join))
        guard case .filter(_, .hashJoin(let spec, _, _)) = keepsNulls.stages[2].root else {
            Issue.record("the condition should stay above the join: \(keepsNulls.stages[2].root)"); return
        }
        #expect(spec.type == .left)
        // `name != 'z'` drops them: the join becomes inner and the condition filters the right side.
        let rejects = try Planner().plan(.filter(.binary(.notEqual, .column("name"), .literal(.string("z"))), join))
        guard case .hashJoin(let narrowed, _, _) = rejects.stages[2].root else {
            Issue.record("nothing should stay above the join: \(rejects.stages[2].root)"); return
        }
        #expect(narrowed.type == .inner)
        #expect(Self.filters(rejects.stages[1].root).count == 1)
    }
}
