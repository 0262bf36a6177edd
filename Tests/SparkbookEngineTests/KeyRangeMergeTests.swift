import Testing
@testable import SparkbookEngine

/// Sorted runs of distinct keys merged by key ranges: every key's rows from every run fall in one chunk, chunks
/// come in key order, and the first row of each key in a chunk is the one from the earliest run holding it.
struct KeyRangeMergeTests {
    static let schema = StructType([StructField("k", .string), StructField("d", .double), StructField("run", .long)])

    /// Run `r`: a deterministic subset of the keys, sorted as `SortKernel` sorts them, cut into batches of `size`.
    static func run(_ r: Int, size: Int) throws -> [RecordBatch] {
        let keys: [[Value]] = (0..<120).compactMap { i -> [Value]? in
            guard (i * (r + 3)) % (r + 2) != 1 else { return nil }
            let k: Value = i % 13 == 0 ? .null : .string("k\(i % 40)")
            let d: Value = i % 40 == 7 ? .double(.nan) : (i % 40 == 9 ? .double(-0.0) : .double(Double(i / 40)))
            return [k, d, .long(Int64(r))]
        }
        var distinct: [[Value]] = []
        for key in keys where !distinct.contains(where: { $0[0] == key[0] && sameDouble($0[1], key[1]) }) {
            distinct.append(key)
        }
        let batch = EngineTestData.batch(schema, distinct)
        let order = try SortKernel.order(batch, by: [
            SortKey(expression: .column(index: 0, type: .string), direction: .ascending),
            SortKey(expression: .column(index: 1, type: .double), direction: .ascending),
        ])
        let sorted = batch.gather(order)
        return stride(from: 0, to: sorted.rowCount, by: size).map { sorted.gather(Array($0..<min(sorted.rowCount, $0 + size))) }
    }

    static func sameDouble(_ a: Value, _ b: Value) -> Bool {
        guard case .double(let x) = a, case .double(let y) = b else { return a == b }
        return KeyColumn.compareDoubles(x, y) == 0
    }

    @Test func everyKeyFallsInOneChunkWithItsEarliestRunFirst() throws {
        let runs = try (0..<4).map { try Self.run($0, size: 7 + $0 * 5) }
        let sources = runs.map { batches in { (i: Int) -> RecordBatch? in i < batches.count ? batches[i] : nil } }
        var seen: [[Value]] = []
        var previousLast: (keys: [KeyColumn], row: Int)?
        var total = 0
        try KeyRangeMerge.forEachChunk(runs: sources, keyColumns: [0, 1]) { slices in
            #expect(slices.map(\.run) == slices.map(\.run).sorted())
            let chunk = KeyRangeMerge.rows(of: slices, schema: Self.schema)
            let first = KeyRangeMerge.firstOfKey(slices)
            total += chunk.rowCount
            var keysHere: [[Value]] = []
            for row in 0..<chunk.rowCount {
                let key = [chunk.columns[0].value(at: row), chunk.columns[1].value(at: row)]
                let earlier = keysHere.contains { $0[0] == key[0] && Self.sameDouble($0[1], key[1]) }
                #expect(first[row] == !earlier)
                if !earlier { keysHere.append(key) }
                // No key of this chunk appeared in an earlier chunk.
                #expect(!seen.contains { $0[0] == key[0] && Self.sameDouble($0[1], key[1]) })
                // Keys above the previous chunk's largest.
                if let previousLast {
                    let keys = chunk.columns.prefix(2).map(KeyColumn.init)
                    #expect(KeyRangeMerge.compare(keys, row, previousLast.keys, previousLast.row) > 0)
                }
            }
            seen += keysHere
            let keys = slices.last!.keys
            previousLast = (keys, slices.map { $0.rows.upperBound - 1 }.last!)
            for slice in slices where KeyRangeMerge.compare(slice.keys, slice.rows.upperBound - 1,
                                                            previousLast!.keys, previousLast!.row) > 0 {
                previousLast = (slice.keys, slice.rows.upperBound - 1)
            }
        }
        #expect(total == runs.joined().reduce(0) { $0 + $1.rowCount })
        #expect(seen.count > 40)
    }
}
