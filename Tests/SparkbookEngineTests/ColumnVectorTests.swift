import Testing
@testable import SparkbookEngine

/// Reading, gathering and slicing typed columns.
struct ColumnVectorTests {
    func values(_ column: ColumnVector) -> [Value] { (0..<column.count).map(column.value(at:)) }

    var strings: ColumnVector {
        var b = ColumnBuilder(type: .string)
        for v: Value in [.string("a"), .null, .string("ccc"), .string("dd")] { b.append(v) }
        return b.finish()
    }

    @Test func gatherKeepsValuesAndNullsInTheGivenOrder() {
        let gathered = strings.gather([3, 1, 0, 3])
        #expect(values(gathered) == [.string("dd"), .null, .string("a"), .string("dd")])
        #expect(gathered.dataType == .string)
    }

    @Test func gatherOfNumbersWithoutNulls() {
        let column = ColumnVector(dataType: .integer, storage: .int32([5, 6, 7]))
        #expect(values(column.gather([2, 0])) == [.integer(7), .integer(5)])
        #expect(column.gather([2, 0]).validity == nil)
        #expect(column.gather([]).count == 0)
    }

    @Test func prefixTakesTheFirstRows() {
        #expect(values(strings.prefix(2)) == [.string("a"), .null])
        #expect(strings.prefix(10).count == 4)
    }

    @Test func constantRepeatsAValue() {
        #expect(values(ColumnVector.constant(.integer(4), type: .long, count: 3)) == [.long(4), .long(4), .long(4)])
        let nulls = ColumnVector.constant(.null, type: .string, count: 2)
        #expect(nulls.isNull(0) && nulls.isNull(1))
    }

    @Test func theDataTypeDecidesHowStorageReads() {
        let dates = ColumnVector(dataType: .date, storage: .int32([1]))
        let ints = ColumnVector(dataType: .integer, storage: .int32([1]))
        #expect(dates.value(at: 0) == .date(1))
        #expect(ints.value(at: 0) == .integer(1))
        #expect(ColumnVector(dataType: .null, storage: .null(count: 3)).isNull(2))
    }

    @Test func arrayColumnsGatherWholeRows() {
        var b = ColumnBuilder(type: .array(element: .long, containsNull: true))
        for v: Value in [.array([.long(1), .null]), .null, .array([])] { b.append(v) }
        let column = b.finish()
        #expect(values(column.gather([2, 0, 1])) == [.array([]), .array([.long(1), .null]), .null])
        #expect(column.prefix(1).count == 1)
    }
}
