/// Spark's `Murmur3Hash` expression over values (`hash(a, b, ...)`, and the key of `HashPartitioning`): each value
/// is hashed with the previous one's hash as its seed, and a null leaves the hash unchanged.
public enum SparkValueHash {
    /// The hash of `values`, as `hash(v1, v2, ...)` returns it.
    public static func hash(_ values: [Value], seed: Int32 = SparkMurmur3.defaultSeed) -> Int32 {
        var h = seed
        for value in values { h = hash(value, seed: h) }
        return h
    }

    /// One value's hash with Spark's rules per type: -0.0 hashes as 0.0; booleans as 1 or 0; decimals up to 18
    /// digits by their unscaled long, wider ones by the big-endian two's-complement bytes of the unscaled value;
    /// arrays chain their elements.
    public static func hash(_ value: Value, seed: Int32) -> Int32 {
        switch value {
        case .null: seed
        case .boolean(let v): SparkMurmur3.hashInt(v ? 1 : 0, seed: seed)
        case .byte(let v): SparkMurmur3.hashInt(Int32(v), seed: seed)
        case .short(let v): SparkMurmur3.hashInt(Int32(v), seed: seed)
        case .integer(let v), .date(let v), .yearMonthInterval(let v): SparkMurmur3.hashInt(v, seed: seed)
        case .long(let v), .timestamp(let v), .timestampNTZ(let v), .dayTimeInterval(let v), .time(let v): SparkMurmur3.hashLong(v, seed: seed)
        case .calendarInterval(let c):
            SparkMurmur3.hashLong(c.micros, seed: SparkMurmur3.hashInt(c.days, seed: SparkMurmur3.hashInt(c.months, seed: seed)))
        case .float(let v): SparkMurmur3.hashInt(Int32(bitPattern: (v == 0 ? 0 : v).bitPattern), seed: seed)
        case .double(let v): hashDouble(v, seed: seed)
        case .string(let s): SparkMurmur3.hashString(s, seed: seed)
        case .binary(let b): b.withUnsafeBufferPointer { SparkMurmur3.hashBytes($0, seed: seed) }
        case .decimal(let d):
            if d.precision <= 18 {
                SparkMurmur3.hashLong(Int64(truncatingIfNeeded: d.unscaled), seed: seed)
            } else {
                bigEndianBytes(d.unscaled).withUnsafeBufferPointer { SparkMurmur3.hashBytes($0, seed: seed) }
            }
        case .array(let elements), .structure(_, let elements): elements.reduce(seed) { hash($1, seed: $0) }
        case .map(let keys, let values): zip(keys, values).reduce(seed) { hash($1.1, seed: hash($1.0, seed: $0)) }
        case .variant(let v): v.storageBytes.withUnsafeBufferPointer { SparkMurmur3.hashBytes($0, seed: seed) }
        }
    }

    /// A double's hash; NaN keeps Java's canonical bit pattern (`doubleToLongBits`).
    @inline(__always) public static func hashDouble(_ v: Double, seed: Int32) -> Int32 {
        let normalized = v == 0 ? 0.0 : v
        let bits = normalized.isNaN ? Int64(0x7ff8_0000_0000_0000) : Int64(bitPattern: normalized.bitPattern)
        return SparkMurmur3.hashLong(bits, seed: seed)
    }

    /// `BigInteger.toByteArray`: the shortest big-endian two's-complement encoding.
    static func bigEndianBytes(_ value: Int128) -> [UInt8] {
        var bytes: [UInt8] = []
        var v = value
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        } while !(v == 0 && bytes.last! & 0x80 == 0) && !(v == -1 && bytes.last! & 0x80 != 0)
        return bytes.reversed()
    }
}
