import Testing
@testable import SparkbookEngine

@Suite struct ThetaSketchTests {
    static func sketch(_ range: Range<Int64>, lgK: Int = 12) -> ThetaSketch {
        var acc = ThetaAccumulator(lgNomEntries: lgK)
        for v in range { acc.update(hash: ThetaHash.of(v)) }
        return acc.result()
    }

    /// `theta_sketch_agg` bytes recorded from PySpark 4.3: serial version 4, deltas bit-packed.
    @Test func serializesAsSparkWrites() {
        var acc = ThetaAccumulator()
        for v: Int64 in [1, 2, 2, 3] { acc.update(hash: ThetaHash.of(v)) }
        #expect(sketchHex(acc.result().serialized())
                == "0104033E011ACC930316861AF72DF7E4558FBE9C3477E9EAEFB2E5966BADAA3DC0")
        #expect(sketchHex(Self.sketch(0..<8).serialized())
                == "0104033E011ACC930816861AF72DF7E45429C550C15B0E52B21FAF4C4C7C8E2F840FF84B5F521BBF27437CEA822594181A71047DB64D422F49218474D475355F5A7CBF28D8B426")
        var strings = ThetaAccumulator()
        for s in ["a", "b", ""] { strings.update(hash: ThetaHash.of(bytes: Array(s.utf8))) }
        #expect(sketchHex(strings.result().serialized()) == "0104033F011ACC930269CB8F136C80FF0B186CFFEE6F750648")
        var doubles = ThetaAccumulator()
        for d in [1.5, -0.0] { doubles.update(hash: ThetaHash.of(d)) }
        #expect(sketchHex(doubles.result().serialized()) == "0104033D011ACC93027BCB1C71B0AA088C32C74EAE130AB500")
        #expect(ThetaSketch().serialized().count == 8)
    }

    /// `theta_sketch_estimate(theta_sketch_agg(id, lgK))` over `range(n)`, recorded from PySpark 4.3.
    @Test(arguments: [(100, 5, 130), (200, 5, 236), (1000, 5, 842), (3000, 5, 3292), (10000, 5, 11920),
                      (100_000, 5, 104_987), (1000, 12, 1000), (10000, 12, 9898), (100_000, 12, 98046)])
    func estimatesAsSpark(n: Int, lgK: Int, expected: Int) {
        #expect(Self.sketch(0..<Int64(n), lgK: lgK).estimate.rounded() == Double(expected))
    }

    @Test func readsWhatItWrites() throws {
        for s in [ThetaSketch(), Self.sketch(0..<1), Self.sketch(0..<5), Self.sketch(0..<1000, lgK: 5)] {
            #expect(try ThetaSketch(serialized: s.serialized()) == s)
        }
        #expect(throws: SketchFormatError.self) { try ThetaSketch(serialized: [0, 4, 3]) }
    }
}
