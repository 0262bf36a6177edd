import SparkbookCluster
import SparkbookTerminal

/// `--timeline`: the executor chart and allocation log of the run's application, printed at the end, and the
/// neighbour teams' executor changes beside it when the cluster was shared with them.
enum TimelineOutput {
    static func text(_ runtime: ClusterRuntime, neighbours: Neighbours? = nil) -> String {
        "\n" + ClusterText.timeline(runtime) + NeighbourChangeText.section(neighbours?.changes(since: 0) ?? [])
    }

    /// A real Spark application's timeline from its event log, as `sparkbook timeline` and
    /// `run --engine spark --timeline` print it.
    static func text(_ timeline: EventLogTimeline, width: Int = 60) -> String {
        let title = [timeline.appId, timeline.master].compactMap { $0 }.joined(separator: ", ")
        return ClusterText.timeline(timeline.entries, title: title.isEmpty ? "event log" : title, end: timeline.end,
                                    epochOffset: timeline.epochOffset, width: width)
    }
}
