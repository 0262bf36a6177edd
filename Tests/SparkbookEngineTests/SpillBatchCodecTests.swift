import Testing
@testable import SparkbookEngine

/// Batches written to spill files read back identical, for every storage kind with and without nulls.
struct SpillBatchCodecTests {
    static let schema = StructType([
        StructField("i", .integer), StructField("l", .long), StructField("d", .double), StructField("b", .boolean),
        StructField("s", .string), StructField("m", .decimal(precision: 20, scale: 2)), StructField("n", .null),
    ])

    static func batch(_ n: Int) -> RecordBatch {
        EngineTestData.batch(schema, (0..<n).map(row))
    }

    static func row(_ i: Int) -> [Value] {
        let int: Value = i % 3 == 0 ? .null : .integer(Int32(i))
        let double: Value = i % 5 == 0 ? .null : .double(Double(i) / 3)
        let string: Value = i % 4 == 0 ? .null : .string("row \(i) é")
        let decimal = DecimalValue(unscaled: Int128(i) * 1_000_000_007, precision: 20, scale: 2)
        return [int, .long(Int64(i) << 40), double, .boolean(i % 2 == 0), string, .decimal(decimal), .null]
    }

    static func rows(_ b: RecordBatch) -> [[Value]] { (0..<b.rowCount).map { b.row($0) } }

    @Test(arguments: [0, 1, 70, 1000])
    func roundTrips(rows n: Int) throws {
        let original = Self.batch(n)
        let decoded = try SpillBatchCodec.decode(SpillBatchCodec.encode(original), schema: Self.schema)
        #expect(decoded.rowCount == n)
        #expect(Self.rows(decoded) == Self.rows(original))
        #expect(decoded.byteSize == original.byteSize)
    }

    @Test func aTruncatedBatchIsAnError() {
        let bytes = SpillBatchCodec.encode(Self.batch(10))
        #expect(throws: SpillBatchCodec.Corrupt.self) {
            try SpillBatchCodec.decode(Array(bytes.prefix(bytes.count - 3)), schema: Self.schema)
        }
    }
}
