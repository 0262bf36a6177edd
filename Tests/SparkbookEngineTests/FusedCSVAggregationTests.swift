import Foundation
import Testing
@testable import SparkbookEngine

/// The fused scan + partial aggregate gives what the general reader and `HashAggregator` give, on lines the
/// fast byte parser reads and on lines it hands to the tokenizer (quotes, nulls, odd numbers, short rows).
struct FusedCSVAggregationTests {
    static let tricky = """
        id,country,device,amount,n
        1,US,mobile,165.32,3
        2,"US, East",tablet,13.58,4
        3,US,mobile,,5
        4,DE,desktop,1e3,6
        5,DE,desktop,NaN,7
        6,United Kingdom of Great Britain,mobile,+2.5,8
        7,United Kingdom of Great Britain,mobile,-0.0,
        8,,tablet,7,9

        9,FR,"tab""let",0.1,10
        10,FR
        11,US,mobile,.5,2147483647
        12,US,mobile,5.,-2147483648
        13,DE,desktop,12345678901234567,1

        """

    static func plan(_ scan: LogicalPlan) -> LogicalPlan {
        .aggregate(groupBy: [.column("country"), .column("device")],
                   output: [.column("country"), .column("device"), .aggregate(.count, .star),
                            .aggregate(.sum, .column("amount")), .aggregate(.avg, .column("n")),
                            .aggregate(.count, .column("amount")), .aggregate(.sum, .column("n"))],
                   scan)
    }

    @Test func fusedResultsEqualTheGeneralPath() async throws {
        let path = try TypedPathTestSupport.write(Self.tricky)
        let plan = Self.plan(try TypedPathTestSupport.scan(path))
        let (rows, _) = try await EngineTestData.run(plan)
        let expected = try TypedPathTestSupport.reference(plan)
        #expect(rows.count == expected.count)
        // NaN sums compare unequal as Values; compare their text.
        #expect(Set(rows.map { "\($0)" }) == Set(expected.map { "\($0)" }))
    }

    @Test func crlfLinesAndAMissingLastNewlineAreRead() async throws {
        let path = try TypedPathTestSupport.write("k,v\r\na,1.5\r\nb,2\r\na,3")
        let scan = try TypedPathTestSupport.scan(path)
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")],
                                         output: [.column("k"), .aggregate(.sum, .column("v"))], scan)
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows) == [[.string("a"), .double(4.5)], [.string("b"), .double(2)]])
    }

    @Test func dropMalformedDropsAndFailFastThrowsAsTheReaderDoes() async throws {
        let path = try TypedPathTestSupport.write("k,v\na,1\na,x\nb,2\n")
        let schema = StructType([StructField("k", .string), StructField("v", .integer)])
        let drop = try TypedPathTestSupport.scan(path, options: ["header": "true", "mode": "DROPMALFORMED"], schema: schema)
        // v is read (summed), so its bad value drops the line; with only count(*) it would not be parsed
        // at all (Spark's CSV column pruning), and the line would count.
        let plan = LogicalPlan.aggregate(groupBy: [.column("k")],
                                         output: [.column("k"), .aggregate(.count, .star), .aggregate(.sum, .column("v"))], drop)
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows) == [[.string("a"), .long(1), .long(1)], [.string("b"), .long(1), .long(2)]])
        let countOnly = LogicalPlan.aggregate(groupBy: [.column("k")], output: [.column("k"), .aggregate(.count, .star)], drop)
        #expect(Set(try await EngineTestData.run(countOnly).rows) == [[.string("a"), .long(2)], [.string("b"), .long(1)]])
        let fail = try TypedPathTestSupport.scan(path, options: ["header": "true", "mode": "FAILFAST"], schema: schema)
        await #expect(throws: SparkError.self) {
            _ = try await EngineTestData.run(.aggregate(groupBy: [.column("k")],
                                                        output: [.column("k"), .aggregate(.sum, .column("v"))], fail))
        }
    }

    @Test func integerKeysAndSplitsAcrossManyBlocks() async throws {
        var text = "g,v\n"
        for i in 0..<20_000 { text += "\(i % 7 - 3),\(i)\n" }
        let path = try TypedPathTestSupport.write(text)
        let plan = LogicalPlan.aggregate(groupBy: [.column("g")],
                                         output: [.column("g"), .aggregate(.count, .star), .aggregate(.sum, .column("v"))],
                                         try TypedPathTestSupport.scan(path))
        let (rows, _) = try await EngineTestData.run(plan)
        #expect(Set(rows) == Set(try TypedPathTestSupport.reference(plan)))
        #expect(rows.count == 7)
    }

    @Test func aFusedPlanNeedsFastTypesAndSimpleOptions() throws {
        let path = try TypedPathTestSupport.write("d,v\n2024-01-01,1\n")
        let scan = try CSVDataSource().createScan(ScanRequest(paths: [path], options: ["header": "true", "inferSchema": "true"],
                                                              userSchema: nil, settings: ScanSettings())) as! CSVScan
        let dateKey = AggregateSpec(keys: [.column(index: 0, type: .date)], keyTypes: [.date],
                                    calls: [AggregateCall(function: .count, input: nil)], output: [], outputSchema: StructType([]))
        let plan = try #require(TypedAggregationPlan(dateKey))
        #expect(FusedCSVAggregation(reader: scan.reader, columns: [0, 1], plan: plan) == nil)
        var trimmed = scan.reader.options
        trimmed.ignoreLeadingWhiteSpace = true
        let intKey = AggregateSpec(keys: [.column(index: 1, type: .integer)], keyTypes: [.integer],
                                   calls: [AggregateCall(function: .count, input: nil)], output: [], outputSchema: StructType([]))
        let intPlan = try #require(TypedAggregationPlan(intKey))
        #expect(FusedCSVAggregation(reader: scan.reader, columns: [0, 1], plan: intPlan) != nil)
        let trimmingReader = CSVReader(schema: scan.schema, options: trimmed)
        #expect(FusedCSVAggregation(reader: trimmingReader, columns: [0, 1], plan: intPlan) == nil)
    }
}
