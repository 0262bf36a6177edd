import Testing
@testable import SparkbookEngine

/// Stage splitting at shuffles, and the resolved schemas the planner reports.
struct PlannerTests {
    static let schema = StructType([StructField("k", .string), StructField("v", .integer)])
    static let rows: [[Value]] = (0..<40).map { [.string("k\($0 % 3)"), .integer(Int32($0))] }
    static func local(partitions: Int = 4) -> LogicalPlan {
        .local(EngineTestData.relation(schema, rows, partitions: partitions))
    }

    @Test func aScanWithProjectAndFilterIsOneStage() throws {
        let plan = try Planner().plan(.project([.column("v")], .filter(.binary(.greater, .column("v"), .literal(.integer(3))), Self.local())))
        #expect(plan.stages.count == 1)
        #expect(plan.stages[0].parents.isEmpty)
        #expect(plan.stages[0].leafPartitionCount == 4)
        #expect(plan.stages[0].shuffleInput == nil)
        #expect(plan.stages[0].name == "local rows")
        #expect(plan.limit == nil)
        #expect(plan.schema.names == ["v"])
    }

    @Test func aGroupByIsTwoStagesWithAShuffleBetween() throws {
        let plan = try Planner(shufflePartitions: 12).plan(
            .aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.sum, .column("v"))], Self.local()))
        #expect(plan.stages.count == 2)
        guard case .shuffleWrite(let handle, let spec) = plan.stages[0].output else {
            Issue.record("the first stage should write a shuffle"); return
        }
        #expect(handle.partitions == 12)
        #expect(handle.schema.fields.map(\.dataType) == [.string, .long])
        #expect(spec.calls.map(\.function) == [.sum])
        #expect(plan.stages[0].leafPartitionCount == 4)
        guard case .result = plan.stages[1].output else { Issue.record("the last stage gives the result"); return }
        #expect(plan.stages[1].parents == [0])
        #expect(plan.stages[1].shuffleInput == handle)
        #expect(plan.stages[1].leafPartitionCount == nil)
        #expect(plan.stages[1].name == "groupBy aggregate")
        #expect(plan.schema.names == ["k", "sum(v)"])
    }

    @Test func aGlobalAggregateShufflesIntoOnePartition() throws {
        let plan = try Planner(shufflePartitions: 12).plan(.aggregate(groupBy: [], output: [.aggregate(.count, .star)], Self.local()))
        guard case .shuffleWrite(let handle, _) = plan.stages[0].output else { Issue.record("no shuffle"); return }
        #expect(handle.partitions == 1)
        #expect(plan.stages[1].name == "aggregate")
        #expect(plan.schema.names == ["count(1)"])
    }

    @Test func twoAggregatesChainThreeStages() throws {
        let inner = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .alias(.aggregate(.count, .star), name: "n")], Self.local())
        let plan = try Planner().plan(.aggregate(groupBy: [], output: [.aggregate(.sum, .column("n"))], inner))
        #expect(plan.stages.count == 3)
        #expect(plan.stages.map(\.parents) == [[], [0], [1]])
        #expect(plan.schema.fields.map(\.dataType) == [.long])
    }

    @Test func aTopLevelLimitIsKeptForCollection() throws {
        let plan = try Planner().plan(.limit(5, Self.local()))
        #expect(plan.limit == 5)
        #expect(plan.stages.count == 1)
    }

    @Test func aNestedLimitGathersIntoOnePartitionBeforeLimitingAgain() throws {
        // Spark's LocalLimit, a single-partition exchange, then GlobalLimit: one row in all, not one per partition.
        // (A projection only of columns would go, as in Spark, leaving the limit at the top.)
        let computed = Expression.alias(.binary(.add, .column("v"), .literal(.integer(1))), name: "w")
        let plan = try Planner().plan(.project([computed], .limit(1, Self.local())))
        #expect(plan.limit == nil)
        #expect(plan.stages.count == 2)
        guard case .exchange(let handle, .single) = plan.stages[0].output else {
            Issue.record("the local limits should feed a single-partition exchange"); return
        }
        #expect(handle.partitions == 1)
        #expect(plan.stages[1].shuffleInput == handle)
    }

    @Test func starExpandsToEveryColumnWithOriginalNames() throws {
        let schema = try Planner().schema(of: .project([.star, .alias(.binary(.add, .column("V"), .literal(.integer(1))), name: "w"),
                                                        .column("K")], Self.local()))
        #expect(schema.names == ["k", "v", "w", "k"])
        #expect(schema.fields.map(\.dataType) == [.string, .integer, .integer, .string])
    }

    @Test func unaliasedExpressionsGetSparksGeneratedNames() throws {
        let schema = try Planner().schema(of: .project([
            .binary(.add, .column("v"), .literal(.integer(1))),
            .unary(.isNull, .column("k")),
            .binary(.and, .binary(.equal, .column("k"), .literal(.string("a"))), .literal(.boolean(true))),
            .cast(.column("v"), .long),
            .literal(.long(7)),
        ], Self.local()))
        #expect(schema.names == ["(v + 1)", "(k IS NULL)", "((k = a) AND true)", "v", "7"])
    }

    @Test func aFilterOnAnUnknownColumnFailsAtPlanning() {
        let error = #expect(throws: SparkError.self) {
            try Planner().plan(.filter(.binary(.greater, .column("value"), .literal(.integer(1))), Self.local()))
        }
        #expect(error?.errorClass == "UNRESOLVED_COLUMN.WITH_SUGGESTION")
    }

    /// Plan ids marked where a join meets each side follow plain columns through the join and a project, so
    /// `df1["k"]` picks df1's side; a computed column belongs to no DataFrame.
    @Test func aDataFramesColumnFindsItsSideOfAJoin() throws {
        let joined = LogicalPlan.join(.identified(planId: 1, Self.local()), .identified(planId: 2, Self.local()), .inner,
                                      .on(.binary(.equal, .dataFrameColumn("k", planId: 1), .dataFrameColumn("k", planId: 2))))
        let picked = LogicalPlan.project([.dataFrameColumn("v", planId: 2), .dataFrameColumn("k", planId: 1),
                                          .alias(.binary(.add, .dataFrameColumn("v", planId: 1), .literal(.integer(1))), name: "w")], joined)
        #expect(try Planner().schema(of: picked).names == ["v", "k", "w"])
        // Through the project: `v` is still the right side's, `w` is new, so a reference to it by DataFrame fails.
        #expect(try Planner().schema(of: .project([.dataFrameColumn("v", planId: 2)], picked)).names == ["v"])
        #expect(throws: SparkError.ambiguousReference("k", candidates: ["k", "k"])) {
            try Planner().schema(of: .project([.column("k")], joined))
        }
    }
}
