import Foundation

/// What a simulated run produced: the same executor timeline and allocation log a live run records, plus the
/// numbers that judge the allocation settings (how long, how many executors, how much of them was used).
public struct SimulationResult: Hashable, Sendable {
    /// One stage's submission and completion on the virtual clock.
    public struct StageSummary: Hashable, Sendable {
        public let stageId: Int
        public let name: String
        public let tasks: Int
        public let submitted: ClockTime
        public let completed: ClockTime
    }

    public let appId: String
    /// The cluster manager profile's one-line description.
    public let cluster: String
    public let dynamicAllocationEnabled: Bool
    public let notices: [ConfigNotice]
    public let timeline: [TimelineEntry]
    /// Spark's allocation log lines (INFO), dated from `epochOffset`.
    public let logLines: [String]
    /// Wall-clock milliseconds at virtual time zero.
    public let epochOffset: Int64
    public let stages: [StageSummary]
    /// When the job's last stage finished.
    public let jobDuration: ClockDuration
    /// The whole simulated span: the job plus the idle time watched after it.
    public let totalDuration: ClockDuration
    /// Most executors registered at once.
    public let peakExecutors: Int
    /// Highest target the policy (or the fixed count) asked for.
    public let peakTarget: Int
    /// Executors still registered at the end.
    public let finalExecutors: Int
    public let tasksRun: Int
    /// Sum of all task running times, in seconds.
    public let taskSeconds: Double
    /// Sum over executors of the time each was registered, in seconds.
    public let executorSeconds: Double
    public let slotsPerExecutor: Int
    /// The event log file, when one was written.
    public let eventLogPath: String?

    /// Task seconds over allocated slot seconds (executor seconds x slots): 1 means no slot ever sat idle.
    public var utilisation: Double {
        let slotSeconds = executorSeconds * Double(slotsPerExecutor)
        return slotSeconds > 0 ? taskSeconds / slotSeconds : 0
    }

    /// A short plain-text summary for the CLI and walkthroughs.
    public var summary: String {
        var lines = [
            "Simulated \(cluster)",
            "  job: \(stages.count) stage\(stages.count == 1 ? "" : "s"), \(tasksRun) tasks, finished after "
                + Self.seconds(jobDuration) + " (simulated span " + Self.seconds(totalDuration) + ")",
            "  executors: peak \(peakExecutors) (peak target \(peakTarget)), \(finalExecutors) at the end"
                + (dynamicAllocationEnabled ? "" : " (dynamic allocation off)"),
            "  utilisation: " + String(format: "%.1f%%", utilisation * 100) + " ("
                + String(format: "%.0f", taskSeconds) + " task-seconds of "
                + String(format: "%.0f", executorSeconds * Double(slotsPerExecutor)) + " slot-seconds allocated, "
                + "\(slotsPerExecutor) slot\(slotsPerExecutor == 1 ? "" : "s") per executor)",
        ]
        for stage in stages {
            lines.append("  stage \(stage.stageId) \(stage.name): \(stage.tasks) tasks, "
                         + Self.seconds(stage.submitted - .zero) + " -> " + Self.seconds(stage.completed - .zero))
        }
        if let eventLogPath { lines.append("  event log: \(eventLogPath)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func seconds(_ span: ClockDuration) -> String {
        String(format: "%.1fs", Double(span.milliseconds) / 1000)
    }
}
