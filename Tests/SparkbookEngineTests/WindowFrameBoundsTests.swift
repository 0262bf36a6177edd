import Testing
@testable import SparkbookEngine

@Suite struct WindowFrameBoundsTests {
    func column(_ values: [Value]) -> ColumnVector {
        var b = ColumnBuilder(type: .integer)
        values.forEach { b.append($0) }
        return b.finish()
    }

    func bounds(_ frame: WindowFrame, _ keys: [Value], _ direction: SortDirection = .ascending) -> [Range<Int>] {
        let key = column(keys)
        let b = WindowFrameBounds(frame, rows: 0..<keys.count, orderKeys: [key], directions: [direction],
                                  peers: { key.value(at: $0) == key.value(at: $1) })
        return (0..<keys.count).map { b.frame(of: $0) }
    }

    @Test func rowsFramesAreClampedToThePartition() {
        let keys: [Value] = [.integer(1), .integer(2), .integer(3)]
        #expect(bounds(WindowFrame(.rows, start: -1, end: 1), keys) == [0..<2, 0..<3, 1..<3])
        #expect(bounds(WindowFrame(.rows, start: 1, end: 2), keys) == [1..<3, 2..<3, 3..<3])
    }

    @Test func rangeCurrentRowReachesPeers() {
        let keys: [Value] = [.integer(1), .integer(1), .integer(2)]
        #expect(bounds(WindowFrame(.range, start: .min, end: 0), keys) == [0..<2, 0..<2, 0..<3])
    }

    @Test func rangeOffsetsAddToTheKeyAndNullsOnlyReachNulls() {
        let keys: [Value] = [.null, .integer(1), .integer(2), .integer(4)]
        #expect(bounds(WindowFrame(.range, start: -1, end: 1), keys) == [0..<1, 1..<3, 1..<3, 3..<4])
    }

    @Test func descendingOrderFlipsTheOffset() {
        let keys: [Value] = [.integer(5), .integer(3), .integer(2), .null]
        #expect(bounds(WindowFrame(.range, start: -2, end: 0), keys, .descending) == [0..<1, 0..<2, 1..<3, 3..<4])
    }
}
