import Testing
@testable import SparkbookEngine

@Suite struct SketchFunctionsTests {
    static func bytes(_ sketch: [UInt8]) -> Value { .binary(sketch) }

    @Test func estimatesReadSparksBytes() throws {
        var hll = HllSketch()
        var theta = ThetaAccumulator()
        var kll = KllSketch<Int64>()
        var tuple = TupleAccumulator<Double>()
        for v: Int64 in [1, 2, 2, 3, 4, 5] {
            hll.update(coupon: HllCoupon.of(v)); theta.update(hash: ThetaHash.of(v)); kll.update(v)
            tuple.update(hash: ThetaHash.of(v), value: 10)
        }
        #expect(try FunctionTestSupport.call("hll_sketch_estimate", .binary(hll.serialized()), type: .binary) == .long(5))
        #expect(try FunctionTestSupport.call("theta_sketch_estimate", .binary(theta.result().serialized()), type: .binary) == .long(5))
        #expect(try FunctionTestSupport.call("kll_sketch_get_n_bigint", .binary(kll.serialized()), type: .binary) == .long(6))
        #expect(try FunctionTestSupport.call("kll_sketch_get_quantile_bigint", .binary(kll.serialized()), [.double(0.5)], type: .binary) == .long(2))
        #expect(try FunctionTestSupport.call("kll_sketch_get_rank_bigint", .binary(kll.serialized()), [.long(2)], type: .binary) == .double(0.5))
        #expect(try FunctionTestSupport.call("tuple_sketch_estimate_double", .binary(tuple.result().serialized()), type: .binary) == .double(5))
        #expect(try FunctionTestSupport.call("tuple_sketch_summary_double", .binary(tuple.result().serialized()), [.string("sum")], type: .binary) == .double(60))
        #expect(try FunctionTestSupport.call("bitmap_count", .binary([0xFF, 0x01]), type: .binary) == .long(9))
        #expect(throws: SparkError.self) { try FunctionTestSupport.call("hll_sketch_estimate", .binary([1, 2, 3]), type: .binary) }
    }

    @Test func setOperationsOfTwoSketches() throws {
        var a = ThetaAccumulator(), b = ThetaAccumulator()
        for v: Int64 in 1...4 { a.update(hash: ThetaHash.of(v)) }
        for v: Int64 in 3...6 { b.update(hash: ThetaHash.of(v)) }
        let schema = StructType([StructField("a", .binary), StructField("b", .binary)])
        let row: [Value] = [.binary(a.result().serialized()), .binary(b.result().serialized())]
        func estimate(_ name: String, _ extra: [Expression] = []) throws -> Value {
            try FunctionTestSupport.evaluate(.function("theta_sketch_estimate", [.function(name, [.column("a"), .column("b")] + extra)]), schema, row)
        }
        #expect(try estimate("theta_union", [.literal(.integer(12))]) == .long(6))
        #expect(try estimate("theta_intersection") == .long(2))
        #expect(try estimate("theta_difference") == .long(2))
    }
}
