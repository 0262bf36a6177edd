import Testing
@testable import SparkbookEngine

/// A literal spread over a batch is the column a builder would make from the value repeated.
struct ColumnVectorRepeatingTests {
    @Test(arguments: [
        (Value.integer(4), DataType.integer), (.long(-2), .long), (.double(-0.0), .double), (.boolean(true), .boolean),
        (.string("é!"), .string), (.binary([0, 255]), .binary), (.date(3), .date),
        (.decimal(DecimalValue(unscaled: 125, precision: 5, scale: 2)), .decimal(precision: 5, scale: 2)),
        (.array([.integer(1), .null]), .array(element: .integer, containsNull: true)), (.null, .integer), (.null, .null),
        (.null, .string),
    ])
    func constantEqualsTheValueAppendedPerRow(_ value: Value, _ type: DataType) {
        for count in [0, 1, 5, 65] {
            var builder = ColumnBuilder(type: type, capacity: count)
            for _ in 0..<count { builder.append(value) }
            let expected = builder.finish(), constant = ColumnVector.constant(value, type: type, count: count)
            #expect(constant.count == count && constant.dataType == type)
            #expect((0..<count).allSatisfy { VectorTestSupport.identical(constant.value(at: $0), expected.value(at: $0)) })
            #expect((constant.validity?.nullCount ?? 0) == (expected.validity?.nullCount ?? 0))
        }
    }
}
