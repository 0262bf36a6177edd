import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookReport
import SparkbookSparkEngine
import SparkbookTerminal

/// What `--engine spark` shows of the cluster, read from the run's event log: followed live into a listener bus
/// that carries the console progress bar (as the embedded engine's bus does), then the executors' timeline with
/// causes and the report, made as `sparkbook timeline` and `sparkbook report` make them for any Spark log.
final class SparkRunEvents: Sendable {
    let feed: EventLogFeed
    let progress: ConsoleProgressReporter?
    let eventLogFolder: String
    let allocationLog: URL

    /// Starts following the event log folder for the application the driver is about to create (logs already
    /// in a shared `spark.eventLog.dir` are not this run's). `listeners` receive the events too.
    init(_ executor: SparkCellExecutor, listeners: [any SparkListener] = [], showProgress: Bool) {
        let settings = executor.settings
        eventLogFolder = settings.effectiveProperties["spark.eventLog.dir"] ?? settings.eventLogFolder.path
        allocationLog = settings.allocationLog
        let wanted = settings.properties["spark.ui.showConsoleProgress"]?.lowercased() != "false"
        progress = showProgress && wanted && ConsoleProgressReporter.stderrIsTerminal
            ? ConsoleProgressReporter(now: { Int64(Date().timeIntervalSince1970 * 1000) }) : nil
        let bus = ListenerBus(listeners: listeners + (progress.map { [$0] } ?? []))
        feed = EventLogFeed(follower: EventLogFollower(directory: eventLogFolder, newApplicationsOnly: true), bus: bus)
        feed.start()
    }

    /// After the driver stopped its session: reads the end of the log and takes the progress bar down.
    func finish() {
        feed.stop()
        progress?.stop()
        keepAllocationLog()
    }

    /// Copies the driver's allocation log beside the application's event log as `<appId>.allocation.log`, where
    /// `sparkbook timeline` finds it (the embedded engine writes its own there too).
    func keepAllocationLog() {
        let appId = feed.events.lazy.compactMap { event -> String? in
            if case .applicationStart(let app) = event { return app.appId }
            return nil
        }.first
        guard let appId, let data = FileManager.default.contents(atPath: allocationLog.path) else { return }
        let folder = URL(fileURLWithPath: EventLogWriter.localPath(eventLogFolder))
        try? data.write(to: folder.appendingPathComponent(EventLogLocation.allocationLogName(appId: appId)), options: .atomic)
    }

    /// Brings in what Spark has logged by the end of a cell: its listener bus writes the job's last events a
    /// moment after the action returns, so a second look a little later catches them.
    func settle() {
        feed.pump()
        Thread.sleep(forTimeInterval: Double(EventLogFeed.intervalMillis) / 1000)
        feed.pump()
        feed.bus.flush()
    }

    /// The run's executor timeline: the event log's executors with the allocation log's targets and causes.
    var timeline: EventLogTimeline {
        let text = (try? String(contentsOf: allocationLog, encoding: .utf8)) ?? ""
        return EventLogTimeline(events: feed.events, allocationLog: AllocationLogParser().parse(text))
    }

    /// `--timeline`: the chart and its changes, or why there is none.
    func timelineText() -> String {
        if let error = feed.error { return "\ntimeline: the event log could not be read: \(error.message)\n" }
        guard !feed.events.isEmpty else {
            return "\ntimeline: no event log in \(eventLogFolder) (spark.eventLog.enabled off, or a Spark Connect "
                + "server that writes its own)\n"
        }
        return "\n" + TimelineOutput.text(timeline)
    }

    /// `--report`: the real application's jobs, stages, executors and timeline, with the notebook's cells.
    func report(_ notebook: Notebook, title: String) -> RunReport {
        var report = EventLogReport.make(events: feed.events, timeline: timeline)
        report.title = title
        report.notebook = notebook
        return report
    }
}
