import Testing
@testable import SparkbookEngine

/// `collect_list`/`collect_set` buffers, before and after Spark's sort fallback.
@Suite struct CollectBuffersTests {
    func longs(_ values: [Int64]) -> [Value] { values.map { .long($0) } }

    @Test func listKeepsArrivalOrderWithoutFallback() {
        var buffers = CollectBuffers(distinct: false)
        buffers.addGroup()
        for v in [3, 1, 3] as [Int64] { buffers.add(.long(v), to: 0, late: false) }
        buffers.merge(longs([2]), into: 0, late: false)
        #expect(buffers.result(0) == longs([3, 1, 3, 2]))
    }

    @Test func listReadsLateValuesFirstAfterFallback() {
        var buffers = CollectBuffers(distinct: false)
        buffers.addGroup(); buffers.addGroup()
        buffers.add(.long(0), to: 0, late: false)
        buffers.add(.long(5), to: 1, late: false)
        buffers.add(.long(200), to: 0, late: true)
        buffers.merge(longs([400]), into: 0, late: true)
        #expect(buffers.result(0) == longs([200, 400, 0]))
        #expect(buffers.result(1) == longs([5]))
    }

    @Test func setMergesARebuiltPartial() {
        // A partial of 12 sizes the table to 32 buckets: 16 then sorts after 15.
        var buffers = CollectBuffers(distinct: true)
        buffers.addGroup()
        buffers.merge(longs(Array(5...16)), into: 0, late: false)
        #expect(buffers.result(0) == longs(Array(5...16)))
    }

    @Test func setAfterFallbackIsTheLateSetWithTheEarlyOneMergedIn() {
        // 11 late values then 1 early value: the merge sizes for the early set only, so 12 elements stay in
        // 16 buckets and 16 shares bucket 0 with 0 (one set fed all twelve would have grown to 32).
        var buffers = CollectBuffers(distinct: true)
        buffers.addGroup()
        buffers.add(.long(16), to: 0, late: false)
        for v in 0..<11 as Range<Int64> { buffers.add(.long(v), to: 0, late: true) }
        #expect(buffers.result(0) == longs([0, 16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
        var single = ScalaHashSet()
        for v in [16] + Array(0..<11) as [Int64] { single.add(.long(v)) }
        #expect(single.elements == longs(Array(0..<11) + [16]))
    }
}
