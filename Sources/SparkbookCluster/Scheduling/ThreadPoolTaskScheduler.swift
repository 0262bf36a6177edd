/// Runs a stage's tasks on a fixed number of concurrent workers (Spark's `local[N]`): no executors come or go.
public struct ThreadPoolTaskScheduler: TaskScheduler {
    public let parallelism: Int

    public init(parallelism: Int) {
        self.parallelism = max(1, parallelism)
    }

    public func runStage(_ stage: StageDescriptor, task: @escaping @Sendable (TaskContext) throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func launch() {
                let partition = next
                next += 1
                group.addTask {
                    try task(TaskContext(stageId: stage.stageId, partition: partition, attempt: 0, executorId: "driver"))
                }
            }
            while next < min(parallelism, stage.taskCount) { launch() }
            while try await group.next() != nil {
                if next < stage.taskCount { launch() }
            }
        }
    }
}
