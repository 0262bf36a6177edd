/// What the engine knows about `binary` values: byte strings held in a `StringBuffer` column, as strings are,
/// so ordering (unsigned bytes), hashing (Murmur3 over the bytes) and gathers are the strings' typed paths.
extension Value {
    /// The bytes of a binary value; nil for every other value (a null included).
    public var binaryBytes: [UInt8]? {
        if case .binary(let bytes) = self { return bytes }
        return nil
    }

    /// Upper-case hex digits, two per byte, as Spark's `hex()` and binary literals (`X'6162'`) write them.
    public static func hexText(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
