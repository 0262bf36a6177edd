import Foundation
import Synchronization

/// Where one batch lies in a spill file.
public struct SpillSegment: Sendable, Equatable {
    public let offset: UInt64
    public let length: Int
    public let rowCount: Int
}

/// A file of record batches in `SpillBatchCodec`'s format, appended by one writer and read back segment by
/// segment (by any thread, with positioned reads). Deleted when `remove()` is called or its directory goes.
public final class SpillFile: Sendable {
    public let path: String
    private let writer: FileHandle
    private let written = Mutex<UInt64>(0)

    public init(directory: SpillDirectory, prefix: String) throws {
        path = try directory.newFile(prefix: prefix)
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        writer = handle
    }

    /// Bytes written so far.
    public var size: UInt64 { written.withLock { $0 } }

    /// Appends `batch`; returns where it lies.
    public func append(_ batch: RecordBatch) throws -> SpillSegment {
        let bytes = SpillBatchCodec.encode(batch)
        return try written.withLock { end in
            try writer.write(contentsOf: bytes)
            defer { end += UInt64(bytes.count) }
            return SpillSegment(offset: end, length: bytes.count, rowCount: batch.rowCount)
        }
    }

    /// Appends `batch` as slices of at most `sliceRows` rows, so no encoded copy of a large batch is ever held
    /// whole; returns where each slice lies, in order.
    public func append(_ batch: RecordBatch, sliceRows: Int) throws -> [SpillSegment] {
        guard batch.rowCount > sliceRows else { return [try append(batch)] }
        var segments: [SpillSegment] = []
        var offset = 0
        while offset < batch.rowCount {
            let n = min(sliceRows, batch.rowCount - offset)
            segments.append(try append(batch.gather(Array(offset..<offset + n))))
            offset += n
        }
        return segments
    }

    /// The batch at `segment`, with `schema`'s field names and types.
    public func read(_ segment: SpillSegment, schema: StructType) throws -> RecordBatch {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: segment.length)
        var done = 0
        while done < segment.length {
            let n = bytes.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress! + done, segment.length - done, off_t(segment.offset) + off_t(done))
            }
            guard n > 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path]) }
            done += n
        }
        return try SpillBatchCodec.decode(bytes, schema: schema)
    }

    /// Closes and deletes the file.
    public func remove() {
        try? writer.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
