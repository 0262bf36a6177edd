/// Reads the FlatBuffers objects Arrow's IPC messages are made of (the other direction of `FlatWriter`): a
/// table's scalar and reference fields by slot through its vtable, vectors of tables and of `Int64` structs.
/// Every position is checked against the buffer, so a malformed message is an error, not a crash.
struct FlatReader {
    let bytes: [UInt8]

    func scalar<T: FixedWidthInteger>(_: T.Type, at position: Int) throws -> T {
        guard position >= 0, position + MemoryLayout<T>.size <= bytes.count else {
            throw ArrowReadError("a flatbuffer read at \(position) past its \(bytes.count) bytes")
        }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { out in
            for i in 0..<MemoryLayout<T>.size { out[i] = bytes[position + i] }
        }
        return T(littleEndian: value)
    }

    /// The root table.
    func root() throws -> FlatTable {
        FlatTable(reader: self, position: Int(try scalar(UInt32.self, at: 0)))
    }
}

/// A table inside a `FlatReader`'s buffer.
struct FlatTable {
    let reader: FlatReader
    let position: Int

    /// Where field `slot` is, or nil when the table leaves it out (its default then applies).
    fileprivate func field(_ slot: Int) throws -> Int? {
        let vtable = position - Int(try reader.scalar(Int32.self, at: position))
        let vtableLength = Int(try reader.scalar(UInt16.self, at: vtable))
        guard 4 + 2 * slot < vtableLength else { return nil }
        let offset = Int(try reader.scalar(UInt16.self, at: vtable + 4 + 2 * slot))
        return offset == 0 ? nil : position + offset
    }

    func scalar<T: FixedWidthInteger>(_ slot: Int, default value: T) throws -> T {
        guard let at = try field(slot) else { return value }
        return try reader.scalar(T.self, at: at)
    }

    /// The position a reference field points to.
    private func target(_ slot: Int) throws -> Int? {
        guard let at = try field(slot) else { return nil }
        return at + Int(try reader.scalar(UInt32.self, at: at))
    }

    func table(_ slot: Int) throws -> FlatTable? {
        try target(slot).map { FlatTable(reader: reader, position: $0) }
    }

    func tables(_ slot: Int) throws -> [FlatTable] {
        guard let vector = try target(slot) else { return [] }
        let count = Int(try reader.scalar(UInt32.self, at: vector))
        return try (0..<count).map { i in
            let at = vector + 4 + 4 * i
            return FlatTable(reader: reader, position: at + Int(try reader.scalar(UInt32.self, at: at)))
        }
    }

    /// A vector of structs of `fields` `Int64`s each (`FieldNode`, `Buffer`), one array per element.
    func int64Structs(_ slot: Int, fields: Int) throws -> [[Int64]] {
        guard let vector = try target(slot) else { return [] }
        let count = Int(try reader.scalar(UInt32.self, at: vector))
        return try (0..<count).map { i in
            try (0..<fields).map { f in try reader.scalar(Int64.self, at: vector + 4 + 8 * (fields * i + f)) }
        }
    }
}

extension FlatTable {
    /// A string field's bytes (without its terminating zero).
    func stringBytes(_ slot: Int) throws -> ArraySlice<UInt8>? {
        guard let at = try field(slot) else { return nil }
        let start = at + Int(try reader.scalar(UInt32.self, at: at))
        let length = Int(try reader.scalar(UInt32.self, at: start))
        guard start + 4 + length <= reader.bytes.count else { throw ArrowReadError("a string past the message's end") }
        return reader.bytes[(start + 4)..<(start + 4 + length)]
    }
}
