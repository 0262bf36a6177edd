import Testing
@testable import SparkbookEngine

/// The radix sort-merge path against the hash path's sort-merge order, which it replaces for exact keys.
struct SortMergeMatchesTests {
    let support = JoinMatchesTests()

    func pairs(_ p: (left: [Int32], right: [Int32])) -> [[Int32]] { zip(p.left, p.right).map { [$0, $1] } }

    @Test(arguments: [DataType.integer, .long, .double])
    func emitsWhatTheHashPathsSortMergeOrderEmits(type: DataType) {
        let left = support.keys(500, range: 80, seed: 11), right = support.keys(200, range: 90, seed: 12)
        let l = support.column(left, as: type), r = support.column(right, as: type)
        let matches = JoinMatches(leftKeys: [l], rightKeys: [r], leftCount: left.count, rightCount: right.count)
        for joinType in [JoinType.inner, .leftSemi] {
            #expect(SortMergeMatches.applies(left: [KeyColumn(l)], right: [KeyColumn(r)]))
            let merged = SortMergeMatches.pairs(joinType, left: KeyColumn(l), leftCount: left.count,
                                                right: KeyColumn(r), rightCount: right.count)
            #expect(pairs(merged) == pairs(matches.sortMerged(joinType, rightKeys: [KeyColumn(r)])))
        }
    }

    @Test func negativeKeysOrderBelowPositiveOnes() {
        var builder = ColumnBuilder(type: .integer)
        for v: Int32 in [5, -3, 0, -3, Int32.min, Int32.max] { builder.append(.integer(v)) }
        let keys = KeyColumn(builder.finish())
        let merged = SortMergeMatches.pairs(.inner, left: keys, leftCount: 6, right: keys, rightCount: 6)
        #expect(pairs(merged) == [[4, 4], [1, 1], [1, 3], [3, 1], [3, 3], [2, 2], [0, 0], [5, 5]])
    }

    @Test func doublesJoinAsSparkNormalizesThem() {
        var left = ColumnBuilder(type: .double), right = ColumnBuilder(type: .double)
        for v in [Double.nan, -0.0, 1.5] { left.append(.double(v)) }
        for v in [0.0, 1.5, -Double.nan] { right.append(.double(v)) }
        let merged = SortMergeMatches.pairs(.inner, left: KeyColumn(left.finish()), leftCount: 3,
                                            right: KeyColumn(right.finish()), rightCount: 3)
        #expect(pairs(merged) == [[1, 0], [2, 1], [0, 2]])
    }

    @Test func stringsAndSeveralKeysStayOnTheHashPath() {
        let s = KeyColumn(support.column([1, 2], as: .string)), i = KeyColumn(support.column([1, 2], as: .integer))
        #expect(!SortMergeMatches.applies(left: [s], right: [s]))
        #expect(!SortMergeMatches.applies(left: [i, i], right: [i, i]))
        #expect(!SortMergeMatches.applies(left: [i], right: [KeyColumn(support.column([1, 2], as: .long))]))
    }
}
