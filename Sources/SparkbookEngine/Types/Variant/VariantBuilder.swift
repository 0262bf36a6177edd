/// Builds a `Variant` as Spark's `VariantBuilder` does: integers in the narrowest of 1, 2, 4 or 8 bytes; numbers
/// written with a point (no exponent) as decimals when they fit 38 digits, others as doubles; strings under 64
/// bytes as short strings; an object's fields sorted by key (a repeated key is Spark's `VARIANT_DUPLICATE_KEY`),
/// their values in arrival order; keys in the metadata dictionary in order of first appearance.
public struct VariantBuilder {
    private var buffer: [UInt8] = []
    private var keys: [String] = []
    private var keyIds: [String: Int] = [:]

    public init() {}

    public mutating func appendNull() { buffer.append(Self.primitiveHeader(.null)) }
    public mutating func appendBoolean(_ b: Bool) { buffer.append(Self.primitiveHeader(b ? .true : .false)) }

    public mutating func appendLong(_ v: Int64) {
        if v == Int64(Int8(truncatingIfNeeded: v)) {
            buffer.append(Self.primitiveHeader(.int8)); write(v, 1)
        } else if v == Int64(Int16(truncatingIfNeeded: v)) {
            buffer.append(Self.primitiveHeader(.int16)); write(v, 2)
        } else if v == Int64(Int32(truncatingIfNeeded: v)) {
            buffer.append(Self.primitiveHeader(.int32)); write(v, 4)
        } else {
            buffer.append(Self.primitiveHeader(.int64)); write(v, 8)
        }
    }

    public mutating func appendDouble(_ d: Double) {
        buffer.append(Self.primitiveHeader(.double))
        write(Int64(bitPattern: d.bitPattern), 8)
    }

    public mutating func appendFloat(_ f: Float) {
        buffer.append(Self.primitiveHeader(.float))
        write(Int64(f.bitPattern), 4)
    }

    /// A decimal of at most 38 digits: 4, 8 or 16 bytes by precision (and scale), as Spark chooses.
    public mutating func appendDecimal(unscaled: Int128, scale: Int, precision: Int) {
        let width = max(precision, scale)
        if width <= 9 {
            buffer.append(Self.primitiveHeader(.decimal4)); buffer.append(UInt8(scale)); write(Int64(unscaled), 4)
        } else if width <= 18 {
            buffer.append(Self.primitiveHeader(.decimal8)); buffer.append(UInt8(scale)); write(Int64(unscaled), 8)
        } else {
            buffer.append(Self.primitiveHeader(.decimal16)); buffer.append(UInt8(scale))
            write(Int64(truncatingIfNeeded: unscaled), 8)
            write(Int64(truncatingIfNeeded: unscaled >> 64), 8)
        }
    }

    public mutating func appendDate(_ days: Int32) { buffer.append(Self.primitiveHeader(.date)); write(Int64(days), 4) }
    public mutating func appendTimestamp(_ micros: Int64) { buffer.append(Self.primitiveHeader(.timestamp)); write(micros, 8) }
    public mutating func appendTimestampNTZ(_ micros: Int64) { buffer.append(Self.primitiveHeader(.timestampNTZ)); write(micros, 8) }

    public mutating func appendString(_ s: String) {
        let bytes = Array(s.utf8)
        if bytes.count > 63 {
            buffer.append(Self.primitiveHeader(.string)); write(Int64(bytes.count), 4)
        } else {
            buffer.append(UInt8(bytes.count << 2) | Variant.BasicType.shortString.rawValue)
        }
        buffer.append(contentsOf: bytes)
    }

    public mutating func appendBinary(_ bytes: [UInt8]) {
        buffer.append(Self.primitiveHeader(.binary)); write(Int64(bytes.count), 4)
        buffer.append(contentsOf: bytes)
    }

    /// Where the next value will be written (the start of an object's or array's elements).
    public var writePosition: Int { buffer.count }

    public mutating func addKey(_ key: String) -> Int {
        if let id = keyIds[key] { return id }
        keyIds[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    /// Wraps the values written since `start` as an object of `fields` (key, dictionary id, offset from start).
    public mutating func finishObject(start: Int, fields: [(key: String, id: Int, offset: Int)]) throws {
        let sorted = fields.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.key == b.key {
            throw SparkError(.execution, errorClass: "VARIANT_DUPLICATE_KEY",
                             message: "Failed to build variant because of a duplicate object key `\(b.key)`.",
                             sqlState: "22023")
        }
        let dataSize = buffer.count - start
        let large = sorted.count > 255
        let idSize = Self.integerSize(sorted.map(\.id).max() ?? 0)
        let offsetSize = Self.integerSize(dataSize)
        var head: [UInt8] = [UInt8(((large ? 1 : 0) << 4 | (idSize - 1) << 2 | (offsetSize - 1)) << 2)
                             | Variant.BasicType.object.rawValue]
        Self.append(sorted.count, large ? 4 : 1, to: &head)
        for field in sorted { Self.append(field.id, idSize, to: &head) }
        for field in sorted { Self.append(field.offset, offsetSize, to: &head) }
        Self.append(dataSize, offsetSize, to: &head)
        buffer.insert(contentsOf: head, at: start)
    }

    public mutating func finishArray(start: Int, offsets: [Int]) {
        let dataSize = buffer.count - start
        let large = offsets.count > 255
        let offsetSize = Self.integerSize(dataSize)
        var head: [UInt8] = [UInt8(((large ? 1 : 0) << 2 | (offsetSize - 1)) << 2) | Variant.BasicType.array.rawValue]
        Self.append(offsets.count, large ? 4 : 1, to: &head)
        for offset in offsets { Self.append(offset, offsetSize, to: &head) }
        Self.append(dataSize, offsetSize, to: &head)
        buffer.insert(contentsOf: head, at: start)
    }

    /// The value and its metadata: version 1, offsets as wide as the largest needs, keys unsorted.
    public func result() -> Variant {
        let total = keys.reduce(0) { $0 + $1.utf8.count }
        let offsetSize = Self.integerSize(max(total, keys.count))
        var metadata: [UInt8] = [UInt8(1 | (offsetSize - 1) << 6)]
        Self.append(keys.count, offsetSize, to: &metadata)
        var offset = 0
        for key in keys { Self.append(offset, offsetSize, to: &metadata); offset += key.utf8.count }
        Self.append(offset, offsetSize, to: &metadata)
        for key in keys { metadata.append(contentsOf: key.utf8) }
        return Variant(value: buffer, metadata: metadata)
    }

    static func primitiveHeader(_ p: Variant.Primitive) -> UInt8 { p.rawValue << 2 }

    static func integerSize(_ value: Int) -> Int { value <= 0xFF ? 1 : value <= 0xFFFF ? 2 : 3 }

    private mutating func write(_ v: Int64, _ size: Int) { Self.append(Int(truncatingIfNeeded: v), size, to: &buffer) }

    static func append(_ v: Int, _ size: Int, to bytes: inout [UInt8]) {
        for i in 0..<size { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) }
    }
}
