import Foundation
import SparkbookNotebook
import SparkbookReport

/// Writes `--report FILE.html` for `run` and `walk`.
enum ReportOutput {
    static func write(_ notebook: Notebook, title: String, runner: NotebookRunner, to path: String) throws {
        let configuration = runner.context.active?.conf.all.map { (key: $0.key, value: $0.value) } ?? []
        let report = RunReport(title: title, notebook: notebook, configuration: configuration)
        try Data(HTMLReportWriter.render(report).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
