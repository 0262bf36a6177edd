import Testing
@testable import SparkbookEngine

/// Spark 4.3's vector functions over `array<float>`.
@Suite struct VectorFunctionsTests {
    private let vector = DataType.array(element: .float, containsNull: true)
    private func floats(_ xs: [Float]) -> Value { .array(xs.map(Value.float)) }

    @Test func normsDistancesAndProducts() throws {
        let schema = StructType([StructField("a", vector), StructField("b", vector)])
        let row = [floats([1, 2, 3]), floats([4, 5, 6])]
        func eval(_ name: String) throws -> Value { try FunctionTestSupport.evaluate(.function(name, [.column("a"), .column("b")]), schema, row) }
        #expect(try eval("vector_inner_product") == .float(32))
        #expect(try eval("vector_l2_distance") == .float(Float(27.0.squareRoot())))
        #expect(try eval("vector_cosine_similarity") == .float(Float(32 / (14.0.squareRoot() * 77.0.squareRoot()))))
        let one = StructType([StructField("a", vector)])
        #expect(try FunctionTestSupport.evaluate(.function("vector_norm", [.column("a")]), one, [floats([3, 4])]) == .float(5))
        #expect(try FunctionTestSupport.evaluate(.function("vector_normalize", [.column("a")]), one, [floats([3, 4])]) == floats([0.6, 0.8]))
    }

    @Test func vectorsOfDifferentLengthsAreAnError() {
        let schema = StructType([StructField("a", vector), StructField("b", vector)])
        let error = #expect(throws: SparkError.self) {
            try FunctionTestSupport.evaluate(.function("vector_inner_product", [.column("a"), .column("b")]), schema, [floats([1]), floats([1, 2])])
        }
        #expect(error?.errorClass == "VECTOR_DIMENSION_MISMATCH")
    }
}
