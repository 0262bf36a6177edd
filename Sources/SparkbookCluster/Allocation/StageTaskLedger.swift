/// Pending and running task counts per stage attempt, speculative tasks included (the
/// bookkeeping of Spark's `ExecutorAllocationListener`). Pending = tasks of a live stage
/// attempt whose index has not started; a failed (not killed) task's index is forgotten, so it
/// counts as pending again until it is resubmitted.
public struct StageTaskLedger: Hashable, Sendable {
    public struct StageAttempt: Hashable, Sendable, Comparable {
        public var stageId: Int
        public var attempt: Int

        public init(stageId: Int, attempt: Int) {
            self.stageId = stageId
            self.attempt = attempt
        }

        public static func < (lhs: StageAttempt, rhs: StageAttempt) -> Bool {
            (lhs.stageId, lhs.attempt) < (rhs.stageId, rhs.attempt)
        }
    }

    private var numTasks: [StageAttempt: Int] = [:]
    private var numRunning: [StageAttempt: Int] = [:]
    private var startedIndices: [StageAttempt: Set<Int>] = [:]
    private var numSpeculative: [StageAttempt: Int] = [:]
    private var startedSpeculativeIndices: [StageAttempt: Set<Int>] = [:]
    /// Attempts still counted: submitted and not yet fully finished (tasks may outlive the stage).
    private var live: Set<StageAttempt> = []

    public init() {}

    // MARK: Events

    mutating func stageSubmitted(_ attempt: StageAttempt, numTasks count: Int) {
        numTasks[attempt] = count
        live.insert(attempt)
    }

    /// Forgets the attempt's pending work; its running tasks still count until they end.
    mutating func stageCompleted(_ attempt: StageAttempt) {
        numTasks[attempt] = nil
        numSpeculative[attempt] = nil
        startedIndices[attempt] = nil
        startedSpeculativeIndices[attempt] = nil
        forgetIfFinished(attempt)
    }

    mutating func speculativeTaskSubmitted(_ attempt: StageAttempt) {
        numSpeculative[attempt, default: 0] += 1
    }

    mutating func taskStarted(_ attempt: StageAttempt, index: Int, speculative: Bool) {
        numRunning[attempt, default: 0] += 1
        if speculative {
            startedSpeculativeIndices[attempt, default: []].insert(index)
        } else {
            startedIndices[attempt, default: []].insert(index)
        }
    }

    mutating func taskEnded(_ attempt: StageAttempt, index: Int, speculative: Bool, reason: TaskEndReason) {
        if let running = numRunning[attempt] {
            if running <= 1 {
                numRunning[attempt] = nil
                forgetIfFinished(attempt)
            } else {
                numRunning[attempt] = running - 1
            }
        }
        if speculative {
            startedSpeculativeIndices[attempt]?.remove(index)
            if numSpeculative[attempt] != nil { numSpeculative[attempt]! -= 1 }
        }
        // A killed non-speculative task means its speculative twin won: that index is done.
        if reason == .failed && !speculative {
            startedIndices[attempt]?.remove(index)
        }
    }

    private mutating func forgetIfFinished(_ attempt: StageAttempt) {
        if numRunning[attempt] == nil && numTasks[attempt] == nil && numSpeculative[attempt] == nil
            && startedIndices[attempt] == nil && startedSpeculativeIndices[attempt] == nil
        {
            live.remove(attempt)
        }
    }

    // MARK: Queries

    public var pendingTasks: Int { live.reduce(0) { $0 + pending($1) } }
    public var pendingSpeculativeTasks: Int { live.reduce(0) { $0 + pendingSpeculative($1) } }
    public var runningTasks: Int { live.reduce(0) { $0 + (numRunning[$1] ?? 0) } }
    public var hasPendingTasks: Bool { live.contains { pending($0) > 0 || pendingSpeculative($0) > 0 } }
    /// No stage attempt has work left to schedule (all completed or never submitted).
    public var noStagesWithTasks: Bool { numTasks.isEmpty && numSpeculative.isEmpty }
    public var liveStageAttempts: [StageAttempt] { live.sorted() }

    private func pending(_ attempt: StageAttempt) -> Int {
        (numTasks[attempt] ?? 0) - (startedIndices[attempt]?.count ?? 0)
    }

    private func pendingSpeculative(_ attempt: StageAttempt) -> Int {
        (numSpeculative[attempt] ?? 0) - (startedSpeculativeIndices[attempt]?.count ?? 0)
    }
}
