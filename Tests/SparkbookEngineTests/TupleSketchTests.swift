import Testing
@testable import SparkbookEngine

@Suite struct TupleSketchTests {
    /// `tuple_sketch_agg_double(k, v)` and `_integer` over (1, 10), (2, 20), (2, 30), recorded from PySpark 4.3.
    @Test func serializesAsSparkWrites() {
        var doubles = TupleAccumulator<Double>()
        var ints = TupleAccumulator<Int32>()
        for (k, v) in [(1, 10), (2, 20), (2, 30)] {
            doubles.update(hash: ThetaHash.of(Int64(k)), value: Double(v))
            ints.update(hash: ThetaHash.of(Int64(k)), value: Int32(v))
        }
        #expect(sketchHex(doubles.result().serialized())
                == "02030901000ACC93020000000000000015F97DCBBD86A105000000000000244000C397FC1281709D1E000000000000494000")
        #expect(sketchHex(ints.result().serialized())
                == "02030901000ACC93020000000000000015F97DCBBD86A1050A00000000C397FC1281709D1E3200000000")
        #expect(doubles.result().estimate == 2)
        #expect(doubles.result().aggregateSummary(.sum) == 60)
    }

    @Test func modesCombineSummaries() {
        for (mode, expected) in [(TupleSummaryMode.sum, 50.0), (.min, 20), (.max, 30), (.alwaysOne, 1)] {
            var acc = TupleAccumulator<Double>(mode: mode)
            acc.update(hash: ThetaHash.of(Int64(2)), value: 20)
            acc.update(hash: ThetaHash.of(Int64(2)), value: 30)
            #expect(acc.result().entries.first?.summary == expected)
        }
    }

    @Test func setOperationsKeepSummaries() throws {
        var a = TupleAccumulator<Double>(), b = TupleAccumulator<Double>()
        for k in 1...3 { a.update(hash: ThetaHash.of(Int64(k)), value: Double(k)) }
        for k in 2...4 { b.update(hash: ThetaHash.of(Int64(k)), value: 10) }
        let both = a.result().intersection(b.result(), mode: .sum)
        #expect(both.estimate == 2)
        #expect(both.aggregateSummary(.sum) == 25)
        #expect(a.result().subtracting(hashes: b.result().entries.map(\.hash), theta: b.result().theta,
                                       otherEmpty: false).estimate == 1)
        var union = TupleAccumulator<Double>()
        union.merge(a.result())
        union.merge(b.result())
        #expect(union.result().estimate == 4)
        #expect(try TupleSketch<Double>(serialized: union.result().serialized()) == union.result())
    }

    @Test func largeInputsEstimateAsSpark() {
        // `tuple_sketch_estimate_double(tuple_sketch_agg_double(id, id))` over range(1000) (exact below 4096).
        var acc = TupleAccumulator<Double>()
        for v in 0..<Int64(1000) { acc.update(hash: ThetaHash.of(v), value: Double(v)) }
        #expect(acc.result().estimate == 1000)
        #expect(acc.result().aggregateSummary(.sum) == 499_500)
    }
}
