import Foundation
import SparkbookCluster
import SparkbookDataFrame
import SparkbookNotebook
import SparkbookReport
import SparkbookUtilities

/// Writes `--report FILE.html` for `run` and `walk`, from the executed notebook and the application's real events.
enum ReportOutput {
    static func write(_ notebook: Notebook, title: String, session: SparkSession?, events: EventRecorder,
                      to path: String) throws {
        var report = RunReport(title: title, notebook: notebook)
        if let session {
            let runtime = session.runtime
            report.configuration = session.conf.all.map { (key: $0.key, value: $0.value) }
            report.timeline = runtime.timeline.entries
            report.timeScale = runtime.timeScale
            report.durationMillis = runtime.clock.now.milliseconds
            report.fairness = FairnessOutput.report(runtime)
            report.stages = RunDigest(events.events).stages.map(StageSummary.init(digest:))
        }
        try write(report, to: path)
    }

    static func write(_ report: RunReport, to path: String) throws {
        try Data(HTMLReportWriter.render(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
