import SparkbookUtilities
import Testing
@testable import SparkbookEngine

/// The typed `row_number` limit keeps exactly the rows the general limiter keeps, and declines what it cannot
/// order exactly.
struct RowNumberGroupLimitTests {
    static func spec(_ keyType: DataType, _ orderType: DataType, _ direction: SortDirection, limit: Int)
        -> WindowGroupLimitSpec {
        WindowGroupLimitSpec(partitionKeys: [.column(index: 0, type: keyType)],
                             orderKeys: [SortKey(expression: .column(index: 1, type: orderType), direction: direction)],
                             function: .rowNumber, limit: limit, mode: .partial)
    }

    static func randomRows(_ n: Int, keyType: DataType, orderType: DataType, seed: UInt64) -> [[Value]] {
        var random = SplitMix64(seed: seed)
        return (0..<n).map { _ in
            let g = Int.random(in: 0..<40, using: &random)
            let key: Value = switch keyType {
            case .string: g == 0 ? .null : .string(g % 2 == 0 ? "group-with-a-long-name-\(g)" : "g\(g)")
            case .long: g == 0 ? .null : .long(Int64(g) << 40)
            default: .integer(Int32(g))
            }
            let v = Int.random(in: 0..<30, using: &random)
            let order: Value = switch orderType {
            case .double: v == 0 ? .double(.nan) : (v == 1 ? .double(-0.0) : .double(Double(v % 12) / 4))
            case .long: .long(Int64(v % 9) - 4)
            default: .integer(Int32(v % 9) - 4)
            }
            return [key, order]
        }
    }

    @Test func keepsWhatTheGeneralLimiterKeeps() throws {
        var seed: UInt64 = 1
        for keyType in [DataType.string, .long, .integer] {
            for orderType in [DataType.double, .long, .integer] {
                for direction in [SortDirection.ascending, .descending] {
                    for limit in [1, 2, 5] {
                        seed += 1
                        let schema = StructType([StructField("g", keyType), StructField("v", orderType)])
                        let batch = EngineTestData.batch(schema, Self.randomRows(3000, keyType: keyType,
                                                                                 orderType: orderType, seed: seed))
                        let spec = Self.spec(keyType, orderType, direction, limit: limit)
                        let limiter = WindowGroupLimiter(spec: spec, schema: schema)
                        let typed = try #require(RowNumberGroupLimit(spec))
                        let expected = try limiter.generalKeptRows(batch)
                        #expect(typed.keptRows(partition: [batch.columns[0]], order: batch.columns[1],
                                               rowCount: batch.rowCount) == expected)
                    }
                }
            }
        }
    }

    @Test func declinesNullOrderValuesDoubleKeysAndOtherFunctions() {
        let schema = StructType([StructField("g", .integer), StructField("v", .double)])
        let batch = EngineTestData.batch(schema, [[.integer(1), .double(1)], [.integer(1), .null]])
        let typed = RowNumberGroupLimit(Self.spec(.integer, .double, .descending, limit: 2))
        #expect(typed?.keptRows(partition: [batch.columns[0]], order: batch.columns[1], rowCount: 2) == nil)
        #expect(RowNumberGroupLimit(Self.spec(.double, .double, .descending, limit: 2)) == nil)
        #expect(RowNumberGroupLimit(Self.spec(.integer, .string, .descending, limit: 2)) == nil)
        let rank = WindowGroupLimitSpec(partitionKeys: [.column(index: 0, type: .integer)],
                                        orderKeys: [SortKey(expression: .column(index: 1, type: .double), direction: .descending)],
                                        function: .rank, limit: 2, mode: .partial)
        #expect(RowNumberGroupLimit(rank) == nil)
    }
}
