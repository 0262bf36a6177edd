import Testing
@testable import SparkbookEngine

/// Spark's InferFiltersFromConstraints for join keys: `isnotnull(key)` on each side whose unmatched rows the join
/// type drops, moved down to the side's scan; the rows do not change (a null key never matched).
struct InferFiltersFromConstraintsTests {
    /// `a` is null in one row on each side.
    static let left = "a,b\n1,x\n,y\n2,z\n"
    static let right = "a,c\n1,u\n,v\n3,w\n"

    func optimizedText(_ type: JoinType) throws -> String {
        let plan = try Self.join(type)
        let planner = Planner()
        return planner.optimize(try planner.analyze(plan)).treeString
    }

    static func join(_ type: JoinType) throws -> LogicalPlan {
        let l = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(left))
        let r = try TypedPathTestSupport.scan(try TypedPathTestSupport.write(right))
        return .join(l, r, type, .using(["a"]))
    }

    @Test func anInnerJoinFiltersNullKeysOnBothSides() throws {
        let text = try optimizedText(.inner)
        #expect(text.components(separatedBy: "Filter isnotnull(a)").count == 3, "\(text)")
    }

    @Test(arguments: [(JoinType.left, 1), (.leftAnti, 1), (.right, 1), (.leftSemi, 2), (.full, 0)])
    func eachJoinTypeFiltersTheSidesItDropsUnmatchedRowsOf(type: JoinType, filters: Int) throws {
        let text = try optimizedText(type)
        #expect(text.components(separatedBy: "Filter isnotnull(a)").count == filters + 1, "\(text)")
    }

    @Test(arguments: [JoinType.inner, .left, .right, .full, .leftSemi, .leftAnti])
    func theRowsAreThoseWithoutTheFilters(type: JoinType) async throws {
        let (rows, _) = try await EngineTestData.run(try Self.join(type))
        let expected: Set<[Value]> = switch type {
        case .inner: [[.integer(1), .string("x"), .string("u")]]
        case .left: [[.integer(1), .string("x"), .string("u")], [.null, .string("y"), .null], [.integer(2), .string("z"), .null]]
        case .right: [[.integer(1), .string("x"), .string("u")], [.null, .null, .string("v")], [.integer(3), .null, .string("w")]]
        case .full: [[.integer(1), .string("x"), .string("u")], [.null, .string("y"), .null], [.integer(2), .string("z"), .null],
                     [.null, .null, .string("v")], [.integer(3), .null, .string("w")]]
        case .leftSemi: [[.integer(1), .string("x")]]
        default: [[.null, .string("y")], [.integer(2), .string("z")]]
        }
        #expect(Set(rows) == expected)
        #expect(rows.count == expected.count)
    }
}
