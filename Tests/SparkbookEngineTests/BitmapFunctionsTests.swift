import Testing
@testable import SparkbookEngine

@Suite struct BitmapFunctionsTests {
    /// Spark's `bitmap_bucket_number` and `bitmap_bit_position` (PySpark 4.3's docstring: 123 is bit 122 of
    /// bucket 1); buckets hold 32768 values, positive ones counted from 1.
    @Test func bucketsAndPositionsAsSpark() throws {
        #expect(try FunctionTestSupport.call("bitmap_bit_position", .integer(123), type: .integer) == .long(122))
        #expect(try FunctionTestSupport.call("bitmap_bucket_number", .integer(123), type: .integer) == .long(1))
        #expect(try FunctionTestSupport.call("bitmap_bucket_number", .long(32768), type: .long) == .long(1))
        #expect(try FunctionTestSupport.call("bitmap_bucket_number", .long(32769), type: .long) == .long(2))
        #expect(try FunctionTestSupport.call("bitmap_bit_position", .long(32769), type: .long) == .long(0))
        #expect(try FunctionTestSupport.call("bitmap_bucket_number", .long(0), type: .long) == .long(0))
        #expect(try FunctionTestSupport.call("bitmap_bucket_number", .long(-32769), type: .long) == .long(-1))
        #expect(try FunctionTestSupport.call("bitmap_bit_position", .long(-5), type: .long) == .long(5))
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("bitmap_bit_position", .double(1)) }
    }
}
