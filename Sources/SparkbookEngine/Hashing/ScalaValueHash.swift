/// Scala's `##` of the values Spark keeps in a `collect_set` buffer: the hash that places them in the Scala
/// `mutable.HashSet` whose iteration order `collect_set` returns (see `ScalaHashSet`).
///
/// Spark stores internal values there: boxed ints and longs (dates and timestamps too), `UTF8String` (hashed with
/// Murmur3, seed 42), and doubles and floats as the bits of their normalized value (`doubleToLongBits`,
/// `floatToIntBits`, after -0.0 becomes 0.0 and every NaN the canonical one), so that -0.0 and 0.0, and all NaNs,
/// are one element.
public enum ScalaValueHash {
    /// The value as Spark's `CollectSet` stores it: doubles and floats normalized. Returned arrays hold these.
    public static func normalized(_ value: Value) -> Value {
        switch value {
        case .double(let v): .double(v == 0 ? 0 : v.isNaN ? .nan : v)
        case .float(let v): .float(v == 0 ? 0 : v.isNaN ? .nan : v)
        default: value
        }
    }

    /// A key equal for the elements Spark's set treats as one (floating values compare by normalized bits).
    public static func identity(_ value: Value) -> Value {
        switch normalized(value) {
        case .double(let v): .long(doubleBits(v))
        case .float(let v): .integer(floatBits(v))
        case let other: other
        }
    }

    /// `x.##` of the stored element (`Statics.anyHash`).
    public static func hash(_ value: Value) -> Int32 {
        switch value {
        case .null: 0
        case .integer(let v), .date(let v): v
        case .byte(let v): Int32(v)
        case .short(let v): Int32(v)
        case .long(let v), .timestamp(let v), .timestampNTZ(let v), .dayTimeInterval(let v), .time(let v): longHash(v)
        case .yearMonthInterval(let v): v
        case .calendarInterval: 0
        case .double(let v): longHash(doubleBits(v == 0 ? 0 : v))
        case .float(let v): floatBits(v == 0 ? 0 : v)
        case .boolean(let v): v ? 1231 : 1237
        case .string(let s): SparkMurmur3.hashString(s)
        // A binary element is a Java byte[], hashed by identity; not modelled (equal hashes keep arrival order).
        case .binary: 0
        case .decimal(let d): decimalHash(d)
        // Spark hashes arrays by their bytes (`UnsafeArrayData`); not modelled: equal hashes keep arrival order.
        case .array, .structure, .map, .variant: 0
        }
    }

    /// `Statics.longHash`: the int itself when the long fits an int, else `Long.hashCode`.
    static func longHash(_ v: Int64) -> Int32 {
        if let small = Int32(exactly: v) { return small }
        return Int32(truncatingIfNeeded: v ^ Int64(bitPattern: UInt64(bitPattern: v) >> 32))
    }

    /// Java's `doubleToLongBits` (one NaN pattern).
    static func doubleBits(_ v: Double) -> Int64 {
        v.isNaN ? 0x7ff8_0000_0000_0000 : Int64(bitPattern: v.bitPattern)
    }

    /// Java's `floatToIntBits` (one NaN pattern).
    static func floatBits(_ v: Float) -> Int32 {
        v.isNaN ? 0x7fc0_0000 : Int32(bitPattern: v.bitPattern)
    }

    /// Spark's `Decimal.hashCode`, which is Scala `BigDecimal.hashCode`: a whole number hashes as its integer,
    /// a number a double holds exactly as that double (`doubleHash`), any other by the `BigInteger` hash of its
    /// digits mixed with its scale.
    static func decimalHash(_ d: DecimalValue) -> Int32 {
        var digits = d.unscaled, scale = d.scale
        while digits != 0, digits % 10 == 0 { digits /= 10; scale -= 1 }
        if digits == 0 { return 0 }
        if scale <= 0 {
            var whole = digits
            for _ in 0..<(-scale) { whole *= 10 }
            if let long = Int64(exactly: whole) { return longHash(long) }
            return bigIntegerHash(whole)
        }
        if isDecimalDouble(digits: digits, scale: scale) { return doubleHash(d.doubleValue) }
        let mixed = SparkMurmur3.mixK1(UInt32(bitPattern: Int32(scale)))
        return Int32(bitPattern: UInt32(bitPattern: bigIntegerHash(digits)) ^ mixed)
    }

    /// Whether `digits / 10^scale` (no trailing zeros in `digits`) is what its nearest double prints as: Scala's
    /// `isDecimalDouble`, which compares with `BigDecimal(Double.toString(d))` (the shortest digits here).
    static func isDecimalDouble(digits: Int128, scale: Int) -> Bool {
        let value = DecimalValue(unscaled: digits, precision: DecimalValue.maxPrecision, scale: scale)
        let double = value.doubleValue
        guard double.isFinite else { return false }
        let text = "\(double.magnitude)"
        let parts = text.split(separator: "e")
        var mantissa = parts[0], exponent = parts.count > 1 ? Int(parts[1])! : 0
        if let point = mantissa.firstIndex(of: ".") {
            exponent -= mantissa.distance(from: point, to: mantissa.endIndex) - 1
            mantissa.remove(at: point)
        }
        var printed = mantissa.drop { $0 == "0" }
        while printed.last == "0" { printed.removeLast(); exponent += 1 }
        return String(printed) == String(digits.magnitude) && -exponent == scale
    }

    /// `Statics.doubleHash`: as an int, else as a long, else as a float when exact, else `Double.hashCode`.
    static func doubleHash(_ v: Double) -> Int32 {
        if let i = Int32(exactly: v) { return i }
        if let l = Int64(exactly: v) { return longHash(l) }
        if let f = Float(exactly: v) { return floatBits(f) }
        let bits = doubleBits(v)
        return Int32(truncatingIfNeeded: bits ^ Int64(bitPattern: UInt64(bitPattern: bits) >> 32))
    }

    /// Java's `BigInteger.hashCode`: its 32-bit magnitude words, most significant first, folded by 31, signed.
    static func bigIntegerHash(_ value: Int128) -> Int32 {
        let magnitude = value.magnitude
        var words: [UInt32] = []
        var rest = magnitude
        while rest != 0 { words.append(UInt32(truncatingIfNeeded: rest)); rest >>= 32 }
        var h: UInt32 = 0
        for word in words.reversed() { h = h &* 31 &+ word }
        return value < 0 ? Int32(bitPattern: 0 &- h) : Int32(bitPattern: h)
    }
}
