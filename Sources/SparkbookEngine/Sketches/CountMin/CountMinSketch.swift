import Foundation

/// Spark's own count-min sketch (`org.apache.spark.util.sketch.CountMinSketchImpl`), what `count_min_sketch`
/// returns: `depth` rows of `width` counters, `width = ceil(2 / eps)`, `depth = ceil(-ln(1 - confidence) / ln 2)`,
/// row `i` hashing a long as `hashA[i] * x` folded mod 2^31 - 1 (the multipliers drawn by `java.util.Random` from
/// the seed), strings and binary by two Murmur3 hashes combined. Serialized big-endian: version 1, total count,
/// depth, width, the multipliers, the counters row by row.
public struct CountMinSketch: Sendable, Equatable {
    public let depth: Int
    public let width: Int
    let hashA: [Int64]
    var table: [Int64]
    public private(set) var totalCount: Int64 = 0

    public init(eps: Double, confidence: Double, seed: Int32) {
        width = Int((2 / eps).rounded(.up))
        depth = Int((-log(1 - confidence) / log(2)).rounded(.up))
        var random = JavaRandom(seed: Int64(seed))
        hashA = (0..<depth).map { _ in Int64(random.nextInt(Int32.max)) }
        table = Array(repeating: 0, count: depth * width)
    }

    public mutating func add(long item: Int64) {
        for row in 0..<depth {
            var hash = hashA[row] &* item
            hash &+= hash >> 32
            hash &= (1 << 31) - 1
            table[row * width + Int(Int32(truncatingIfNeeded: hash) % Int32(width))] += 1
        }
        totalCount += 1
    }

    public mutating func add(bytes: [UInt8]) {
        let (h1, h2) = bytes.withUnsafeBufferPointer { buffer -> (Int32, Int32) in
            let first = SparkMurmur3.hashBytes(buffer, seed: 0)
            return (first, SparkMurmur3.hashBytes(buffer, seed: first))
        }
        for row in 0..<depth {
            let combined = (h1 &+ Int32(truncatingIfNeeded: row) &* h2) % Int32(width)
            table[row * width + Int(combined.magnitude)] += 1
        }
        totalCount += 1
    }

    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        func int(_ v: Int32) { withUnsafeBytes(of: v.bigEndian) { out.append(contentsOf: $0) } }
        func long(_ v: Int64) { withUnsafeBytes(of: v.bigEndian) { out.append(contentsOf: $0) } }
        int(1)
        long(totalCount)
        int(Int32(depth))
        int(Int32(width))
        hashA.forEach(long)
        table.forEach(long)
        return out
    }
}
