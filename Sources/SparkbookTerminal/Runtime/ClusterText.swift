import SparkbookCluster

/// Texts about the live cluster shared by `run --timeline`, the REPL's `:executors` / `:timeline` and walkthroughs.
public enum ClusterText {
    /// The executors table: id, state, running tasks, held shuffle data, seconds until idle release.
    public static func executorTable(_ runtime: ClusterRuntime) -> String {
        let statuses = runtime.executorStatuses()
        let snapshot = runtime.snapshot()
        var lines = [runtime.profile.summary]
        var header = "executors: \(snapshot.executors)"
        if let target = snapshot.target { header += ", target \(target)" }
        if snapshot.starting > 0 { header += ", starting \(snapshot.starting)" }
        if snapshot.waiting > 0 { header += ", waiting for capacity \(snapshot.waiting)" }
        header += "; tasks running \(snapshot.runningTasks), pending \(snapshot.pendingTasks)"
        lines.append(header)
        guard !statuses.isEmpty else { return (lines + ["(no executors)"]).joined(separator: "\n") + "\n" }
        let rows = statuses.map { s -> [String] in
            let state = s.runningTasks > 0 ? "busy" : (s.allocation?.pendingRemoval == true ? "leaving" : "idle")
            let holds = s.shuffleIds.isEmpty ? "-" : "shuffle " + s.shuffleIds.map(String.init).joined(separator: ",")
            let release = s.allocation?.secondsUntilRelease.map { "\($0)s" } ?? "-"
            return [s.id, state, "\(s.runningTasks)/\(s.slots)", "\(s.completedTasks)", holds, release, s.note]
        }
        lines += PlainTable.lines(header: ["id", "state", "running", "done", "holds", "release in", "why"], rows: rows)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The executor-count chart over the application's life, then each change with its cause and the
    /// allocation lines Spark logs.
    public static func timeline(_ runtime: ClusterRuntime, width: Int = 60) -> String {
        timeline(runtime.timeline.entries, title: "\(runtime.profile.master)", end: runtime.clock.now,
                 epochOffset: runtime.timeline.epochOffset, timeScale: runtime.timeScale, width: width)
    }

    /// The same for any recorded entries (an embedded run's, or a real application's read from its event log):
    /// `end` is the clock time the chart runs to, `epochOffset` the wall-clock milliseconds at clock time zero.
    public static func timeline(_ entries: [TimelineEntry], title: String, end: ClockTime, epochOffset: Int64,
                                timeScale: TimeScale = .realTime, width: Int = 60) -> String {
        guard !entries.isEmpty else { return "timeline: no executor changes recorded\n" }
        let end = max(end, entries.last!.time)
        var text = "Executors over time (\(title))\n"
        if timeScale != .realTime {
            // Said beside the chart too, so that `idle 1.2s` is never read against a configured `60s`.
            text += "time scale \(timeScale.factorText): timeouts multiplied by \(timeScale.factorText); "
                + "times below are as the run went\n"
        }
        text += TimelineChartRenderer(width: width).render(entries, start: ClockTime(milliseconds: 0), end: end)
        if !text.hasSuffix("\n") { text += "\n" }
        let log = AllocationLogRenderer().lines(entries, epochOffset: epochOffset)
        if !log.isEmpty { text += "\nAllocation log:\n" + log.joined(separator: "\n") + "\n" }
        return text
    }
}
