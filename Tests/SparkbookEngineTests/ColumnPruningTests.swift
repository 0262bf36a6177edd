import Testing
@testable import SparkbookEngine

/// The Optimizer's ColumnPruning: scans read only the columns the query uses, through every operator; results
/// do not change.
struct ColumnPruningTests {
    static let csv = "a,b,c,d\n1,x,2.5,p\n2,y,3.5,q\n1,x,4.0,r\n"
    static let other = "a,e,f\n1,u,9\n2,v,8\n"

    /// The columns each scan of the plan reads, stage by stage, left to right.
    func scanColumns(_ plan: PhysicalPlan) -> [[Int]] {
        func find(_ op: PhysicalOperator) -> [[Int]] {
            if case .scan(_, let columns, _) = op { return [columns] }
            return op.children.flatMap(find)
        }
        return plan.stages.flatMap { find($0.root) }
    }

    func optimized(_ plan: LogicalPlan) throws -> ResolvedPlan {
        let planner = Planner()
        return planner.optimize(try planner.analyze(plan))
    }

    @Test func aJoinReadsItsKeysAndTheColumnsAboveIt() async throws {
        let left = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let right = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.other))
        let plan = LogicalPlan.project([.column("c"), .column("f")], .join(left, right, .inner, .using(["a"])))
        #expect(scanColumns(try Planner().plan(plan)) == [[0, 2], [0, 2]])
        // PySpark 4.3: `Project [c, f] +- Join Inner, (a = a)` over `Project [a, c]` and `Project [a, f]`.
        let text = try optimized(plan).treeString
        #expect(text.hasPrefix("Project [c, f]\n+- Join Inner, (a = a)\n   :- Project [a, c]\n"), "\(text)")
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows) == [[.double(2.5), .integer(9)], [.double(4.0), .integer(9)], [.double(3.5), .integer(8)]])
    }

    @Test func aWindowKeepsItsPartitionAndOrderKeys() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let byB = WindowSpecification(partitionBy: [.column("b")], orderBy: [.column("c")])
        let plan = LogicalPlan.project([.column("rn")],
                                       .window([.star, .alias(.window(.rowNumber, byB), name: "rn")], scan))
        #expect(scanColumns(try Planner().plan(plan)) == [[1, 2]])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows.sorted { "\($0)" < "\($1)" } == [[.integer(1)], [.integer(1)], [.integer(2)]])
    }

    @Test func anExplodeReadsItsArrayAndTheItemsAboveIt() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let exploded = LogicalPlan.project(
            [.column("a"), .alias(.function("explode", [.function("split", [.column("d"), .literal(.string("q"))])]), name: "e")], scan)
        let plan = LogicalPlan.project([.column("e")], exploded)
        #expect(scanColumns(try Planner().plan(plan)) == [[3]])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.string("p")], [.string("")], [.string("")], [.string("r")]])
    }

    @Test func eachScanOfAUnionReadsTheColumnsAboveIt() async throws {
        let path = try TypedPathTestSupport.write(Self.csv)
        let plan = LogicalPlan.project([.column("d")], .union(try TypedPathTestSupport.scan(path), try TypedPathTestSupport.scan(path)))
        #expect(scanColumns(try Planner().plan(plan)) == [[3], [3]])
        #expect(try await EngineTestData.run(plan).rows.count == 6)
    }

    @Test func aRepartitionDealsTheRowsOfTheColumnsItsReadersUse() throws {
        // Spark hashes the rows of the pruned projection below `repartition(n)`.
        let schema = StructType([StructField("n", .long), StructField("s", .string)])
        let input = LogicalPlan.local(EngineTestData.relation(schema, [[.long(1), .string("a")]], partitions: 1))
        func exchanged(_ plan: LogicalPlan) throws -> [String]? {
            try Planner().plan(plan).stages.first { stage in
                if case .exchange(_, .roundRobin) = stage.output { true } else { false }
            }?.root.schema.names
        }
        #expect(try exchanged(.project([.column("n")], .repartition(3, [], input))) == ["n"])
        #expect(try exchanged(.repartition(3, [], input)) == ["n", "s"])
        #expect(try exchanged(.project([.column("n")], .sort([.column("s")], global: true, .repartition(3, [], input)))) == ["n", "s"])
    }

    @Test func theOptimizedPlanShowsTheProjectionOverTheRelation() throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let plan = LogicalPlan.aggregate(groupBy: [.column("b")], output: [.column("b"), .aggregate(.sum, .column("c"))], scan)
        // The projection over the relation as PySpark 4.3 places it.
        let text = try optimized(plan).treeString
        #expect(text == """
            Aggregate [b], [b, sum(c)]
            +- Project [b, c]
               +- Relation [a,b,c,d] csv
            """, "\(text)")
    }

    @Test func aGroupByReadsItsKeysAndInputsOnly() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let plan = LogicalPlan.aggregate(groupBy: [.column("b")],
                                         output: [.column("b"), .aggregate(.sum, .column("c"))], scan)
        #expect(scanColumns(try Planner().plan(plan)) == [[1, 2]])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows) == [[.string("x"), .double(6.5)], [.string("y"), .double(3.5)]])
    }

    @Test func eachChildOfAUnionReadsOnlyTheColumnsAboveIt() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let rows = LogicalPlan.local(EngineTestData.relation(
            StructType([StructField("a", .integer), StructField("b", .string), StructField("c", .double),
                        StructField("d", .string)]),
            [[.integer(7), .string("y"), .double(1), .string("s")]], partitions: 1))
        let plan = LogicalPlan.aggregate(groupBy: [.column("b")], output: [.column("b"), .aggregate(.sum, .column("c"))],
                                         .union(scan, rows))
        let physical = try Planner().plan(plan)
        guard case .concat(let children, let schema) = physical.stages[0].root else {
            Issue.record("expected the union at the map stage's root: \(physical.stages[0].root)"); return
        }
        #expect(schema.names == ["b", "c"])
        #expect(children.map(\.schema.names) == [["b", "c"], ["b", "c"]])
        guard case .scan(_, let columns, _) = children[0] else { Issue.record("expected the scan: \(children[0])"); return }
        #expect(columns == [1, 2])
        let (result, _) = try await EngineTestData.run(plan)
        #expect(Set(result) == [[.string("x"), .double(6.5)], [.string("y"), .double(4.5)]])
    }

    @Test func aFilterKeepsItsColumnsAndAProjectDropsTheRest() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let plan = LogicalPlan.project([.column("d")], .filter(.binary(.equal, .column("a"), .literal(.integer(1))), scan))
        #expect(scanColumns(try Planner().plan(plan)) == [[0, 3]])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.string("p")], [.string("r")]])
    }

    @Test func aCountReadsNoColumnAndAResultStageKeepsItsSchema() async throws {
        let scan = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(Self.csv))
        let count = LogicalPlan.aggregate(groupBy: [], output: [.aggregate(.count, .star)], scan)
        #expect(scanColumns(try Planner().plan(count)) == [[]])
        #expect(try await EngineTestData.run(count).rows == [[.long(3)]])
        let all = try Planner().plan(scan)
        #expect(scanColumns(all) == [[0, 1, 2, 3]])
    }
}
