/// A `UsageLog`'s step functions cut into intervals over which nothing changes: every sample, submission and
/// finish starts a new segment. Each fairness figure is then a sum over segments (an integral of a step
/// function), computed in whole milliseconds so that integrals are exact.
struct UsageSegments {
    /// One application's state throughout a segment.
    struct State: Hashable {
        var granted = 0
        var grantedResources = Resources.zero
        var waiting = 0
        var busyExecutors = 0
        var pendingTasks = 0
    }

    struct Segment {
        var start: ClockTime
        var end: ClockTime
        /// Per application, in the log's order: nil when it is not running (not yet submitted, or finished).
        var states: [State?]

        var millis: Int64 { end.milliseconds - start.milliseconds }
    }

    let segments: [Segment]

    /// The segments from the log's first instant (a submission or sample) to `end`; what happens after `end`
    /// is ignored. An application submitted but not yet sampled holds nothing; a finished one is gone.
    init(_ log: UsageLog, end: ClockTime) {
        var samplesByApplication: [String: [UsageLog.Sample]] = [:]
        for sample in log.samples { samplesByApplication[sample.applicationId, default: []].append(sample) }
        let instants = log.applications.flatMap { [$0.submittedAt] + ($0.finishedAt.map { [$0] } ?? []) }
            + log.samples.map(\.time) + [end]
        let breakpoints = Set(instants.filter { $0 <= end }).sorted()
        var cursors = [Int](repeating: 0, count: log.applications.count)
        var current = [State](repeating: State(), count: log.applications.count)
        var segments: [Segment] = []
        for (start, next) in zip(breakpoints, breakpoints.dropFirst()) {
            var states: [State?] = []
            for (index, application) in log.applications.enumerated() {
                let samples = samplesByApplication[application.id] ?? []
                while cursors[index] < samples.count, samples[cursors[index]].time <= start {
                    let sample = samples[cursors[index]]
                    current[index] = State(granted: sample.granted, grantedResources: sample.grantedResources,
                                           waiting: sample.waiting, busyExecutors: sample.busyExecutors,
                                           pendingTasks: sample.pendingTasks)
                    cursors[index] += 1
                }
                let running = application.submittedAt <= start && (application.finishedAt.map { start < $0 } ?? true)
                states.append(running ? current[index] : nil)
            }
            segments.append(Segment(start: start, end: next, states: states))
        }
        self.segments = segments
    }
}
