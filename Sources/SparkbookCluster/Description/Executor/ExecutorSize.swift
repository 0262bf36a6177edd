/// The container one executor asks its resource manager for, worked out from Spark properties as Spark's
/// `ResourceProfile` does for YARN and Kubernetes: `spark.executor.cores` vcores, and memory that adds the heap
/// (`spark.executor.memory`, 1g), the overhead (`spark.executor.memoryOverhead`, else the larger of
/// `spark.executor.minMemoryOverhead` (384 MiB) and `spark.executor.memoryOverheadFactor` (0.10) × heap,
/// truncated to whole MiB), off-heap memory when `spark.memory.offHeap.enabled`, and
/// `spark.executor.pyspark.memory` (every Sparkbook application runs Python cells, so it always counts).
/// Checked against PySpark 4.3.0: 1g → 1408 MiB, 4g → 4505 MiB, 5000m → 5500 MiB.
public struct ExecutorSize: Hashable, Sendable {
    public var cores: Int
    public var heapMiB: Int
    public var overheadMiB: Int
    public var offHeapMiB: Int
    public var pysparkMiB: Int

    public static let coresKey = DynamicAllocationKeys.executorCores
    public static let memoryKey = "spark.executor.memory"
    public static let overheadKey = "spark.executor.memoryOverhead"
    public static let minOverheadKey = "spark.executor.minMemoryOverhead"
    public static let overheadFactorKey = "spark.executor.memoryOverheadFactor"
    public static let pysparkMemoryKey = "spark.executor.pyspark.memory"
    public static let offHeapEnabledKey = "spark.memory.offHeap.enabled"
    public static let offHeapSizeKey = "spark.memory.offHeap.size"

    public init(cores: Int, heapMiB: Int, overheadMiB: Int, offHeapMiB: Int = 0, pysparkMiB: Int = 0) {
        self.cores = cores
        self.heapMiB = heapMiB
        self.overheadMiB = overheadMiB
        self.offHeapMiB = offHeapMiB
        self.pysparkMiB = pysparkMiB
    }

    public init(properties: [String: String]) throws(ConfigError) {
        let reader = SparkPropertyReader(properties: properties)
        func mebibytes(_ key: String) throws(ConfigError) -> Int? {
            try properties[key].map { text throws(ConfigError) in Int(try SparkSize.parse(text, key: key, unit: .mebibyte)) }
        }
        cores = try reader.int(Self.coresKey) ?? 1
        heapMiB = try mebibytes(Self.memoryKey) ?? 1024
        let factor = try reader.double(Self.overheadFactorKey) ?? 0.10
        let floor = try mebibytes(Self.minOverheadKey) ?? 384
        overheadMiB = try mebibytes(Self.overheadKey)
            ?? max(Int((factor * Double(heapMiB)).rounded(.towardZero)), floor)
        pysparkMiB = try mebibytes(Self.pysparkMemoryKey) ?? 0
        offHeapMiB = 0
        if try reader.bool(Self.offHeapEnabledKey) == true {
            let bytes = try properties[Self.offHeapSizeKey].map { text throws(ConfigError) in
                try SparkSize.bytes(text, key: Self.offHeapSizeKey, defaultUnit: .byte)
            } ?? 0
            offHeapMiB = Int(bytes / (1024 * 1024))
            guard offHeapMiB > 0 else {
                throw ConfigError(code: .requirementFailed, key: Self.offHeapSizeKey, message:
                    "requirement failed: \(Self.offHeapSizeKey) must be at least 1MiB when \(Self.offHeapEnabledKey) == true")
            }
        }
    }

    /// Heap, overhead, off-heap and PySpark memory together: what counts against nodes, queues and quotas.
    public var memoryMiB: Int { heapMiB + overheadMiB + offHeapMiB + pysparkMiB }

    public var resources: Resources { Resources(vcores: cores, memoryMiB: memoryMiB) }
}
