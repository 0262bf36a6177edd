import Testing
@testable import SparkbookEngine

@Suite struct ThetaSetOperationsTests {
    /// Union, intersection and difference of `range(100000)` and `range(50000, 150000)`, recorded from
    /// PySpark 4.3 (`theta_union`, `theta_intersection`, `theta_difference` estimates).
    @Test func estimatesAsSpark() {
        let a = ThetaSketchTests.sketch(0..<100_000), b = ThetaSketchTests.sketch(50000..<150_000)
        var union = ThetaAccumulator()
        union.merge(a)
        union.merge(b)
        #expect(union.result().estimate.rounded() == 149_587)
        #expect(a.intersection(b).estimate.rounded() == 48118)
        #expect(a.subtracting(b).estimate.rounded() == 49983)
    }

    @Test func exactSetsAreExact() {
        let a = ThetaSketchTests.sketch(1..<5), b = ThetaSketchTests.sketch(3..<9)
        #expect(a.intersection(b).estimate == 2)
        #expect(a.subtracting(b).estimate == 2)
        var all = ThetaIntersectionAccumulator()
        all.merge(a)
        all.merge(b)
        #expect(all.finish().estimate == 2)
        #expect(a.intersection(ThetaSketch()).isEmpty)
    }
}
