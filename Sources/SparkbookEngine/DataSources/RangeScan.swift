/// `spark.range(start, end, step, numPartitions)` as a scan, as Spark's Range operator is a leaf: each task
/// generates its partition's ids when it runs (in batches when streamed), so a range of a trillion rows costs
/// nothing to define and a job over it is long by data, not by a driver-side array.
public struct RangeScan: DataScan, StreamingScan {
    public let start: Int64
    public let end: Int64
    public let step: Int64
    public let partitionCount: Int
    /// How many ids the range holds.
    public let count: Int64

    /// `step` must not be 0 (the caller reports Spark's error).
    public init(start: Int64, end: Int64, step: Int64, partitions: Int) {
        self.start = start
        self.end = end
        self.step = step
        self.partitionCount = max(1, partitions)
        let span = end.subtractingReportingOverflow(start)
        // Spark counts in BigInt; a span that overflows Int64 is clamped (no such range fits in memory anyway).
        let distance = span.overflow ? (step > 0 ? Int64.max : Int64.min) : span.partialValue
        let rounded = distance.addingReportingOverflow(step > 0 ? step - 1 : step + 1)
        count = max(0, (rounded.overflow ? distance : rounded.partialValue) / step)
    }

    public var schema: StructType { StructType([StructField("id", .long, nullable: false)]) }

    /// Partition `index` holds ids number `lo..<hi`, split evenly as Spark's Range splits them.
    func bounds(_ index: Int) -> Range<Int64> {
        guard index < partitionCount else { return count..<count }
        func share(_ p: Int) -> Int64 {
            let product = UInt64(count).multipliedFullWidth(by: UInt64(p))
            return Int64(UInt64(partitionCount).dividingFullWidth(product).quotient)
        }
        return share(index)..<share(index + 1)
    }

    public func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        batch(bounds(index), columns: columns)
    }

    public func forEachBatch(partition index: Int, columns: [Int], maxRows: Int,
                             _ body: (RecordBatch) throws -> Void) throws {
        let all = bounds(index)
        var lo = all.lowerBound
        repeat {
            let hi = min(all.upperBound, lo + Int64(max(1, maxRows)))
            try body(batch(lo..<hi, columns: columns))
            lo = hi
        } while lo < all.upperBound
    }

    /// The ids number `numbers` (only `id` is a column; a pruned scan keeps just the row count).
    private func batch(_ numbers: Range<Int64>, columns: [Int]) -> RecordBatch {
        let rows = Int(numbers.count)
        let fields = columns.map { schema[$0] }
        let ids = ColumnVector(dataType: .long, storage: .int64(numbers.map { start &+ $0 &* step }))
        return RecordBatch(schema: StructType(fields), columns: columns.map { _ in ids }, rowCount: rows)
    }

    /// `Range (0, 10, step=1, splits=2)`, as Spark's physical plan shows it.
    public var explainText: String { "Range (\(start), \(end), step=\(step), splits=\(partitionCount))" }

    /// `Range (0, 10, step=1, splits=Some(2))`: the logical plans print the partition count as Scala's Option.
    public var logicalPlanText: String { "Range (\(start), \(end), step=\(step), splits=Some(\(partitionCount)))" }
}
