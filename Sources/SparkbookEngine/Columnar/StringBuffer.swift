/// Variable-length UTF-8 strings stored contiguously: one byte array and `count + 1` offsets.
///
/// Avoids a `String` allocation per field; a value becomes a `String` only when it leaves the engine.
public struct StringBuffer: Sendable, Hashable {
    public private(set) var bytes: [UInt8]
    /// `offsets[i] ..< offsets[i + 1]` are the bytes of row `i`.
    public private(set) var offsets: [Int32]

    public init() {
        bytes = []
        offsets = [0]
    }

    /// A buffer over existing bytes and offsets (`offsets.count` rows + 1), as a spill file stores them.
    init(bytes: [UInt8], offsets: [Int32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    public var count: Int { offsets.count - 1 }

    public mutating func append<C: Collection>(bytes value: C) where C.Element == UInt8 {
        bytes.append(contentsOf: value)
        offsets.append(Int32(bytes.count))
    }

    /// Every string of `other`, after this buffer's.
    public mutating func append(contentsOf other: StringBuffer) {
        let base = Int32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        offsets.append(contentsOf: other.offsets.dropFirst().lazy.map { $0 + base })
    }

    public mutating func append(_ value: String) {
        append(bytes: value.utf8)
    }

    /// Appends an empty slot (used for null rows, whose bytes are never read).
    public mutating func appendEmpty() {
        offsets.append(Int32(bytes.count))
    }

    /// The strings of `rows` in order (a negative row: an empty slot, a padded null's), measured first so the
    /// bytes are copied once into a buffer of the right size (plus a word of slack for `ShortByteCopy`) instead
    /// of appended string by string.
    func gathered<Row: BinaryInteger>(_ rows: [Row]) -> StringBuffer {
        var total = 0
        offsets.withUnsafeBufferPointer { from in
            for row in rows where row >= 0 { total &+= Int(from[Int(row) &+ 1] &- from[Int(row)]) }
        }
        var newOffsets = [Int32](repeating: 0, count: rows.count + 1)
        let newBytes = [UInt8](unsafeUninitializedCapacity: total + 16) { out, initialized in
            bytes.withUnsafeBufferPointer { source in
                offsets.withUnsafeBufferPointer { from in
                    newOffsets.withUnsafeMutableBufferPointer { to in
                        guard let target = out.baseAddress else { return }
                        let origin = source.baseAddress ?? UnsafePointer(bitPattern: 1)!
                        let sourceEnd = source.count, targetEnd = out.count
                        var at = 0
                        for (i, row) in rows.enumerated() {
                            if row >= 0 {
                                let start = Int(from[Int(row)]), length = Int(from[Int(row) &+ 1]) &- start
                                ShortByteCopy.copy(origin, from: start, sourceEnd: sourceEnd, target, to: at,
                                                   targetEnd: targetEnd, count: length)
                                at &+= length
                            }
                            to[i &+ 1] = Int32(at)
                        }
                    }
                }
            }
            initialized = total
        }
        return StringBuffer(bytes: newBytes, offsets: newOffsets)
    }

    public mutating func reserveCapacity(rows: Int, bytes byteCount: Int) {
        offsets.reserveCapacity(rows + 1)
        bytes.reserveCapacity(byteCount)
    }

    @inlinable
    public func byteRange(_ row: Int) -> Range<Int> {
        Int(offsets[row]) ..< Int(offsets[row + 1])
    }

    public func string(at row: Int) -> String {
        String(decoding: bytes[byteRange(row)], as: UTF8.self)
    }

    /// Calls `body` with the row's bytes without copying them.
    @inlinable
    public func withBytes<R>(at row: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = byteRange(row)
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[range]))
        }
    }
}
