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
        Without an allocation log the timeline shows what Spark's event log records: executors added and removed, \
        with Spark's removal reasons. The driver's log adds the target totals and why they changed; Sparkbook keeps \
        it beside the event log (<appId>.allocation.log) for runs of either engine.

        --compare OTHER lines up two runs of the same notebook decision by decision (e.g. real Spark's with \
        `--engine spark` and the embedded engine's, each run with --event-log): the targets in order, the idle \
        removals and which executors, the peak; times from each run's first job, equal within 20% or 250 ms. \
        Exit status 1 when they differ.

        --replay-conf prints, as `--conf KEY=VALUE` arguments, how long the run's executors took to start and how \
        much longer each one's first task took (sparkbook.executor.startupTime, sparkbook.executor.firstTaskDelay): \
        given to `sparkbook run` of the same notebook, the embedded cluster takes the same times, so a comparison \
        holds the allocation policy to the recorded times rather than to this machine's JVM start-up.
        """
    )

    @OptionGroup var input: EventLogInput

    @Option(help: "Chart width in columns.")
    var width: Int = 60

    @Option(help: ArgumentHelp("Another run's event log to compare with, decision by decision.", valueName: "EVENTLOG"))
    var compare: String?

    @Option(help: ArgumentHelp("In --compare's directory of logs, the application to read.", valueName: "ID"))
    var compareApp: String?

    @Option(help: ArgumentHelp("The allocation log of --compare's run (default: the one beside its event log).",
                               valueName: "FILE"))
    var compareAllocationLog: String?

    @Option(help: ArgumentHelp("With --compare, whose times must agree: all (every decision's) or requests (only "
                               + "the backlog requests'; lowerings and removals then agree in order, target and count).",
                               valueName: "WHICH"))
    var compareTimes: AllocationComparison.Timing = .all

    @Option(help: ArgumentHelp("With --compare, how removed executors are told apart: work (by the tasks each ran; "
                               + "ids depend on which JVM registered first) or id (the other run replayed this one's "
                               + "start-up with --replay-conf, so ids correspond).", valueName: "HOW"))
    var compareExecutors: AllocationComparison.ExecutorIdentity = .work

    @Flag(help: "Print the --conf arguments that replay the run's executor start-up and first-task times.")
    var replayConf = false

    func run() throws {
        if replayConf {
            let run = try EventLogInput.load(input.eventLog, app: input.app, allocationLog: input.allocationLog)
            let replay = StartupReplay(events: run.events, allocationLog: run.decisions ?? [])
            StandardStreams.out(replay.properties.map { "--conf \($0.key)=\($0.value)" }.joined(separator: " ") + "\n")
            return
        }
        guard let compare else {
            StandardStreams.out(TimelineOutput.text(try input.load().timeline, width: width))
            return
        }
        let left = try EventLogInput.load(input.eventLog, app: input.app, allocationLog: input.allocationLog)
        let right = try EventLogInput.load(compare, app: compareApp, allocationLog: compareAllocationLog)
        for (side, path) in [(left, input.eventLog), (right, compare)] where side.decisions == nil {
            StandardStreams.err("note: no allocation log for \(path): only its executors are compared\n")
        }
        let comparison = AllocationComparison(
            AllocationRecord(events: left.events, allocationLog: left.decisions ?? []),
            AllocationRecord(events: right.events, allocationLog: right.decisions ?? []), timing: compareTimes,
            executors: compareExecutors)
        StandardStreams.out(comparison.render(leftTitle: Self.title(left.timeline, path: input.eventLog),
                                              rightTitle: Self.title(right.timeline, path: compare)))
        if !comparison.agrees { throw ExitCode(1) }
    }

    /// The run's master and application id, as a column heading.
    static func title(_ timeline: EventLogTimeline, path: String) -> String {
        let title = [timeline.master, timeline.appId].compactMap { $0 }.joined(separator: " ")
        return title.isEmpty ? path : title
    }
}

extension AllocationComparison.Timing: ExpressibleByArgument {}
extension AllocationComparison.ExecutorIdentity: ExpressibleByArgument {}
