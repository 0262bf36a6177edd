@testable import SparkbookCluster
import Testing

@Suite struct TaskQueueTests {
    @Test func isFirstInFirstOutAcrossCompaction() {
        var queue = TaskQueue()
        for i in 0..<5000 { queue.append(.init(runId: 0, stageId: 0, partition: i)) }
        var seen: [Int] = []
        while let first = queue.first {
            seen.append(first.partition)
            queue.removeFirst()
            if seen.count == 2500 { queue.append(.init(runId: 0, stageId: 0, partition: 5000)) }
        }
        #expect(seen == Array(0...5000))
        #expect(queue.isEmpty && queue.count == 0)
    }
}
