/// Group keys as 64-bit codes, so the hash table compares integers instead of `Value`s.
///
/// Integral, date and timestamp keys are their bits; doubles are normalised first (every NaN is one key and
/// -0.0 is 0.0, as Spark's `NormalizeFloatingNumbers` makes them). A string key takes two words, a head and a
/// tail: up to 15 bytes are packed inline (bytes 0-7 in the head, 8-14 and the length in the tail; exact,
/// allocation-free and with no lookup, which covers db-benchmark's `id0000012345` and most ids and codes), longer
/// ones are a `StringDictionary` code in the head with `internedTail` as the tail.
enum GroupKeyCodes {
    /// The key types the typed aggregator can encode and decode.
    static func supports(_ type: DataType) -> Bool {
        switch type {
        case .integer, .long, .double, .string, .boolean, .date, .timestamp: true
        case .null, .decimal, .array, .byte, .short, .float, .binary, .structure, .map, .variant, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: false
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

    /// The longest string packed inline.
    static let inlineBytes = 15

    /// The tail of an interned string: its top byte (0xFF) is no inline length (at most 15).
    static let internedTail: UInt64 = 0xFF << 56

    /// Whether a string key's tail says its head is a dictionary code.
    @inline(__always)
    static func isInterned(tail: UInt64) -> Bool { tail >> 56 == 0xFF }

    /// The byte count of an inline string key.
    @inline(__always)
    static func inlineCount(tail: UInt64) -> Int { Int(truncatingIfNeeded: tail >> 56) }

    /// The low `count` (0...8) bytes of `word`.
    @inline(__always)
    static func low(_ word: UInt64, bytes count: Int) -> UInt64 {
        count >= 8 ? word : word & ((1 &<< (UInt64(truncatingIfNeeded: count) &* 8)) &- 1)
    }

    /// The code of a string of at most 15 bytes whose bytes start the little-endian words `first` and `second`
    /// (what follows them is masked off).
    @inline(__always)
    static func inline(first: UInt64, second: UInt64, count: Int) -> (head: UInt64, tail: UInt64) {
        (low(first, bytes: count),
         (count > 8 ? low(second, bytes: count &- 8) : 0) | UInt64(truncatingIfNeeded: count) << 56)
    }

    /// The code of `base[0..<count]`, interned in `dictionary` past 15 bytes. Reads only the string's bytes.
    @inline(__always)
    static func code(string base: UnsafePointer<UInt8>, count: Int,
                     dictionary: inout StringDictionary) -> (head: UInt64, tail: UInt64) {
        guard count <= inlineBytes else {
            return (UInt64(dictionary.intern(base, count: count)), internedTail)
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1) | UInt64(truncatingIfNeeded: count) << 56)
    }
}
