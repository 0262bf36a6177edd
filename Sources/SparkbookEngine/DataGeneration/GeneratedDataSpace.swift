import Foundation
import SparkbookUtilities

/// Whether a generated file fits where it is written: `gen-data events --rows 1000000000000` would write tens of
/// terabytes and fill the disk for everyone before failing, so the file's least possible size is compared with
/// the free space of the destination's file system first, and the run refused with both numbers.
public struct GeneratedDataSpace: Error, Sendable, Equatable, CustomStringConvertible {
    public let rows: Int
    public let neededBytes: Int64
    public let freeBytes: Int64
    public let folder: String

    public var description: String {
        "--rows \(rows) needs at least \(ByteCountText.format(neededBytes)) but only \(ByteCountText.format(freeBytes)) "
            + "is free in \(folder); ask for fewer rows"
    }

    /// Refuses `neededBytes` for a file at `url` when its folder's file system has less free space.
    static func check(rows: Int, neededBytes: Int64, for url: URL) throws {
        let folder = url.deletingLastPathComponent().path
        let attributes = try? FileManager.default.attributesOfFileSystem(forPath: folder)
        guard let free = (attributes?[.systemFreeSize] as? NSNumber)?.int64Value, neededBytes > free else { return }
        throw GeneratedDataSpace(rows: rows, neededBytes: neededBytes, freeBytes: free, folder: folder)
    }
}
