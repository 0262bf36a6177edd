import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// What `timeline` and `report` read: a Spark event log (file, rolling directory, or a directory of logs) and,
/// optionally, the driver's log with the allocation manager's lines. Failures print one line and exit 1.
struct EventLogInput: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A Spark event log: a file (plain, .inprogress, .zstd, .lz4, .snappy), a rolling eventlog_v2_<appId> "
            + "directory, or a directory of logs (spark.eventLog.dir; the newest application unless --app).",
        valueName: "EVENTLOG"))
    var eventLog: String

    @Option(help: ArgumentHelp("In a directory of logs, the application to read.", valueName: "ID"))
    var app: String?

    @Option(help: ArgumentHelp(
        "The driver's log with ExecutorAllocationManager's INFO lines (log4j, with timestamps): adds target totals "
            + "and the causes of requests and idle removals. Default: <appId>.allocation.log beside the event log, "
            + "which Sparkbook writes for runs of either engine.", valueName: "FILE"))
    var allocationLog: String?

    /// The events and the timeline built from them.
    func load() throws -> (events: [SparkListenerEvent], timeline: EventLogTimeline) {
        let loaded = try Self.load(eventLog, app: app, allocationLog: allocationLog)
        return (loaded.events, loaded.timeline)
    }

    /// An application's events, its allocation log's decisions (`--allocation-log`, else the one beside the event
    /// log, else none) and the timeline of both.
    static func load(_ eventLog: String, app: String?, allocationLog: String?) throws
        -> (events: [SparkListenerEvent], decisions: [AllocationLogParser.Line]?, timeline: EventLogTimeline) {
        let log: EventLogReader.Log
        do {
            log = try EventLogReader.read(eventLog, app: app)
        } catch {
            throw Self.fail(error.message)
        }
        var decisions: [AllocationLogParser.Line]?
        if let allocationLog = allocationLog ?? log.location.allocationLog?.path {
            guard let data = FileManager.default.contents(atPath: allocationLog) else {
                throw Self.fail("No allocation log at \(allocationLog): no such file.")
            }
            decisions = AllocationLogParser().parse(String(decoding: data, as: UTF8.self))
            if decisions!.isEmpty {
                StandardStreams.err("note: \(allocationLog) has no ExecutorAllocationManager lines; the timeline shows "
                                    + "what the event log alone records\n")
            }
        }
        return (log.events, decisions, EventLogTimeline(events: log.events, allocationLog: decisions))
    }

    static func fail(_ message: String) -> ExitCode {
        StandardStreams.err("error: \(message)\n")
        return ExitCode(1)
    }
}
