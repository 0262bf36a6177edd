import Testing
@testable import SparkbookEngine

/// The widening table behind comparisons and arithmetic.
struct TypeCoercionTests {
    @Test func commonTypes() {
        #expect(TypeCoercion.commonType(.integer, .integer) == .integer)
        #expect(TypeCoercion.commonType(.null, .date) == .date)
        #expect(TypeCoercion.commonType(.integer, .long) == .long)
        #expect(TypeCoercion.commonType(.long, .double) == .double)
        #expect(TypeCoercion.commonType(.date, .timestamp) == .timestamp)
        // ANSI: a string meets an integral type as BIGINT, a double as DOUBLE (Spark 4.3: `"5" + 1` is 6, a long).
        #expect(TypeCoercion.commonType(.string, .integer) == .long)
        #expect(TypeCoercion.commonType(.long, .string) == .long)
        #expect(TypeCoercion.commonType(.string, .double) == .double)
        #expect(TypeCoercion.commonType(.boolean, .string) == .string)
        #expect(TypeCoercion.commonType(.boolean, .integer) == nil)
        #expect(TypeCoercion.commonType(.date, .double) == nil)
    }

    @Test func castIsANoOpForTheSameType() {
        let column = BoundExpression.column(index: 0, type: .long)
        #expect(TypeCoercion.cast(column, to: .long) == column)
        #expect(TypeCoercion.cast(column, to: .double) == .cast(column, .double))
    }

    @Test func arraysWidenTheirElements() {
        #expect(TypeCoercion.commonType(.array(element: .integer, containsNull: false),
                                        .array(element: .long, containsNull: true))
                == .array(element: .long, containsNull: true))
        #expect(TypeCoercion.commonType(.array(element: .boolean, containsNull: false),
                                        .array(element: .date, containsNull: false)) == nil)
    }

    /// Spark 4.3 (ANSI): narrow integrals widen to the wider integral; a float meeting any other number is double.
    @Test func narrowTypesWiden() {
        #expect(TypeCoercion.commonType(.byte, .short) == .short)
        #expect(TypeCoercion.commonType(.short, .integer) == .integer)
        #expect(TypeCoercion.commonType(.byte, .long) == .long)
        #expect(TypeCoercion.commonType(.float, .integer) == .double)
        #expect(TypeCoercion.commonType(.float, .double) == .double)
        #expect(TypeCoercion.commonType(.string, .byte) == .long)
    }
}
