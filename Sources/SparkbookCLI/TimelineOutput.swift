import SparkbookCluster
import SparkbookTerminal

/// `--timeline`: the executor chart and allocation log of the run's application, printed at the end.
enum TimelineOutput {
    static func text(_ runtime: ClusterRuntime) -> String {
        "\n" + ClusterText.timeline(runtime)
    }
}
