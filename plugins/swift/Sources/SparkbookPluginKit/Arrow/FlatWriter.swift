/// Lays a `FlatNode` tree out as a FlatBuffer, front to back: the root offset, then each object before the
/// objects it refers to, so every unsigned offset points forward as the format requires. A table's vtable sits
/// just before it (the table's signed offset to it is positive). Tables start 8-aligned and each field is aligned
/// to its width; a vector of `Int64` structs has its elements 8-aligned. pyarrow's verifier checks all of this.
struct FlatWriter {
    private(set) var bytes: [UInt8] = []

    /// The buffer whose root is `node`.
    static func buffer(root node: FlatNode) -> [UInt8] {
        var writer = FlatWriter()
        writer.put(UInt32(0))
        let root = writer.emit(node)
        writer.pointOffset(at: 0, to: root)
        return writer.bytes
    }

    private mutating func pad(untilMultipleOf n: Int, after extra: Int = 0) {
        while (bytes.count + extra) % n != 0 { bytes.append(0) }
    }

    private mutating func put<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func store<T: FixedWidthInteger>(_ value: T, at position: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            bytes.replaceSubrange(position..<(position + raw.count), with: raw)
        }
    }

    private mutating func pointOffset(at position: Int, to target: Int) {
        store(UInt32(target - position), at: position)
    }

    /// Writes `node` at the end; returns where references to it point.
    private mutating func emit(_ node: FlatNode) -> Int {
        switch node {
        case .string(let text):
            pad(untilMultipleOf: 4)
            let start = bytes.count
            put(UInt32(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
            bytes.append(0)
            return start
        case .int64Structs(let values, let fieldsPerStruct):
            pad(untilMultipleOf: 8, after: 4)
            let start = bytes.count
            put(UInt32(values.count / fieldsPerStruct))
            for value in values { put(value) }
            return start
        case .tables(let elements):
            pad(untilMultipleOf: 4)
            let start = bytes.count
            put(UInt32(elements.count))
            for _ in elements { put(UInt32(0)) }
            for (i, element) in elements.enumerated() {
                pointOffset(at: start + 4 + 4 * i, to: emit(element))
            }
            return start
        case .table(let slots):
            return emitTable(slots)
        }
    }

    private mutating func emitTable(_ slots: [FlatSlot]) -> Int {
        // Where each present field goes, relative to the table's start (which holds the vtable offset).
        var fieldOffsets = [Int](repeating: 0, count: slots.count)
        var size = 4
        for (slot, field) in slots.enumerated() where field.width > 0 {
            size = (size + field.width - 1) / field.width * field.width
            fieldOffsets[slot] = size
            size += field.width
        }
        let vtableLength = 4 + 2 * slots.count
        pad(untilMultipleOf: 2)
        pad(untilMultipleOf: 8, after: vtableLength)
        let vtable = bytes.count
        put(UInt16(vtableLength))
        put(UInt16(size))
        for offset in fieldOffsets { put(UInt16(offset)) }
        let table = bytes.count
        put(Int32(table - vtable))
        bytes.append(contentsOf: repeatElement(0, count: size - 4))
        var references: [(position: Int, node: FlatNode)] = []
        for (slot, field) in slots.enumerated() {
            let position = table + fieldOffsets[slot]
            switch field {
            case .absent: break
            case .uint8(let v): bytes[position] = v
            case .int16(let v): store(v, at: position)
            case .int32(let v): store(v, at: position)
            case .int64(let v): store(v, at: position)
            case .node(let node): references.append((position, node))
            }
        }
        for reference in references { pointOffset(at: reference.position, to: emit(reference.node)) }
        return table
    }
}
