import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file, so readers parse its bytes in place instead of copying them.
/// The mapping lives as long as the object; empty files map to an empty buffer.
public final class MappedFile: @unchecked Sendable {
    // Safe to share: the mapping is read-only and never changes after init.
    public let path: String
    public let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?

    public init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CSVError(.unreadableFile, "Cannot open file: \(String(cString: strerror(errno)))", path: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw CSVError(.unreadableFile, "Cannot stat file: \(String(cString: strerror(errno)))", path: path)
        }
        let size = Int(info.st_size)
        guard size > 0 else {
            mapping = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw CSVError(.unreadableFile, "Cannot map file: \(String(cString: strerror(errno)))", path: path)
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        mapping = address
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    public convenience init(url: URL) throws {
        try self.init(path: url.path)
    }

    /// Drops the mapping's resident pages in `range` (whole pages inside it), so a sequential reader's resident
    /// memory stays at the part it is working on; the bytes stay readable and refault from the page cache.
    public func release(_ range: Range<Int>) {
        guard let mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (max(0, range.lowerBound) + page - 1) / page * page
        let end = min(range.upperBound, bytes.count) / page * page
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, MADV_DONTNEED)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }
}
