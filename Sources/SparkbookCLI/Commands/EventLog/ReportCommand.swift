import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookReport
import SparkbookTerminal

/// `sparkbook report EVENTLOG --out FILE.html`: the HTML report Sparkbook makes for its own runs, for a real
/// Spark application: jobs, stages and tasks per executor, executors, the timeline, the Spark properties.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of a Spark application from its event log."
    )

    @OptionGroup var input: EventLogInput

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "FILE.html"))
    var out: String

    func run() throws {
        let (events, timeline) = try input.load()
        let html = HTMLReportWriter.render(EventLogReport.make(events: events, timeline: timeline))
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw EventLogInput.fail("Cannot write \(out): \(error.localizedDescription)")
        }
        StandardStreams.err("wrote \(out)\n")
    }
}
