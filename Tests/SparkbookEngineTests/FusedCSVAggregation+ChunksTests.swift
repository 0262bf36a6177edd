import Foundation
import SparkbookCluster
import Testing
@testable import SparkbookEngine
import SparkbookUtilities

/// The fused scan over inputs larger than one structural-index chunk, cut into several splits, with unusual lines
/// scattered everywhere (chunk edges, split edges, a line longer than a chunk): rows equal the general path's,
/// in the same order.
struct FusedCSVAggregationChunksTests {
    static let schema = StructType([StructField("id", .integer), StructField("key", .string),
                                    StructField("dev", .string), StructField("amount", .double),
                                    StructField("n", .integer)])

    /// About 400 KB of events; one line in ten is unusual.
    static func text(seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        let keys = ["US", "DE", "a longer country key", "FR", "United Kingdom"]
        var lines = ["id,key,dev,amount,n"]
        for i in 0..<12_000 {
            let key = keys[random.next(below: keys.count)]
            let dev = ["mobile", "tablet", "desktop"][random.next(below: 3)]
            let amount = "\(random.next(below: 4_000)).\(["25", "5", "75", "0"][random.next(below: 4)])"
            let n = random.next(below: 100)
            let regular = "\(i),\(key),\(dev),\(amount),\(n)"
            switch random.next(below: 60) {
            case 0: lines.append("\(i),\"\(key), quoted\",\(dev),\(amount),\(n)")
            case 1: lines.append("\(i),\(key),\(dev),,\(n)")
            case 2: lines.append(" \(regular)")
            case 3: lines.append("")
            case 4: lines.append(regular + "\r")
            case 5: lines.append("\(i),\(key),\(dev)")
            case 6: lines.append(regular + ",extra")
            case 7: lines.append("\(i),\(key),\(dev),NaN,\(n)")
            case 8: lines.append("\(i),\(key),\(dev),1e2,\(n)")
            case 9: lines.append("\(i),\(key),\(dev),\(amount),")
            case 10: lines.append("id,key,dev,amount,n")
            case 11: lines.append("\(i),\(key),\"\(dev)\",\(amount),\(n)")
            case 12: lines.append("   ")
            default: lines.append(regular)
            }
            if i == 5_000 { lines.append("\(i),\(String(repeating: "k", count: 70_000)),\(dev),\(amount),\(n)") }
        }
        return lines.joined(separator: "\n")
    }

    static func scan(_ path: String, mode: String) throws -> LogicalPlan {
        let settings = ScanSettings(maxPartitionBytes: 90_000, openCostInBytes: 0)
        let scan = try CSVDataSource().createScan(
            ScanRequest(paths: [path], options: ["header": "true", "mode": mode], userSchema: schema,
                        settings: settings))
        return .scan(ScanRelation(scan: scan, sourceName: "csv"))
    }

    func compare(_ plan: LogicalPlan, columns: [Int]? = nil) async throws {
        let (rows, _) = try await EngineTestData.run(plan, shufflePartitions: 1)
        let expected = try TypedPathTestSupport.reference(plan, columns: columns)
        // NaN sums compare unequal as Values; compare their text, in order.
        #expect(rows.map { "\($0)" } == expected.map { "\($0)" })
    }

    @Test(arguments: ["PERMISSIVE", "DROPMALFORMED"])
    func everyColumnRead(mode: String) async throws {
        let path = try TypedPathTestSupport.write(Self.text(seed: 11))
        let scan = try Self.scan(path, mode: mode)
        try await compare(.aggregate(
            groupBy: [.column("key"), .column("dev")],
            output: [.column("key"), .column("dev"), .aggregate(.count, .star), .aggregate(.sum, .column("amount")),
                     .aggregate(.avg, .column("n")), .aggregate(.count, .column("amount")),
                     .aggregate(.sum, .column("id"))],
            scan))
    }

    @Test(arguments: ["PERMISSIVE", "DROPMALFORMED"])
    func prunedColumns(mode: String) async throws {
        let path = try TypedPathTestSupport.write(Self.text(seed: 12))
        let scan = try Self.scan(path, mode: mode)
        try await compare(.aggregate(groupBy: [.column("dev")],
                                     output: [.column("dev"), .aggregate(.sum, .column("amount")),
                                              .aggregate(.count, .star)],
                                     scan),
                          columns: [2, 3])
    }
}
