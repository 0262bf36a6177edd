import Testing
@testable import SparkbookEngine

/// `str()` and `repr()` of every level, as PySpark 4.3 prints them.
struct StorageLevelTests {
    @Test func printsAsPySpark() {
        let printed = StorageLevel.named.map { "\($0.0) \($0.1.description) \($0.1.repr)" }
        #expect(printed == [
            "NONE Serialized 1x Replicated StorageLevel(False, False, False, False, 1)",
            "DISK_ONLY Disk Serialized 1x Replicated StorageLevel(True, False, False, False, 1)",
            "DISK_ONLY_2 Disk Serialized 2x Replicated StorageLevel(True, False, False, False, 2)",
            "DISK_ONLY_3 Disk Serialized 3x Replicated StorageLevel(True, False, False, False, 3)",
            "MEMORY_ONLY Memory Serialized 1x Replicated StorageLevel(False, True, False, False, 1)",
            "MEMORY_ONLY_2 Memory Serialized 2x Replicated StorageLevel(False, True, False, False, 2)",
            "MEMORY_AND_DISK Disk Memory Serialized 1x Replicated StorageLevel(True, True, False, False, 1)",
            "MEMORY_AND_DISK_2 Disk Memory Serialized 2x Replicated StorageLevel(True, True, False, False, 2)",
            "OFF_HEAP Disk Memory OffHeap Serialized 1x Replicated StorageLevel(True, True, True, False, 1)",
            "MEMORY_AND_DISK_DESER Disk Memory Deserialized 1x Replicated StorageLevel(True, True, False, True, 1)",
        ])
    }
}
