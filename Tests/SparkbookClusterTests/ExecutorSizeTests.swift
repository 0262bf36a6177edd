import Testing
@testable import SparkbookCluster

/// The container an executor asks for; expected values are what PySpark 4.3.0's `ResourceProfile`
/// computes for YARN (`getResourcesForClusterManager`) with the same properties.
@Suite struct ExecutorSizeTests {
    @Test(arguments: [
        ([:], 1, 1408),
        (["spark.executor.memory": "4g"], 1, 4505),
        (["spark.executor.memory": "8g", "spark.executor.cores": "4"], 4, 9011),
        (["spark.executor.memory": "3000m"], 1, 3384),
        (["spark.executor.memory": "5000m"], 1, 5500),
        (["spark.executor.memory": "2048"], 1, 2432),
        (["spark.executor.memory": "1g", "spark.executor.memoryOverhead": "500m"], 1, 1524),
        (["spark.executor.memory": "2g", "spark.executor.pyspark.memory": "512m"], 1, 2944),
        (["spark.executor.pyspark.memory": "100"], 1, 1508),
        (["spark.executor.memory": "2g", "spark.memory.offHeap.enabled": "true", "spark.memory.offHeap.size": "1g"], 1, 3456),
        (["spark.memory.offHeap.enabled": "true", "spark.memory.offHeap.size": "1500k"], 1, 1409),
        (["spark.executor.memory": "2g", "spark.memory.offHeap.size": "1g"], 1, 2432),
        (["spark.executor.memory": "10g", "spark.executor.memoryOverheadFactor": "0.25"], 1, 12800),
        (["spark.executor.memory": "1g", "spark.executor.minMemoryOverhead": "100m"], 1, 1126),
    ] as [([String: String], Int, Int)])
    func matchesSparksContainerRequest(properties: [String: String], cores: Int, memoryMiB: Int) throws {
        let size = try ExecutorSize(properties: properties)
        #expect(size.resources == Resources(vcores: cores, memoryMiB: memoryMiB))
    }

    @Test func keepsTheParts() throws {
        let size = try ExecutorSize(properties: ["spark.executor.memory": "4g", "spark.executor.pyspark.memory": "1g",
                                                 "spark.memory.offHeap.enabled": "true",
                                                 "spark.memory.offHeap.size": "512m"])
        #expect(size == ExecutorSize(cores: 1, heapMiB: 4096, overheadMiB: 409, offHeapMiB: 512, pysparkMiB: 1024))
        #expect(size.memoryMiB == 6041)
    }

    @Test func refusesWhatSparkRefuses() {
        #expect(throws: ConfigError.typeMismatch(key: "spark.executor.memory", value: "1.5g", type: "bytes in MiB")) {
            try ExecutorSize(properties: ["spark.executor.memory": "1.5g"])
        }
        #expect(throws: ConfigError(code: .requirementFailed, key: "spark.memory.offHeap.size", message:
            "requirement failed: spark.memory.offHeap.size must be at least 1MiB when spark.memory.offHeap.enabled == true")) {
            try ExecutorSize(properties: ["spark.memory.offHeap.enabled": "true"])
        }
        #expect(throws: ConfigError.typeMismatch(key: "spark.executor.cores", value: "two", type: "int")) {
            try ExecutorSize(properties: ["spark.executor.cores": "two"])
        }
    }
}
