import Foundation

/// One application's event log on disk, in any of the forms Spark writes: a single file `<appId>[.codec]`
/// (`.inprogress` while running), or a rolling directory `eventlog_v2_<appId>/` holding
/// `events_<n>_<appId>[.codec]` files and an `appstatus_<appId>[.inprogress]` marker (Spark 4's default).
public struct EventLogLocation: Sendable, Equatable {
    /// The file or rolling directory.
    public var url: URL
    public var appId: String
    /// The event files in order (one for a single-file log).
    public var files: [URL]
    public var codec: EventLogCodec
    /// Spark is still writing it (or the application died without ending it): its last line may be unfinished.
    public var inProgress: Bool

    static let rollingPrefix = "eventlog_v2_"

    /// What `path` names: a log file, a rolling directory, or a directory of logs (then the application `app`, or
    /// the newest). Errors say what is missing or wrong in the terms of the path given.
    public static func resolve(_ path: String, app: String? = nil) throws(EventLogError) -> EventLogLocation {
        let url = URL(fileURLWithPath: EventLogWriter.localPath(path))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw EventLogError(message: "No event log at \(path): no such file or directory.")
        }
        if !isDirectory.boolValue {
            let log = try single(url)
            if let app, log.appId != app {
                throw EventLogError(message: "\(path) is the event log of \(log.appId), not of \(app).")
            }
            return log
        }
        if isRolling(url) { return try rolling(url) }
        let logs = applications(in: url)
        guard !logs.isEmpty else {
            throw EventLogError(message: "No Spark event logs in \(path) (expected files named after application ids, "
                                + "or eventlog_v2_<appId> directories).")
        }
        if let app {
            guard let log = logs.first(where: { $0.appId == app }) else {
                throw EventLogError(message: "No event log of application \(app) in \(path); it has: "
                                    + logs.map(\.appId).sorted().joined(separator: ", ") + ".")
            }
            return log
        }
        return logs.max { $0.modified < $1.modified }!
    }

    /// The newest application's log in a directory, or nil when there is none yet.
    static func newest(in directory: URL) -> EventLogLocation? {
        applications(in: directory).max { $0.modified < $1.modified }
    }

    /// Every log in a directory of logs; files that are not logs by name (hidden, `.crc`) are left out.
    static func applications(in directory: URL) -> [EventLogLocation] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".crc") }.sorted().compactMap { name in
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue { return isRolling(url) ? try? rolling(url) : nil }
            // Other files beside the logs (a driver log, notes) are not applications.
            guard let log = try? single(url), log.codec != .none || startsLikeALog(url) else { return nil }
            return log
        }
    }

    /// A plain log's first line is an event (`{"Event":`); an empty file is a log Spark has just created.
    static func startsLikeALog(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 9)) ?? Data()
        return head.isEmpty || head == Data(#"{"Event":"#.utf8)
    }

    static func isRolling(_ url: URL) -> Bool { url.lastPathComponent.hasPrefix(rollingPrefix) }

    static func single(_ url: URL) throws(EventLogError) -> EventLogLocation {
        var name = url.lastPathComponent
        let inProgress = name.hasSuffix(".inprogress")
        if inProgress { name.removeLast(".inprogress".count) }
        let codec = try EventLogCodec.of(fileName: name)
        let appId = codec == .none ? name : String(name[..<name.lastIndex(of: ".")!])
        return EventLogLocation(url: url, appId: appId, files: [url], codec: codec, inProgress: inProgress)
    }

    /// `eventlog_v2_<appId>/events_<n>_<appId>[.codec]`, ordered by n; in progress while
    /// `appstatus_<appId>.inprogress` is there.
    static func rolling(_ url: URL) throws(EventLogError) -> EventLogLocation {
        let appId = String(url.lastPathComponent.dropFirst(rollingPrefix.count))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let events = names.filter { $0.hasPrefix("events_") && !$0.hasSuffix(".crc") }
            .compactMap { name -> (index: Int, name: String)? in
                let parts = name.split(separator: "_", maxSplits: 2)
                guard parts.count == 3, let index = Int(parts[1]) else { return nil }
                return (index, name)
            }
            .sorted { $0.index < $1.index }
        var codec = EventLogCodec.none
        if let first = events.first { codec = try EventLogCodec.of(fileName: first.name) }
        return EventLogLocation(url: url, appId: appId, files: events.map { url.appendingPathComponent($0.name) },
                                codec: codec, inProgress: names.contains("appstatus_\(appId).inprogress"))
    }

    /// The allocation log Sparkbook keeps beside an application's event log (`<appId>.allocation.log` in the same
    /// folder, written by both engines), when there is one: the targets and causes the event log lacks.
    public var allocationLog: URL? {
        let url = self.url.deletingLastPathComponent().appendingPathComponent(Self.allocationLogName(appId: appId))
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `<appId>.allocation.log`: not an event log by name, so a folder of logs still lists only applications.
    public static func allocationLogName(appId: String) -> String { appId + ".allocation.log" }

    /// The newest modification among its files, to pick the latest application.
    var modified: Date {
        files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }.max()
            ?? .distantPast
    }
}
