import SparkbookCluster
import Testing
@testable import SparkbookEngine

/// `spark.driver.memory` and `spark.memory.fraction` as Spark's UnifiedMemoryManager sizes its pool.
struct ExecutionMemorySettingsTests {
    @Test func anExplicitDriverMemoryIsHonoured() throws {
        let settings = try ExecutionMemorySettings(properties: ["spark.driver.memory": "2g"], physicalMemory: 64 << 30)
        #expect(settings.heapBytes == 2 << 30)
        // (2048 MB - 300 MB) × 0.6
        #expect(settings.poolBytes == Int64(Double((2048 - 300) << 20) * 0.6))
        #expect(try ExecutionMemorySettings(properties: ["spark.driver.memory": "512"]).heapBytes == 512 << 20)
    }

    @Test func unsetTheHeapIsHalfThePhysicalMemory() throws {
        let settings = try ExecutionMemorySettings(properties: [:], physicalMemory: 24 << 30)
        #expect(settings.heapBytes == 12 << 30)
        #expect(settings.localDirectory == "/tmp")
    }

    @Test func fractionAndLocalDirectoryAreRead() throws {
        let settings = try ExecutionMemorySettings(
            properties: ["spark.driver.memory": "1g", "spark.memory.fraction": "0.5", "spark.local.dir": "/a,/b"])
        #expect(settings.poolBytes == (1024 - 300) << 19)
        #expect(settings.localDirectory == "/a")
    }

    @Test func theSpillThresholdIsSparksInitialMemoryThreshold() throws {
        #expect(try ExecutionMemorySettings(properties: [:]).spillThreshold == 5 << 20)
        let set = try ExecutionMemorySettings(properties: ["spark.shuffle.spill.initialMemoryThreshold": "1m"])
        #expect(set.spillThreshold == 1 << 20)
        #expect(throws: ConfigError.self) {
            try ExecutionMemorySettings(properties: ["spark.shuffle.spill.initialMemoryThreshold": "some"])
        }
    }

    @Test func badValuesAreConfigErrors() {
        #expect(throws: ConfigError.self) { try ExecutionMemorySettings(properties: ["spark.driver.memory": "lots"]) }
        #expect(throws: ConfigError.self) { try ExecutionMemorySettings(properties: ["spark.memory.fraction": "2"]) }
    }
}
