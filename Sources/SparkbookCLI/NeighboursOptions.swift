import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookNotebook
import SparkbookTerminal

/// `--neighbours FILE` for `run` and `walk`: synthetic teams on the same embedded cluster core as the notebook,
/// in real time scaled by the run's `--time-scale`; the notebook's session joins their resource manager in the
/// file's queue.
struct NeighboursOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Share the cluster with synthetic teams described in FILE (YAML: the cluster, this notebook's queue, the "
            + "teams' queues, allocation settings and jobs), e.g. notebooks/neighbours/steady_etl_team.yaml.",
        valueName: "FILE"))
    var neighbours: String?

    /// Reads the file, starts the teams on the live clock and points the run's sessions at their cluster; nil
    /// without `--neighbours`.
    func start(into options: inout RunOptions) throws -> Neighbours? {
        guard let path = neighbours else { return nil }
        let loaded: (file: NeighboursFile, cluster: ClusterDescription)
        do {
            loaded = try NeighboursFile.load(path: path)
        } catch {
            throw CLIError.message(error.message)
        }
        let scale = TimeScale(factor: options.timeScale)
        let started = Neighbours(file: loaded.file, cluster: loaded.cluster, timeScale: scale)
        options.resourceManager = started.connection
        options.queue = loaded.file.queue
        let teams = loaded.file.teams.map { "\($0.name) (queue \($0.queue))" }.joined(separator: ", ")
        StandardStreams.err("note: neighbours: \(teams) share the cluster \(loaded.file.clusterPath) "
            + "(\(loaded.cluster.totalResources.vcores) cores) with this notebook (queue \(loaded.file.queue))\n")
        return started
    }
}
