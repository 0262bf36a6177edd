import SparkbookEngine

/// The order in which Spark sees the entries of a Python dict passed to `agg({...})`.
///
/// py4j turns the dict into a `java.util.HashMap`, and Spark reads it back as a Scala immutable `Map`
/// (`exprs.asScala.toMap`), so the output columns follow the JVM's iteration order, not the dict's:
/// up to four entries keep the `HashMap`'s bucket order; more become a Scala CHAMP `HashMap`, iterated by
/// the bits of each key's improved hash, five at a time.
public enum JVMMapOrder {
    /// `keys` (distinct, in insertion order) in the order Spark iterates them.
    static func order(_ keys: [String]) -> [String] {
        let hashOrder = javaHashMapOrder(keys)
        return keys.count <= 4 ? hashOrder : champOrder(hashOrder)
    }

    /// `String.hashCode()`: 31-polynomial over the UTF-16 code units, in 32-bit arithmetic.
    static func javaHash(_ s: String) -> Int32 {
        var h: Int32 = 0
        for unit in s.utf16 { h = h &* 31 &+ Int32(unit) }
        return h
    }

    /// The hash spread of Java's `HashMap`: `h ^ (h >>> 16)`.
    static func spread(_ h: Int32) -> UInt32 {
        let u = UInt32(bitPattern: h)
        return u ^ (u >> 16)
    }

    /// Scala 2.13's `Hashing.improve`, which its immutable `HashMap` applies to `key.##`.
    static func improve(_ h: Int32) -> UInt32 {
        var x = h &+ ~(h << 9)
        x ^= Int32(bitPattern: UInt32(bitPattern: x) >> 14)
        x = x &+ (x << 4)
        return UInt32(bitPattern: x ^ Int32(bitPattern: UInt32(bitPattern: x) >> 10))
    }

    /// Iteration order of a `java.util.HashMap` filled in `keys` order: buckets ascending (the table doubles
    /// from 16 when it is more than three quarters full), insertion order within a bucket.
    static func javaHashMapOrder(_ keys: [String]) -> [String] {
        hashMapOrder(hashes: keys.map(javaHash)).map { keys[$0] }
    }

    /// The positions of keys with these Java `hashCode()`s in a `java.util.HashMap`'s iteration order.
    static func hashMapOrder(hashes: [Int32]) -> [Int] {
        var capacity = 16
        while hashes.count > capacity * 3 / 4 { capacity *= 2 }
        let mask = UInt32(capacity - 1)
        return hashes.indices.sorted { a, b in
            let ba = spread(hashes[a]) & mask, bb = spread(hashes[b]) & mask
            return ba != bb ? ba < bb : a < b
        }
    }

    /// The order a map column's entries reach Python in `collect()`: PySpark's pickler gets each map as a
    /// `java.util.HashMap` (EvaluatePython.toJava), so a dict lists them in that map's iteration order. Keys
    /// whose Java hash is not modelled here (decimals, dates, nested values) keep the map's own order.
    public static func collectOrder(of keys: [OutputValue]) -> [Int] {
        var hashes: [Int32] = []
        for key in keys {
            switch key {
            case .string(let s): hashes.append(javaHash(s))
            case .integer(let v):
                // Integers of int range hash as java.lang.Integer, wider ones as java.lang.Long.
                hashes.append(Int32(exactly: v) ?? Int32(truncatingIfNeeded: v ^ Int64(bitPattern: UInt64(bitPattern: v) >> 32)))
            case .boolean(let b): hashes.append(b ? 1231 : 1237)
            case .double(let d):
                let bits = d.isNaN ? Int64(0x7ff8000000000000) : Int64(bitPattern: d.bitPattern)
                hashes.append(Int32(truncatingIfNeeded: bits ^ Int64(bitPattern: UInt64(bitPattern: bits) >> 32)))
            default: return Array(keys.indices)
            }
        }
        return hashMapOrder(hashes: hashes)
    }

    /// The same order for engine values.
    public static func collectOrder(of keys: [Value]) -> [Int] {
        collectOrder(of: keys.map(\.outputValue))
    }

    /// Iteration order of Scala 2.13's immutable `HashMap` (a CHAMP trie over improved hashes): at each level a
    /// node lists the keys
    /// alone in their 5-bit slot first (slots ascending), then descends into the slots shared by several keys.
    static func champOrder(_ keys: [String], shift: UInt32 = 0) -> [String] {
        guard keys.count > 1, shift < 32 else { return keys }
        var slots: [UInt32: [String]] = [:]
        for key in keys { slots[(improve(javaHash(key)) >> shift) & 31, default: []].append(key) }
        let sorted = slots.keys.sorted()
        let alone = sorted.filter { slots[$0]!.count == 1 }.map { slots[$0]![0] }
        let shared = sorted.filter { slots[$0]!.count > 1 }.flatMap { champOrder(slots[$0]!, shift: shift + 5) }
        return alone + shared
    }
}
