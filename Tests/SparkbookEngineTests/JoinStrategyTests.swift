import Testing
@testable import SparkbookEngine

@Suite struct JoinStrategyTests {
    @Test func innerJoinBuildsTheSmallerSideAndTheRightOnTies() {
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: 271, rightSize: 322) == .broadcastHash(buildLeft: true))
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: 322, rightSize: 271) == .broadcastHash(buildLeft: false))
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: 99, rightSize: 99) == .broadcastHash(buildLeft: false))
    }

    @Test func outerSemiAndAntiJoinsBuildOnlyTheSideTheyMay() {
        #expect(JoinStrategy.choose(.left, hasKeys: true, leftSize: 1, rightSize: 500) == .broadcastHash(buildLeft: false))
        #expect(JoinStrategy.choose(.leftAnti, hasKeys: true, leftSize: 1, rightSize: 500) == .broadcastHash(buildLeft: false))
        #expect(JoinStrategy.choose(.right, hasKeys: true, leftSize: 500, rightSize: 1) == .broadcastHash(buildLeft: true))
        #expect(JoinStrategy.choose(.full, hasKeys: true, leftSize: 1, rightSize: 1) == .sortMerge)
    }

    @Test func unknownOrLargeSidesSortAndMerge() {
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: nil, rightSize: nil) == .sortMerge)
        #expect(JoinStrategy.choose(.left, hasKeys: true, leftSize: 10, rightSize: nil) == .sortMerge)
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: nil, rightSize: 10) == .broadcastHash(buildLeft: false))
        let big = JoinStrategy.broadcastThreshold + 1
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: big, rightSize: big) == .sortMerge)
        #expect(JoinStrategy.choose(.inner, hasKeys: false, leftSize: 1, rightSize: 1) == .nestedLoop)
    }

    @Test func aBroadcastHintBuildsTheHintedSideWhenTheJoinMay() {
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: nil, rightSize: nil, hinted: (false, true))
                == .broadcastHash(buildLeft: false))
        let big = JoinStrategy.broadcastThreshold + 1
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: 10, rightSize: big, hinted: (false, true))
                == .broadcastHash(buildLeft: false))
        #expect(JoinStrategy.choose(.right, hasKeys: true, leftSize: nil, rightSize: nil, hinted: (true, false))
                == .broadcastHash(buildLeft: true))
        // A left join cannot build its left side: the hint is ignored.
        #expect(JoinStrategy.choose(.left, hasKeys: true, leftSize: nil, rightSize: nil, hinted: (true, false)) == .sortMerge)
        #expect(JoinStrategy.choose(.inner, hasKeys: true, leftSize: nil, rightSize: nil, hinted: (true, true))
                == .broadcastHash(buildLeft: false))
    }
}
