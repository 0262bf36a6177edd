import Foundation
@testable import SparkbookEngine

/// CSV files in a temporary directory and the general-path reference for aggregates over them.
enum TypedPathTestSupport {
    static func write(_ text: String, name: String = "data.csv") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fastpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func scan(_ path: String, options: [String: String] = ["header": "true", "inferSchema": "true"],
                     schema: StructType? = nil) throws -> LogicalPlan {
        let scan = try CSVDataSource().createScan(
            ScanRequest(paths: [path], options: options, userSchema: schema, settings: ScanSettings()))
        return .scan(ScanRelation(scan: scan, sourceName: "csv"))
    }

    /// The same aggregate computed by reading everything (or only `columns`, as a pruned scan reads) with
    /// `CSVReader` and folding it with `HashAggregator` (the pre-fast-path engine), as final rows.
    static func reference(_ plan: LogicalPlan, columns: [Int]? = nil) throws -> [[Value]] {
        guard case .aggregate(let groupBy, let output, let child) = plan, case .scan(let relation) = child else {
            fatalError("reference needs aggregate(scan)")
        }
        let columns = columns ?? Array(0..<relation.scan.schema.count)
        let schema = StructType(columns.map { relation.scan.schema[$0] })
        let spec = try AggregateBinder(input: schema).bind(groupBy: groupBy, output: output)
        var partial = HashAggregator(keys: spec.keys, keyTypes: spec.keyTypes, calls: spec.calls)
        for p in 0..<relation.scan.partitionCount {
            try partial.consume(relation.scan.read(partition: p, columns: columns))
        }
        var final = HashAggregator(keys: [], keyTypes: spec.keyTypes, calls: spec.calls)
        for batch in partial.partialBatches(partitions: 1) { try final.merge(batch) }
        let result = try final.finalBatch(schema: spec.resultSchema)
        let out = RecordBatch(schema: spec.outputSchema, columns: try spec.output.map { try $0.evaluate(result) },
                              rowCount: result.rowCount)
        return (0..<out.rowCount).map { out.row($0) }
    }
}
