import Foundation

/// Reads a Spark event log written by any Spark application (or by Sparkbook's `EventLogWriter`) back into
/// listener events, in the forms Spark writes (see `EventLogLocation`) and with its codecs (`EventLogCodec`).
/// Events Sparkbook does not model are skipped; a malformed line is an error naming its file and line, except
/// the unfinished last line of a log still in progress.
public enum EventLogReader {
    /// An application's log as read: where it was and its events in order.
    public struct Log: Sendable {
        public var location: EventLogLocation
        public var events: [SparkListenerEvent]
    }

    /// Reads the log at `path`: a file, a rolling directory, or a directory of logs (then `app`, or the newest).
    public static func read(_ path: String, app: String? = nil) throws(EventLogError) -> Log {
        let location = try EventLogLocation.resolve(path, app: app)
        guard !location.files.isEmpty else {
            throw EventLogError(message: "\(path) has no events_<n>_\(location.appId) files yet.")
        }
        return Log(location: location, events: try events(of: location))
    }

    /// The events of every file of a located log.
    public static func events(of location: EventLogLocation) throws(EventLogError) -> [SparkListenerEvent] {
        var events: [SparkListenerEvent] = []
        for (i, file) in location.files.enumerated() {
            let last = i == location.files.count - 1
            let data = try decoded(file, codec: location.codec, partial: location.inProgress && last)
            var lines = EventLogLines(fileName: file.path)
            events += try lines.decode(data, final: true, tolerateTruncatedTail: location.inProgress && last).events
        }
        return events
    }

    /// A file's bytes, decompressed.
    static func decoded(_ file: URL, codec: EventLogCodec, partial: Bool) throws(EventLogError) -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw EventLogError(message: "Cannot read \(file.path): \(error.localizedDescription)")
        }
        do {
            return try codec.decode(data, partial: partial)
        } catch {
            throw EventLogError(message: "\(file.path): \(error.message)")
        }
    }
}
