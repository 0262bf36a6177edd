import Testing
@testable import SparkbookEngine

/// Rows of one group hash alike (NaN payloads, -0.0 and 0.0, equal strings, nulls); other keys almost never do.
struct KeyHashTests {
    @Test func rowsOfOneGroupShareTheirHash() {
        let schema = StructType([StructField("d", .double), StructField("s", .string), StructField("i", .integer)])
        let otherNaN = Double(bitPattern: Double.nan.bitPattern | 1)
        let batch = EngineTestData.batch(schema, [
            [.double(.nan), .string("a"), .integer(1)], [.double(otherNaN), .string("a"), .integer(1)],
            [.double(-0.0), .null, .null], [.double(0.0), .null, .null],
            [.double(0.0), .string(""), .integer(0)], [.double(1), .string("ab"), .integer(1)],
            [.double(1), .string("a"), .integer(1)],
        ])
        let h = KeyHash.hashes(batch.columns, rowCount: batch.rowCount)
        #expect(h[0] == h[1])
        #expect(h[2] == h[3])
        #expect(Set(h[3...]).count == 4)
        #expect(h[0] != h[6])
    }

    @Test func distinctKeysRarelyCollide() {
        let column = ColumnVector(dataType: .long, storage: .int64((0..<100_000).map(Int64.init)))
        #expect(Set(KeyHash.hashes([column], rowCount: 100_000)).count == 100_000)
    }
}
