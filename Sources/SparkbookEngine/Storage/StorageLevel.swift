/// Where a cached DataFrame's partitions may live (PySpark's `StorageLevel`): memory, disk or both, with the
/// flags and replication PySpark prints. The embedded engine keeps one copy whatever the replication, and
/// holds every in-memory block deserialized (as typed buffers); the flags are kept only to print as Spark does.
public struct StorageLevel: Sendable, Hashable {
    public let useDisk: Bool
    public let useMemory: Bool
    public let useOffHeap: Bool
    public let deserialized: Bool
    public let replication: Int

    public init(useDisk: Bool, useMemory: Bool, useOffHeap: Bool, deserialized: Bool, replication: Int = 1) {
        self.useDisk = useDisk
        self.useMemory = useMemory
        self.useOffHeap = useOffHeap
        self.deserialized = deserialized
        self.replication = replication
    }

    /// Scala's `toString`, as plans print it: `StorageLevel(disk, memory, deserialized, 1 replicas)`.
    public var planText: String {
        let flags = [useDisk ? "disk" : "", useMemory ? "memory" : "", useOffHeap ? "offheap" : "",
                     deserialized ? "deserialized" : "", "\(replication) replicas"].filter { !$0.isEmpty }
        return "StorageLevel(\(flags.joined(separator: ", ")))"
    }

    public static let none = StorageLevel(useDisk: false, useMemory: false, useOffHeap: false, deserialized: false)
    public static let diskOnly = StorageLevel(useDisk: true, useMemory: false, useOffHeap: false, deserialized: false)
    public static let memoryOnly = StorageLevel(useDisk: false, useMemory: true, useOffHeap: false, deserialized: false)
    public static let memoryAndDisk = StorageLevel(useDisk: true, useMemory: true, useOffHeap: false, deserialized: false)
    /// What `cache()` and `persist()` without a level use (Spark's `MEMORY_AND_DISK_DESER` for Datasets).
    public static let memoryAndDiskDeser = StorageLevel(useDisk: true, useMemory: true, useOffHeap: false, deserialized: true)
    public static let offHeap = StorageLevel(useDisk: true, useMemory: true, useOffHeap: true, deserialized: false)

    /// PySpark's constants by name (`StorageLevel.MEMORY_ONLY_2`).
    public static let named: [(String, StorageLevel)] = [
        ("NONE", .none), ("DISK_ONLY", .diskOnly), ("DISK_ONLY_2", diskOnly.replicated(2)),
        ("DISK_ONLY_3", diskOnly.replicated(3)), ("MEMORY_ONLY", .memoryOnly), ("MEMORY_ONLY_2", memoryOnly.replicated(2)),
        ("MEMORY_AND_DISK", .memoryAndDisk), ("MEMORY_AND_DISK_2", memoryAndDisk.replicated(2)),
        ("OFF_HEAP", .offHeap), ("MEMORY_AND_DISK_DESER", .memoryAndDiskDeser),
    ]

    public func replicated(_ n: Int) -> StorageLevel {
        StorageLevel(useDisk: useDisk, useMemory: useMemory, useOffHeap: useOffHeap, deserialized: deserialized, replication: n)
    }

    /// PySpark's `str(level)`: `Disk Memory Deserialized 1x Replicated`.
    public var description: String {
        var words: [String] = []
        if useDisk { words.append("Disk") }
        if useMemory { words.append("Memory") }
        if useOffHeap { words.append("OffHeap") }
        words.append(deserialized ? "Deserialized" : "Serialized")
        words.append("\(replication)x Replicated")
        return words.joined(separator: " ")
    }

    /// PySpark's `repr(level)`: `StorageLevel(True, True, False, True, 1)`.
    public var repr: String {
        func py(_ b: Bool) -> String { b ? "True" : "False" }
        return "StorageLevel(\(py(useDisk)), \(py(useMemory)), \(py(useOffHeap)), \(py(deserialized)), \(replication))"
    }
}
