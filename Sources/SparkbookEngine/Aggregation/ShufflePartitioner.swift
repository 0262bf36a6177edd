/// Assigns a key to a shuffle partition as Spark's `HashPartitioning` does: `pmod(hash(keys...), n)` with the
/// `Murmur3Hash` expression (seed 42). Matching Spark's partitions is what makes unordered results (a `groupBy`
/// without `orderBy`, `distinct()`, `repartition(n, col)`) come out in the order Spark prints them.
enum ShufflePartitioner {
    static func partition(of key: [Value], count: Int) -> Int {
        var hash = ShuffleKeyHash()
        for value in key { hash.mix(value) }
        return hash.partition(count: count)
    }
}

/// `Murmur3Hash` over a key's parts, each hashed with the previous part's hash as its seed. Typed callers (the
/// fast path's group codes) call the method of the part's Spark type, which applies the same rule
/// `SparkValueHash` applies to a `Value` of that type, so both paths send every key to the same partition.
struct ShuffleKeyHash {
    private(set) var state: Int32 = SparkMurmur3.defaultSeed

    /// A null part leaves the hash unchanged.
    @inline(__always) mutating func null() {}
    @inline(__always) mutating func int32(_ v: Int32) { state = SparkMurmur3.hashInt(v, seed: state) }
    @inline(__always) mutating func int64(_ v: Int64) { state = SparkMurmur3.hashLong(v, seed: state) }
    @inline(__always) mutating func double(_ v: Double) { state = SparkValueHash.hashDouble(v, seed: state) }
    @inline(__always) mutating func boolean(_ v: Bool) { state = SparkMurmur3.hashInt(v ? 1 : 0, seed: state) }
    @inline(__always) mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        state = SparkMurmur3.hashBytes(utf8, seed: state)
    }
    /// A string key packed inline in its `GroupKeyCodes` head and tail (at most 15 bytes), hashed from the words
    /// without reading the dictionary: a short one (at most 7 bytes) straight from the head.
    @inline(__always) mutating func packedString(head: UInt64, tail: UInt64) {
        let count = GroupKeyCodes.inlineCount(tail: tail)
        if count <= 7 { state = SparkMurmur3.hashPackedBytes(head, count: count, seed: state); return }
        state = withUnsafeBytes(of: (head.littleEndian, tail.littleEndian)) { raw in
            SparkMurmur3.hashBytes(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                                       count: count), seed: state)
        }
    }

    mutating func mix(_ value: Value) { state = SparkValueHash.hash(value, seed: state) }

    /// Spark's `Pmod`: the non-negative remainder of the signed 32-bit hash.
    func partition(count: Int) -> Int {
        let r = Int(state) % count
        return r < 0 ? r + count : r
    }
}
