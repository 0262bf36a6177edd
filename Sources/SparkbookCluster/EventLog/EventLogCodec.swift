import CCompression
import Foundation

/// How an event-log file is compressed, from its name as Spark writes it (`<appId>.zstd`, `events_1_<appId>.lz4`):
/// Spark names the codec's short name after the last dot (`spark.eventLog.compression.codec`). Each codec reads
/// the stream framing Spark's own codec writes, tolerating an unfinished last frame of a log still being written.
public enum EventLogCodec: String, Sendable, CaseIterable {
    case none
    /// zstd frames (zstd-jni's `ZstdOutputStream`), Spark's default event-log codec.
    case zstd
    /// lz4-java's `LZ4BlockOutputStream` blocks: `LZ4Block`, a token, compressed and original lengths, a checksum.
    case lz4
    /// snappy-java's `SnappyOutputStream`: a 16-byte header, then length-prefixed snappy chunks.
    case snappy

    /// Codecs Spark knows and Sparkbook does not read.
    static let refused = ["lzf"]

    /// The codec of a file name (without `.inprogress`); a name ending in another Spark codec is refused by name.
    static func of(fileName: String) throws(EventLogError) -> EventLogCodec {
        // Spark sanitises application ids (dots become underscores), so a dot starts the codec's name.
        guard let dot = fileName.lastIndex(of: ".") else { return .none }
        let suffix = String(fileName[fileName.index(after: dot)...])
        if let codec = EventLogCodec(rawValue: suffix), codec != .none { return codec }
        if suffix == "zst" { return .zstd }
        if refused.contains(suffix) {
            throw EventLogError(message: "\(fileName) is compressed with \(suffix), which Sparkbook does not read "
                                + "(it reads zstd, lz4 and snappy event logs; set spark.eventLog.compression.codec=zstd).")
        }
        return .none
    }

    /// The decompressed bytes. With `partial`, a truncated last frame (a log still being written) ends the
    /// output instead of failing.
    func decode(_ data: Data, partial: Bool) throws(EventLogError) -> Data {
        switch self {
        case .none: return data
        case .zstd: return try Self.zstd(data, partial: partial)
        case .lz4: return try Self.lz4Blocks(data, partial: partial)
        case .snappy: return try Self.snappyStream(data, partial: partial)
        }
    }

    private static func zstd(_ data: Data, partial: Bool) throws(EventLogError) -> Data {
        guard let stream = ZSTD_createDStream() else { throw EventLogError(message: "zstd: out of memory") }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        var out = Data()
        var chunk = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
        var failure: String?
        var lastHint = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
            while true {
                let produced = chunk.withUnsafeMutableBytes { dst -> Int in
                    var output = ZSTD_outBuffer(dst: dst.baseAddress, size: dst.count, pos: 0)
                    let hint = ZSTD_decompressStream(stream, &output, &input)
                    if ZSTD_isError(hint) != 0 {
                        failure = String(cString: ZSTD_getErrorName(hint))
                        return -1
                    }
                    lastHint = hint
                    return output.pos
                }
                if produced < 0 { return }
                out.append(contentsOf: chunk[0..<produced])
                if input.pos >= input.size && produced < chunk.count { return }
            }
        }
        if let failure { throw EventLogError(message: "zstd could not decompress the event log: \(failure)") }
        if lastHint != 0 && !partial { throw EventLogError(message: "the zstd event log is truncated") }
        return out
    }

    private static func lz4Blocks(_ data: Data, partial: Bool) throws(EventLogError) -> Data {
        let bytes = [UInt8](data)
        let magic = Array("LZ4Block".utf8)
        let header = magic.count + 13
        var out = Data()
        var at = 0
        func le32(_ i: Int) -> Int {
            Int(bytes[i]) | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2]) << 16 | Int(bytes[i + 3]) << 24
        }
        while at < bytes.count {
            guard bytes.count - at >= header, Array(bytes[at..<at + magic.count]) == magic else {
                if partial && bytes.count - at < header && magic.starts(with: bytes[at...]) { break }
                throw EventLogError(message: "not an lz4 event log (lz4-java's LZ4Block framing) at byte \(at)")
            }
            let method = bytes[at + magic.count] & 0xF0
            let compressed = le32(at + magic.count + 1), original = le32(at + magic.count + 5)
            let start = at + header
            if start + compressed > bytes.count {
                if partial { break }
                throw EventLogError(message: "the lz4 event log is truncated")
            }
            if original > 0 {
                if method == 0x10 {
                    out.append(contentsOf: bytes[start..<start + compressed])
                } else {
                    var block = [UInt8](repeating: 0, count: original)
                    let n = bytes.withUnsafeBufferPointer { src in
                        block.withUnsafeMutableBufferPointer { dst in
                            LZ4_decompress_safe(UnsafeRawPointer(src.baseAddress! + start).assumingMemoryBound(to: CChar.self),
                                                UnsafeMutableRawPointer(dst.baseAddress!).assumingMemoryBound(to: CChar.self),
                                                Int32(compressed), Int32(original))
                        }
                    }
                    guard n == original else { throw EventLogError(message: "lz4 could not decompress a block at byte \(at)") }
                    out.append(contentsOf: block)
                }
            }
            at = start + compressed
        }
        return out
    }

    private static func snappyStream(_ data: Data, partial: Bool) throws(EventLogError) -> Data {
        let bytes = [UInt8](data)
        let magic: [UInt8] = [0x82] + Array("SNAPPY".utf8) + [0]
        var out = Data()
        var at = 0
        func be32(_ i: Int) -> Int {
            Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
        }
        while at < bytes.count {
            // snappy-java reads concatenated streams, each with its own header.
            if bytes.count - at >= 16, Array(bytes[at..<at + magic.count]) == magic { at += 16; continue }
            if at == 0 { throw EventLogError(message: "not a snappy event log (snappy-java's stream header missing)") }
            guard bytes.count - at >= 4, at + 4 + be32(at) <= bytes.count else {
                if partial { break }
                throw EventLogError(message: "the snappy event log is truncated")
            }
            let length = be32(at)
            let start = at + 4
            var size = 0
            if length == 0 { at = start; continue }
            let chunk = bytes[start..<start + length]
            let ok = chunk.withUnsafeBufferPointer { src -> Bool in
                guard let base = src.baseAddress else { return false }
                let p = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                guard snappy_uncompressed_length(p, length, &size) == SNAPPY_OK else { return false }
                var block = [UInt8](repeating: 0, count: size)
                var written = size
                let status = block.withUnsafeMutableBufferPointer { dst in
                    snappy_uncompress(p, length, UnsafeMutableRawPointer(dst.baseAddress!).assumingMemoryBound(to: CChar.self),
                                      &written)
                }
                guard status == SNAPPY_OK else { return false }
                out.append(contentsOf: block[0..<written])
                return true
            }
            guard ok else { throw EventLogError(message: "snappy could not decompress a chunk at byte \(at)") }
            at = start + length
        }
        return out
    }
}
