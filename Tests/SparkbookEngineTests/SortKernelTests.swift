import Testing
@testable import SparkbookEngine

/// The sort kernel orders as Spark does, and as the `Value` comparison it replaces: prefixes first, full
/// comparison on ties, stable.
struct SortKernelTests {
    static func order(_ type: DataType, _ values: [Value], _ directions: [SortDirection]) throws -> [Int] {
        let batch = EngineTestData.batch(StructType([StructField("a", type)]), values.map { [$0] })
        return try SortKernel.order(batch, by: directions.map { SortKey(expression: .column(index: 0, type: type), direction: $0) })
    }

    /// The order the boxed comparison gives (stable), to compare the kernel with.
    static func reference(_ values: [[Value]], _ directions: [SortDirection]) -> [Int] {
        values.indices.sorted { a, b in
            for (k, d) in directions.enumerated() {
                let c = RowSorter.compareValues(values[a][k], values[b][k], d)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
    }

    @Test func doublesOrderNaNLargestNullsAsAskedAndTiesStable() throws {
        let values: [Value] = [.double(1), .null, .double(.nan), .double(-0.0), .double(0), .double(-3), .double(.nan), .null]
        for direction in [SortDirection.ascending, .descending, SortDirection(ascending: true, nullsFirst: false),
                          SortDirection(ascending: false, nullsFirst: true)] {
            #expect(try Self.order(.double, values, [direction]) == Self.reference(values.map { [$0] }, [direction]))
        }
        #expect(try Self.order(.double, values, [.ascending]) == [1, 7, 5, 3, 4, 0, 2, 6])
    }

    @Test func stringsSharingTheirFirstEightBytesCompareInFull() throws {
        let values: [Value] = [.string("abcdefghZ"), .string("abcdefgh"), .string("abcdefghA"), .string("é"), .string("z"),
                               .string(""), .string("abcdefghA")]
        #expect(try Self.order(.string, values, [.ascending]) == [5, 1, 2, 6, 0, 4, 3])
        #expect(try Self.order(.string, values, [.descending]) == [3, 4, 0, 2, 6, 1, 5])
    }

    @Test func laterKeysBreakTiesOfTheFirst() throws {
        let schema = StructType([StructField("k", .long), StructField("s", .string), StructField("i", .integer)])
        let rows: [[Value]] = (0..<200).map { (i: Int) -> [Value] in
            let k: Value = i % 7 == 0 ? .null : .long(Int64(i % 5) - 2)
            let s: Value = i % 3 == 0 ? .null : .string("s\(i % 4)")
            return [k, s, .integer(Int32(i % 11))]
        }
        let batch = EngineTestData.batch(schema, rows)
        let directions = [SortDirection.descending, .ascending, SortDirection(ascending: false, nullsFirst: true)]
        let keys = directions.enumerated().map { SortKey(expression: .column(index: $0.offset, type: schema[$0.offset].dataType), direction: $0.element) }
        #expect(try SortKernel.order(batch, by: keys) == Self.reference(rows, directions))
    }

    @Test func integersDatesAndBooleansOrderBySignedValue() throws {
        let ints: [Value] = [.integer(5), .integer(-1), .integer(.min), .integer(.max), .integer(0)]
        #expect(try Self.order(.integer, ints, [.ascending]) == [2, 1, 4, 0, 3])
        let bools: [Value] = [.boolean(true), .boolean(false), .null, .boolean(true)]
        #expect(try Self.order(.boolean, bools, [.descending]) == [0, 3, 1, 2])
    }
}
