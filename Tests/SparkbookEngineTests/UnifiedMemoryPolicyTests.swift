import Testing
@testable import SparkbookEngine

/// Spark's unified pool tick by tick: per-task shares between 1/(2N) and 1/N, storage giving way to execution.
struct UnifiedMemoryPolicyTests {
    @Test func aLoneTaskMayTakeTheWholePool() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        let r1 = pool.acquireExecution(600, task: 1)
        #expect(r1 == .granted(600))
        let r2 = pool.acquireExecution(600, task: 1)
        #expect(r2 == .granted(400))
        #expect(pool.freeBytes == 0)
        // At its share (all of it) a further request is granted nothing: it must spill.
        let r3 = pool.acquireExecution(10, task: 1)
        #expect(r3 == .granted(0))
    }

    @Test func twoTasksAreCappedAtHalfAndANewcomerWaitsForItsQuarter() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        let r4 = pool.acquireExecution(900, task: 1)
        #expect(r4 == .granted(900))
        // Task 2 arrives: N = 2, so 500 each at most and 250 guaranteed; only 100 is free.
        let r5 = pool.acquireExecution(300, task: 2)
        #expect(r5 == .wait)
        // Task 1 now asks for more: it holds more than 1/N and gets nothing.
        let r6 = pool.acquireExecution(50, task: 1)
        #expect(r6 == .granted(0))
        // Task 1 spills and releases; task 2 gets what it asked.
        pool.releaseExecution(900, task: 1)
        let r7 = pool.acquireExecution(300, task: 2)
        #expect(r7 == .granted(300))
        let r8 = pool.acquireExecution(400, task: 2)
        #expect(r8 == .granted(200))
        #expect(pool.executionByTask == [1: 0, 2: 500])
    }

    @Test func aSmallGrantAboveTheMinimumShareIsGivenNotWaitedFor() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        _ = pool.acquireExecution(600, task: 1)
        let r9 = pool.acquireExecution(200, task: 2)
        #expect(r9 == .granted(200))
        // 200 free; task 2 holds 200 < 250 but asks 400: granting 200 reaches 400 >= 250, so a partial grant.
        let r10 = pool.acquireExecution(400, task: 2)
        #expect(r10 == .granted(200))
    }

    @Test func aTaskThatEndsLeavesTheCountOfActiveTasks() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        _ = pool.acquireExecution(400, task: 1)
        _ = pool.acquireExecution(400, task: 2)
        #expect(pool.activeTasks == 2)
        let r11 = pool.taskEnded(1)
        #expect(r11 == 400)
        #expect(pool.activeTasks == 1)
        let r12 = pool.acquireExecution(600, task: 2)
        #expect(r12 == .granted(600))
    }

    @Test func storageTakesOnlyFreeMemoryAndExecutionEvictsIt() {
        var pool = UnifiedMemoryPolicy(poolBytes: 1000)
        let r13 = pool.acquireStorage(700)
        #expect(r13)
        let r14 = pool.acquireStorage(400)
        #expect(!r14)
        let r15 = pool.acquireExecution(500, task: 1)
        #expect(r15 == .evictStorage(200))
        pool.releaseStorage(200)
        let r16 = pool.acquireExecution(500, task: 1)
        #expect(r16 == .granted(500))
        #expect(pool.storageBytes == 500)
        // Execution evicts storage only up to the task's own share (1/N of the pool).
        let r17 = pool.acquireExecution(600, task: 2)
        #expect(r17 == .evictStorage(500))
        // When nothing more can be evicted, the policy grants from what is free.
        let r18 = pool.acquireExecution(600, task: 2, mayEvict: false)
        #expect(r18 == .wait)
    }
}
