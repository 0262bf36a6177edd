/// Little-endian writing and bounds-checked reading of a sketch's serialized bytes (DataSketches stores every
/// multi-byte field little-endian, as Java's `MemorySegment` writes them on x86 and ARM).
public struct SketchByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func byte(_ value: Int) { bytes.append(UInt8(truncatingIfNeeded: value)) }
    public mutating func short(_ value: Int) { integer(UInt16(truncatingIfNeeded: value)) }
    public mutating func int(_ value: Int) { integer(UInt32(truncatingIfNeeded: value)) }
    public mutating func int32(_ value: Int32) { integer(UInt32(bitPattern: value)) }
    public mutating func long(_ value: Int64) { integer(UInt64(bitPattern: value)) }
    public mutating func unsignedLong(_ value: UInt64) { integer(value) }
    public mutating func double(_ value: Double) { integer(value.bitPattern) }
    public mutating func float(_ value: Float) { integer(value.bitPattern) }
    public mutating func zeros(_ count: Int) { bytes.append(contentsOf: repeatElement(0, count: count)) }

    private mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads fields at byte offsets; a read past the end is `SketchFormatError`, never a crash, since the bytes
/// may come from a user's column.
public struct SketchByteReader {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public var count: Int { bytes.count }

    public func byte(_ at: Int) throws -> Int { Int(try unsigned(at, as: UInt8.self)) }
    public func short(_ at: Int) throws -> Int { Int(try unsigned(at, as: UInt16.self)) }
    public func int(_ at: Int) throws -> Int { Int(Int32(bitPattern: try unsigned(at, as: UInt32.self))) }
    public func long(_ at: Int) throws -> Int64 { Int64(bitPattern: try unsigned(at, as: UInt64.self)) }
    public func unsignedLong(_ at: Int) throws -> UInt64 { try unsigned(at, as: UInt64.self) }
    public func double(_ at: Int) throws -> Double { Double(bitPattern: try unsigned(at, as: UInt64.self)) }
    public func float(_ at: Int) throws -> Float { Float(bitPattern: try unsigned(at, as: UInt32.self)) }

    private func unsigned<T: FixedWidthInteger>(_ at: Int, as: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard at >= 0, at + size <= bytes.count else { throw SketchFormatError.truncated }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[at + i]) << (8 * i) }
        return value
    }
}

/// Bytes that are not a sketch of the expected family (Spark raises its own error classes on them).
public enum SketchFormatError: Error, Equatable {
    case truncated
    case invalid(String)
}
