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
            report.stages = RunDigest(events.events).stages.map {
                StageSummary(stageId: $0.id, name: $0.name, tasksByExecutor: $0.tasksByExecutor, durationMillis: $0.millis ?? 0,
                             shuffleWrite: $0.shuffleBytesWritten > 0 ? ByteCountText.format($0.shuffleBytesWritten) : nil,
                             shuffleRead: $0.shuffleBytesRead > 0 ? ByteCountText.format($0.shuffleBytesRead) : nil,
                             input: $0.inputBytesRead > 0 ? ByteCountText.format($0.inputBytesRead) : nil,
                             spill: $0.diskBytesSpilled > 0
                                 ? ByteCountText.format($0.memoryBytesSpilled) + " / " + ByteCountText.format($0.diskBytesSpilled)
                                 : nil)
            }
        }
        try Data(HTMLReportWriter.render(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
