import Testing
@testable import SparkbookEngine

/// Spark's InferWindowGroupLimit: which filters over a window become group limits, and the plan and result
/// they give (a partial limit before the exchange, a final one after it, the same rows as without).
struct InferWindowGroupLimitTests {
    static let byKey = WindowSpecification(partitionBy: [.column("k")], orderBy: [.sortOrder(.column("x"), .descending)])

    static func window(_ call: WindowFunctionCall, _ spec: WindowSpecification = byKey) -> LogicalPlan {
        .window([.star, .alias(.window(call, spec), name: "rn")], .local(EngineTestData.relation(PlannerWindowTests.schema, PlannerWindowTests.rows, partitions: 2)))
    }

    /// The group limit the optimized plan of `filter(condition, child)` holds, if any.
    static func infer(_ condition: Expression, _ child: LogicalPlan) -> WindowGroupLimitSpec? {
        let planner = Planner()
        guard let analyzed = try? planner.analyze(.filter(condition, child)) else { return nil }
        func find(_ plan: ResolvedPlan) -> WindowGroupLimitSpec? {
            if case .windowGroupLimit(let spec, _) = plan.node { return spec }
            return plan.children.lazy.compactMap(find).first
        }
        return find(planner.optimize(analyzed))
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

    /// As PySpark 4.3.0 prints `df.withColumn("rn", row_number().over(w)).filter(col("rn") <= 2)`'s optimized
    /// plan (tests/explain/pyspark-window-group-limit.txt, recorded by tests/explain/record_window_group_limit.py;
    /// expression ids left out): the limit below the window, the filter above it.
    @Test func theOptimizedPlanShowsTheLimitBelowTheWindow() throws {
        let planner = Planner()
        let plan = LogicalPlan.filter(.binary(.lessOrEqual, Self.rn, Self.int(2)), Self.window(.rowNumber))
        let lines = planner.optimize(try planner.analyze(plan)).treeString.split(separator: "\n").map(String.init)
        // (The window's column prints by its internal name here, as the analyzed Window line does.)
        let filter = try #require(lines.firstIndex { $0.contains("Filter (") && $0.hasSuffix(" <= 2)") })
        let window = try #require(lines.firstIndex { $0.contains("Window [") && !$0.contains("WindowGroupLimit") })
        #expect(filter < window)
        #expect(lines[window + 1].hasSuffix("+- WindowGroupLimit [k], [x DESC NULLS LAST], row_number(), 2"))
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
