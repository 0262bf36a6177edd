/// Reads Arrow's IPC stream format (see `ArrowStreamWriter`): the schema, then every record batch until the
/// end-of-stream marker or the end of the bytes. The pre-1.0 framing without the continuation marker is read
/// too. Dictionary batches and compressed bodies are refused with a clear error.
public enum ArrowStreamReader {
    public static func read(_ bytes: [UInt8]) throws -> (schema: StructType, batches: [RecordBatch]) {
        var position = 0
        var schema: StructType?
        var layouts: [ArrowLayout] = []
        var batches: [RecordBatch] = []
        let stream = FlatBufferReader(bytes: bytes)
        while position + 4 <= bytes.count {
            var length = Int(try stream.read(UInt32.self, at: position))
            position += 4
            if length == 0xFFFF_FFFF {
                guard position + 4 <= bytes.count else { break }
                length = Int(try stream.read(UInt32.self, at: position))
                position += 4
            }
            if length == 0 { break }
            guard position + length <= bytes.count else { throw ArrowIPCError.malformed("a message of \(length) bytes past the stream's end") }
            let message = try FlatBufferReader(bytes: Array(bytes[position..<(position + length)])).root()
            position += length
            let bodyLength = Int(try message.scalar(3, default: Int64(0)))
            guard bodyLength >= 0, position + bodyLength <= bytes.count else {
                throw ArrowIPCError.malformed("a body of \(bodyLength) bytes past the stream's end")
            }
            let body = bytes[position..<(position + bodyLength)]
            position += bodyLength
            let headerType: UInt8 = try message.scalar(1, default: 0)
            guard let header = try message.table(2) else { throw ArrowIPCError.malformed("a message without its header") }
            switch headerType {
            case 1:
                (schema, layouts) = try ArrowSchemaEncoding.decode(schema: header)
                for field in try header.tables(1) where try field.table(4) != nil {
                    throw ArrowIPCError.unsupportedType("dictionary-encoded column \(try field.string(0) ?? "")")
                }
            case 3:
                guard let schema else { throw ArrowIPCError.malformed("a record batch before the schema") }
                if try header.table(3) != nil { throw ArrowIPCError.unsupportedType("compressed record batch bodies") }
                let rowCount = Int(try header.scalar(0, default: Int64(0)))
                var reader = ArrowBodyReader(body: body, nodes: try header.int64Structs(1, fields: 2),
                                             buffers: try header.int64Structs(2, fields: 2))
                var columns: [ColumnVector] = []
                for (field, layout) in zip(schema.fields, layouts) {
                    let column = try reader.column(field.dataType, layout: layout)
                    guard column.count == rowCount else {
                        throw ArrowIPCError.malformed("column \(field.name) has \(column.count) rows in a batch of \(rowCount)")
                    }
                    columns.append(column)
                }
                batches.append(RecordBatch(schema: schema, columns: columns, rowCount: rowCount))
            case 2:
                throw ArrowIPCError.unsupportedType("dictionary batches")
            default:
                throw ArrowIPCError.malformed("a message of header type \(headerType)")
            }
        }
        guard let schema else { throw ArrowIPCError.malformed("a stream without a schema") }
        return (schema, batches)
    }
}
