import SparkbookCluster
import SparkbookUtilities

/// What the driver keeps for every task and every shuffle block of a job (`spark.range(0, 10, 1, 10**9)`,
/// `repartition(10**9)`, `spark.sql.shuffle.partitions=1000000000`): bookkeeping sized by partition counts, which
/// a user chooses. Spark builds a task and its state per partition and a map status per shuffle block, and its
/// driver fails such a job with `java.lang.OutOfMemoryError: Java heap space` once they outgrow
/// `spark.driver.memory`. The job is checked against that bound before any of it is allocated, so it fails with
/// the JVM's error (and a hint naming the partition counts) and the session lives on.
public struct PartitionBookkeeping: Sendable, Equatable {
    public static let key = "spark.driver.memory"
    /// The driver's heap in bytes (Spark's default `1g`).
    public let driverMemory: Int64

    /// Driver bytes per task: its partition, its scheduling and metrics state, its listener events.
    static let bytesPerTask: Int64 = 2048
    /// Driver bytes per shuffle block (one map task's output for one reduce partition, kept until read).
    static let bytesPerBlock: Int64 = 64

    public init(driverMemory: Int64) {
        self.driverMemory = driverMemory
    }

    /// Spark's default, `1g`.
    public static let sparkDefault = PartitionBookkeeping(driverMemory: 1 << 30)

    /// The property as Spark reads it (`512m`, `2g`; a bare number is mebibytes).
    public init(property text: String?) throws(ConfigError) {
        guard let text else { self = .sparkDefault; return }
        self.init(driverMemory: try SparkSize.bytes(text, key: Self.key, defaultUnit: .mebibyte))
    }

    /// The bytes `plan`'s tasks and shuffle blocks need on the driver (saturating, never overflowing).
    func bytes(of plan: PhysicalPlan) -> Int64 {
        var total: Int64 = 0
        for stage in plan.stages {
            let tasks = Int64(StagePartitions().count(stage.root))
            var blocks: Int64 = 0
            switch stage.output {
            case .shuffleWrite(let h, _), .exchange(let h, _): blocks = Self.product(tasks, Int64(h.partitions))
            case .result: break
            }
            total = Self.sum(total, Self.sum(Self.product(tasks, Self.bytesPerTask), Self.product(blocks, Self.bytesPerBlock)))
        }
        return total
    }

    /// The JVM's error when `plan`'s bookkeeping exceeds the driver's heap.
    func check(_ plan: PhysicalPlan) throws {
        let needed = bytes(of: plan)
        guard needed > driverMemory else { return }
        let counts = plan.stages.map { StagePartitions().count($0.root) }
        throw ValueAllocation.outOfMemory("Java heap space",
                         hint: "the job's stages of \(counts.map(String.init).joined(separator: ", ")) tasks and their shuffle "
                             + "blocks need about \(ByteCountText.format(needed)) of driver memory, more than "
                             + "\(Self.key) (\(ByteCountText.format(driverMemory))); ask for fewer partitions "
                             + "(numPartitions, repartition, spark.sql.shuffle.partitions)")
    }

    private static func product(_ a: Int64, _ b: Int64) -> Int64 {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : p
    }

    private static func sum(_ a: Int64, _ b: Int64) -> Int64 {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : s
    }
}
