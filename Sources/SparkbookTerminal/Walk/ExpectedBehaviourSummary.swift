import SparkbookCluster

/// Closes a walkthrough with the seed's expected-behaviour table: for each row, what this run's events showed
/// and what the production-scale replay showed (simulated, and labelled so). A row not observed says why and
/// which command to try; executors kept because they hold shuffle data are named, with the setting that frees them.
public struct ExpectedBehaviourSummary {
    public let run: AllocationObservation
    /// The production-scale replay's timeline, when it ran.
    public let replay: AllocationObservation?
    public let configuration: (String) -> String?
    public let time: WalkTimeText
    /// How the student started this walkthrough, without a time scale: the base of every "try" command.
    public let command: String
    /// What the run's resource manager recorded of other tenants; nil: this run had the cluster to itself.
    public let sharing: SharedClusterObservation?

    public init(run: [TimelineEntry], replay: [TimelineEntry]?, time: WalkTimeText,
                command: String, sharing: SharedClusterObservation? = nil,
                configuration: @escaping (String) -> String?) {
        self.sharing = sharing
        self.run = AllocationObservation(run)
        self.replay = replay.map(AllocationObservation.init)
        self.configuration = configuration
        self.time = time
        self.command = command
    }

    /// A markdown table of short verdicts, then the details of each (rendered by the walkthrough's renderer).
    public var markdown: String {
        let replayStatus = { (observed: Bool?) in observed.map { $0 ? "observed" : "not observed" } ?? "not run" }
        let rows = [
            "| Workload state | Expected | This run | Replay (simulated) |", "|---|---|---|---|",
            "| High shuffle load | Executors scale up | \(status(run.scaledUp)) | \(replayStatus(replay?.scaledUp)) |",
            "| Idle periods | Executors released | \(status(!run.releases.isEmpty)) | "
                + "\(replayStatus(replay.map { !$0.releases.isEmpty })) |",
            "| Shared cluster | Fair resource usage | \(sharing?.status ?? "no other tenant") | "
                + "\(replay == nil ? "not run" : "no other tenant") |",
        ]
        var details = [
            "- **Scale-up, this run:** " + scaleUp(run, scale: time),
            "- **Idle release, this run:** " + release(run, scale: time),
        ]
        if let note = keptForShuffle(run, scale: time) { details.append("- **Kept, this run:** " + note) }
        details.append("- **Shared cluster, this run:** " + (sharing.map { $0.details(time: time) + " " }
            ?? "this run had no other tenant, so there was no one to be fair to and nothing to measure. Add a "
                + "neighbour team on the same cluster: `\(command) --neighbours notebooks/neighbours/steady_etl_team.yaml`. ")
            + cap(run))
        if let replay {
            let realTime = WalkTimeText()
            details += [
                "- **Scale-up, replay (simulated):** " + scaleUp(replay, scale: realTime),
                "- **Idle release, replay (simulated):** " + release(replay, scale: realTime),
            ] + (keptForShuffle(replay, scale: realTime).map { ["- **Kept, replay (simulated):** " + $0] } ?? []) + [
                "- **Shared cluster, replay (simulated):** the replay is alone on its cluster. " + cap(replay),
            ]
        }
        return "## What this run showed\n\n" + rows.joined(separator: "\n") + "\n\n" + details.joined(separator: "\n") + "\n"
    }

    private func status(_ observed: Bool) -> String { observed ? "observed" : "not observed" }

    private var backlogTimeout: String {
        time.configured(configuration(DynamicAllocationKeys.schedulerBacklogTimeout),
                        key: DynamicAllocationKeys.schedulerBacklogTimeout, fallback: .seconds(1))
    }

    private var idleTimeout: String { idleTimeout(time) }

    /// executorIdleTimeout as configured, with its scaled time under `scale` (the replay runs at real time).
    private func idleTimeout(_ scale: WalkTimeText) -> String {
        scale.configured(configuration(DynamicAllocationKeys.executorIdleTimeout),
                         key: DynamicAllocationKeys.executorIdleTimeout, fallback: .seconds(60))
    }

    private var minExecutors: Int { configuration(DynamicAllocationKeys.minExecutors).flatMap { Int($0) } ?? 0 }

    /// The walkthrough again at a smaller time scale (timeouts pass 5x sooner), as a command to copy.
    private var fasterCommand: String {
        let factor = time.scale.factor == 1 ? 0.02 : time.scale.factor / 5
        return "`\(command) --time-scale \(WalkTimeText.factorText(factor))`"
    }

    private func scaleUp(_ seen: AllocationObservation, scale: WalkTimeText) -> String {
        guard let first = seen.requests.first else {
            return "not observed: no task waited schedulerBacklogTimeout \(backlogTimeout), so nothing was "
                + "requested. Try \(fasterCommand), or `sparkbook run notebooks/scale_up_and_release.py "
                + "--time-scale 0.02 --timeline` (96 tasks behind one executor)."
        }
        let deltas = seen.requests.prefix(6).map { "+\($0.delta)" }.joined(separator: " ")
            + (seen.requests.count > 6 ? " … (\(seen.requests.count) requests)" : "")
        let times = seen.requests.prefix(6).map { scale.at($0.time) }.joined(separator: "/")
            + (seen.requests.count > 6 ? "/…" : "")
        var text = (seen.added > 0 ? "observed: " : "requested, but no executor came up: ")
            + "\(deltas) requested at \(times) (tasks backlogged for \(scale.configured(scaled: first.after))); "
        text += "\(seen.executorsBeforeScaleUp) → peak \(seen.peakExecutors) executors"
        return text + "."
    }

    private func release(_ seen: AllocationObservation, scale: WalkTimeText) -> String {
        guard let last = seen.releases.last else {
            if !seen.keptForShuffle.isEmpty {
                return "not observed: the executors above minExecutors (\(minExecutors)) held shuffle data, so shuffle "
                    + "tracking kept them past executorIdleTimeout \(idleTimeout(scale)), as Spark does (see Kept, below)."
            }
            if seen.peakExecutors <= minExecutors {
                return "not observed: this run never had more than minExecutors (\(minExecutors)) executors, so "
                    + "none could go. Let it scale up first: try \(fasterCommand)."
            }
            return "not observed: no executor above minExecutors (\(minExecutors)) stayed idle for "
                + "executorIdleTimeout \(idleTimeout) before the run ended. Add an idle cell (`time.sleep(90)`) "
                + "or try \(fasterCommand)."
        }
        // Executors kept for their shuffle data and released later went when the ContextCleaner removed that
        // shuffle (at a driver GC), long after their idle timeout: said apart, or the reader sees "idle 60s" at 1800s.
        let kept = Set(seen.keptForShuffle)
        let afterIdle = seen.releases.filter { !$0.ids.contains(where: kept.contains) }
        let afterCleaning = seen.releases.filter { $0.ids.contains(where: kept.contains) }
        var parts: [String] = []
        if !afterIdle.isEmpty {
            let count = afterIdle.reduce(0) { $0 + $1.ids.count }
            let times = afterIdle.prefix(4).map { scale.at($0.time) }.joined(separator: "/") + (afterIdle.count > 4 ? "/…" : "")
            let rules = WalkTimelineText(time: scale).rules(afterIdle.flatMap(\.rules))
            parts.append("\(count) executor\(count == 1 ? "" : "s") released after \(rules), at \(times)")
        }
        if !afterCleaning.isEmpty {
            let count = afterCleaning.reduce(0) { $0 + $1.ids.count }
            let times = afterCleaning.prefix(4).map { scale.at($0.time) }.joined(separator: "/")
                + (afterCleaning.count > 4 ? "/…" : "")
            let gc = scale.configured(configuration(ContextCleanerSchedule.periodicGCIntervalKey),
                                      key: ContextCleanerSchedule.periodicGCIntervalKey, fallback: .seconds(30 * 60))
            parts.append("\(count) executor\(count == 1 ? "" : "s") that held shuffle data released at \(times), "
                + "once the driver's periodic GC (`\(ContextCleanerSchedule.periodicGCIntervalKey)` \(gc)) let the "
                + "ContextCleaner remove the shuffle no DataFrame referred to any more")
        }
        var text = "observed: " + parts.joined(separator: "; ") + ", down to \(last.executors)"
        if last.executors == minExecutors { text += " (minExecutors)" }
        return text + "."
    }

    /// Executors kept past executorIdleTimeout because they hold shuffle data (Spark's shuffle tracking), and the
    /// settings that let them go; nil when none was kept for that.
    func keptForShuffle(_ seen: AllocationObservation, scale: WalkTimeText) -> String? {
        let kept = ExecutorIDOrder.numeric.sorted(seen.keptForShuffle)
        guard !kept.isEmpty else { return nil }
        let one = kept.count == 1
        var text = "executor\(one ? "" : "s") \(kept.joined(separator: ", ")) held shuffle data, so "
            + "\(one ? "it" : "they") stayed past executorIdleTimeout \(idleTimeout(scale)): with "
            + "`spark.dynamicAllocation.shuffleTracking.enabled=true`, Spark keeps an executor while it holds shuffle "
            + "data that no external shuffle service serves. "
        let timeoutKey = DynamicAllocationKeys.shuffleTrackingTimeout
        if let timeout = configuration(timeoutKey) {
            text += "Here `\(timeoutKey)` is \(timeout): such an executor goes after that long idle. "
        } else {
            let gc = scale.configured(configuration(ContextCleanerSchedule.periodicGCIntervalKey),
                                      key: ContextCleanerSchedule.periodicGCIntervalKey, fallback: .seconds(30 * 60))
            let tracking = configuration(ContextCleanerSchedule.referenceTrackingKey)?.lowercased() != "false"
            text += tracking
                ? "The data stays until the driver's ContextCleaner removes the shuffle, once no DataFrame refers to "
                    + "it, at a driver GC: at the latest the periodic one, every "
                    + "`\(ContextCleanerSchedule.periodicGCIntervalKey)` \(gc). "
                : "With `\(ContextCleanerSchedule.referenceTrackingKey)=false` the ContextCleaner never removes it. "
            text += "Set `\(timeoutKey)` (e.g. 120s) to release such executors after that long idle, "
        }
        return text + (configuration(timeoutKey) == nil ? "or" : "Or") + " use the external shuffle service "
            + "(`spark.shuffle.service.enabled=true`, on YARN), which serves their shuffle files once they are gone."
    }

    /// The peak against maxExecutors, from the timeline.
    private func cap(_ seen: AllocationObservation) -> String {
        guard let max = configuration(DynamicAllocationKeys.maxExecutors).flatMap({ Int($0) }) else {
            return "Peak \(seen.peakExecutors) executors, and no maxExecutors bounds the job."
        }
        if seen.peakExecutors >= max {
            return "Peak \(seen.peakExecutors) executors = maxExecutors \(max): the cap is what leaves the rest of "
                + "the cluster to others."
        }
        return "Peak \(seen.peakExecutors) executors, below maxExecutors \(max), so the cap never had to hold the "
            + "job back."
    }
}
