import Foundation
import Synchronization

/// Writes Spark's event log for one application: `<dir>/<appId>.inprogress` while it runs (the History Server
/// lists it as incomplete), renamed to `<dir>/<appId>` when the application ends. One compact JSON object per
/// line, the `SparkListenerLogStart` line first, as Spark's `EventLoggingListener` does.
public final class EventLogWriter: SparkListener {
    public let directory: URL
    public let appId: String
    private let handle: Mutex<FileHandle?>

    public var inProgressURL: URL { directory.appendingPathComponent(appId + ".inprogress") }
    public var finalURL: URL { directory.appendingPathComponent(appId) }

    /// Creates the directory if needed and writes the log-start line. `directory` accepts Spark's `file:` form.
    public init(directory path: String, appId: String,
                sparkVersion: String = EventLogEncoder.sparkVersion) throws(EventLogError) {
        self.directory = URL(fileURLWithPath: Self.localPath(path))
        self.appId = appId
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw EventLogError(message: "Log directory \(path) is not a directory.")
        }
        do {
            try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw EventLogError(message: "Log directory \(path) cannot be created: \(error.localizedDescription)")
        }
        let target = directory.appendingPathComponent(appId + ".inprogress")
        guard fm.createFile(atPath: target.path, contents: nil), let file = try? FileHandle(forWritingTo: target)
        else { throw EventLogError(message: "Cannot write event log \(target.path)") }
        handle = Mutex(file)
        write(EventLogEncoder.logStart(sparkVersion: sparkVersion))
    }

    /// `file:/tmp/x`, `file:///tmp/x` and `/tmp/x` all mean the local path `/tmp/x`.
    public static func localPath(_ path: String) -> String {
        guard path.hasPrefix("file:") else { return path }
        var rest = path.dropFirst("file:".count)
        while rest.hasPrefix("//") { rest = rest.dropFirst() }
        return String(rest)
    }

    public func onEvent(_ event: SparkListenerEvent) {
        write(EventLogEncoder.encode(event))
        if case .applicationEnd = event { close() }
    }

    private func write(_ json: OrderedJSON) {
        let line = Data((json.compact + "\n").utf8)
        handle.withLock { file in
            file?.write(line)
        }
    }

    /// Closes the file and drops the `.inprogress` suffix; later events are ignored.
    public func close() {
        let closed = handle.withLock { file -> Bool in
            guard let open = file else { return false }
            try? open.close()
            file = nil
            return true
        }
        guard closed else { return }
        try? FileManager.default.removeItem(at: finalURL)
        try? FileManager.default.moveItem(at: inProgressURL, to: finalURL)
    }
}

public struct EventLogError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
