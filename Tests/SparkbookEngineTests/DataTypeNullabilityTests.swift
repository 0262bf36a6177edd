import Testing
@testable import SparkbookEngine

@Suite struct DataTypeNullabilityTests {
    @Test func typesCompareWhateverMayBeNull() {
        let strict = DataType.structure(StructType([StructField("count", .integer, nullable: false), StructField("sum", .double, nullable: false)]))
        let loose = DataType.structure(StructType([StructField("count", .integer), StructField("sum", .double)]))
        #expect(strict != loose && strict.equalsIgnoringNullability(loose))
        #expect(DataType.array(element: strict, containsNull: false).equalsIgnoringNullability(.array(element: loose, containsNull: true)))
        #expect(!strict.equalsIgnoringNullability(.structure(StructType([StructField("count", .long)]))))
    }
}
