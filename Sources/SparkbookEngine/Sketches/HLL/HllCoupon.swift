/// A coupon, the unit a DataSketches HLL sketch records: the low 26 bits of the item's first hash half (the
/// register address at the largest `lgK`) and, above them, the register value: one more than the leading zeros of
/// the second half, at most 63. Items hash as in `MurmurHash3x64` (integers as one `long`, strings as UTF-8).
public enum HllCoupon {
    static let keyBits = 26
    static let keyMask: UInt32 = (1 << 26) - 1

    public static func of(_ hash: (UInt64, UInt64)) -> UInt32 {
        let address = UInt32(truncatingIfNeeded: hash.0) & keyMask
        let value = UInt32(min(hash.1.leadingZeroBitCount, 62) + 1)
        return (value << UInt32(keyBits)) | address
    }

    public static func of(_ value: Int64) -> UInt32 { of(MurmurHash3x64.hash(value)) }

    /// The coupon of a string's or binary value's bytes; nil for an empty one, which the sketch ignores.
    public static func of(bytes: [UInt8]) -> UInt32? {
        bytes.isEmpty ? nil : of(MurmurHash3x64.hash(bytes: bytes))
    }

    static func value(_ coupon: UInt32) -> Int { Int(coupon >> UInt32(keyBits)) }
    static func address(_ coupon: UInt32) -> Int { Int(coupon & keyMask) }
}
