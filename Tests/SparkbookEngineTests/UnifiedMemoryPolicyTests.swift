import Testing
@testable import SparkbookEngine

/// Spark's unified pool tick by tick: per-task shares between 1/(2N) and 1/N, storage giving way to execution.
struct UnifiedMemoryPolicyTests {
    @Test func aLoneTaskMayTakeTheWholePool() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        #expect(pool.acquireExecution(600, task: 1) == .granted(600))
        #expect(pool.acquireExecution(600, task: 1) == .granted(400))
        #expect(pool.freeBytes == 0)
        // At its share (all of it) a further request is granted nothing: it must spill.
        #expect(pool.acquireExecution(10, task: 1) == .granted(0))
    }

    @Test func twoTasksAreCappedAtHalfAndANewcomerWaitsForItsQuarter() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        #expect(pool.acquireExecution(900, task: 1) == .granted(900))
        // Task 2 arrives: N = 2, so 500 each at most and 250 guaranteed; only 100 is free.
        #expect(pool.acquireExecution(300, task: 2) == .wait)
        // Task 1 now asks for more: it holds more than 1/N and gets nothing.
        #expect(pool.acquireExecution(50, task: 1) == .granted(0))
        // Task 1 spills and releases; task 2 gets what it asked.
        pool.releaseExecution(900, task: 1)
        #expect(pool.acquireExecution(300, task: 2) == .granted(300))
        #expect(pool.acquireExecution(400, task: 2) == .granted(200))
        #expect(pool.executionByTask == [1: 0, 2: 500])
    }

    @Test func aSmallGrantAboveTheMinimumShareIsGivenNotWaitedFor() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        _ = pool.acquireExecution(600, task: 1)
        #expect(pool.acquireExecution(200, task: 2) == .granted(200))
        // 200 free; task 2 holds 200 < 250 but asks 400: granting 200 reaches 400 >= 250, so a partial grant.
        #expect(pool.acquireExecution(400, task: 2) == .granted(200))
    }

    @Test func aTaskThatEndsLeavesTheCountOfActiveTasks() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        _ = pool.acquireExecution(400, task: 1)
        _ = pool.acquireExecution(400, task: 2)
        #expect(pool.activeTasks == 2)
        #expect(pool.taskEnded(1) == 400)
        #expect(pool.activeTasks == 1)
        #expect(pool.acquireExecution(600, task: 2) == .granted(600))
    }

    @Test func storageTakesOnlyFreeMemoryAndExecutionEvictsIt() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        #expect(pool.acquireStorage(700))
        #expect(!pool.acquireStorage(400))
        #expect(pool.acquireExecution(500, task: 1) == .evictStorage(200))
        pool.releaseStorage(200)
        #expect(pool.acquireExecution(500, task: 1) == .granted(500))
        #expect(pool.storageBytes == 500)
        // Execution evicts storage only up to the task's own share (1/N of the pool).
        #expect(pool.acquireExecution(600, task: 2) == .evictStorage(500))
        // When nothing more can be evicted, the policy grants from what is free.
        #expect(pool.acquireExecution(600, task: 2, mayEvict: false) == .wait)
    }
}
