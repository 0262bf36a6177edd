import ArgumentParser
import SparkbookCluster
import SparkbookTerminal

/// `sparkbook timeline EVENTLOG`: the executor chart and its changes with causes for a real Spark application,
/// printed as `run --timeline` prints an embedded run's.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the executor timeline of a Spark application from its event log.",
        discussion: """
        Without --allocation-log the timeline shows what Spark's event log records: executors added and removed, \
        with Spark's removal reasons. The driver's log adds the target totals and why they changed.
        """
    )

    @OptionGroup var input: EventLogInput

    @Option(help: "Chart width in columns.")
    var width: Int = 60

    func run() throws {
        StandardStreams.out(TimelineOutput.text(try input.load().timeline, width: width))
    }
}
