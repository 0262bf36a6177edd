/// A record batch's body as Arrow's columnar format lays it out: per column (depth first) a `FieldNode`
/// (length, null count) and its buffers (validity bitmap, offsets, values), each buffer padded to 8 bytes.
/// Typed buffers are copied as they are (little-endian, as Sparkbook's columns are); a column without nulls
/// writes an empty validity buffer, as Arrow allows.
struct ArrowBodyWriter {
    var body: [UInt8] = []
    /// `FieldNode`s flattened: length, null count.
    var nodes: [Int64] = []
    /// `Buffer`s flattened: offset, length.
    var buffers: [Int64] = []

    mutating func append(_ column: ColumnVector) throws {
        let count = column.count
        if case .null = column.storage {
            nodes += [Int64(count), Int64(count)]
            return
        }
        if case .null = column.dataType {
            nodes += [Int64(count), Int64(count)]
            return
        }
        nodes += [Int64(count), Int64(column.validity?.nullCount ?? 0)]
        appendValidity(column.validity, count: count)
        switch (column.storage, column.dataType) {
        case (.int32(let v), .byte): appendBuffer(v.map { Int8(truncatingIfNeeded: $0) })
        case (.int32(let v), .short): appendBuffer(v.map { Int16(truncatingIfNeeded: $0) })
        case (.int32(let v), .integer), (.int32(let v), .date): appendBuffer(v)
        case (.int64(let v), .long), (.int64(let v), .timestamp), (.int64(let v), .timestampNTZ),
             (.int64(let v), .dayTimeInterval), (.int64(let v), .time): appendBuffer(v)
        case (.float64(let v), .float): appendBuffer(v.map { Float($0) })
        case (.float64(let v), .double): appendBuffer(v)
        case (.boolean(let v), _): appendBits(v)
        case (.int128(let v), .decimal): appendBuffer(v)
        case (.string(let v), .string), (.string(let v), .binary):
            appendBuffer(v.offsets)
            appendBuffer(v.bytes)
        case (.array(let rows), .array(let element, _)):
            var offsets: [Int32] = [0]
            offsets.reserveCapacity(rows.count + 1)
            var builder = ColumnBuilder(type: element)
            for row in rows {
                for value in row { builder.append(value) }
                offsets.append(Int32(builder.count))
            }
            appendBuffer(offsets)
            try append(builder.finish())
        case (.structure(let children, _), .structure):
            for child in children { try append(child) }
        case (.map(let offsets, let keys, let values), .map):
            appendBuffer(offsets)
            nodes += [Int64(keys.count), 0]
            appendValidity(nil, count: keys.count)
            try append(keys)
            try append(values)
        default:
            throw ArrowIPCError.unsupportedType("for Spark's \(column.dataType.simpleString)")
        }
    }

    private mutating func appendValidity(_ validity: ValidityMask?, count: Int) {
        guard let validity, validity.nullCount > 0 else { return appendBuffer([UInt8]()) }
        let byteCount = (count + 7) / 8
        var bytes = [UInt8](repeating: 0, count: byteCount)
        validity.words.withUnsafeBytes { raw in
            for i in 0..<min(byteCount, raw.count) { bytes[i] = raw[i] }
        }
        appendBuffer(bytes)
    }

    private mutating func appendBits(_ values: [Bool]) {
        var bytes = [UInt8](repeating: 0, count: (values.count + 7) / 8)
        for (i, v) in values.enumerated() where v { bytes[i >> 3] |= 1 << UInt8(i & 7) }
        appendBuffer(bytes)
    }

    private mutating func appendBuffer<T>(_ values: [T]) {
        let offset = body.count
        values.withUnsafeBytes { body.append(contentsOf: $0) }
        let length = body.count - offset
        while body.count % 8 != 0 { body.append(0) }
        buffers += [Int64(offset), Int64(length)]
    }
}
