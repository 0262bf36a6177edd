import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// Fair usage at the end of `run` and `walk`: the table on stderr when the cluster was shared (more than one
/// application or queue), and `--metrics-json FILE` for every run, the run's own application included when it was
/// alone (its queue alone then, Jain's index absent with the reason).
enum FairnessOutput {
    static let metricsJSONHelp = ArgumentHelp(
        "Write fair-usage metrics as JSON: per application executor-seconds granted and busy, waits, completion; "
            + "per queue its share over time and starvation; Jain's index.", valueName: "FILE")

    /// The report over the run's cluster (its own resource manager, or the shared one it joined) up to now, on
    /// the log's clock, with the run's own application finished.
    static func report(_ runtime: ClusterRuntime) -> FairnessReport {
        let (log, end) = runtime.finalUsage()
        return FairnessReport(log: log, end: end)
    }

    /// The report over the classroom's cluster (`--neighbours`): the teams and every session the notebook started.
    static func report(_ neighbours: Neighbours) -> FairnessReport {
        FairnessReport(log: neighbours.usageLog(), end: neighbours.clock.now)
    }

    /// Prints the table for a shared run and writes `metricsJSON` when asked; with no report (the notebook never
    /// started a Spark session, so no application ran), says on stderr that there is nothing to write rather than
    /// writing an empty file.
    static func finish(_ report: FairnessReport?, metricsJSON: String?, style: TerminalStyle,
                       err: (String) -> Void = StandardStreams.err) throws {
        guard let report else {
            if let metricsJSON {
                err(style.cyan("note: ") + "--metrics-json: no Spark application ran (the notebook started no session), so \(metricsJSON) was not written\n")
            }
            return
        }
        if report.isShared { err("\n" + FairnessTable(report: report, style: style).text) }
        if let metricsJSON {
            try Data((report.json.compact + "\n").utf8).write(to: URL(fileURLWithPath: metricsJSON), options: .atomic)
        }
    }
}
