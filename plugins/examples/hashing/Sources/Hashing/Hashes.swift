/// The functions themselves: each a published algorithm, so a value computed here equals the one another engine,
/// language or service computes for the same input (unlike Spark's `hash` and `xxhash64`, whose seeds and input
/// encodings are Spark's own).
enum Hashes {
    /// FNV-1a, 64 bits (Fowler, Noll and Vo): the offset basis, then per byte xor and multiply by the FNV prime.
    /// Returned as Spark's signed `bigint` (the same 64 bits).
    static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> Int64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// One step of SplitMix64 (Steele, Lea and Flood; Java's `SplittableRandom`) from the state `value`: a bijection on
    /// 64 bits that scatters consecutive ids, so `mix64(id) % n` samples or shards ids evenly and no two ids
    /// collide.
    static func mix64(_ value: Int64) -> Int64 {
        var z = UInt64(bitPattern: value) &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return Int64(bitPattern: z ^ (z >> 31))
    }

    /// Jump consistent hash (Lamping and Veach, 2014): the bucket in `0..<buckets` for `key`, such that growing
    /// `buckets` by one moves only a `1/buckets` share of the keys, all of them to the new bucket.
    static func jumpBucket(key: UInt64, buckets: Int32) -> Int32 {
        var key = key
        var b: Int64 = -1, j: Int64 = 0
        while j < Int64(buckets) {
            b = j
            key = key &* 2_862_933_555_777_941_757 &+ 1
            j = Int64(Double(b + 1) * (Double(Int64(1) << 31) / Double((key >> 33) + 1)))
        }
        return Int32(b)
    }
}
