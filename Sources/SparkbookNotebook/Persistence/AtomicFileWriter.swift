import Foundation

/// Why a file could not be written; the previous file, if any, is untouched.
public struct AtomicWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The destination is the notebook being read, and overwriting it was not asked for.
        case wouldOverwriteInput
        /// The operating system refused (see `message`).
        case systemError
        /// The caller's content producer failed before the file was complete.
        case producerFailed
    }

    public var code: Code
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Writes files so that readers see either the old file or the complete new one, never half of it:
/// a temporary file in the same folder, `fsync`, then `rename` over the destination.
///
/// Runners save the output notebook after every cell; a crash mid-save must not lose the notebook.
public enum AtomicFileWriter {
    /// Writes `data` to `url`. When `protectedInput` names the same file as `url`, refuses instead
    /// (a run must not overwrite its input notebook unless the caller explicitly passes no protection).
    public static func write(_ data: Data, to url: URL, protectedInput: URL? = nil) throws(AtomicWriteError) {
        try write(to: url, protectedInput: protectedInput) { sink in try sink.append(data) }
    }

    /// Streams content into `url`; if `produce` throws, the temporary file is removed and the
    /// destination keeps its previous content.
    public static func write(
        to url: URL, protectedInput: URL? = nil, _ produce: (inout Sink) throws -> Void
    ) throws(AtomicWriteError) {
        let path = url.path
        if let input = protectedInput, isSameFile(input, url) {
            throw AtomicWriteError(
                code: .wouldOverwriteInput, path: path,
                message: "refusing to overwrite the input notebook; choose another output path")
        }
        let folder = url.deletingLastPathComponent().path
        let tempPath = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }

        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw systemError(path, "cannot create a temporary file in \(folder)") }
        var sink = Sink(fd: fd, path: tempPath)
        do {
            try produce(&sink)
        } catch let error as AtomicWriteError {
            discard(fd: fd, tempPath: tempPath)
            throw error
        } catch {
            discard(fd: fd, tempPath: tempPath)
            throw AtomicWriteError(code: .producerFailed, path: path, message: "\(error)")
        }
        guard fsync(fd) == 0 else {
            discard(fd: fd, tempPath: tempPath)
            throw systemError(path, "fsync failed")
        }
        close(fd)
        guard rename(tempPath, path) == 0 else {
            let error = systemError(path, "cannot replace the file")
            unlink(tempPath)
            throw error
        }
        let dirFD = open(folder, O_RDONLY)  // make the rename itself durable
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
    }

    /// The temporary file being written; `append` writes all bytes or throws.
    public struct Sink: ~Copyable {
        let fd: Int32
        let path: String

        public mutating func append(_ data: Data) throws(AtomicWriteError) {
            let failed = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return true
                    }
                    offset += written
                }
                return false
            }
            if failed { throw AtomicFileWriter.systemError(path, "write failed") }
        }

        public mutating func append(_ text: String) throws(AtomicWriteError) {
            try append(Data(text.utf8))
        }
    }

    /// Whether two URLs name the same file (same device and inode, or the same resolved path).
    public static func isSameFile(_ a: URL, _ b: URL) -> Bool {
        var sa = stat()
        var sb = stat()
        if stat(a.path, &sa) == 0, stat(b.path, &sb) == 0 {
            return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
        }
        return a.standardizedFileURL.resolvingSymlinksInPath().path == b.standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func discard(fd: Int32, tempPath: String) {
        close(fd)
        unlink(tempPath)
    }

    static func systemError(_ path: String, _ what: String) -> AtomicWriteError {
        AtomicWriteError(code: .systemError, path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
