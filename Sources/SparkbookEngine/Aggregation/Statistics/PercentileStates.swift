/// Every non-null value of every group, for Spark's exact `Percentile` (`median(x)` is `percentile(x, 0.5)`).
/// Values added one by one sit with their group ids in two flat arrays in arrival order, grouped by a counting
/// sort only when results or partial states are asked for. Merged partial cells are not copied: the state
/// keeps the shuffle's cell buffers and, per cell, where it is (the values stay where the shuffle holds them,
/// so a final step holds a few bytes per cell, not per value). Values are doubles (Spark's `toDoubleValue`
/// before interpolating).
///
/// The partial state of a group is its values packed as 8-byte doubles in one binary cell (a `.string` column
/// whose bytes are never read as text), so the shuffle carries a flat byte buffer, not a boxed array.
struct PercentileStates: Sendable {
    private(set) var values: [Double] = []
    private(set) var groups: [Int32] = []
    private(set) var groupCount = 0
    /// Buffers of the merged cell columns, and where each merged cell is in them.
    private var cellBuffers: [StringBuffer] = []
    private var cells: [MergedCell] = []
    /// The values' layout group by group, computed once for all the buckets a partial step writes, and
    /// dropped by the next change (a copy that changes drops only its own).
    private var grouping = Grouping()

    private struct MergedCell {
        var group: Int32
        var buffer: Int32
        var row: Int32
    }

    private final class Grouping: @unchecked Sendable {
        /// Indices of the own values group by group: `values[order[starts[g] ..< starts[g + 1]]]`.
        var starts: [Int] = []
        var order: [Int32] = []
        /// Merged cells group by group: `cellOrder[cellStarts[g] ..< cellStarts[g + 1]]`.
        var cellStarts: [Int] = []
        var cellOrder: [Int32] = []
        var valid = false
    }

    var estimatedBytes: Int {
        values.capacity * MemoryLayout<Double>.stride + groups.capacity * MemoryLayout<Int32>.stride
            + cells.capacity * MemoryLayout<MergedCell>.stride
    }

    private mutating func changing() {
        if grouping.valid { grouping = Grouping() }
    }

    mutating func addGroups(upTo n: Int) { changing(); groupCount = max(groupCount, n) }

    mutating func add(_ value: Double, to group: Int) {
        changing()
        values.append(value); groups.append(Int32(truncatingIfNeeded: group))
    }

    mutating func add(rows: Int, ids: UnsafePointer<Int32>, x: UnsafePointer<Double>, valid: UnsafePointer<Bool>) {
        changing()
        for row in 0..<rows where valid[row] { values.append(x[row]); groups.append(ids[row]) }
    }

    /// Merges packed partial cells (`partial` rows of a `.string` column) into their groups.
    mutating func merge(_ partial: ColumnVector, from start: Int, rows: Int, ids: UnsafePointer<Int32>) {
        guard case .string(let buffer) = partial.storage else { return }
        changing()
        let b = Int32(cellBuffers.count)
        var any = false
        for row in 0..<rows where !partial.isNull(start + row) && !buffer.byteRange(start + row).isEmpty {
            cells.append(MergedCell(group: ids[row], buffer: b, row: Int32(start + row)))
            any = true
        }
        if any { cellBuffers.append(buffer) }
    }

    /// Spark's double ordering: NaN after every number, -0.0 equal to 0.0.
    @inline(__always)
    static func precedes(_ a: Double, _ b: Double) -> Bool {
        a.isNaN ? false : (b.isNaN ? true : a < b)
    }

    /// Spark's `Percentile.getPercentile` over one group's values (in any order; reordered here): the value at
    /// position `(n - 1) * percentage` of the sorted values, linearly interpolated between its neighbours. The
    /// two neighbours are found by selection, not a sort.
    static func percentile(_ values: UnsafeMutableBufferPointer<Double>, _ percentage: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let position = Double(values.count - 1) * percentage
        let lower = position.rounded(.down), higher = position.rounded(.up)
        let l = Int(lower)
        SelectionKernel.select(values, l, by: precedes)
        let lowerValue = values[l]
        if higher == lower { return lowerValue }
        // Everything after `l` is not below it: the next value in order is their least.
        var higherValue = values[l + 1]
        for i in (l + 2)..<max(l + 2, values.count) where precedes(values[i], higherValue) { higherValue = values[i] }
        if higherValue == lowerValue { return lowerValue }
        return (higher - position) * lowerValue + (position - lower) * higherValue
    }

    /// The results at `percentage` of `groups`.
    func finalColumn(_ groupList: some Collection<Int>, percentage: Double) -> ColumnVector {
        var out = [Double]()
        out.reserveCapacity(groupList.count)
        var validity: ValidityMask?
        var row = 0
        forEachGroup(groupList) { values in
            if let v = Self.percentile(values, percentage) {
                out.append(v)
            } else {
                if validity == nil { validity = ValidityMask(allValid: groupList.count) }
                validity!.setNull(row)
                out.append(0)
            }
            row += 1
        }
        return ColumnVector(dataType: .double, storage: .float64(out), validity: validity)
    }

    /// The results at each of `percentages` of `groups`, as an array per group (null for an empty group).
    func finalColumn(_ groupList: some Collection<Int>, percentages: [Double]) -> ColumnVector {
        var builder = ColumnBuilder(type: .array(element: .double, containsNull: false), capacity: groupList.count)
        forEachGroup(groupList) { values in
            guard !values.isEmpty else { builder.appendNull(); return }
            builder.append(.array(percentages.map { Self.percentile(values, $0).map(Value.double) ?? .null }))
        }
        return builder.finish()
    }

    /// The partial states of `groupList`, one packed cell per group.
    func partialColumn(_ groupList: some Collection<Int>) -> ColumnVector {
        let layout = grouped()
        var total = 0
        for g in groupList { total += count(of: g, layout) }
        var cells = StringBuffer()
        cells.reserveCapacity(rows: groupList.count, bytes: total * 8)
        forEachGroup(groupList) { values in cells.append(bytes: UnsafeRawBufferPointer(values)) }
        return ColumnVector(dataType: .string, storage: .string(cells))
    }

    /// How many values group `g` holds.
    private func count(of g: Int, _ layout: Grouping) -> Int {
        var n = layout.starts[g + 1] - layout.starts[g]
        for i in layout.cellStarts[g]..<layout.cellStarts[g + 1] {
            let cell = cells[Int(layout.cellOrder[i])]
            n += cellBuffers[Int(cell.buffer)].byteRange(Int(cell.row)).count / 8
        }
        return n
    }

    /// Calls `body` with each listed group's values (its own, then its merged cells' in merge order), in a
    /// scratch buffer `body` may reorder.
    private func forEachGroup(_ groupList: some Collection<Int>, _ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
        let layout = grouped()
        let order = layout.order, starts = layout.starts
        var scratch = [Double]()
        values.withUnsafeBufferPointer { values in
            for g in groupList {
                let n = count(of: g, layout)
                if scratch.count < n { scratch = [Double](repeating: 0, count: max(n, scratch.count * 2)) }
                scratch.withUnsafeMutableBufferPointer { buffer in
                    var at = 0
                    for i in starts[g]..<starts[g + 1] { buffer[at] = values[Int(order[i])]; at += 1 }
                    for i in layout.cellStarts[g]..<layout.cellStarts[g + 1] {
                        let cell = cells[Int(layout.cellOrder[i])]
                        let source = cellBuffers[Int(cell.buffer)]
                        let range = source.byteRange(Int(cell.row))
                        source.bytes.withUnsafeBytes { raw in
                            UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[at * 8 ..< at * 8 + range.count])
                                .copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[range]))
                        }
                        at += range.count / 8
                    }
                    body(UnsafeMutableBufferPointer(rebasing: buffer[0..<n]))
                }
            }
        }
    }

    /// Each group's own values in arrival order, and its merged cells in merge order (stable
    /// counting sorts by group), computed once.
    private func grouped() -> Grouping {
        if grouping.valid { return grouping }
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for g in groups { starts[Int(g) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        var next = starts
        var order = [Int32](repeating: 0, count: values.count)
        for (i, g) in groups.enumerated() {
            order[next[Int(g)]] = Int32(truncatingIfNeeded: i); next[Int(g)] += 1
        }
        var cellStarts = [Int](repeating: 0, count: groupCount + 1)
        for cell in cells { cellStarts[Int(cell.group) + 1] += 1 }
        for g in 0..<groupCount { cellStarts[g + 1] += cellStarts[g] }
        var nextCell = cellStarts
        var cellOrder = [Int32](repeating: 0, count: cells.count)
        for (i, cell) in cells.enumerated() {
            cellOrder[nextCell[Int(cell.group)]] = Int32(i); nextCell[Int(cell.group)] += 1
        }
        grouping.starts = starts; grouping.order = order
        grouping.cellStarts = cellStarts; grouping.cellOrder = cellOrder
        grouping.valid = true
        return grouping
    }
}
