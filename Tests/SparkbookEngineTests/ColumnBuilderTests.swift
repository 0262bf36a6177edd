import Testing
@testable import SparkbookEngine

/// Building typed columns, including the implicit numeric conversions of `append(_ value:)`.
struct ColumnBuilderTests {
    func values(_ column: ColumnVector) -> [Value] { (0..<column.count).map(column.value(at:)) }

    @Test func typedAppendsWithoutNullsCarryNoMask() {
        var builder = ColumnBuilder(type: .long, capacity: 2)
        builder.append(int64: 5)
        builder.append(int64: -1)
        let column = builder.finish()
        #expect(builder.count == 2)
        #expect(column.validity == nil)
        #expect(values(column) == [.long(5), .long(-1)])
    }

    @Test func nullsSetTheMask() {
        var builder = ColumnBuilder(type: .double)
        builder.append(double: 1.5)
        builder.appendNull()
        builder.append(.double(2))
        let column = builder.finish()
        #expect(column.validity?.nullCount == 1)
        #expect(values(column) == [.double(1.5), .null, .double(2)])
    }

    @Test func numericValuesConvertToTheColumnType() {
        var long = ColumnBuilder(type: .long)
        long.append(.integer(3))
        var double = ColumnBuilder(type: .double)
        double.append(.integer(2))
        double.append(.long(7))
        var integer = ColumnBuilder(type: .integer)
        integer.append(.long(9))
        #expect(values(long.finish()) == [.long(3)])
        #expect(values(double.finish()) == [.double(2), .double(7)])
        #expect(values(integer.finish()) == [.integer(9)])
    }

    @Test func valuesOfAnotherKindBecomeNull() {
        var strings = ColumnBuilder(type: .string)
        strings.append(.integer(1))
        strings.append(.string("ok"))
        #expect(values(strings.finish()) == [.null, .string("ok")])
        var booleans = ColumnBuilder(type: .boolean)
        booleans.append(.string("true"))
        #expect(values(booleans.finish()) == [.null])
    }

    @Test func datesAndTimestampsShareIntegerStorage() {
        var dates = ColumnBuilder(type: .date)
        dates.append(.date(19_000))
        var stamps = ColumnBuilder(type: .timestamp)
        stamps.append(.timestamp(1_700_000_000_000_000))
        let d = dates.finish(), t = stamps.finish()
        guard case .int32([19_000]) = d.storage, case .int64([1_700_000_000_000_000]) = t.storage else {
            Issue.record("dates use Int32 and timestamps Int64 storage"); return
        }
        #expect(d.value(at: 0) == .date(19_000))
        #expect(t.value(at: 0) == .timestamp(1_700_000_000_000_000))
    }

    @Test func utf8BytesAndStrings() {
        var builder = ColumnBuilder(type: .string)
        builder.append(utf8: Array("naïve".utf8))
        builder.append(string: "")
        builder.appendNull()
        #expect(values(builder.finish()) == [.string("naïve"), .string(""), .null])
    }

    @Test func aNullTypedColumnIsAllNull() {
        var builder = ColumnBuilder(type: .null)
        builder.append(.integer(1))
        builder.appendNull()
        let column = builder.finish()
        #expect(column.count == 2)
        #expect(values(column) == [.null, .null])
    }

    @Test func decimalsStoreUnscaledIntegersAtTheColumnScale() {
        var builder = ColumnBuilder(type: .decimal(precision: 5, scale: 2))
        builder.append(.decimal(DecimalValue(unscaled: 125, precision: 3, scale: 1)))
        builder.append(.integer(7))
        builder.append(.null)
        builder.append(.long(1_000_000))
        let column = builder.finish()
        guard case .int128(let values) = column.storage else { Issue.record("not decimal storage"); return }
        #expect(values[0] == 1250 && values[1] == 700)
        #expect(column.value(at: 0) == .decimal(DecimalValue(unscaled: 1250, precision: 5, scale: 2)))
        #expect(column.isNull(2))
        // A value too large for decimal(5,2) cannot be stored.
        #expect(column.isNull(3))
        #expect(column.gather([1]).value(at: 0) == .decimal(DecimalValue(unscaled: 700, precision: 5, scale: 2)))
    }

    @Test func arraysKeepTheirElementsAndNulls() {
        var b = ColumnBuilder(type: .array(element: .string, containsNull: false))
        b.append(.array([.string("a")]))
        b.appendNull()
        b.append(.string("not an array"))
        let column = b.finish()
        #expect(column.count == 3)
        #expect(column.value(at: 0) == .array([.string("a")]))
        #expect(column.isNull(1) && column.isNull(2))
    }

    @Test func aNullAfterValuesKeepsTheirValidityAndNoNullsKeepsNoMask() {
        var builder = ColumnBuilder(type: .long)
        for v in 0..<70 { builder.append(int64: Int64(v)) }
        #expect(builder.finish().validity == nil)
        builder.appendNull()
        builder.append(int64: 71)
        let column = builder.finish()
        #expect(column.count == 72)
        #expect((0..<72).filter { column.isNull($0) } == [70])
        #expect(column.value(at: 69) == .long(69))
        #expect(column.value(at: 71) == .long(71))
    }
}
