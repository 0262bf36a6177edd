import Testing
@testable import SparkbookEngine

@Suite struct PlannerGenerateTests {
    let schema = StructType([StructField("k", .string), StructField("xs", .array(element: .string, containsNull: false))])

    func local(_ rows: [[Value]]) -> LogicalPlan {
        .local(EngineTestData.relation(schema, rows, partitions: 2))
    }

    @Test func selectWithExplodeRunsAsAGenerate() async throws {
        let plan = LogicalPlan.project([.column("k"), .alias(.function("explode", [.column("xs")]), name: "x")],
                                       local([[.string("a"), .array([.string("p"), .string("q")])], [.string("b"), .null]]))
        let out = try Planner().schema(of: plan)
        #expect(out.names == ["k", "x"])
        #expect(!out[1].nullable)
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.string("a"), .string("p")], [.string("a"), .string("q")]])
    }

    @Test func starBeforeTheGeneratorShiftsItsColumn() throws {
        let plan = LogicalPlan.project([.star, .function("explode_outer", [.column("xs")])], local([]))
        let out = try Planner().schema(of: plan)
        #expect(out.names == ["k", "xs", "col"])
        #expect(out[2].nullable)
    }

    @Test func misplacedGeneratorsAreRefused() {
        let nested = #expect(throws: SparkError.self) {
            try Planner().schema(of: .project([.function("upper", [.function("explode", [.column("xs")])])], local([])))
        }
        #expect(nested?.errorClass == "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS")
        let two = #expect(throws: SparkError.self) {
            try Planner().schema(of: .project([.function("explode", [.column("xs")]), .function("explode", [.column("xs")])], local([])))
        }
        #expect(two?.errorClass == "UNSUPPORTED_FEATURE")
        let scalar = #expect(throws: SparkError.self) {
            try Planner().schema(of: .project([.function("explode", [.column("k")])], local([])))
        }
        #expect(scalar?.message.contains("\"explode(k)\"") == true)
    }

    @Test func multiColumnGeneratorsNameTheirColumnsAsSpark() throws {
        let posexplode = LogicalPlan.project([.column("k"), .function("posexplode", [.column("xs")])], local([]))
        #expect(try Planner().schema(of: posexplode).names == ["k", "pos", "col"])
        let aliased = LogicalPlan.project([.function(GeneratorCall.multiAlias, [.function("posexplode", [.column("xs")]),
                                                                                .literal(.string("p")), .literal(.string("x"))])], local([]))
        #expect(try Planner().schema(of: aliased).names == ["p", "x"])
        let wrong = #expect(throws: SparkError.self) {
            try Planner().schema(of: .project([.alias(.function("posexplode", [.column("xs")]), name: "p")], local([])))
        }
        #expect(wrong?.errorClass == "UDTF_ALIAS_NUMBER_MISMATCH")
    }

    @Test func stackRunsAsAGenerateBesideOtherColumns() async throws {
        let plan = LogicalPlan.project([.function("stack", [.literal(.integer(2)), .column("k"), .literal(.string("z")), .column("k")]),
                                        .column("k")],
                                       local([[.string("a"), .array([])]]))
        #expect(try Planner().schema(of: plan).names == ["col0", "col1", "k"])
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(rows == [[.string("a"), .string("z"), .string("a")], [.string("a"), .null, .string("a")]])
    }
}
