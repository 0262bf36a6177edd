import Foundation
import SparkbookCluster
import SparkbookEngine

/// The entry point, as in PySpark: configuration, readers, and the engine that runs this session's jobs.
public final class SparkSession: Sendable {
    /// The Spark release whose behaviour and output Sparkbook reproduces.
    public static let sparkVersion = "4.3.0"

    public let appName: String
    public let master: String
    public let applicationId: String
    public let startTime: Date
    public let conf: RuntimeConfig
    public let context: LaunchContext
    /// Temporary views (`createOrReplaceTempView`) that `spark.sql` queries by name.
    public let catalog = TempViewCatalog()
    let executor: QueryExecutor

    init(appName: String, master: String, configuration: [String: String], context: LaunchContext) {
        self.appName = appName
        self.master = master
        self.context = context
        self.startTime = Date()
        self.applicationId = Self.makeApplicationId(startTime)
        self.conf = RuntimeConfig(configuration)
        let parallelism = MasterURL.parallelism(of: master)
        self.executor = QueryExecutor(scheduler: ThreadPoolTaskScheduler(parallelism: parallelism),
                                      parallelism: parallelism)
    }

    /// A builder of sessions that share one launch context.
    public static func builder(context: LaunchContext) -> Builder { Builder(context: context) }

    public var read: DataFrameReader { DataFrameReader(session: self) }
    public var version: String { Self.sparkVersion }

    /// Default parallelism: the number of concurrent task slots (`spark.default.parallelism` overrides it).
    public var defaultParallelism: Int {
        conf.int("spark.default.parallelism", default: MasterURL.parallelism(of: master))
    }

    /// Ends the session; a later `getOrCreate()` starts a new one.
    public func stop() {
        context.activeSession.withLock { if $0 === self { $0 = nil } }
    }

    func planner() -> Planner {
        let context = FunctionContext(sessionTimeZone: conf.get("spark.sql.session.timeZone") ?? "UTC",
                                      queryStartMicros: Int64(Date().timeIntervalSince1970 * 1_000_000))
        return Planner(shufflePartitions: conf.int("spark.sql.shuffle.partitions", default: 200), context: context)
    }

    var scanSettings: ScanSettings {
        ScanSettings(
            maxPartitionBytes: bytes("spark.sql.files.maxPartitionBytes") ?? 128 << 20,
            openCostInBytes: bytes("spark.sql.files.openCostInBytes") ?? 4 << 20,
            defaultParallelism: defaultParallelism,
            sessionTimeZone: conf.get("spark.sql.session.timeZone") ?? "UTC")
    }

    /// A size property in Spark's notation (`128MB`, `64m`, a bare number of bytes).
    private func bytes(_ key: String) -> Int? {
        guard let text = conf.get(key) else { return nil }
        return (try? SparkSize.bytes(text, key: key, defaultUnit: .byte)).map(Int.init)
    }

    private static func makeApplicationId(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMddHHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return "app-\(formatter.string(from: date))-0000"
    }
}
