import Foundation
import Synchronization

/// Tails an event log Spark is writing and hands out the events of lines completed since the last poll, so
/// live views (progress bar, timeline, walkthrough panels) can follow a real Spark application.
///
///     let follower = EventLogFollower(directory: "/tmp/spark-events")
///     while running { for event in try follower.poll() { bus.post(event) }; sleep(…) }
///
/// A log not there yet, or a line Spark is half-way through writing, simply gives no events until it is. It
/// follows the log across Spark renaming `<appId>.inprogress` to `<appId>` at the end and across rolled files
/// (`events_2_<appId>` after `events_1_<appId>`). Compressed logs are decompressed afresh at each poll (a
/// live log is small; plain JSON, what Sparkbook's spark engine asks Spark for, is read incrementally).
public final class EventLogFollower: Sendable {
    private enum Target {
        case file(URL)
        /// A directory of logs, and the applications in it to pass over (there before the follower started).
        case directory(URL, skipping: Set<String>)
    }

    private struct State {
        var location: EventLogLocation?
        /// Index into `location.files` of the file being read, its bytes consumed and its line counter.
        var fileIndex = 0
        var offset = 0
        var lines: EventLogLines?
    }

    private let target: Target
    private let state = Mutex(State())

    /// Follows one log file (`.inprogress` or not) or one rolling `eventlog_v2_<appId>` directory.
    public init(file path: String) {
        target = .file(URL(fileURLWithPath: EventLogWriter.localPath(path)))
    }

    /// Follows the newest application's log in `spark.eventLog.dir` (the first one that appears, then that one).
    /// `newApplicationsOnly` passes over the logs already there: in a shared directory they are earlier runs'.
    public init(directory path: String, newApplicationsOnly: Bool = false) {
        let url = URL(fileURLWithPath: EventLogWriter.localPath(path))
        target = .directory(url, skipping: newApplicationsOnly
            ? Set(EventLogLocation.applications(in: url).map(\.appId)) : [])
    }

    /// The application being followed, once its log has appeared.
    public var appId: String? { state.withLock { $0.location?.appId } }

    /// Events of the lines completed since the last poll (none while the log is absent or nothing new was
    /// written). Throws on a malformed complete line (naming file and line) or a codec it cannot read.
    public func poll() throws(EventLogError) -> [SparkListenerEvent] {
        try state.withLock { (state: inout State) throws(EventLogError) -> [SparkListenerEvent] in
            guard let location = try locate(state.location) else { return [] }
            state.location = location
            var events: [SparkListenerEvent] = []
            while state.fileIndex < location.files.count {
                let file = location.files[state.fileIndex]
                let isLast = state.fileIndex == location.files.count - 1
                // A rolled file is complete once a later one exists; the last is complete when the log ended.
                let complete = !isLast || !location.inProgress
                if state.lines == nil { state.lines = EventLogLines(fileName: file.path) }
                let fresh = try unread(file, codec: location.codec, from: state.offset, complete: complete)
                let decoded = try state.lines!.decode(fresh, final: complete, tolerateTruncatedTail: false)
                state.offset += decoded.consumed
                events += decoded.events
                guard !isLast else { break }
                state.fileIndex += 1
                state.offset = 0
                state.lines = nil
            }
            return events
        }
    }

    /// Where the log is now: found for the first time, renamed at the end of the application, or rolled.
    private func locate(_ known: EventLogLocation?) throws(EventLogError) -> EventLogLocation? {
        switch target {
        case .file(let url):
            let candidates = [url] + (url.lastPathComponent.hasSuffix(".inprogress")
                ? [url.deletingLastPathComponent().appendingPathComponent(
                    String(url.lastPathComponent.dropLast(".inprogress".count)))] : [])
            for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
                return try EventLogLocation.resolve(candidate.path)
            }
            return nil
        case let .directory(directory, skipping):
            guard let known else {
                return EventLogLocation.applications(in: directory).filter { !skipping.contains($0.appId) }
                    .max { $0.modified < $1.modified }
            }
            // The same application, re-listed: renamed from `.inprogress`, or with more rolled files.
            if EventLogLocation.isRolling(known.url) { return try EventLogLocation.rolling(known.url) }
            return EventLogLocation.applications(in: directory).first { $0.appId == known.appId } ?? known
        }
    }

    /// The decompressed bytes of `file` past `offset`: read from the offset for plain files, decompressed
    /// whole and cut for compressed ones.
    private func unread(_ file: URL, codec: EventLogCodec, from offset: Int, complete: Bool) throws(EventLogError) -> Data {
        guard codec == .none else {
            let all = try EventLogReader.decoded(file, codec: codec, partial: !complete)
            return all.count > offset ? all.subdata(in: offset..<all.count) : Data()
        }
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            // Renamed between listing and reading: the next poll finds it under its new name.
            return Data()
        }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: UInt64(offset))
            return try handle.readToEnd() ?? Data()
        } catch {
            throw EventLogError(message: "Cannot read \(file.path): \(error.localizedDescription)")
        }
    }
}
