/// The iteration order of Scala 2.13's `mutable.HashSet`, which is the order `collect_set` returns its elements in
/// (Spark's buffer is such a set and the result is `buffer.toArray`).
///
/// The Scala table has a power-of-two number of buckets (16 at first, load factor 0.75); an element goes to bucket
/// `h & (buckets - 1)` with `h = x.## ^ (x.## >>> 16)`, each bucket's list stays sorted by `h` (signed; equal
/// hashes in arrival order), and iteration walks the buckets in index order. Splitting buckets when the table grows
/// keeps those lists sorted, so the order depends only on the elements, their arrival and the table size; this
/// model keeps exactly that and sorts when asked for the elements.
///
/// Growth follows the two paths Spark uses: `+=` (`add`) doubles the table before inserting whenever
/// `size + 1 >= threshold`, even for an element already present; `++=` of another set (`addAll`) first sizes the
/// table for the other set's size alone (`sizeHint`), then inserts without any further check.
struct ScalaHashSet: Sendable {
    private struct Entry: Sendable {
        let value: Value
        /// The improved hash (`##` spread by its high half), which orders the bucket lists.
        let hash: Int32
    }

    static let initialBuckets = 16
    static let loadFactor = 0.75

    private var entries: [Entry] = []
    private var present: Set<Value> = []
    private(set) var bucketCount = ScalaHashSet.initialBuckets
    private var threshold = ScalaHashSet.threshold(for: ScalaHashSet.initialBuckets)

    var count: Int { entries.count }

    /// `x.##` spread by its high half (`improveHash`).
    static func improvedHash(_ value: Value) -> Int32 {
        let h = ScalaValueHash.hash(value)
        return h ^ Int32(bitPattern: UInt32(bitPattern: h) >> 16)
    }

    private static func threshold(for buckets: Int) -> Int { Int(Double(buckets) * loadFactor) }

    /// `tableSizeFor`: twice the highest power of two not above `max(capacity - 1, 4)`, at most 2^30.
    static func tableSize(for capacity: Int) -> Int {
        let n = max(capacity - 1, 4)
        return min((1 << (Int.bitWidth - 1 - n.leadingZeroBitCount)) * 2, 1 << 30)
    }

    /// `set += value`: Spark's update of the buffer with one input row's value (and the rebuild of a partial set
    /// from its serialized array).
    mutating func add(_ value: Value) {
        if entries.count + 1 >= threshold { grow(to: bucketCount * 2) }
        insert(ScalaValueHash.normalized(value), hash: Self.improvedHash(value))
    }

    /// `set ++= other`: Spark's merge of a partial buffer into the final one.
    mutating func addAll(_ other: ScalaHashSet) {
        let target = Self.tableSize(for: Int(Double(other.count + 1) / Self.loadFactor))
        if target > bucketCount { grow(to: target) }
        for entry in other.orderedEntries() { insert(entry.value, hash: entry.hash) }
    }

    /// The elements in the Scala set's iteration order (what `buffer.toArray` gives).
    var elements: [Value] { orderedEntries().map(\.value) }

    private mutating func insert(_ value: Value, hash: Int32) {
        guard present.insert(ScalaValueHash.identity(value)).inserted else { return }
        entries.append(Entry(value: value, hash: hash))
    }

    private mutating func grow(to buckets: Int) {
        bucketCount = buckets
        threshold = Self.threshold(for: buckets)
    }

    /// By bucket, then by hash within the bucket; the stable sort keeps equal hashes in arrival order.
    private func orderedEntries() -> [Entry] {
        let mask = Int32(bucketCount - 1)
        return entries.enumerated().sorted { a, b in
            let (ba, bb) = (a.element.hash & mask, b.element.hash & mask)
            if ba != bb { return ba < bb }
            if a.element.hash != b.element.hash { return a.element.hash < b.element.hash }
            return a.offset < b.offset
        }.map(\.element)
    }
}
