/// How a Theta (or Tuple) sketch hashes what it is fed, as DataSketches' `UpdateSketch.update` overloads do:
/// integers as one `long`, doubles canonicalised (`-0.0` as `0.0`, every NaN as Java's one NaN) then as their
/// bits, strings as UTF-8 and binary values as they are (both ignored when empty). The hash is the first half
/// of MurmurHash3 shifted right once, so it fits Java's positive `long`; 0 is never retained.
public enum ThetaHash {
    public static func of(_ value: Int64) -> UInt64 { MurmurHash3x64.hash(value).0 >> 1 }

    public static func of(_ value: Double) -> UInt64 {
        let canonical: Double = value == 0 ? 0 : value
        let bits = canonical.isNaN ? UInt64(0x7ff8_0000_0000_0000) : canonical.bitPattern
        return of(Int64(bitPattern: bits))
    }

    /// The hash of a string's or binary value's bytes; nil for an empty one, which the sketch ignores.
    public static func of(bytes: [UInt8]) -> UInt64? {
        bytes.isEmpty ? nil : MurmurHash3x64.hash(bytes: bytes).0 >> 1
    }

    /// DataSketches' 16-bit seed hash of the default seed, stored in every serialized sketch to check that two
    /// sketches hashed alike.
    public static let seedHash: Int = Int(MurmurHash3x64.hash(Int64(bitPattern: MurmurHash3x64.defaultSeed), seed: 0).0 & 0xFFFF)

    /// Java's `Long.MAX_VALUE`: theta when nothing was discarded (the sketch is exact).
    public static let maxTheta = UInt64(Int64.max)
}
