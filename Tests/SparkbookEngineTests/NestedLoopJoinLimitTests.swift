import Testing
@testable import SparkbookEngine

struct NestedLoopJoinLimitTests {
    @Test func aJoinWhosePairsFitPasses() throws {
        try NestedLoopJoinLimit.check(leftRows: 10_000, rightRows: 10_000, outputColumns: 2, limitBytes: 4e9)
    }

    @Test func aJoinWhosePairsCannotFitIsRefusedWithTheSizes() {
        #expect {
            try NestedLoopJoinLimit.check(leftRows: 100_000, rightRows: 100_000, outputColumns: 2, limitBytes: 4e9)
        } throws: { error in
            let message = "\(error)"
            return message.contains("100000 rows with 100000 rows") && message.contains("10000000000 pairs")
                && message.contains("does not stream")
        }
    }

    @Test func theEstimateCountsIndicesAndOutputColumns() {
        #expect(NestedLoopJoinLimit.estimatedBytes(leftRows: 10, rightRows: 10, outputColumns: 3) == 100 * 32)
    }
}
