import Testing
@testable import SparkbookCluster

struct StageTaskLedgerTests {
    typealias Attempt = StageTaskLedger.StageAttempt
    let s0 = Attempt(stageId: 0, attempt: 0)

    @Test func pendingAndRunning() {
        var ledger = StageTaskLedger()
        ledger.stageSubmitted(s0, numTasks: 4)
        ledger.taskStarted(s0, index: 0, speculative: false)
        ledger.taskStarted(s0, index: 1, speculative: false)
        #expect(ledger.pendingTasks == 2)
        #expect(ledger.runningTasks == 2)
        ledger.taskEnded(s0, index: 0, speculative: false, reason: .success)
        #expect(ledger.pendingTasks == 2)
        #expect(ledger.runningTasks == 1)
    }

    @Test("speculative tasks are pending until they start")
    func speculative() {
        var ledger = StageTaskLedger()
        ledger.stageSubmitted(s0, numTasks: 1)
        ledger.taskStarted(s0, index: 0, speculative: false)
        ledger.speculativeTaskSubmitted(s0)
        #expect(ledger.pendingSpeculativeTasks == 1)
        #expect(ledger.hasPendingTasks)
        ledger.taskStarted(s0, index: 0, speculative: true)
        #expect(ledger.pendingSpeculativeTasks == 0)
        #expect(ledger.runningTasks == 2)
        // The speculative copy wins; the original is killed and its index is done.
        ledger.taskEnded(s0, index: 0, speculative: true, reason: .success)
        ledger.taskEnded(s0, index: 0, speculative: false, reason: .killed)
        #expect(ledger.pendingTasks == 0)
        #expect(!ledger.hasPendingTasks)
    }

    @Test("running tasks of a completed stage still count until they end")
    func tasksOutliveStage() {
        var ledger = StageTaskLedger()
        ledger.stageSubmitted(s0, numTasks: 2)
        ledger.taskStarted(s0, index: 0, speculative: false)
        ledger.stageCompleted(s0)
        #expect(ledger.runningTasks == 1)
        #expect(ledger.pendingTasks == 0)
        #expect(ledger.noStagesWithTasks)
        ledger.taskEnded(s0, index: 0, speculative: false, reason: .success)
        #expect(ledger.liveStageAttempts.isEmpty)
    }

    @Test("tasks of stages never submitted are not counted")
    func unknownStage() {
        var ledger = StageTaskLedger()
        ledger.taskStarted(Attempt(stageId: 9, attempt: 0), index: 0, speculative: false)
        #expect(ledger.runningTasks == 0)
    }

    @Test("stage attempts are tracked separately")
    func attempts() {
        var ledger = StageTaskLedger()
        ledger.stageSubmitted(s0, numTasks: 3)
        ledger.stageSubmitted(Attempt(stageId: 0, attempt: 1), numTasks: 2)
        #expect(ledger.pendingTasks == 5)
        ledger.stageCompleted(s0)
        #expect(ledger.pendingTasks == 2)
        #expect(ledger.liveStageAttempts == [Attempt(stageId: 0, attempt: 1)])
    }
}
