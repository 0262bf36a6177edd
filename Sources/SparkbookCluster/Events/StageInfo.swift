public struct StageInfo: Hashable, Sendable {
    public var stageId: Int
    public var attempt: Int
    public var name: String
    public var numTasks: Int
    public var submissionTime: Int64?
    public var completionTime: Int64?
    public var failureReason: String?
    /// Shuffles the stage reads (Spark's StageInfo names parent stages; the shuffle ids say which shuffle split
    /// the job here).
    public var readsShuffles: [Int]
    /// `spark.sql.shuffle.partitions` before AQE coalesced the stage's shuffle input into `numTasks` tasks (Spark
    /// shows the stage reading through `AQEShuffleRead coalesced`); nil when not coalesced.
    public var shufflePartitionsBeforeCoalescing: Int?

    public init(stageId: Int, attempt: Int = 0, name: String, numTasks: Int, submissionTime: Int64? = nil,
                completionTime: Int64? = nil, failureReason: String? = nil, readsShuffles: [Int] = [],
                shufflePartitionsBeforeCoalescing: Int? = nil) {
        self.stageId = stageId
        self.attempt = attempt
        self.name = name
        self.numTasks = numTasks
        self.submissionTime = submissionTime
        self.completionTime = completionTime
        self.failureReason = failureReason
        self.readsShuffles = readsShuffles
        self.shufflePartitionsBeforeCoalescing = shufflePartitionsBeforeCoalescing
    }
}
