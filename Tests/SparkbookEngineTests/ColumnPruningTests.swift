import Testing
@testable import SparkbookEngine

/// Stages read only the columns they use; results do not change.
struct ColumnPruningTests {
    static let csv = "a,b,c,d\n1,x,2.5,p\n2,y,3.5,q\n1,x,4.0,r\n"

    func scanColumns(_ plan: PhysicalPlan) -> [[Int]] {
        plan.stages.compactMap { stage -> [Int]? in
            func find(_ op: PhysicalOperator) -> [Int]? {
                switch op {
                case .scan(_, let columns, _): columns
                case .project(_, _, let c), .filter(_, let c), .limit(_, let c): find(c)
                default: nil
                }
            }
            return find(stage.root)
        }
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
