/// Writes the FlatBuffers tables of Arrow's IPC messages (why by hand: `FlatBufferReader`).
///
/// A message is described as a tree of `FlatObject`s and laid out front to back: each object is written
/// before the objects it refers to, so every `uoffset32` points forward as the format requires; a table's vtable
/// is written just before it (its `soffset32` is signed). Scalars are aligned to their size, vectors of structs
/// to 8.
indirect enum FlatObject {
    case table([FlatField?])
    case string(String)
    case tables([FlatObject])
    /// A vector of structs whose fields are all `Int64`, flattened.
    case int64Structs([Int64])

    /// The buffer holding this object as its root.
    func serialized() -> [UInt8] {
        var out = FlatBufferOutput()
        out.bytes = [0, 0, 0, 0]
        let root = out.write(self)
        out.patch(at: 0, to: root)
        return out.bytes
    }
}

/// One field of a table: a scalar of some width, or a reference to another object.
enum FlatField {
    case int8(UInt8)
    case int16(Int16)
    case int32(Int32)
    case int64(Int64)
    case object(FlatObject)

    static func bool(_ value: Bool) -> FlatField { .int8(value ? 1 : 0) }

    var size: Int {
        switch self {
        case .int8: 1
        case .int16: 2
        case .int32, .object: 4
        case .int64: 8
        }
    }
}

private struct FlatBufferOutput {
    var bytes: [UInt8] = []

    mutating func align(_ n: Int) {
        while bytes.count % n != 0 { bytes.append(0) }
    }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func set<T: FixedWidthInteger>(_ value: T, at position: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (i, byte) in raw.enumerated() { bytes[position + i] = byte }
        }
    }

    /// Points the `uoffset32` at `position` to `target`.
    mutating func patch(at position: Int, to target: Int) {
        set(UInt32(target - position), at: position)
    }

    /// Writes `object` at the end; returns its position (what references to it point at).
    mutating func write(_ object: FlatObject) -> Int {
        switch object {
        case .string(let text):
            align(4)
            let start = bytes.count
            append(UInt32(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
            bytes.append(0)
            return start
        case .int64Structs(let values):
            while (bytes.count + 4) % 8 != 0 { bytes.append(0) }
            let start = bytes.count
            append(UInt32(values.count / 2))
            for v in values { append(v) }
            return start
        case .tables(let elements):
            align(4)
            let start = bytes.count
            append(UInt32(elements.count))
            let slots = (0..<elements.count).map { start + 4 + 4 * $0 }
            for _ in elements { append(UInt32(0)) }
            for (slot, element) in zip(slots, elements) { patch(at: slot, to: write(element)) }
            return start
        case .table(let fields):
            return writeTable(fields)
        }
    }

    /// The vtable, then the table: its `soffset32`, then the fields largest first (so each is aligned once the
    /// table start is 8-aligned), then the objects its fields refer to.
    private mutating func writeTable(_ fields: [FlatField?]) -> Int {
        let order = fields.indices.filter { fields[$0] != nil }.sorted { fields[$0]!.size > fields[$1]!.size }
        var offsets = [Int](repeating: 0, count: fields.count)
        var cursor = 4
        for i in order {
            let size = fields[i]!.size
            cursor = (cursor + size - 1) / size * size
            offsets[i] = cursor
            cursor += size
        }
        let tableSize = cursor
        // vtable: size, table size, field offsets; the table that follows must start 8-aligned.
        let vtableSize = 4 + 2 * fields.count
        align(2)
        while (bytes.count + vtableSize) % 8 != 0 { bytes.append(0) }
        let vtable = bytes.count
        append(UInt16(vtableSize))
        append(UInt16(tableSize))
        for offset in offsets { append(UInt16(offset)) }
        let table = bytes.count
        append(Int32(table - vtable))
        bytes.append(contentsOf: [UInt8](repeating: 0, count: tableSize - 4))
        var references: [(Int, FlatObject)] = []
        for i in order {
            let at = table + offsets[i]
            switch fields[i]! {
            case .int8(let v): bytes[at] = v
            case .int16(let v): set(v, at: at)
            case .int32(let v): set(v, at: at)
            case .int64(let v): set(v, at: at)
            case .object(let object): references.append((at, object))
            }
        }
        for (at, object) in references { patch(at: at, to: write(object)) }
        return table
    }
}
