import Testing
@testable import SparkbookEngine

@Suite struct CountMinSketchTests {
    /// `hex(count_min_sketch(id, eps, confidence, seed))` over `spark.range(100)`, PySpark 4.3's docstring examples
    /// (a long seed is truncated to an int, as Spark does).
    @Test(arguments: [
        (3.0, 0.1, Int32(1), "0000000100000000000000640000000100000001000000005D8D6AB90000000000000064"),
        (1.0, 0.3, 2, "0000000100000000000000640000000100000002000000005D96391C00000000000000320000000000000032"),
        (1.5, 0.2, Int32(truncatingIfNeeded: 1_111_111_111_111_111_111 as Int64),
         "00000001000000000000006400000001000000020000000044078BA100000000000000320000000000000032"),
        (1.5, 0.6, 2_120_704_260,
         "0000000100000000000000640000000200000002000000005ADECCEE00000000153EBE090000000000000033000000000000003100000000000000320000000000000032"),
    ])
    func serializesAsSpark(eps: Double, confidence: Double, seed: Int32, expected: String) {
        var sketch = CountMinSketch(eps: eps, confidence: confidence, seed: seed)
        for i in 0..<Int64(100) { sketch.add(long: i) }
        #expect(sketchHex(sketch.serialized()) == expected)
    }

    @Test func countsBytesIntoEveryRow() {
        var sketch = CountMinSketch(eps: 0.5, confidence: 0.9, seed: 7)
        for s in ["a", "b", "a"] { sketch.add(bytes: Array(s.utf8)) }
        #expect(sketch.totalCount == 3)
        #expect(sketch.table.reduce(0, +) == 3 * Int64(sketch.depth))
    }
}
