import Foundation
import Testing
@testable import SparkbookEngine

/// Row groups skipped from their statistics and dictionaries: `spark_row_groups.parquet` (Spark 4.3) has 7 row
/// groups of ids 0-2887, 2888-5775, ... and in each of them `k` in 0...6 and `v` in v0...v99, dictionary-encoded.
struct ParquetRowGroupFilterTests {
    let reader: ParquetFileReader

    init() throws {
        reader = try ParquetFileReader(path: ParquetFixtures.path("spark_row_groups.parquet"))
    }

    func groups(_ filters: [PushedFilter]) -> [Int] {
        let filter = ParquetRowGroupFilter(reader: reader, filters: filters)
        return (0..<reader.rowGroupCount).filter { filter.mightMatch(rowGroup: $0) }
    }

    @Test func comparisonsSkipRowGroupsOutsideTheirBounds() {
        #expect(groups([.greaterThanOrEqual("id", .long(6000)), .lessThan("id", .long(9000))]) == [2, 3])
        #expect(groups([.lessThanOrEqual("id", .long(2887))]) == [0])
        #expect(groups([.greaterThan("id", .long(2887)), .lessThan("id", .long(2888))]) == [])
        #expect(groups([.equalTo("id", .long(14440))]) == [5])
        #expect(groups([.in("id", [.long(1), .long(19999), .null])]) == [0, 6])
        #expect(groups([.greaterThan("k", .long(6))]) == [])
    }

    @Test func andOrAndNotCombineTheirParts() {
        #expect(groups([.or(.lessThan("id", .long(10)), .greaterThan("id", .long(19990)))]) == [0, 6])
        #expect(groups([.and(.lessThan("id", .long(10)), .greaterThan("id", .long(19990)))]) == [])
        // NOT (id = 5) cannot rule out a row group holding other ids.
        #expect(groups([.not(.equalTo("id", .long(5)))]) == Array(0..<7))
    }

    @Test func nullTestsUseTheNullCount() {
        #expect(groups([.isNull("id")]).isEmpty)
        #expect(groups([.isNotNull("v")]) == Array(0..<7))
    }

    @Test func aValueInsideTheBoundsButInNoDictionarySkipsTheRowGroup() {
        // "v100" sorts between "v0" and "v99" but no row holds it.
        #expect(groups([.equalTo("v", .string("v100"))]) == [])
        #expect(groups([.in("v", [.string("v100"), .string("v7")])]) == Array(0..<7))
        #expect(groups([.stringStartsWith("v", "w")]) == [])
        #expect(groups([.stringStartsWith("v", "v5")]) == Array(0..<7))
    }

    @Test func unknownColumnsAndTypesNeverSkip() {
        #expect(groups([.equalTo("nope", .long(1))]) == Array(0..<7))
        #expect(groups([]) == Array(0..<7))
    }

    /// `spark_row_groups_typed.parquet` (Spark 4.3, TIMESTAMP_MICROS): 5 row groups of ids 0-1487, 1488-2975, ...,
    /// `ts` one minute apart from 2023-11-14 22:13:20 UTC, and `id / 100` as decimals stored as INT32 (`d7`),
    /// INT64 (`d15`) and 16 bytes (`d25`, times 10^12).
    @Test func timestampsAndDecimalsSkipByTheirBounds() throws {
        let typed = try ParquetFileReader(path: ParquetFixtures.path("spark_row_groups_typed.parquet"))
        func groups(_ filters: [PushedFilter]) -> [Int] {
            let filter = ParquetRowGroupFilter(reader: typed, filters: filters)
            return (0..<typed.rowGroupCount).filter { filter.mightMatch(rowGroup: $0) }
        }
        let start: Int64 = 1_700_000_000 * 1_000_000
        #expect(groups([.greaterThanOrEqual("ts", .timestamp(start + 3000 * 60_000_000))]) == [2, 3, 4])
        #expect(groups([.lessThan("ts", .timestamp(start + 1488 * 60_000_000))]) == [0])
        #expect(groups([.equalTo("d7", .decimal(DecimalValue(unscaled: 5000, precision: 7, scale: 2)))]) == [3])
        #expect(groups([.greaterThan("d15", .decimal(DecimalValue(unscaled: 5951, precision: 15, scale: 2)))]) == [4])
        #expect(groups([.lessThanOrEqual("d25", .decimal(DecimalValue(unscaled: 148_800_000_000_000_000, precision: 38, scale: 2)))]) == [0, 1])
    }
}
