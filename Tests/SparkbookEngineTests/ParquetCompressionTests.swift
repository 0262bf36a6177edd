import Testing
@testable import SparkbookEngine

/// Every codec Sparkbook writes round-trips a page; a wrong size or an unsupported codec is a clear error.
struct ParquetCompressionTests {
    static let page: [UInt8] = (0..<50_000).map { UInt8(truncatingIfNeeded: $0 % 251 &* 7 % 13) }

    @Test(arguments: [ParquetCompressionCodec.uncompressed, .snappy, .gzip, .zstd, .lz4Raw])
    func roundTrip(codec: ParquetCompressionCodec) throws {
        let compressed = try ParquetCompression.compress(Self.page, codec: codec)
        if codec != .uncompressed { #expect(compressed.count < Self.page.count / 2) }
        let back = try compressed.withUnsafeBytes {
            try ParquetCompression.decompress($0, codec: codec, uncompressedSize: Self.page.count)
        }
        #expect(back == Self.page)
    }

    @Test func aPageShorterThanItsHeaderSaysIsAnError() throws {
        let compressed = try ParquetCompression.compress(Self.page, codec: .zstd)
        let error = #expect(throws: ParquetError.self) {
            try compressed.withUnsafeBytes { try ParquetCompression.decompress($0, codec: .zstd, uncompressedSize: Self.page.count + 10) }
        }
        #expect(error?.message.contains("zstd") == true)
    }

    @Test func brotliIsNamedAsUnsupported() {
        let error = #expect(throws: ParquetError.self) {
            try [UInt8]([1, 2, 3]).withUnsafeBytes { try ParquetCompression.decompress($0, codec: .brotli, uncompressedSize: 3) }
        }
        #expect(error?.message.contains("brotli codec is not supported") == true)
    }
}
