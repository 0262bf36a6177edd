import Testing
import SparkbookCluster
@testable import SparkbookEngine

/// `spark.driver.memory` bounds what a job's tasks and shuffle blocks take on the driver: partition counts a user
/// chooses are checked before anything is allocated for them.
struct PartitionBookkeepingTests {
    @Test(arguments: [(nil, Int64(1 << 30)), ("512m", 512 << 20), ("2g", 2 << 30), ("300", 300 << 20)] as [(String?, Int64)])
    func driverMemoryParsesAsSparkReadsIt(text: String?, bytes: Int64) throws {
        #expect(try PartitionBookkeeping(property: text).driverMemory == bytes)
    }

    private func plan(partitions: Int, repartition: Int? = nil) throws -> PhysicalPlan {
        let scan = RangeScan(start: 0, end: 10, step: 1, partitions: partitions)
        var logical = LogicalPlan.scan(ScanRelation(scan: scan, sourceName: "range"))
        if let repartition { logical = .repartition(repartition, [], logical) }
        return try Planner().plan(logical)
    }

    @Test func aBillionRangePartitionsAreRefusedWithTheJVMsErrorAndAHint() throws {
        let huge = try plan(partitions: 1_000_000_000)
        do {
            try PartitionBookkeeping.sparkDefault.check(huge)
            Issue.record("a billion tasks passed the check")
        } catch let error as SparkError {
            #expect(error.message == "java.lang.OutOfMemoryError: Java heap space")
            #expect(error.hint?.contains("stages of 1000000000 tasks") == true)
            #expect(error.hint?.contains("spark.driver.memory (1024.0 MiB)") == true)
        }
    }

    @Test func shuffleBlocksCountMapTimesReducePartitions() throws {
        // 32 map tasks writing 10**8 reduce partitions each: 3.2 billion blocks, though each stage alone is small.
        let repartitioned = try plan(partitions: 32, repartition: 100_000_000)
        #expect(PartitionBookkeeping.sparkDefault.bytes(of: repartitioned) > 1 << 30)
        #expect(throws: SparkError.self) { try PartitionBookkeeping.sparkDefault.check(repartitioned) }
    }

    @Test func ordinaryJobsPass() throws {
        try PartitionBookkeeping.sparkDefault.check(try plan(partitions: 10_000, repartition: 200))
        try PartitionBookkeeping(driverMemory: 4 << 30).check(try plan(partitions: 1_000_000))
    }

    @Test func countsNeverOverflow() throws {
        #expect(PartitionBookkeeping.sparkDefault.bytes(of: try plan(partitions: .max, repartition: .max)) == .max)
    }
}
