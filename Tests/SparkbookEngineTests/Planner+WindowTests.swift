import Testing
@testable import SparkbookEngine

/// Windows of several specifications in one select: one window operator (exchange and sort) per distinct
/// partitioning and ordering, every function computed over its own window.
struct PlannerWindowTests {
    static let schema = StructType([StructField("k", .string), StructField("t", .integer), StructField("x", .integer)])
    static let rows: [[Value]] = [
        [.string("a"), .integer(1), .integer(10)], [.string("b"), .integer(1), .integer(5)],
        [.string("a"), .integer(2), .integer(20)], [.string("b"), .integer(3), .integer(7)],
        [.string("a"), .integer(3), .null],
    ]

    static func plan(_ expressions: [Expression]) -> LogicalPlan {
        .window(expressions, .local(EngineTestData.relation(schema, rows, partitions: 2)))
    }

    @Test func differentlySpecifiedWindowsEachComputeOverTheirOwnWindow() async throws {
        let byKey = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("t")])
        let byValue = WindowSpecification(orderBy: [.sortOrder(.column("x"), .descending)])
        let plan = Self.plan([.star, .alias(.window(.rowNumber, byKey), name: "rn"),
                              .alias(.window(.aggregate(.sum, .column("x")), byValue), name: "s"),
                              .alias(.window(.aggregate(.max, .column("x")), byKey), name: "m")])
        #expect(try Planner().schema(of: plan).names == ["k", "t", "x", "rn", "s", "m"])
        let (rows, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 3)
        let byRow = Dictionary(uniqueKeysWithValues: rows.map { (["\($0[0])", "\($0[1])"], Array($0[3...])) })
        // Descending x puts the null last: its running sum is the whole total.
        #expect(byRow[[#"string("a")"#, "integer(1)"]] == [.integer(1), .long(30), .integer(10)])
        #expect(byRow[[#"string("a")"#, "integer(2)"]] == [.integer(2), .long(20), .integer(20)])
        #expect(byRow[[#"string("a")"#, "integer(3)"]] == [.integer(3), .long(42), .integer(20)])
        #expect(byRow[[#"string("b")"#, "integer(1)"]] == [.integer(1), .long(42), .integer(5)])
        #expect(byRow[[#"string("b")"#, "integer(3)"]] == [.integer(2), .long(37), .integer(7)])
        // The unpartitioned window goes first: its one partition holds every key, so the keyed window
        // needs no exchange of its own (as Spark plans it).
        #expect(scheduler.stages.count == 2)
    }

    @Test func schemaNullabilityIsSparks() throws {
        let spec = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("t")])
        let plan = Self.plan([.alias(.window(.rowNumber, spec), name: "rn"), .alias(.window(.rank, spec), name: "rk"),
                              .alias(.window(.aggregate(.count, .column("x")), spec), name: "n"),
                              .alias(.window(.aggregate(.sum, .column("x")), spec), name: "s"),
                              .alias(.window(.lag(.column("t"), offset: 1, defaultValue: .null), spec), name: "prev"),
                              .alias(.window(.lead(.literal(.integer(1)), offset: 1, defaultValue: .integer(0)), spec), name: "next")])
        let schema = try Planner().schema(of: plan)
        #expect(schema.fields.map(\.nullable) == [false, false, false, true, true, false])
    }

    @Test func eachNewPartitioningGetsItsOwnExchange() async throws {
        let byKey = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("t")])
        let byKeyUnordered = WindowSpecification(partitionBy: [.column("k")])
        let byTime = WindowSpecification(partitionBy: [.column("t")], orderBy: [.column("x")])
        let plan = Self.plan([.column("k"), .column("t"), .alias(.window(.rowNumber, byKey), name: "a"),
                              .alias(.window(.aggregate(.count, .star), byTime), name: "b"),
                              .alias(.window(.aggregate(.max, .column("x")), byKeyUnordered), name: "c")])
        let (rows, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 3)
        let byRow = Dictionary(uniqueKeysWithValues: rows.map { (["\($0[0])", "\($0[1])"], Array($0[2...])) })
        #expect(byRow[[#"string("a")"#, "integer(1)"]] == [.integer(1), .long(2), .integer(20)])
        #expect(byRow[[#"string("b")"#, "integer(3)"]] == [.integer(2), .long(2), .integer(7)])
        // Scan, the exchange on k (serving both k windows), the exchange on t, then the result stage.
        #expect(scheduler.stages.count == 3)
    }

    @Test func windowsSharingPartitioningAndOrderingShareOneOperator() async throws {
        let spec = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("t")])
        let framed = WindowSpecification(partitionBy: [.column("k")], orderBy: [.column("t")],
                                         frame: WindowFrame(.rows, start: -1, end: 0))
        let plan = Self.plan([.column("k"), .alias(.window(.rank, spec), name: "r"),
                              .alias(.window(.aggregate(.sum, .column("x")), framed), name: "s")])
        let (rows, scheduler) = try await EngineTestData.run(plan, shufflePartitions: 3)
        #expect(rows.count == 5)
        #expect(scheduler.stages.filter { $0.name == "window" }.count == 1)
    }
}
