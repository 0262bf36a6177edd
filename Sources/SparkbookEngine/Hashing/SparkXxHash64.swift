/// Spark's `XXH64` (xxHash64 over little-endian words, as `org.apache.spark.sql.catalyst.expressions.XXH64`):
/// `hashInt`, `hashLong` and `hashBytes` with a 64-bit seed, wrapping arithmetic as Java's longs.
public enum SparkXxHash64 {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The seed of Spark's `xxhash64(...)`.
    public static let defaultSeed: Int64 = 42

    @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always) static func fmix(_ h0: UInt64) -> UInt64 {
        var h = h0
        h ^= h >> 33
        h = h &* prime2
        h ^= h >> 29
        h = h &* prime3
        h ^= h >> 32
        return h
    }

    public static func hashInt(_ input: Int32, seed: Int64) -> Int64 {
        var h = UInt64(bitPattern: seed) &+ prime5 &+ 4
        h ^= UInt64(UInt32(bitPattern: input)) &* prime1
        h = rotl(h, 23) &* prime2 &+ prime3
        return Int64(bitPattern: fmix(h))
    }

    public static func hashLong(_ input: Int64, seed: Int64) -> Int64 {
        var h = UInt64(bitPattern: seed) &+ prime5 &+ 8
        h ^= rotl(UInt64(bitPattern: input) &* prime2, 31) &* prime1
        h = rotl(h, 27) &* prime1 &+ prime4
        return Int64(bitPattern: fmix(h))
    }

    public static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>, seed: Int64) -> Int64 {
        let length = bytes.count
        let s = UInt64(bitPattern: seed)
        func word(_ at: Int) -> UInt64 {
            var w: UInt64 = 0
            for k in 0..<8 { w |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            return w
        }
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v1 = s &+ prime1 &+ prime2, v2 = s &+ prime2, v3 = s, v4 = s &- prime1
            func round(_ v: UInt64, _ input: UInt64) -> UInt64 { rotl(v &+ input &* prime2, 31) &* prime1 }
            repeat {
                v1 = round(v1, word(offset))
                v2 = round(v2, word(offset + 8))
                v3 = round(v3, word(offset + 16))
                v4 = round(v4, word(offset + 24))
                offset += 32
            } while offset <= length - 32
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            for v in [v1, v2, v3, v4] {
                h ^= rotl(v &* prime2, 31) &* prime1
                h = h &* prime1 &+ prime4
            }
        } else {
            h = s &+ prime5
        }
        h = h &+ UInt64(length)
        while offset + 8 <= length {
            h ^= rotl(word(offset) &* prime2, 31) &* prime1
            h = rotl(h, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= length {
            var w: UInt64 = 0
            for k in 0..<4 { w |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
            h ^= w &* prime1
            h = rotl(h, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < length {
            h ^= UInt64(bytes[offset]) &* prime5
            h = rotl(h, 11) &* prime1
            offset += 1
        }
        return Int64(bitPattern: fmix(h))
    }

    /// Spark's `XxHash64` expression over values, with the rules per type of `Murmur3Hash` (`SparkValueHash`):
    /// each value hashed with the previous hash as its seed, a null leaving it unchanged.
    public static func hash(_ values: [Value], seed: Int64 = defaultSeed) -> Int64 {
        values.reduce(seed) { hash($1, seed: $0) }
    }

    public static func hash(_ value: Value, seed: Int64) -> Int64 {
        switch value {
        case .null: seed
        case .boolean(let v): hashInt(v ? 1 : 0, seed: seed)
        case .byte(let v): hashInt(Int32(v), seed: seed)
        case .short(let v): hashInt(Int32(v), seed: seed)
        case .integer(let v), .date(let v), .yearMonthInterval(let v): hashInt(v, seed: seed)
        case .long(let v), .timestamp(let v), .timestampNTZ(let v), .dayTimeInterval(let v), .time(let v): hashLong(v, seed: seed)
        case .calendarInterval(let c): hashLong(c.micros, seed: hashInt(c.days, seed: hashInt(c.months, seed: seed)))
        case .float(let v): hashInt(Int32(bitPattern: (v == 0 ? 0 : v).isNaN ? 0x7fc0_0000 : (v == 0 ? 0 : v).bitPattern), seed: seed)
        case .double(let v):
            hashLong(v.isNaN ? 0x7ff8_0000_0000_0000 : Int64(bitPattern: (v == 0 ? 0.0 : v).bitPattern), seed: seed)
        case .string(let s):
            Array(s.utf8).withUnsafeBufferPointer { hashBytes($0, seed: seed) }
        case .decimal(let d):
            d.precision <= 18
                ? hashLong(Int64(truncatingIfNeeded: d.unscaled), seed: seed)
                : SparkValueHash.bigEndianBytes(d.unscaled).withUnsafeBufferPointer { hashBytes($0, seed: seed) }
        case .binary(let bytes): bytes.withUnsafeBufferPointer { hashBytes($0, seed: seed) }
        case .array(let elements), .structure(_, let elements): elements.reduce(seed) { hash($1, seed: $0) }
        case .map(let keys, let values): zip(keys, values).reduce(seed) { hash($1.1, seed: hash($1.0, seed: $0)) }
        case .variant(let v): v.storageBytes.withUnsafeBufferPointer { hashBytes($0, seed: seed) }
        }
    }

    /// `xxhash64(col, ...)`: a bigint that is never null.
    static let function: any ScalarFunction =
        RowFunction("xxhash64", arity: 1...255, nullIntolerant: false, nullability: .never, signature: { types, _ in
            FunctionSignature(inputs: types, result: .long)
        }) { values, _ in .long(hash(values)) }
}
