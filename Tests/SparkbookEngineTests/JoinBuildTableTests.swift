import Testing
@testable import SparkbookEngine

/// The build side's table: distinct keys numbered in order of first appearance, each with its rows ascending.
struct JoinBuildTableTests {
    @Test func groupsHoldTheirRowsAscendingAndNullsNone() {
        var validity = ValidityMask()
        for valid in [true, true, false, true, true, true] { validity.append(valid) }
        let keys = IntegerJoinKeys<Int64>(values: [7, 3, 7, 7, -1, 3], validity: validity)
        let table = JoinBuildTable(keys: keys, rowCount: 6)
        #expect(table.start == [0, 2, 4, 5])
        #expect(table.members == [0, 3, 1, 5, 4])
        let probe = IntegerJoinKeys<Int64>(values: [3, 8, 7, -1], validity: nil)
        #expect((0..<4).map { table.find(probe, $0) } == [1, -1, 0, 2])
    }

    @Test func manyCollidingStringKeysAreAllFound() {
        var strings = StringBuffer()
        for i in 0..<5000 { strings.append("id\(i % 1700)") }
        let table = JoinBuildTable(keys: StringJoinKeys(strings: strings, validity: nil), rowCount: 5000)
        #expect(table.start.count == 1701)
        var probe = StringBuffer()
        for i in stride(from: 0, to: 1800, by: 7) { probe.append("id\(i)") }
        let keys = StringJoinKeys(strings: probe, validity: nil)
        for (n, i) in stride(from: 0, to: 1800, by: 7).enumerated() {
            let g = table.find(keys, n)
            if i < 1700 {
                #expect(g >= 0 && table.members[Int(table.start[g])] == Int32(i))
            } else {
                #expect(g == -1)
            }
        }
    }
}
