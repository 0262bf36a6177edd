import SparkbookCluster
import Synchronization

/// Runs physical plans as jobs: stages in order, each stage's tasks on the task scheduler, shuffle output kept
/// in the shuffle store between stages.
public final class QueryExecutor: Sendable {
    public let scheduler: any TaskScheduler
    public let shuffles: ShuffleStore
    /// Cached DataFrames' partitions, in the same pool as the shuffle blocks.
    public let blocks: CacheBlockStore
    /// `spark.driver.memory`'s execution pool: the tasks' shares, the shuffle blocks kept in memory, spill files.
    public let memory: MemoryManager
    private let coalescer: PartitionCoalescer
    private let counters = Mutex<(job: Int, stage: Int, shuffle: Int)>((0, 0, 0))
    /// `spark.sql.limit.scaleUpFactor`: how many more partitions each round of a limit scans.
    private let limitScaleUpFactor = 4
    /// `spark.stage.maxConsecutiveAttempts`: how often a stage may be resubmitted after fetch failures.
    static let maxStageAttempts = 4
    /// `spark.driver.maxResultSize`: what each job of `collect` may bring to the driver.
    public let resultLimit: ResultSizeLimit
    /// `spark.driver.memory`: what the tasks and shuffle blocks of one job may take on the driver.
    public let bookkeeping: PartitionBookkeeping

    /// The session ends: its spill files go.
    public func shutdown() {
        memory.spillDirectory.remove()
    }

    public init(scheduler: any TaskScheduler, parallelism: Int, resultLimit: ResultSizeLimit = .sparkDefault,
                bookkeeping: PartitionBookkeeping = .sparkDefault, memory: MemoryManager = .unbounded()) {
        self.memory = memory
        self.shuffles = ShuffleStore(memory: memory)
        self.blocks = CacheBlockStore(memory: memory)
        self.scheduler = scheduler
        self.coalescer = PartitionCoalescer(parallelism: parallelism)
        self.resultLimit = resultLimit
        self.bookkeeping = bookkeeping
    }

    /// Runs the plan and returns the result rows as batches, in partition order. Each job's results are bounded
    /// by `spark.driver.maxResultSize` (Spark's abort past it).
    public func collect(_ plan: PhysicalPlan, description: String) async throws -> [RecordBatch] {
        let final = plan.stages[plan.stages.count - 1]
        if let limit = plan.limit, plan.stages.count == 1, let partitions = final.leafPartitionCount {
            return try await collectLimited(plan, limit: limit, partitions: partitions, description: description)
        }
        let batches = try await runJob(plan, partitions: nil, description: description)
        return plan.limit.map { Self.take($0, from: batches) } ?? batches
    }

    /// A limit over a scan reads one partition first, then `scaleUpFactor` times more per job, as Spark's
    /// `CollectLimitExec` does, so `limit(5)` on a large file reads one split only.
    private func collectLimited(_ plan: PhysicalPlan, limit: Int, partitions: Int,
                                description: String) async throws -> [RecordBatch] {
        var collected: [RecordBatch] = []
        var scanned = 0, rows = 0, batchSize = 1
        repeat {
            let range = scanned..<min(partitions, scanned + batchSize)
            let batches = try await runJob(plan, partitions: range, description: description)
            collected += batches
            rows += batches.reduce(0) { $0 + $1.rowCount }
            scanned = range.upperBound
            batchSize *= limitScaleUpFactor
        } while rows < limit && scanned < partitions
        return Self.take(limit, from: collected)
    }

    private static func take(_ n: Int, from batches: [RecordBatch]) -> [RecordBatch] {
        var remaining = n
        var out: [RecordBatch] = []
        for batch in batches where remaining > 0 {
            let part = batch.prefix(remaining)
            remaining -= part.rowCount
            out.append(part)
        }
        return out
    }

    /// One result partition and the executor that computed it (where a cached copy lives).
    public struct PartitionResult: Sendable {
        public let partition: Int
        public let executorId: String
        public let batches: [RecordBatch]
    }

    /// Runs the plan and hands each result partition to `store` inside its task, as the task finishes, so the
    /// partitions are never all in memory at once (for `cache()`). Returns each partition and its executor,
    /// without batches.
    public func storePartitions(_ plan: PhysicalPlan, description: String,
                                store: @escaping @Sendable (PartitionResult) throws -> Void) async throws -> [PartitionResult] {
        try await runJobPartitions(plan, partitions: nil, description: description, results: nil, sink: store)
    }

    private func runJob(_ plan: PhysicalPlan, partitions: Range<Int>?, description: String) async throws -> [RecordBatch] {
        try await runJobPartitions(plan, partitions: partitions, description: description,
                                   results: resultLimit.account()).flatMap(\.batches)
    }

    /// `results`: the driver's count of this job's result bytes (nil for a cache, whose partitions stay on the
    /// executors).
    private func runJobPartitions(_ plan: PhysicalPlan, partitions: Range<Int>?, description: String,
                                  results account: ResultSizeAccount?,
                                  sink: (@Sendable (PartitionResult) throws -> Void)? = nil) async throws -> [PartitionResult] {
        try bookkeeping.check(plan)
        let (jobId, firstStage, firstShuffle) = counters.withLock { c -> (Int, Int, Int) in
            defer { c.job += 1; c.stage += plan.stages.count; c.shuffle += plan.stages.count }
            return (c.job, c.stage, c.shuffle)
        }
        var shuffleIds: [Int: Int] = [:]
        for stage in plan.stages {
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): shuffleIds[h.id] = firstShuffle + h.id
            case .result: break
            }
        }
        let jobStages = plan.stages.enumerated().map { offset, stage -> JobStage in
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): JobStage(stageId: firstStage + offset, shuffleId: shuffleIds[h.id])
            case .result: JobStage(stageId: firstStage + offset, shuffleId: nil)
            }
        }
        scheduler.jobStarted(jobId: jobId, stages: jobStages, description: description)
        let results = Mutex<[Int: PartitionResult]>([:])
        var mapCounts: [Int: Int] = [:]
        var stageAttempts: [Int: Int] = [:]
        var attempts = 0
        /// Runs stage `offset` for all its partitions, or only `only` (map tasks whose output was lost). A fetch
        /// failure ends the attempt: lost map output is computed again, then the unfinished partitions run as the
        /// stage's next attempt, as Spark's DAGScheduler resubmits both stages.
        func runStage(_ offset: Int, only: [Int]? = nil) async throws {
            let stage = plan.stages[offset]
            // Every shuffle group of a stage (a join's sides share one) is coalesced on its summed sizes; a
            // union's children are groups of their own, and its partitions are theirs in turn.
            let groups = StagePartitions.coalesceGroups(stage.root)
            let groupBytes = groups.map { group in
                var bytes = [Int](repeating: 0, count: group[0].partitions)
                for input in group {
                    let rows = shuffles.rowsPerPartition(shuffle: shuffleIds[input.id]!, partitions: input.partitions)
                    for (p, n) in rows.enumerated() where p < bytes.count { bytes[p] += n * max(8, input.schema.count * 8) }
                }
                return bytes
            }
            var ranges: [Int: [Range<Int>]] = [:]
            for (group, bytes) in zip(groups, groupBytes) {
                let groupRanges = group.allSatisfy(\.coalescible)
                    ? coalescer.sharing(groupBytes, for: bytes).coalesce(partitionBytes: bytes)
                    : bytes.indices.map { $0..<($0 + 1) }
                for input in group { ranges[input.id] = groupRanges }
            }
            let stagePartitions = StagePartitions(reduceRanges: ranges)
            let taskCount = stagePartitions.count(stage.root)
            let uncoalesced = StagePartitions().count(stage.root)
            let partitionsBeforeCoalescing: Int? = taskCount < uncoalesced ? uncoalesced : nil
            let allPartitions = Array(partitions ?? 0..<taskCount)
            var pending = only.map { lost in allPartitions.filter(lost.contains) } ?? allPartitions
            let mapCount = mapCounts[offset] ?? allPartitions.count
            mapCounts[offset] = mapCount
            let stageExecution = OperatorExecution(shuffles: shuffles, shuffleIds: shuffleIds, partitions: stagePartitions)
            var writes: Int?
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): writes = shuffleIds[h.id]
            case .result: break
            }
            let reads = stage.shuffleInputs.map { shuffleIds[$0.id]! }
            let output = stage.output
            let (store, writtenShuffle, globalIds, pool) = (shuffles, writes, shuffleIds, self.memory)
            while true {
                let attempt = stageAttempts[offset, default: 0]
                stageAttempts[offset] = attempt + 1
                let taskPartitions = pending
                let descriptor = StageDescriptor(
                    jobId: jobId, stageId: firstStage + offset, name: stage.name, taskCount: taskPartitions.count,
                    writesShuffle: writes, readsShuffles: reads, attempt: attempt,
                    shufflePartitionsBeforeCoalescing: partitionsBeforeCoalescing)
                do {
                    try await scheduler.runStage(descriptor) { context in
                        let partition = taskPartitions[context.partition]
                        var execution = stageExecution
                        execution.interruption = context.interruption
                        execution.metrics = context.metrics
                        let taskMemory = TaskMemory(manager: pool, metrics: context.metrics)
                        defer { taskMemory.end() }
                        execution.memory = taskMemory
                        for (handle, reduce) in stagePartitions.shuffleReads(stage.root, partition: partition) {
                            let read = store.readSize(shuffle: globalIds[handle.id]!, reducePartitions: reduce)
                            context.metrics.shuffleRead(bytes: read.bytes, records: read.rows)
                        }
                        switch output {
                        case .shuffleWrite(let handle, let spec):
                            try execution.writeShuffle(stage.root, partition: partition, handle: handle, spec: spec)
                        case .exchange(let handle, let partitioning):
                            try execution.writeExchange(stage.root, partition: partition, mapCount: mapCount,
                                                        handle: handle, partitioning: partitioning)
                        case .result:
                            let batches = try account.map { try execution.boundedResult(stage.root, partition: partition, account: $0) }
                                ?? execution.run(stage.root, partition: partition)
                            var result = PartitionResult(partition: partition, executorId: context.executorId,
                                                         batches: batches)
                            if let sink {
                                try sink(result)
                                result = PartitionResult(partition: partition, executorId: context.executorId, batches: [])
                            }
                            results.withLock { $0[partition] = result }
                        }
                        if let writtenShuffle {
                            let written = store.written(shuffle: writtenShuffle, mapPartition: partition)
                            context.metrics.shuffleWritten(bytes: written.bytes, records: written.rows)
                        }
                    }
                    return
                } catch let failure as FetchFailedError {
                    guard attempt + 1 < Self.maxStageAttempts else {
                        throw SparkError(.execution, message: "Job aborted due to stage failure: Stage \(firstStage + offset) "
                            + "(\(stage.name)) has failed the maximum allowable number of times: \(Self.maxStageAttempts). "
                            + "Most recent failure reason:\n\(failure.message)")
                    }
                    pending = taskPartitions.enumerated().filter { !failure.succeededTasks.contains($0.offset) }.map(\.element)
                    try await recomputeLostMapOutputs(of: offset)
                } catch let aborted as StageAbortedError {
                    throw SparkError(.execution, message: aborted.message)
                }
            }
        }

        /// Before a stage reads a shuffle, map output lost with an executor is computed again (Spark resubmits
        /// the parent map stage, as a new attempt, on a fetch failure), so losing an executor never changes a result.
        func recomputeLostMapOutputs(of offset: Int) async throws {
            for input in plan.stages[offset].shuffleInputs {
                let id = shuffleIds[input.id]!
                let lost = scheduler.lostMapOutputs(shuffleId: id)
                guard !lost.isEmpty else { continue }
                attempts += 1
                guard attempts <= Self.maxStageAttempts else {
                    throw SparkError(.execution, message: "Job aborted: shuffle \(id) lost map output \(Self.maxStageAttempts) times.")
                }
                guard let parent = plan.stages.firstIndex(where: {
                    switch $0.output {
                    case .shuffleWrite(let h, _), .exchange(let h, _): h.id == input.id
                    case .result: false
                    }
                }) else { continue }
                shuffles.remove(shuffle: id, mapPartitions: lost)
                try await recomputeLostMapOutputs(of: parent)
                try await runStage(parent, only: lost)
            }
        }

        do {
            for offset in plan.stages.indices {
                try await recomputeLostMapOutputs(of: offset)
                try await runStage(offset)
            }
        } catch let cancelled as JobCancelledError {
            endJob(jobId, succeeded: false, shuffleIds: shuffleIds)
            // Spark's `SparkException: Job 3 cancelled ...`; the session and its DataFrames stay usable.
            throw SparkError(.execution, message: cancelled.message)
        } catch let refused as ClusterManagerError {
            endJob(jobId, succeeded: false, shuffleIds: shuffleIds)
            throw SparkError(.execution, message: refused.message)
        } catch {
            endJob(jobId, succeeded: false, shuffleIds: shuffleIds)
            throw error
        }
        endJob(jobId, succeeded: true, shuffleIds: shuffleIds)
        return results.withLock { r in r.keys.sorted().map { r[$0]! } }
    }

    /// The job ends and nothing refers to its shuffles any more (the engine never reuses shuffle output across
    /// actions, and each job's shuffle ids are new): their blocks are freed at once, so memory stays bounded and
    /// no later job reads them, while the scheduler hears they are unreferenced. As in Spark, executors that
    /// hold their output stay, under shuffle tracking, until the ContextCleaner removes them at a driver GC.
    private func endJob(_ jobId: Int, succeeded: Bool, shuffleIds: [Int: Int]) {
        scheduler.jobEnded(jobId: jobId, succeeded: succeeded)
        for id in shuffleIds.values.sorted() {
            shuffles.remove(shuffle: id)
            scheduler.shuffleUnreferenced(id)
        }
    }
}
