/// Writes Arrow's IPC stream format (the one Spark's Python workers and pyarrow's `ipc.open_stream` read): a
/// `Schema` message, a `RecordBatch` message per batch, then the end-of-stream marker. Each message is the
/// continuation marker `0xFFFFFFFF`, the metadata's length, the `Message` flatbuffer padded to 8 bytes, then
/// the body; no compression, no dictionaries.
public struct ArrowStreamWriter {
    public let schema: StructType
    /// The zone written on `timestamp` fields (Spark writes the session time zone).
    public let timeZone: String
    public private(set) var bytes: [UInt8] = []

    /// Starts a stream with its schema message.
    public init(schema: StructType, timeZone: String = "UTC") throws {
        self.schema = schema
        self.timeZone = timeZone
        for field in schema.fields { try Self.checkWritable(field.dataType) }
        appendMessage(headerType: 1, header: ArrowSchemaEncoding.schema(schema, timeZone: timeZone), body: [])
    }

    public mutating func write(_ batch: RecordBatch) throws {
        var body = ArrowBodyWriter()
        for column in batch.columns { try body.append(column) }
        // RecordBatch: length, nodes, buffers.
        let header = FlatObject.table([.int64(Int64(batch.rowCount)), .object(.int64Structs(body.nodes)),
                                       .object(.int64Structs(body.buffers))])
        appendMessage(headerType: 3, header: header, body: body.body)
    }

    /// Ends the stream (continuation marker, zero length) and returns it.
    public mutating func finish() -> [UInt8] {
        append(UInt32.max)
        append(UInt32(0))
        return bytes
    }

    /// A whole stream: the schema, then every batch.
    public static func stream(schema: StructType, batches: [RecordBatch], timeZone: String = "UTC") throws -> [UInt8] {
        var writer = try ArrowStreamWriter(schema: schema, timeZone: timeZone)
        for batch in batches { try writer.write(batch) }
        return writer.finish()
    }

    private mutating func appendMessage(headerType: UInt8, header: FlatObject, body: [UInt8]) {
        // Message: version (V5 = 4), header_type, header, bodyLength.
        var metadata = FlatObject.table([.int16(4), .int8(headerType), .object(header), .int64(Int64(body.count))]).serialized()
        while (metadata.count + 8) % 8 != 0 { metadata.append(0) }
        append(UInt32.max)
        append(UInt32(metadata.count))
        bytes += metadata
        bytes += body
    }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Types Spark's Arrow mapping has no place for are refused before anything is written.
    private static func checkWritable(_ type: DataType) throws {
        switch type {
        case .yearMonthInterval, .calendarInterval, .variant:
            throw ArrowIPCError.unsupportedType("for Spark's \(type.simpleString)")
        case .array(let element, _): try checkWritable(element)
        case .structure(let fields): for f in fields.fields { try checkWritable(f.dataType) }
        case .map(let k, let v, _): try checkWritable(k); try checkWritable(v)
        default: break
        }
    }
}
