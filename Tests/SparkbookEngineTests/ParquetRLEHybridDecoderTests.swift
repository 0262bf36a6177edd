import Testing
@testable import SparkbookEngine

/// The RLE / bit-packing hybrid: runs and literal groups decode to the values the encoder was given, at every
/// bit width levels and dictionary indices use.
struct ParquetRLEHybridDecoderTests {
    func roundTrip(_ values: [Int32], width: Int) throws -> [Int32] {
        var encoder = ParquetRLEHybridEncoder(bitWidth: width)
        encoder.encode(values)
        var out: [Int32] = []
        try encoder.bytes.withUnsafeBytes { raw in
            var decoder = ParquetRLEHybridDecoder(raw, bitWidth: width)
            try decoder.decode(count: values.count, into: &out)
        }
        return out
    }

    @Test(arguments: [1, 2, 3, 7, 8, 13, 20, 31])
    func mixedRunsRoundTrip(width: Int) throws {
        let top = Int32((1 << min(width, 30)) - 1)
        var values: [Int32] = []
        for i in 0..<1000 { values.append(i % 97 < 40 ? top : Int32(i) % (top + 1)) }
        #expect(try roundTrip(values, width: width) == values)
    }

    @Test func aLongRunIsWrittenAsOneRLERun() {
        var encoder = ParquetRLEHybridEncoder(bitWidth: 1)
        encoder.encode([Int32](repeating: 1, count: 10_000))
        #expect(encoder.bytes == [0xA0, 0x9C, 0x01, 0x01])  // varint(10000 << 1), then the value in one byte
    }

    @Test func dataEndingEarlyIsAnError() {
        #expect(throws: ParquetError.self) {
            try [UInt8]([0x03]).withUnsafeBytes { raw in
                var decoder = ParquetRLEHybridDecoder(raw, bitWidth: 4)
                var out: [Int32] = []
                try decoder.decode(count: 100, into: &out)
            }
        }
    }
}
