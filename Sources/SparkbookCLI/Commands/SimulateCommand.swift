import ArgumentParser
import Foundation
import SparkbookCluster
import SparkbookTerminal

/// `sparkbook simulate WORKLOAD.json`: the same allocation policy and cluster rules on a virtual clock with
/// synthetic tasks, so a production-sized job's executor timeline appears in well under a second.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate dynamic allocation for a workload (stages, tasks, cluster) on a virtual clock.",
        discussion: """
        Prints a summary (virtual duration, peak executors, utilisation), the executor chart and Spark's \
        allocation log; the wall time the simulation took goes to stderr. See simulations/*.json for the format.
        """
    )

    @Argument(help: "The workload description (JSON).")
    var workload: String

    @Option(help: ArgumentHelp("Write a Spark event log into this folder (the History Server opens it).",
                               valueName: "DIR"))
    var eventLog: String?

    @Option(help: "Multiply every allocation timeout and executor start-up time by this factor (a teaching aid).")
    var timeScale: Double = 1

    @Option(help: "Chart width in columns.")
    var width: Int = 60

    func validate() throws {
        guard timeScale > 0, timeScale.isFinite else { throw ValidationError("--time-scale must be greater than 0") }
    }

    func run() throws {
        let started = ContinuousClock.now
        let result: SimulationResult
        do {
            var options = AllocationSimulator.Options()
            options.timeScale = TimeScale(factor: timeScale)
            options.eventLogDirectory = eventLog
            result = try AllocationSimulator(workload: SimulationWorkload.load(path: workload), options: options).run()
        } catch {
            StandardStreams.err("error: \(error)\n")
            throw ExitCode(1)
        }
        let elapsed = started.duration(to: ContinuousClock.now)
        if timeScale != 1 {
            StandardStreams.err("note: time scale \(timeScale): every allocation timeout and executor start-up time "
                                + "is multiplied by \(timeScale) (a teaching aid; real Spark runs at 1)\n")
        }
        var text = result.summary
        for notice in result.notices { text += "  \(notice.level.rawValue.uppercased()): \(notice.message)\n" }
        text += "\nExecutors over time (simulated)\n"
        text += TimelineChartRenderer(width: width).render(result.timeline, start: .zero,
                                                           end: .zero + result.totalDuration)
        if !result.logLines.isEmpty { text += "\nAllocation log:\n" + result.logLines.joined(separator: "\n") + "\n" }
        StandardStreams.out(text)
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        StandardStreams.err(String(format: "simulated %@ of cluster time in %.1f ms of wall time\n",
                                   String(format: "%.1fs", Double(result.totalDuration.milliseconds) / 1000), ms))
    }
}
