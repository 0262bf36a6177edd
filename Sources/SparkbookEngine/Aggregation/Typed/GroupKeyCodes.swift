/// Group keys as 64-bit codes, so the hash table compares integers instead of `Value`s.
///
/// Integral, date and timestamp keys are their bits; doubles are normalised first (every NaN is one key and
/// -0.0 is 0.0, as Spark's `NormalizeFloatingNumbers` makes them); strings of up to 7 bytes are packed inline
/// (bytes plus length, exact and allocation-free), longer ones get a code from a `StringDictionary`.
enum GroupKeyCodes {
    /// The key types the typed aggregator can encode and decode.
    static func supports(_ type: DataType) -> Bool {
        switch type {
        case .integer, .long, .double, .string, .boolean, .date, .timestamp: true
        case .null, .decimal, .array, .byte, .short, .float, .binary, .structure: false
        }
    }

    @inline(__always)
    static func code(int32 v: Int32) -> UInt64 { UInt64(UInt32(bitPattern: v)) }

    @inline(__always)
    static func code(int64 v: Int64) -> UInt64 { UInt64(bitPattern: v) }

    @inline(__always)
    static func code(double v: Double) -> UInt64 {
        if v.isNaN { return Double.nan.bitPattern }
        return v == 0 ? 0 : v.bitPattern
    }

    /// Inline strings have the top bit clear; dictionary codes have it set.
    static let dictionaryFlag: UInt64 = 1 << 63

    @inline(__always)
    static func code(string base: UnsafePointer<UInt8>, count: Int, dictionary: inout StringDictionary) -> UInt64 {
        if count <= 7 {
            var packed = UInt64(count) << 56
            var i = 0
            while i < count {
                packed |= UInt64(base[i]) << (UInt64(i) &* 8)
                i &+= 1
            }
            return packed
        }
        return dictionaryFlag | UInt64(dictionary.intern(base, count: count))
    }
}
