/// Arrow's IPC stream format (the one `pyarrow.ipc.open_stream` reads and Sparkbook's plugin protocol carries):
/// a `Schema` message, one `RecordBatch` message, then the end-of-stream marker. Each message is the
/// continuation marker `0xFFFFFFFF`, the length of its metadata, the `Message` flatbuffer padded to 8 bytes, and
/// its body: the columns' buffers, each padded to 8 bytes. No compression, no dictionaries.
public enum ArrowStreamWriter {
    /// Message.fbs: `MessageHeader` members and `MetadataVersion.V5`.
    private static let schemaHeader: UInt8 = 1, recordBatchHeader: UInt8 = 3, metadataV5: Int16 = 4

    /// A whole stream of `columns`, all of `rowCount` rows.
    public static func stream(_ columns: [ArrowColumn], rowCount: Int) -> [UInt8] {
        var out: [UInt8] = []
        append(message(header: schemaHeader, schema(columns), bodyLength: 0), to: &out)
        var body: [UInt8] = []
        var nodes: [Int64] = []
        var buffers: [Int64] = []
        for column in columns {
            nodes += [Int64(column.count), Int64(column.nullCount)]
            for buffer in column.buffers {
                buffers += [Int64(body.count), Int64(buffer.count)]
                body += buffer
                while body.count % 8 != 0 { body.append(0) }
            }
        }
        // RecordBatch: length, nodes, buffers.
        let batch = FlatNode.table([.int64(Int64(rowCount)), .node(.int64Structs(nodes, fieldsPerStruct: 2)),
                                    .node(.int64Structs(buffers, fieldsPerStruct: 2))])
        append(message(header: recordBatchHeader, batch, bodyLength: body.count), to: &out)
        out += body
        append(UInt32.max, to: &out)
        append(UInt32(0), to: &out)
        return out
    }

    /// Schema: endianness (little), fields. Field: name, nullable, type_type, type, dictionary, children.
    private static func schema(_ columns: [ArrowColumn]) -> FlatNode {
        .table([.int16(0), .node(.tables(columns.map { column in
            let (typeID, type) = arrowType(column.kind)
            return .table([.node(.string(column.name)), .bool(true), .uint8(typeID), .node(type), .absent, .node(.tables([]))])
        }))])
    }

    /// Schema.fbs's `Type` union: its member id and table for each kind.
    private static func arrowType(_ kind: ArrowColumn.Kind) -> (UInt8, FlatNode) {
        switch kind {
        case .int: (2, .table([.int32(32), .bool(true)]))      // Int: bitWidth, is_signed
        case .bigint: (2, .table([.int32(64), .bool(true)]))
        case .double: (3, .table([.int16(2)]))                 // FloatingPoint: precision DOUBLE
        case .binary: (4, .table([]))
        case .string: (5, .table([]))                          // Utf8
        case .boolean: (6, .table([]))
        }
    }

    /// Message: version, header_type, header, bodyLength.
    private static func message(header type: UInt8, _ header: FlatNode, bodyLength: Int) -> [UInt8] {
        FlatWriter.buffer(root: .table([.int16(metadataV5), .uint8(type), .node(header), .int64(Int64(bodyLength))]))
    }

    private static func append(_ metadata: [UInt8], to out: inout [UInt8]) {
        var padded = metadata
        while padded.count % 8 != 0 { padded.append(0) }
        append(UInt32.max, to: &out)
        append(UInt32(padded.count), to: &out)
        out += padded
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}
