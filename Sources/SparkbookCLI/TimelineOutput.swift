import SparkbookCluster
import SparkbookTerminal

/// `--timeline`: the executor chart and allocation log of the run's application, printed at the end, and the
/// neighbour teams' executor changes beside it when the cluster was shared with them.
enum TimelineOutput {
    static func text(_ runtime: ClusterRuntime, neighbours: Neighbours? = nil) -> String {
        "\n" + ClusterText.timeline(runtime) + NeighbourChangeText.section(neighbours?.changes(since: 0) ?? [])
    }
}
