import SparkbookCluster
import SparkbookUtilities

/// "What happened at runtime" after a walkthrough cell, drawn from that cell's real listener events and the
/// executor timeline: jobs and their stages (split at shuffles, with AQE's coalescing of shuffle partitions),
/// tasks per executor, input bytes read and shuffle bytes written and read (the tasks' measured metrics),
/// retried stage attempts, and every executor change with the rule that caused it.
public struct RuntimePanel {
    public let style: TerminalStyle
    public let width: Int
    /// How executor changes and their timeouts are said (the walkthrough's one time format).
    public let phrasing: WalkTimelineText

    public init(style: TerminalStyle, width: Int = 80, phrasing: WalkTimelineText = WalkTimelineText(time: WalkTimeText())) {
        self.style = style
        self.width = width
        self.phrasing = phrasing
    }

    /// Nil when the cell ran no job and changed no executor (nothing to explain). `changesShownLive`: the
    /// changes were printed as they happened, so the panel sums them up instead of listing them again.
    public func render(events: [SparkListenerEvent], timeline: [TimelineEntry], minExecutors: Int?,
                       changesShownLive: Bool = false) -> String? {
        let digest = RunDigest(events)
        // Target changes are shown when they are a cause (the backlog ramp); load-drop bookkeeping is not.
        let changes = timeline.filter {
            guard case .targetChanged(let change) = $0.kind else { return true }
            if case .backlog = change.reason { return true }
            return false
        }
        guard !digest.jobs.isEmpty || !changes.isEmpty else { return nil }
        var lines: [String] = []
        let tasks = digest.stages.reduce(0) { $0 + $1.tasksByExecutor.reduce(0) { $0 + $1.tasks } }
        lines.append("\(digest.jobs.count) job\(digest.jobs.count == 1 ? "" : "s") · \(digest.stages.count) stage\(digest.stages.count == 1 ? "" : "s") · \(tasks) task\(tasks == 1 ? "" : "s")")
        for job in digest.jobs {
            let stages = job.stageIds.compactMap { id in digest.stages.first { $0.id == id } }
            let chain = stages.map { "stage \($0.id) (\($0.name))" }.joined(separator: style.dim(" → shuffle → "))
            lines.append("job \(job.id)\(job.millis.map { " · " + Self.seconds($0) } ?? ""): \(chain.isEmpty ? job.description : chain)")
            for stage in stages {
                let spread = stage.tasksByExecutor.map { "exec \($0.executor)×\($0.tasks)" }.joined(separator: " ")
                var line = "  " + Self.stageHeading(stage) + " on " + (spread.isEmpty ? "-" : spread)
                if let ms = stage.millis { line += " · " + Self.seconds(ms) }
                if stage.inputBytesRead > 0 { line += " · input " + ByteCountText.format(stage.inputBytesRead) }
                if stage.shuffleBytesWritten > 0 { line += " · shuffle write " + ByteCountText.format(stage.shuffleBytesWritten) }
                if stage.shuffleBytesRead > 0 { line += " · shuffle read " + ByteCountText.format(stage.shuffleBytesRead) }
                if stage.diskBytesSpilled > 0 {
                    line += " · spill " + ByteCountText.format(stage.memoryBytesSpilled) + " (memory), "
                        + ByteCountText.format(stage.diskBytesSpilled) + " (disk)"
                }
                if stage.failedTasks > 0 { line += style.red(" · \(stage.failedTasks) failed") }
                if stage.attempts > 1 { line += style.red(" · \(stage.attempts) attempts") }
                lines.append(line)
            }
        }
        if changes.isEmpty {
            lines.append("executors: no change")
        } else if changesShownLive, let last = timeline.last {
            let target = last.target.map { ", target \($0)" } ?? ""
            lines.append("executors: \(changes.count) change\(changes.count == 1 ? "" : "s") (shown live above); "
                + "now \(last.executors) up\(target)")
        } else {
            for entry in changes {
                var text = "executors → \(entry.executors): \(phrasing.phrase(entry))"
                if case .targetChanged = entry.kind, let target = entry.target {
                    text = "target → \(target): \(phrasing.phrase(entry))"
                }
                if case .executorsRemoved = entry.kind, let min = minExecutors, entry.executors == min {
                    text += style.dim(" (floor: minExecutors = \(min))")
                }
                lines.append(text)
            }
        }
        let title = " What happened at runtime "
        let rule = String(repeating: "─", count: max(4, width - TerminalWidth.of(title) - 2))
        return style.cyan("╭─" + title + rule) + "\n" + lines.map { style.cyan("│ ") + $0 }.joined(separator: "\n") + "\n"
    }

    /// Milliseconds in the walkthrough's one time format.
    static func seconds(_ millis: Int64) -> String {
        WalkTimeText.seconds(.milliseconds(millis))
    }

    /// `stage 1 (after shuffle 0): 200 shuffle partitions → 2 tasks after AQE coalescing`: which shuffle a stage
    /// reads, and how adaptive execution merged its small partitions into fewer tasks, as Spark 4 does by default.
    static func stageHeading(_ stage: RunDigest.Stage) -> String {
        var heading = "stage \(stage.id)"
        if !stage.readsShuffles.isEmpty {
            let shuffles = stage.readsShuffles.map(String.init).joined(separator: ", ")
            heading += " (after shuffle\(stage.readsShuffles.count == 1 ? "" : "s") \(shuffles))"
        }
        let tasks = "\(stage.numTasks) task\(stage.numTasks == 1 ? "" : "s")"
        guard let before = stage.shufflePartitionsBeforeCoalescing else { return heading + ": " + tasks }
        return heading + ": \(before) shuffle partitions → \(tasks) after AQE coalescing,"
    }
}
