/// Where each row's frame starts and ends inside one sorted window partition.
///
/// ROWS bounds count rows from the current one. RANGE bounds work on the order key: CURRENT ROW reaches the
/// current row's peers; a value offset `n` reaches the rows whose key is within `key + n` (`key - n` when the
/// ordering is descending, as Spark flips the offset). A null key's bounds are the other null keys.
struct WindowFrameBounds {
    let frame: WindowFrame
    let rows: Range<Int>
    /// For every row of the partition (relative to `rows.lowerBound`): its first peer and one past its last.
    private let peerStart: [Int]
    private let peerEnd: [Int]
    /// The single order key as doubles (RANGE frames with value offsets only).
    private let rangeKeys: [Double?]
    private let direction: SortDirection

    init(_ frame: WindowFrame, rows: Range<Int>, orderKeys: [ColumnVector], directions: [SortDirection],
         peers: (Int, Int) -> Bool) {
        self.frame = frame
        self.rows = rows
        var starts = [Int](repeating: 0, count: rows.count), ends = starts
        if frame.kind == .range {
            var first = rows.lowerBound
            while first < rows.upperBound {
                var last = first + 1
                while last < rows.upperBound && peers(first, last) { last += 1 }
                for r in first..<last { starts[r - rows.lowerBound] = first; ends[r - rows.lowerBound] = last }
                first = last
            }
        }
        peerStart = starts
        peerEnd = ends
        let usesOffsets = frame.kind == .range && [frame.start, frame.end].contains { Self.isOffset($0) }
        rangeKeys = usesOffsets && orderKeys.count == 1 ? rows.map { orderKeys[0].value(at: $0).doubleValue } : []
        direction = directions.first ?? .ascending
    }

    private static func isOffset(_ bound: Int64) -> Bool {
        bound != WindowFrame.unboundedPreceding && bound != WindowFrame.unboundedFollowing && bound != WindowFrame.currentRow
    }

    /// The rows of `row`'s frame (empty when the bounds cross).
    func frame(of row: Int) -> Range<Int> {
        let start = position(frame.start, of: row, isStart: true)
        let end = position(frame.end, of: row, isStart: false)
        return start < end ? start..<end : start..<start
    }

    private func position(_ bound: Int64, of row: Int, isStart: Bool) -> Int {
        if bound == WindowFrame.unboundedPreceding { return rows.lowerBound }
        if bound == WindowFrame.unboundedFollowing { return rows.upperBound }
        switch frame.kind {
        case .rows:
            let target = Int(clamping: Int64(row) &+ bound) + (isStart ? 0 : 1)
            return min(max(target, rows.lowerBound), rows.upperBound)
        case .range where bound == WindowFrame.currentRow:
            return isStart ? peerStart[row - rows.lowerBound] : peerEnd[row - rows.lowerBound]
        case .range:
            let key = rangeKeys[row - rows.lowerBound]
            let target = key.map { direction.ascending ? $0 + Double(bound) : $0 - Double(bound) }
            // The first row at or past the target (start), or the first row past it (end): rows are sorted.
            var low = rows.lowerBound, high = rows.upperBound
            while low < high {
                let mid = (low + high) / 2
                let order = compare(rangeKeys[mid - rows.lowerBound], target)
                if isStart ? order < 0 : order <= 0 { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// The sort order's comparison of two keys: nulls where the direction puts them, values by direction.
    private func compare(_ a: Double?, _ b: Double?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return direction.nullsFirst ? -1 : 1
        case (_, nil): return direction.nullsFirst ? 1 : -1
        case (let x?, let y?):
            let order = x < y ? -1 : (x > y ? 1 : 0)
            return direction.ascending ? order : -order
        }
    }
}
