/// Reads the FlatBuffers tables of Arrow's IPC messages (`Message`, `Schema`, `Field`, `RecordBatch`).
///
/// No FlatBuffers or Arrow package is on the machine's list, and Arrow's messages need only a few of the
/// format's features (tables, unions, strings, vectors of tables and of structs), so this reader is written
/// from the FlatBuffers binary format: a table starts with an `soffset32` to its vtable (`u16` vtable size,
/// `u16` table size, one `u16` field offset per field, 0 when absent); references are `uoffset32`s relative to
/// where they are stored. Every read is bounds-checked: a plugin answering garbage gets an `ArrowIPCError`,
/// never a crash.
struct FlatBufferReader {
    let bytes: [UInt8]

    /// The root table (`uoffset32` at the start of the buffer).
    func root() throws -> FlatTable {
        try FlatTable(reader: self, position: try indirect(0))
    }

    func read<T: FixedWidthInteger>(_: T.Type, at position: Int) throws -> T {
        let size = MemoryLayout<T>.size
        guard position >= 0, position + size <= bytes.count else {
            throw ArrowIPCError.malformed("a FlatBuffers read at \(position) past the message's \(bytes.count) bytes")
        }
        var value: T = 0
        for i in 0..<size { value |= T(truncatingIfNeeded: bytes[position + i]) << (8 * i) }
        return value
    }

    /// The position a `uoffset32` stored at `position` points to.
    func indirect(_ position: Int) throws -> Int {
        position + Int(try read(UInt32.self, at: position))
    }
}

/// One table: its fields by index, as the schema files number them.
struct FlatTable {
    let reader: FlatBufferReader
    let position: Int
    private let vtable: Int
    private let vtableSize: Int

    init(reader: FlatBufferReader, position: Int) throws {
        self.reader = reader
        self.position = position
        vtable = position - Int(try reader.read(Int32.self, at: position))
        vtableSize = Int(try reader.read(UInt16.self, at: vtable))
    }

    /// Where field `index` is stored, or nil when it is absent (its default applies).
    func fieldPosition(_ index: Int) throws -> Int? {
        let entry = 4 + 2 * index
        guard entry + 2 <= vtableSize else { return nil }
        let offset = Int(try reader.read(UInt16.self, at: vtable + entry))
        return offset == 0 ? nil : position + offset
    }

    func scalar<T: FixedWidthInteger>(_ index: Int, default value: T) throws -> T {
        guard let at = try fieldPosition(index) else { return value }
        return try reader.read(T.self, at: at)
    }

    func bool(_ index: Int, default value: Bool = false) throws -> Bool {
        try scalar(index, default: value ? UInt8(1) : 0) != 0
    }

    func table(_ index: Int) throws -> FlatTable? {
        guard let at = try fieldPosition(index) else { return nil }
        return try FlatTable(reader: reader, position: try reader.indirect(at))
    }

    func string(_ index: Int) throws -> String? {
        guard let at = try fieldPosition(index) else { return nil }
        let start = try reader.indirect(at)
        let length = Int(try reader.read(UInt32.self, at: start))
        guard start + 4 + length <= reader.bytes.count else { throw ArrowIPCError.malformed("a string past the message's end") }
        return String(decoding: reader.bytes[(start + 4)..<(start + 4 + length)], as: UTF8.self)
    }

    /// A vector's element count and the position of its first element.
    func vector(_ index: Int) throws -> (count: Int, start: Int)? {
        guard let at = try fieldPosition(index) else { return nil }
        let start = try reader.indirect(at)
        let count = Int(try reader.read(UInt32.self, at: start))
        guard count >= 0, start + 4 + count <= reader.bytes.count else {
            throw ArrowIPCError.malformed("a vector of \(count) elements past the message's end")
        }
        return (count, start + 4)
    }

    func tables(_ index: Int) throws -> [FlatTable] {
        guard let (count, start) = try vector(index) else { return [] }
        return try (0..<count).map { try FlatTable(reader: reader, position: try reader.indirect(start + 4 * $0)) }
    }

    /// A vector of structs of `Int64` fields (Arrow's `FieldNode` and `Buffer`: two each).
    func int64Structs(_ index: Int, fields: Int) throws -> [[Int64]] {
        guard let (count, start) = try vector(index) else { return [] }
        return try (0..<count).map { element in
            try (0..<fields).map { try reader.read(Int64.self, at: start + (element * fields + $0) * 8) }
        }
    }
}
