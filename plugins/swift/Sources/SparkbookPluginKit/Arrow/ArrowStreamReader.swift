/// Reads the Arrow IPC stream Sparkbook sends a plugin (Schema.fbs and Message.fbs in apache/arrow's `format/`):
/// the schema message, then each record batch until the end-of-stream marker. It reads the columns of the types
/// plugin functions commonly take: signed integers, floating point, boolean, utf8, binary and null; any other
/// type, a dictionary or a compressed body is an `ArrowReadError` (the call fails with its message).
public enum ArrowStreamReader {
    /// Each record batch's columns, in the stream's order.
    public static func read(_ bytes: [UInt8]) throws -> [[ArrowArray]] {
        let stream = FlatReader(bytes: bytes)
        var fields: [(name: String, type: String, typeID: UInt8, bitWidth: Int)] = []
        var batches: [[ArrowArray]] = []
        var position = 0
        while position + 8 <= bytes.count {
            guard try stream.scalar(UInt32.self, at: position) == UInt32.max else {
                throw ArrowReadError("a message without the continuation marker at byte \(position)")
            }
            let length = Int(try stream.scalar(UInt32.self, at: position + 4))
            position += 8
            if length == 0 { break }
            guard position + length <= bytes.count else { throw ArrowReadError("a message past the stream's end") }
            let message = try FlatReader(bytes: Array(bytes[position..<(position + length)])).root()
            position += length
            let bodyLength = Int(try message.scalar(3, default: Int64(0)))
            guard bodyLength >= 0, position + bodyLength <= bytes.count else { throw ArrowReadError("a body past the stream's end") }
            let body = bytes[position..<(position + bodyLength)]
            position += bodyLength
            guard let header = try message.table(2) else { throw ArrowReadError("a message without its header") }
            switch try message.scalar(1, default: UInt8(0)) {
            case 1:  // Schema: fields. Field: name, nullable, type_type, type, dictionary, children.
                fields = try header.tables(1).map { field in
                    if try field.table(4) != nil { throw ArrowReadError("dictionary-encoded columns are not read") }
                    let typeID: UInt8 = try field.scalar(2, default: 0)
                    let type = try field.table(3)
                    // Int: bitWidth (int), is_signed; FloatingPoint: precision (short: 1 single, 2 double).
                    let bitWidth = typeID == 2 ? Int(try type?.scalar(0, default: Int32(0)) ?? 0) : 0
                    let precision = typeID == 3 ? Int(try type?.scalar(0, default: Int16(0)) ?? 0) : 0
                    let name = try Self.string(field, slot: 0)
                    switch (typeID, bitWidth, precision) {
                    case (1, _, _): return (name, "void", typeID, 0)
                    case (2, 8, _): return (name, "tinyint", typeID, 8)
                    case (2, 16, _): return (name, "smallint", typeID, 16)
                    case (2, 32, _): return (name, "int", typeID, 32)
                    case (2, 64, _): return (name, "bigint", typeID, 64)
                    case (3, _, 1): return (name, "float", typeID, 32)
                    case (3, _, 2): return (name, "double", typeID, 64)
                    case (4, _, _): return (name, "binary", typeID, 0)
                    case (5, _, _): return (name, "string", typeID, 0)
                    case (6, _, _): return (name, "boolean", typeID, 0)
                    default: throw ArrowReadError("column \(name) has an Arrow type (id \(typeID)) this plugin does not read")
                    }
                }
            case 3:  // RecordBatch: length, nodes, buffers, compression.
                if try header.table(3) != nil { throw ArrowReadError("compressed batches are not read") }
                var nodes = try header.int64Structs(1, fields: 2)[...]
                var buffers = try header.int64Structs(2, fields: 2)[...]
                func buffer() throws -> ArraySlice<UInt8> {
                    guard let b = buffers.popFirst(), b[0] >= 0, b[1] >= 0, b[0] + b[1] <= Int64(body.count) else {
                        throw ArrowReadError("a buffer missing or past the batch's body")
                    }
                    return body[(body.startIndex + Int(b[0]))..<(body.startIndex + Int(b[0] + b[1]))]
                }
                batches.append(try fields.map { field in
                    guard let node = nodes.popFirst() else { throw ArrowReadError("fewer field nodes than columns") }
                    let count = Int(node[0]), nulls = Int(node[1])
                    if field.typeID == 1 { return ArrowArray(name: field.name, type: field.type, count: count, values: .nulls, validity: nil) }
                    let bitmap = try buffer()
                    guard nulls == 0 || bitmap.count * 8 >= count else { throw ArrowReadError("a validity bitmap shorter than its rows") }
                    let validity = nulls == 0 ? nil : Array(bitmap)
                    let values: ArrowArray.Values
                    switch field.typeID {
                    case 2:
                        let data = try buffer()
                        values = .integers(try Self.widened(data, count: count, bitWidth: field.bitWidth))
                    case 3:
                        let data = try buffer()
                        values = .doubles(try Self.floats(data, count: count, bitWidth: field.bitWidth))
                    case 6:
                        let data = try buffer()
                        guard data.count * 8 >= count else { throw ArrowReadError("a boolean buffer shorter than its rows") }
                        values = .booleans((0..<count).map { data[data.startIndex + $0 >> 3] & (1 << UInt8($0 & 7)) != 0 })
                    default:
                        let offsets = try Self.widened(try buffer(), count: count + 1, bitWidth: 32).map { Int32($0) }
                        let data = try buffer()
                        guard let first = offsets.first, let last = offsets.last, first >= 0, last <= data.count,
                              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                            throw ArrowReadError("string offsets past their data")
                        }
                        values = .bytes(offsets: offsets, bytes: Array(data))
                    }
                    return ArrowArray(name: field.name, type: field.type, count: count, values: values, validity: validity)
                })
            default:
                throw ArrowReadError("a message of a kind this plugin does not read (dictionary batches?)")
            }
        }
        return batches
    }

    /// `count` little-endian signed integers of `bitWidth` bits, as `Int64`.
    private static func widened(_ data: ArraySlice<UInt8>, count: Int, bitWidth: Int) throws -> [Int64] {
        let width = bitWidth / 8
        guard data.count >= count * width else { throw ArrowReadError("a buffer shorter than its \(count) values") }
        return data.withUnsafeBytes { raw in
            switch width {
            case 1: (0..<count).map { Int64(raw.load(fromByteOffset: $0, as: Int8.self)) }
            case 2: (0..<count).map { Int64(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * $0, as: Int16.self))) }
            case 4: (0..<count).map { Int64(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: Int32.self))) }
            default: (0..<count).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * $0, as: Int64.self)) }
            }
        }
    }

    private static func floats(_ data: ArraySlice<UInt8>, count: Int, bitWidth: Int) throws -> [Double] {
        guard data.count >= count * bitWidth / 8 else { throw ArrowReadError("a buffer shorter than its \(count) values") }
        return data.withUnsafeBytes { raw in
            bitWidth == 32
                ? (0..<count).map { Double(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)))) }
                : (0..<count).map { Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self))) }
        }
    }

    private static func string(_ table: FlatTable, slot: Int) throws -> String {
        guard let text = try table.stringBytes(slot) else { return "" }
        return String(decoding: text, as: UTF8.self)
    }
}
