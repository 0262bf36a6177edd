import CCompression

/// Parquet's page compression codecs, through Debian's libraries (snappy, zstd, lz4, zlib): a hand-written
/// codec would be slower and is no part of Spark fidelity.
enum ParquetCompression {
    /// Decompresses a page body into exactly `uncompressedSize` bytes.
    static func decompress(_ input: UnsafeRawBufferPointer, codec: ParquetCompressionCodec,
                           uncompressedSize: Int) throws -> [UInt8] {
        if codec == .uncompressed { return Array(input) }
        guard uncompressedSize >= 0 else { throw ParquetError("negative uncompressed page size") }
        var output = [UInt8](repeating: 0, count: uncompressedSize)
        let written: Int = try output.withUnsafeMutableBytes { out in
            let dst = out.baseAddress ?? UnsafeMutableRawPointer(bitPattern: 1)!
            let src = input.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
            switch codec {
            case .uncompressed:
                return 0
            case .snappy:
                var length = uncompressedSize
                let status = snappy_uncompress(src.assumingMemoryBound(to: CChar.self), input.count,
                                               dst.assumingMemoryBound(to: CChar.self), &length)
                guard status == SNAPPY_OK else { throw ParquetError("snappy could not decompress a page (status \(status.rawValue))") }
                return length
            case .zstd:
                let n = ZSTD_decompress(dst, uncompressedSize, src, input.count)
                if ZSTD_isError(n) != 0 {
                    throw ParquetError("zstd could not decompress a page: \(String(cString: ZSTD_getErrorName(n)))")
                }
                return n
            case .lz4Raw:
                return try lz4(src, input.count, dst, uncompressedSize)
            case .lz4:
                return try hadoopLZ4(input, dst, uncompressedSize)
            case .gzip:
                return try inflate(input, out)
            case .lzo, .brotli:
                throw ParquetError("the \(codec.sparkName) codec is not supported by Sparkbook (snappy, gzip, zstd, lz4_raw and uncompressed are)")
            }
        }
        guard written == uncompressedSize else {
            throw ParquetError("a \(codec.sparkName) page decompressed to \(written) bytes, its header says \(uncompressedSize)")
        }
        return output
    }

    private static func lz4(_ src: UnsafeRawPointer, _ count: Int, _ dst: UnsafeMutableRawPointer, _ capacity: Int) throws -> Int {
        let n = LZ4_decompress_safe(src.assumingMemoryBound(to: CChar.self), dst.assumingMemoryBound(to: CChar.self),
                                    Int32(count), Int32(capacity))
        guard n >= 0 else { throw ParquetError("lz4 could not decompress a page") }
        return Int(n)
    }

    /// The deprecated `LZ4` codec: Hadoop's framing (big-endian decompressed and compressed sizes before each
    /// block); files without the framing, as some writers produced, are read as raw LZ4.
    private static func hadoopLZ4(_ input: UnsafeRawBufferPointer, _ dst: UnsafeMutableRawPointer, _ capacity: Int) throws -> Int {
        func be32(_ at: Int) -> Int {
            (0..<4).reduce(0) { $0 << 8 | Int(input[at + $1]) }
        }
        var at = 0, written = 0
        while at + 8 <= input.count {
            let blockOut = be32(at), blockIn = be32(at + 4)
            guard blockIn >= 0, at + 8 + blockIn <= input.count, written + blockOut <= capacity else {
                return try lz4(input.baseAddress!, input.count, dst, capacity)
            }
            written += try lz4(input.baseAddress! + at + 8, blockIn, dst + written, capacity - written)
            at += 8 + blockIn
        }
        return written
    }

    private static func inflate(_ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer) throws -> Int {
        var stream = z_stream()
        // 15 + 32: a zlib or gzip header, detected.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ParquetError("zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        stream.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(output.count)
        let status = CCompression.inflate(&stream, Z_FINISH)
        guard status == Z_STREAM_END || (status == Z_OK && stream.avail_out == 0) || (status == Z_BUF_ERROR && stream.avail_out == 0) else {
            throw ParquetError("gzip could not decompress a page (zlib status \(status))")
        }
        return output.count - Int(stream.avail_out)
    }

    /// Compresses a page body with `codec` (`level`: zstd's and gzip's level, Spark's defaults when nil).
    static func compress(_ input: [UInt8], codec: ParquetCompressionCodec, level: Int32? = nil) throws -> [UInt8] {
        switch codec {
        case .uncompressed:
            return input
        case .snappy:
            var length = snappy_max_compressed_length(input.count)
            var out = [UInt8](repeating: 0, count: length)
            let status = input.withUnsafeBytes { src in
                out.withUnsafeMutableBytes { dst in
                    snappy_compress(src.baseAddress?.assumingMemoryBound(to: CChar.self), input.count,
                                    dst.baseAddress!.assumingMemoryBound(to: CChar.self), &length)
                }
            }
            guard status == SNAPPY_OK else { throw ParquetError("snappy could not compress a page") }
            out.removeSubrange(length...)
            return out
        case .zstd:
            var out = [UInt8](repeating: 0, count: ZSTD_compressBound(input.count))
            let n = input.withUnsafeBytes { src in
                out.withUnsafeMutableBytes { dst in
                    ZSTD_compress(dst.baseAddress, dst.count, src.baseAddress, input.count, level ?? 3)
                }
            }
            if ZSTD_isError(n) != 0 { throw ParquetError("zstd could not compress a page") }
            out.removeSubrange(n...)
            return out
        case .lz4Raw:
            let bound = Int(LZ4_compressBound(Int32(input.count)))
            var out = [UInt8](repeating: 0, count: max(bound, 1))
            let n = input.withUnsafeBytes { src in
                out.withUnsafeMutableBytes { dst in
                    LZ4_compress_default(src.baseAddress?.assumingMemoryBound(to: CChar.self),
                                         dst.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(input.count), Int32(dst.count))
                }
            }
            guard n > 0 || input.isEmpty else { throw ParquetError("lz4 could not compress a page") }
            out.removeSubrange(Int(n)...)
            return out
        case .gzip:
            return try deflate(input, level: level ?? 6)
        case .lz4, .lzo, .brotli:
            throw ParquetError("writing the \(codec.sparkName) codec is not supported (snappy, gzip, zstd, lz4_raw and uncompressed are)")
        }
    }

    private static func deflate(_ input: [UInt8], level: Int32) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: a gzip header, as Hadoop's GzipCodec writes.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ParquetError("zlib could not start deflating")
        }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let status: Int32 = input.withUnsafeBytes { src in
            out.withUnsafeMutableBytes { dst in
                stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                stream.next_out = dst.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(dst.count)
                return CCompression.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw ParquetError("gzip could not compress a page (zlib status \(status))") }
        out.removeSubrange(Int(stream.total_out)...)
        return out
    }
}
