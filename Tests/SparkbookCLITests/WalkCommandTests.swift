import Foundation
import Testing

/// `sparkbook walk` of the seed notebook, played with `--auto` at the walkthrough's classroom time scale: the
/// steps it adds after the seed's cells back up the scheduler and then stay idle, so the closing table reports
/// scale-up and idle release as observed from this run's events, and the notebook file is left as it was.
@Suite(.serialized) struct WalkCommandTests {
    @Test func theSeedWalkthroughShowsScaleUpAndIdleReleaseFromThisRun() throws {
        let seed = CommandRunner.notebooksFolder.appendingPathComponent("dynamic_allocation.ipynb")
        let before = try Data(contentsOf: seed)
        let outcome = try CommandRunner.run(["walk", "notebooks/dynamic_allocation.ipynb", "--auto", "--delay", "0"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("classroom time scale"))
        let out = outcome.stdout
        #expect(out.contains("[added 1/1] scale-up under backlog, then release when idle · not in the notebook"))
        #expect(out.contains("# Added by the walkthrough (not in the notebook)"))
        #expect(out.contains("requested: tasks backlogged for 5s (0.1s at time scale 0.02)"))
        #expect(out.contains("released ("))
        #expect(out.contains("after idle 60s (1.2s at time scale 0.02)"))
        #expect(Self.row("High shuffle load", in: out) == ["High shuffle load", "Executors scale up", "observed", "observed"])
        #expect(Self.row("Idle periods", in: out) == ["Idle periods", "Executors released", "observed", "observed"])
        #expect(out.contains("Scale-up, this run: observed: +"))
        #expect(out.contains("Idle release, this run: observed: "))
        #expect(out.contains("this run had no other tenant"))
        #expect(try Data(contentsOf: seed) == before)
    }

    /// With an ETL team beside it (loading from the start, every 5 minutes of cluster time), the walkthrough shows the
    /// team's executors beside the notebook's and measures the shared row from the run's resource manager.
    @Test func withNeighboursTheTeamsExecutorsShowAndTheSharedRowIsMeasured() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("neighbours-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("team.yaml")
        let cluster = CommandRunner.packageRoot.appendingPathComponent("conf/cluster-shared.yaml").path
        try """
            cluster: \(cluster)
            queue: analytics
            teams:
              - name: etl-team
                queue: etl
                jobs:
                  - every: 5m
                    stages: [{name: extract, tasks: 40, task-time: 1m}]
            """.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["walk", "notebooks/dynamic_allocation.ipynb", "--auto", "--delay", "0",
                                             "--neighbours", file.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("note: neighbours: etl-team (queue etl) share the cluster"))
        let out = outcome.stdout
        #expect(out.contains("etl-team +"))
        #expect(out.contains(" granted ("))
        let row = Self.row("Shared cluster", in: out)
        #expect(row.count > 2 && row[2].hasPrefix("measured"), "\(row)")
        #expect(out.contains("etl-team (etl) waited "))
        #expect(!out.contains("this run had no other tenant"))
        // The fair-usage table at the end, on stderr.
        #expect(outcome.stderr.contains("etl-team"))
        #expect(outcome.stderr.contains("Jain's"))
    }

    /// The cells of the closing table's row that starts with `state`.
    static func row(_ state: String, in text: String) -> [String] {
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("│ " + state) }) else { return [] }
        return line.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
