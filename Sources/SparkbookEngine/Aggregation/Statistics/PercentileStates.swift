/// Every non-null value of every group, for Spark's exact `Percentile` (`median(x)` is `percentile(x, 0.5)`):
/// values and their group ids in two flat arrays in arrival order, grouped by a counting sort only when results
/// or partial states are asked for. Values are doubles (Spark's `toDoubleValue` before interpolating).
///
/// The partial state of a group is its values packed as 8-byte doubles in one binary cell (a `.string` column
/// whose bytes are never read as text), so the shuffle carries a flat byte buffer, not a boxed array.
struct PercentileStates: Sendable {
    private(set) var values: [Double] = []
    private(set) var groups: [Int32] = []
    private(set) var groupCount = 0
    /// The values laid out group by group, computed once for all the buckets a partial step writes, and
    /// dropped by the next change (a copy that changes drops only its own).
    private var grouping = Grouping()

    private final class Grouping: @unchecked Sendable {
        var starts: [Int] = []
        var packed: [Double] = []
        var valid = false
    }

    var estimatedBytes: Int {
        values.capacity * MemoryLayout<Double>.stride + groups.capacity * MemoryLayout<Int32>.stride
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
        guard case .string(let cells) = partial.storage else { return }
        changing()
        cells.bytes.withUnsafeBytes { raw in
            for row in 0..<rows where !partial.isNull(start + row) {
                let range = cells.byteRange(start + row)
                let g = ids[row]
                var offset = range.lowerBound
                while offset < range.upperBound {
                    values.append(raw.loadUnaligned(fromByteOffset: offset, as: Double.self)); groups.append(g)
                    offset += 8
                }
            }
        }
    }

    /// Each group's values, contiguous and sorted in Spark's order (NaN last): `sorted[starts[g] ..< starts[g+1]]`.
    func sortedByGroup() -> (starts: [Int], sorted: [Double]) {
        let (starts, packed) = grouped()
        var sorted = packed
        sorted.withUnsafeMutableBufferPointer { buffer in
            for g in 0..<groupCount where starts[g + 1] - starts[g] > 1 {
                var slice = UnsafeMutableBufferPointer(rebasing: buffer[starts[g]..<starts[g + 1]])
                slice.sort(by: Self.precedes)
            }
        }
        return (starts, sorted)
    }

    /// Spark's double ordering: NaN after every number, -0.0 equal to 0.0.
    @inline(__always)
    static func precedes(_ a: Double, _ b: Double) -> Bool {
        a.isNaN ? false : (b.isNaN ? true : a < b)
    }

    /// Spark's `Percentile.getPercentile` over one group's sorted values: the value at position
    /// `(n - 1) * percentage`, linearly interpolated between its neighbours.
    static func percentile(_ sorted: UnsafeBufferPointer<Double>, _ percentage: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = Double(sorted.count - 1) * percentage
        let lower = position.rounded(.down), higher = position.rounded(.up)
        let lowerValue = sorted[Int(lower)]
        if higher == lower { return lowerValue }
        let higherValue = sorted[Int(higher)]
        if higherValue == lowerValue { return lowerValue }
        return (higher - position) * lowerValue + (position - lower) * higherValue
    }

    /// The results at `percentage` of `groups`.
    func finalColumn(_ groupList: some Collection<Int>, percentage: Double) -> ColumnVector {
        let (starts, sorted) = sortedByGroup()
        var out = [Double]()
        out.reserveCapacity(groupList.count)
        var validity: ValidityMask?
        sorted.withUnsafeBufferPointer { buffer in
            for (row, g) in groupList.enumerated() {
                if let v = Self.percentile(UnsafeBufferPointer(rebasing: buffer[starts[g]..<starts[g + 1]]), percentage) {
                    out.append(v)
                } else {
                    if validity == nil { validity = ValidityMask(allValid: groupList.count) }
                    validity!.setNull(row)
                    out.append(0)
                }
            }
        }
        return ColumnVector(dataType: .double, storage: .float64(out), validity: validity)
    }

    /// The partial states of `groupList`, one packed cell per group.
    func partialColumn(_ groupList: some Collection<Int>) -> ColumnVector {
        let (starts, packed) = grouped()
        var cells = StringBuffer()
        var total = 0
        for g in groupList { total += starts[g + 1] - starts[g] }
        cells.reserveCapacity(rows: groupList.count, bytes: total * 8)
        packed.withUnsafeBytes { raw in
            for g in groupList {
                cells.append(bytes: UnsafeRawBufferPointer(rebasing: raw[starts[g] * 8 ..< starts[g + 1] * 8]))
            }
        }
        return ColumnVector(dataType: .string, storage: .string(cells))
    }

    /// Each group's values, contiguous in arrival order (a stable counting sort by group), computed once.
    private func grouped() -> (starts: [Int], packed: [Double]) {
        if grouping.valid { return (grouping.starts, grouping.packed) }
        var starts = [Int](repeating: 0, count: groupCount + 1)
        for g in groups { starts[Int(g) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        var next = starts
        var packed = [Double](repeating: 0, count: values.count)
        for (i, g) in groups.enumerated() {
            packed[next[Int(g)]] = values[i]; next[Int(g)] += 1
        }
        grouping.starts = starts; grouping.packed = packed; grouping.valid = true
        return (starts, packed)
    }
}
