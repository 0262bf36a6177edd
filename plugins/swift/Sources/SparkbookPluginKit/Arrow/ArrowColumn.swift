/// One column of a record batch being written, as Arrow lays it out in memory: a validity bitmap (bit set: a
/// value) and the type's buffers: little-endian values for `int`, `bigint` and `double`, value bits for
/// `boolean`, 32-bit offsets and the bytes for `string` and `binary` (the kinds are Spark's type names).
public struct ArrowColumn {
    public enum Kind: String, Sendable {
        case int, bigint, double, boolean, string, binary
    }

    public let name: String
    public let kind: Kind
    public private(set) var count = 0
    public private(set) var nullCount = 0
    private(set) var validity: [UInt8] = []
    /// Values (bigint, double), value bits (boolean) or the bytes of every value (string, binary).
    private(set) var values: [UInt8] = []
    /// string and binary: where each value starts in `values`, and where the last ends.
    private(set) var offsets: [Int32] = [0]

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Room for `rows` more values (of `bytes` bytes in all, for strings), so appending does not reallocate.
    public mutating func reserveCapacity(rows: Int, bytes: Int = 0) {
        validity.reserveCapacity((count + rows + 7) / 8)
        switch kind {
        case .int: values.reserveCapacity(values.count + 4 * rows)
        case .bigint, .double: values.reserveCapacity(values.count + 8 * rows)
        case .boolean: values.reserveCapacity((count + rows + 7) / 8)
        case .string, .binary:
            offsets.reserveCapacity(offsets.count + rows)
            values.reserveCapacity(values.count + bytes)
        }
    }

    /// Sets bit `index` of a bitmap growing a byte at a time (Arrow's bit order: least significant first).
    private static func setBit(_ set: Bool, of bits: inout [UInt8], at index: Int) {
        if index % 8 == 0 { bits.append(0) }
        if set { bits[index / 8] |= 1 << UInt8(index % 8) }
    }

    private mutating func appended(valid: Bool) {
        Self.setBit(valid, of: &validity, at: count)
        if !valid { nullCount += 1 }
        count += 1
    }

    public mutating func appendNull() {
        switch kind {
        case .int: values.append(contentsOf: repeatElement(0, count: 4))
        case .bigint, .double: values.append(contentsOf: repeatElement(0, count: 8))
        case .boolean:
            Self.setBit(false, of: &values, at: count)
        case .string, .binary: offsets.append(offsets[offsets.count - 1])
        }
        appended(valid: false)
    }

    public mutating func append(_ value: Int32) {
        precondition(kind == .int)
        withUnsafeBytes(of: value.littleEndian) { values.append(contentsOf: $0) }
        appended(valid: true)
    }

    public mutating func append(_ value: Int64) {
        precondition(kind == .bigint)
        withUnsafeBytes(of: value.littleEndian) { values.append(contentsOf: $0) }
        appended(valid: true)
    }

    public mutating func append(_ value: Double) {
        precondition(kind == .double)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { values.append(contentsOf: $0) }
        appended(valid: true)
    }

    public mutating func append(_ value: Bool) {
        precondition(kind == .boolean)
        Self.setBit(value, of: &values, at: count)
        appended(valid: true)
    }

    /// A string's UTF-8 bytes or a binary value.
    public mutating func append<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        precondition(kind == .string || kind == .binary)
        values.append(contentsOf: bytes)
        offsets.append(Int32(values.count))
        appended(valid: true)
    }

    /// The buffers in Arrow's order for the type: validity first (empty when no value is null, as Arrow allows).
    var buffers: [[UInt8]] {
        let bitmap = nullCount == 0 ? [] : validity
        switch kind {
        case .int, .bigint, .double, .boolean: return [bitmap, values]
        case .string, .binary:
            var offsetBytes: [UInt8] = []
            offsetBytes.reserveCapacity(offsets.count * 4)
            for offset in offsets { withUnsafeBytes(of: offset.littleEndian) { offsetBytes.append(contentsOf: $0) } }
            return [bitmap, offsetBytes, values]
        }
    }
}
