import Testing
@testable import SparkbookEngine

/// Adjacent projections merge unless a nondeterministic expression would be evaluated again.
struct CollapseProjectTests {
    static let schema = StructType([StructField("a", .long), StructField("b", .long)])
    static let input = LogicalPlan.local(EngineTestData.relation(schema, [[.long(1), .long(2)]], partitions: 1))

    func optimized(_ plan: LogicalPlan) throws -> ResolvedPlan {
        let planner = Planner()
        return planner.optimize(try planner.analyze(plan))
    }

    func projections(_ plan: ResolvedPlan) -> Int {
        (plan.node.isProject ? 1 : 0) + plan.children.map(projections).reduce(0, +)
    }

    @Test func aSelectOverAWithColumnIsOneProjection() async throws {
        let sum = Expression.binary(.add, .column("a"), .column("b"))
        let plan = LogicalPlan.project([.column("s")], .project([.star, .alias(sum, name: "s")], Self.input))
        let result = try optimized(plan)
        #expect(projections(result) == 1)
        #expect(result.treeString.hasPrefix("Project [(a + b) AS s]"))
        #expect(try await EngineTestData.run(plan).rows == [[.long(3)]])
    }

    @Test func aRandomColumnReadByTheProjectionAboveIsNotInlined() throws {
        let random = Expression.alias(.function("rand", [.literal(.long(7))]), name: "r")
        let twice = Expression.alias(.binary(.add, .column("r"), .column("r")), name: "rr")
        let plan = LogicalPlan.project([twice], .project([.column("a"), random], Self.input))
        #expect(projections(try optimized(plan)) == 2)
        // Only passed through, the projection above is a no-op and goes (PySpark 4.3 prints
        // `Project [rand(7) AS r] +- Relation`).
        let passed = try optimized(.project([.column("r")], .project([.column("a"), random], Self.input)))
        #expect(projections(passed) == 1)
        #expect(passed.treeString.hasPrefix("Project [rand(7) AS r]"))
    }

    @Test func aComputedColumnReadTwiceIsNotRecomputed() throws {
        let sum = Expression.alias(.binary(.add, .column("a"), .column("b")), name: "s")
        let twice = Expression.alias(.binary(.multiply, .column("s"), .column("s")), name: "ss")
        #expect(projections(try optimized(.project([twice], .project([sum], Self.input)))) == 2)
        #expect(CollapseProject.canCollapse([.binary(.add, .column(index: 0, type: .long), .column(index: 0, type: .long), type: .long)],
                                            over: [.column(index: 1, type: .long)]))
    }
}

extension ResolvedNode {
    var isProject: Bool {
        if case .project = self { true } else { false }
    }
}
