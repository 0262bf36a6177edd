import Foundation
import SparkbookCluster

/// The embedded engine's memory, from the session's properties as Spark's local modes read them: every task runs
/// in the driver, whose heap is `spark.driver.memory`, and execution and storage share
/// `(heap - 300 MB) × spark.memory.fraction` (Spark's `UnifiedMemoryManager.getMaxMemory`).
public struct ExecutionMemorySettings: Sendable, Equatable {
    public static let driverMemoryKey = "spark.driver.memory"
    public static let fractionKey = "spark.memory.fraction"
    public static let localDirKey = "spark.local.dir"
    public static let storageFractionKey = "spark.memory.storageFraction"
    public static let spillThresholdKey = "spark.shuffle.spill.initialMemoryThreshold"
    /// Spark's default `spark.shuffle.spill.initialMemoryThreshold`.
    public static let defaultSpillThreshold: Int64 = 5 << 20
    /// Spark's `RESERVED_SYSTEM_MEMORY_BYTES`.
    public static let reservedBytes: Int64 = 300 << 20

    /// The driver heap the pool is carved from.
    public let heapBytes: Int64
    public let fraction: Double
    /// The share of the pool where cached blocks are safe from eviction by execution
    /// (`spark.memory.storageFraction`, default 0.5).
    public let storageFraction: Double
    /// Where spill files go (`spark.local.dir`, default `/tmp`).
    public let localDirectory: String
    /// What each spilling operator holds before it asks the pool for memory (Spark's
    /// `spark.shuffle.spill.initialMemoryThreshold`, 5 MiB, which its spillable collections hold unaccounted), so a
    /// small or empty pool spills runs of a useful size rather than one per batch.
    public let spillThreshold: Int64

    public init(heapBytes: Int64, fraction: Double = 0.6, storageFraction: Double = 0.5, localDirectory: String = "/tmp",
                spillThreshold: Int64 = ExecutionMemorySettings.defaultSpillThreshold) {
        self.heapBytes = heapBytes
        self.fraction = fraction
        self.storageFraction = storageFraction
        self.localDirectory = localDirectory
        self.spillThreshold = spillThreshold
    }

    /// Execution and storage together (Spark's `maxMemory`).
    public var poolBytes: Int64 { Int64(Double(max(0, heapBytes - Self.reservedBytes)) * fraction) }

    /// The properties as Spark reads them (`spark.driver.memory` `512m`, `2g`; a bare number is mebibytes).
    /// Unset, the heap is `defaultHeapBytes(physical:)` rather than Spark's `1g`: see there.
    public init(properties: [String: String],
                physicalMemory: UInt64 = ProcessInfo.processInfo.physicalMemory) throws(ConfigError) {
        var heap = Self.defaultHeapBytes(physical: physicalMemory)
        if let text = properties[Self.driverMemoryKey] {
            heap = try SparkSize.bytes(text, key: Self.driverMemoryKey, defaultUnit: .mebibyte)
        }
        var fraction = 0.6
        if let text = properties[Self.fractionKey] {
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value > 0, value <= 1 else {
                throw ConfigError.typeMismatch(key: Self.fractionKey, value: text, type: "a fraction in (0, 1]")
            }
            fraction = value
        }
        var storageFraction = 0.5
        if let text = properties[Self.storageFractionKey] {
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value >= 0, value < 1 else {
                throw ConfigError.typeMismatch(key: Self.storageFractionKey, value: text, type: "a fraction in [0, 1)")
            }
            storageFraction = value
        }
        // Spark takes the first of a comma-separated list; a single directory is enough for one process.
        let dir = properties[Self.localDirKey]?.split(separator: ",").first.map(String.init) ?? "/tmp"
        var threshold = Self.defaultSpillThreshold
        if let text = properties[Self.spillThresholdKey] {
            threshold = try SparkSize.bytes(text, key: Self.spillThresholdKey, defaultUnit: .byte)
        }
        self.init(heapBytes: heap, fraction: fraction, storageFraction: storageFraction, localDirectory: dir,
                  spillThreshold: threshold)
    }

    /// Half the machine's physical memory. Spark's own default (`1g`) fits a JVM that shares a cluster node, but
    /// the embedded engine is the only large thing running, in one process whose buffers are not a JVM heap's
    /// doubled copies: with `1g` the db-benchmark tables at 1e7 rows (a 510 MB CSV) would spill where they run in
    /// memory today. Half leaves the rest to the OS page cache (which the CSV scans read through) and to other
    /// programs. An explicit `spark.driver.memory` is honoured as given.
    public static func defaultHeapBytes(physical: UInt64) -> Int64 {
        Int64(min(physical / 2, UInt64(Int64.max)))
    }
}
