import Testing
@testable import SparkbookEngine

/// `width_bucket` over PySpark's docstring rows, and its null cases.
@Suite struct WidthBucketFunctionTests {
    func bucket(_ v: Double, _ min: Double, _ max: Double, _ n: Int64) throws -> Value {
        try FunctionTestSupport.evaluate(.function("width_bucket", [.column("x"), .literal(.double(min)),
                                                                    .literal(.double(max)), .literal(.long(n))]),
                                         StructType([StructField("x", .double)]), [.double(v)])
    }

    @Test func bucketsUpAndDownTheRange() throws {
        #expect(try bucket(5.3, 0.2, 10.6, 5) == .long(3))
        #expect(try bucket(-2.1, 1.3, 3.4, 3) == .long(0))
        #expect(try bucket(8.1, 0.0, 5.7, 4) == .long(5))
        #expect(try bucket(-0.9, 5.2, 0.5, 2) == .long(3))
    }

    @Test func degenerateRangesAreNull() throws {
        #expect(try bucket(1, 2, 2, 3) == .null)
        #expect(try bucket(1, 0, 10, 0) == .null)
    }
}
