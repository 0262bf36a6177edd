import Testing
@testable import SparkbookEngine

/// The typed and the general match paths against a nested loop, and the orders they emit.
struct JoinMatchesTests {
    /// Deterministic keys in 0..<range, some null.
    func keys(_ count: Int, range: Int, seed: UInt64) -> [Int?] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let v = Int((state >> 33) % UInt64(range + 1))
            return v == range ? nil : v
        }
    }

    func column(_ values: [Int?], as type: DataType) -> ColumnVector {
        var builder = ColumnBuilder(type: type)
        for v in values {
            guard let v else { builder.append(.null); continue }
            switch type {
            case .integer: builder.append(.integer(Int32(v)))
            case .long: builder.append(.long(Int64(v) << 33))
            case .double: builder.append(.double(Double(v) / 4))
            default: builder.append(.string("id\(v)"))
            }
        }
        return builder.finish()
    }

    /// Every (left, right) pair with equal non-null keys, left-major, right ascending.
    func nestedLoop(_ left: [Int?], _ right: [Int?]) -> [[Int32]] {
        var out: [[Int32]] = []
        for (l, a) in left.enumerated() {
            for (r, b) in right.enumerated() where a != nil && a == b { out.append([Int32(l), Int32(r)]) }
        }
        return out
    }

    func pairs(_ p: (left: [Int32], right: [Int32])) -> [[Int32]] { zip(p.left, p.right).map { [$0, $1] } }

    @Test(arguments: [DataType.integer, .long, .string, .double])
    func candidatesAreEveryEqualPairInLeftThenRightOrder(type: DataType) {
        let left = keys(300, range: 40, seed: 1), right = keys(120, range: 50, seed: 2)
        let matches = JoinMatches(leftKeys: [column(left, as: type)], rightKeys: [column(right, as: type)],
                                  leftCount: left.count, rightCount: right.count)
        #expect(pairs(matches.candidates()) == nestedLoop(left, right))
    }

    @Test func severalKeyColumnsGoThroughTheGeneralPath() {
        let a = keys(200, range: 5, seed: 3), b = keys(200, range: 3, seed: 4)
        let c = keys(60, range: 5, seed: 5), d = keys(60, range: 3, seed: 6)
        let matches = JoinMatches(leftKeys: [column(a, as: .integer), column(b, as: .string)],
                                  rightKeys: [column(c, as: .integer), column(d, as: .string)],
                                  leftCount: 200, rightCount: 60)
        var expected: [[Int32]] = []
        for l in 0..<200 {
            for r in 0..<60 where a[l] != nil && b[l] != nil && a[l] == c[r] && b[l] == d[r] { expected.append([Int32(l), Int32(r)]) }
        }
        #expect(pairs(matches.candidates()) == expected)
    }

    @Test(arguments: [DataType.integer, .string])
    func streamedOrderIsBroadcastHashJoins(type: DataType) {
        let left: [Int?] = [1, 2, nil, 3, 2], right: [Int?] = [2, 1, 2, nil, 4, 2]
        let matches = JoinMatches(leftKeys: [column(left, as: type)], rightKeys: [column(right, as: type)],
                                  leftCount: left.count, rightCount: right.count)
        // Each left row in order, its matches newest first; unmatched and null-keyed left rows padded or dropped.
        #expect(pairs(matches.streamed(.inner)) == [[0, 1], [1, 5], [1, 2], [1, 0], [4, 5], [4, 2], [4, 0]])
        #expect(pairs(matches.streamed(.left)) == [[0, 1], [1, 5], [1, 2], [1, 0], [2, -1], [3, -1], [4, 5], [4, 2], [4, 0]])
        #expect(pairs(matches.streamed(.leftSemi)) == [[0, -1], [1, -1], [4, -1]])
        #expect(pairs(matches.streamed(.leftAnti)) == [[2, -1], [3, -1]])
    }

    @Test func noKeysMatchEveryPair() {
        let matches = JoinMatches(leftKeys: [], rightKeys: [], leftCount: 2, rightCount: 2)
        #expect(pairs(matches.candidates()) == [[0, 0], [0, 1], [1, 0], [1, 1]])
    }

    @Test func sortMergedOrderIsLeftByKeyThenRightAscending() {
        let left: [Int?] = [3, 1, nil, 2, 1, 5], right: [Int?] = [1, 2, 1, 3]
        let l = column(left, as: .integer), r = column(right, as: .integer)
        let matches = JoinMatches(leftKeys: [l], rightKeys: [r], leftCount: 6, rightCount: 4)
        #expect(pairs(matches.sortMerged(.inner, rightKeys: [KeyColumn(r)])) == [[1, 0], [1, 2], [4, 0], [4, 2], [3, 1], [0, 3]])
        #expect(pairs(matches.sortMerged(.leftSemi, rightKeys: [KeyColumn(r)])) == [[1, -1], [4, -1], [3, -1], [0, -1]])
    }

    @Test(arguments: [DataType.integer, .long, .string, .double])
    func sortMergedMatchesAStableSortOfTheNestedLoop(type: DataType) {
        let left = keys(400, range: 60, seed: 7), right = keys(150, range: 70, seed: 8)
        let r = column(right, as: type)
        let matches = JoinMatches(leftKeys: [column(left, as: type)], rightKeys: [r],
                                  leftCount: left.count, rightCount: right.count)
        let keyColumn = KeyColumn(column(left, as: type))
        // Stable: pairs of equal left keys keep their left-major order.
        let expected = nestedLoop(left, right).enumerated().sorted { a, b in
            let c = keyColumn.compare(Int(a.element[0]), Int(b.element[0]))
            return c != 0 ? c < 0 : a.offset < b.offset
        }.map(\.element)
        #expect(pairs(matches.sortMerged(.inner, rightKeys: [KeyColumn(r)])) == expected)
    }

    @Test func sortMergedBreaksTiesOfSharedPrefixesOnTheWholeString() {
        func strings(_ values: [String]) -> ColumnVector {
            var builder = ColumnBuilder(type: .string)
            for v in values { builder.append(.string(v)) }
            return builder.finish()
        }
        let left = strings(["prefix-long-b", "prefix-long-a", "prefix-long", "prefix-long-b"])
        let right = strings(["prefix-long-b", "prefix-long", "prefix-long-a"])
        let matches = JoinMatches(leftKeys: [left], rightKeys: [right], leftCount: 4, rightCount: 3)
        #expect(pairs(matches.sortMerged(.inner, rightKeys: [KeyColumn(right)])) == [[2, 1], [1, 2], [0, 0], [3, 0]])
    }
}
