import Testing
@testable import SparkbookEngine

/// Adaptive coalescing: adjacent reduce partitions merge up to a target size derived from the total.
struct PartitionCoalescerTests {
    @Test func emptyShuffleOutputIsOneTaskOverEveryPartition() {
        #expect(PartitionCoalescer(parallelism: 2).coalesce(partitionBytes: [0, 0, 0, 0, 0]) == [0..<5])
    }

    @Test func noPartitionsGivesOneEmptyRange() {
        #expect(PartitionCoalescer(parallelism: 2).coalesce(partitionBytes: []) == [0..<0])
    }

    @Test func theMinimumPartitionSizeBoundsTheTarget() {
        // 1.8 MB over 2 slots would be 900 KB each, but the minimum partition size (1 MB) wins.
        let sizes = [600_000, 600_000, 600_000]
        #expect(PartitionCoalescer(parallelism: 2).coalesce(partitionBytes: sizes) == [0..<1, 1..<2, 2..<3])
        #expect(PartitionCoalescer(parallelism: 2).coalesce(partitionBytes: [400_000, 400_000, 400_000]) == [0..<2, 2..<3])
    }

    @Test func theAdvisorySizeCapsTheTarget() {
        var coalescer = PartitionCoalescer(parallelism: 1)
        coalescer.advisoryBytes = 100
        coalescer.minimumBytes = 10
        #expect(coalescer.coalesce(partitionBytes: [30, 30, 30, 30, 50]) == [0..<3, 3..<5])
    }

    @Test func parallelismFirstSplitsFinerWhenSlotsAreIdle() {
        var coalescer = PartitionCoalescer(parallelism: 4)
        coalescer.advisoryBytes = 100
        coalescer.minimumBytes = 10
        // Target is 170 / 4 = 42 bytes.
        #expect(coalescer.coalesce(partitionBytes: [30, 30, 30, 30, 50]) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5])
        #expect(coalescer.coalesce(partitionBytes: [10, 10, 10, 10, 130]) == [0..<4, 4..<5])
    }

    @Test func aZeroParallelismIsTreatedAsOne() {
        #expect(PartitionCoalescer(parallelism: 0).parallelism == 1)
    }

    @Test func severalGroupsShareTheParallelismBySize() {
        let coalescer = PartitionCoalescer(parallelism: 8)
        let (big, small) = ([3_000_000, 3_000_000], [2_000_000])
        #expect(coalescer.sharing([big], for: big).parallelism == 8)
        #expect(coalescer.sharing([big, small], for: big).parallelism == 6)
        #expect(coalescer.sharing([big, small], for: small).parallelism == 2)
        #expect(coalescer.sharing([big, [0]], for: [0]).parallelism == 1)
        #expect(coalescer.sharing([[0], [0]], for: [0]).parallelism == 8)
    }
}
