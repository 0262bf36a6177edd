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
        case .null, .decimal, .array: false
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

    /// The key as a scalar, for the partial output and the shuffle hash.
    static func value(_ code: UInt64, type: DataType, dictionary: StringDictionary) -> Value {
        switch type {
        case .integer: return .integer(Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
        case .date: return .date(Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
        case .long: return .long(Int64(bitPattern: code))
        case .timestamp: return .timestamp(Int64(bitPattern: code))
        case .double: return .double(Double(bitPattern: code))
        case .boolean: return .boolean(code != 0)
        case .string:
            if code & dictionaryFlag != 0 { return .string(dictionary.string(Int(code & ~dictionaryFlag))) }
            let count = Int(code >> 56)
            var bytes = [UInt8](repeating: 0, count: count)
            for i in 0..<count { bytes[i] = UInt8(truncatingIfNeeded: code >> (UInt64(i) * 8)) }
            return .string(String(decoding: bytes, as: UTF8.self))
        default: return .null
        }
    }
}
