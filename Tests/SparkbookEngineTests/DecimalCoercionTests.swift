import Testing
@testable import SparkbookEngine

struct DecimalCoercionTests {
    private let schema = StructType([
        StructField("a", .decimal(precision: 10, scale: 2)), StructField("i", .integer), StructField("l", .long),
        StructField("d", .double),
    ])

    private func type(_ e: Expression) throws -> DataType { try ExpressionBinder(schema: schema).bind(e).dataType }

    /// Recorded from PySpark 4.3 `df.dtypes`.
    @Test func mixedOperandsWidenAsSparkDoes() throws {
        #expect(try type(.binary(.add, .column("a"), .column("i"))) == .decimal(precision: 13, scale: 2))
        #expect(try type(.binary(.multiply, .column("a"), .column("l"))) == .decimal(precision: 31, scale: 2))
        #expect(try type(.binary(.divide, .column("a"), .column("i"))) == .decimal(precision: 21, scale: 13))
        #expect(try type(.binary(.add, .column("a"), .column("d"))) == .double)
        #expect(try type(.binary(.add, .column("a"), .literal(.integer(1)))) == .decimal(precision: 11, scale: 2))
        #expect(try type(.binary(.multiply, .column("a"), .literal(.integer(2)))) == .decimal(precision: 12, scale: 2))
        #expect(try type(.binary(.divide, .column("i"), .column("i"))) == .double)
    }

    @Test func comparisonsWidenToACommonDecimal() throws {
        let bound = try ExpressionBinder(schema: schema).bind(.binary(.greater, .column("a"), .column("i")))
        guard case .binary(_, let l, let r, _) = bound else { Issue.record("not a comparison"); return }
        #expect(l.dataType == .decimal(precision: 12, scale: 2))
        #expect(r.dataType == .decimal(precision: 12, scale: 2))
        #expect(TypeCoercion.commonType(.decimal(precision: 10, scale: 2), .double) == .double)
        #expect(TypeCoercion.commonType(.decimal(precision: 10, scale: 2), .string) == .double)
    }
}
