/// Writes one Parquet file as Spark's writer lays it out: `PAR1`, row groups of column chunks, the footer with
/// Spark's schema in its key-value metadata, the footer's length and `PAR1`. Row groups are cut at about
/// `rowGroupBytes` of input (Spark's `parquet.block.size`, 128 MiB).
public struct ParquetFileWriter {
    public let schema: StructType
    public let codec: ParquetCompressionCodec
    public var rowGroupBytes = 128 << 20
    private let elements: [ParquetSchemaElement]
    private let leaves: [ParquetLeaf]
    private var bytes: [UInt8] = ParquetFileReader.magic
    private var metadata = ParquetFileMetaData()

    public init(schema: StructType, codec: ParquetCompressionCodec) throws {
        self.schema = schema
        self.codec = codec
        elements = try ParquetSchemaWriter.elements(schema)
        leaves = try ParquetSchemaNode.tree(elements).flatMap(\.leaves)
        metadata.schema = elements
        metadata.createdBy = "Sparkbook"
        metadata.keyValues = [
            // Spark reads its own schema back from here (exact types and names), and decides from its version
            // that the dates and timestamps are in the proleptic Gregorian calendar, as Sparkbook writes them.
            (ParquetSparkTypes.sparkSchemaKey, SparkSchemaJSON.text(schema)),
            ("org.apache.spark.version", "4.3.0"),
        ]
    }

    /// Adds the rows of `batch` as one or more row groups.
    public mutating func write(_ batch: RecordBatch) throws {
        guard batch.rowCount > 0 else { return }
        let size = max(1, batch.byteSize)
        let groups = max(1, (size + rowGroupBytes - 1) / rowGroupBytes)
        let perGroup = (batch.rowCount + groups - 1) / groups
        var start = 0
        while start < batch.rowCount {
            let end = min(batch.rowCount, start + perGroup)
            try writeRowGroup(start == 0 && end == batch.rowCount ? batch : batch.gather(Array(start..<end)))
            start = end
        }
    }

    private mutating func writeRowGroup(_ batch: RecordBatch) throws {
        var group = ParquetRowGroup()
        group.rowCount = Int64(batch.rowCount)
        group.fileOffset = Int64(bytes.count)
        group.ordinal = Int16(truncatingIfNeeded: metadata.rowGroups.count)
        let start = bytes.count
        var leafIndex = 0
        var uncompressed: Int64 = 0
        for (column, field) in zip(batch.columns, schema.fields) {
            let stripes: [ParquetLeafStriping.Stripe]
            switch field.dataType {
            case .array, .map, .structure: stripes = ParquetLeafStriping.nested(column, field: field)
            default: stripes = [ParquetLeafStriping.flat(column, nullable: field.nullable)]
            }
            for stripe in stripes {
                let leaf = leaves[leafIndex]
                leafIndex += 1
                let writer = ParquetColumnChunkWriter(element: leaf.element, path: leaf.path, maxDefinition: leaf.maxDefinition,
                                                      maxRepetition: leaf.maxRepetition, codec: codec)
                let chunk = try writer.write(stripe, to: &bytes)
                uncompressed += chunk.metaData?.totalUncompressedSize ?? 0
                group.columns.append(chunk)
            }
        }
        group.totalByteSize = uncompressed
        group.totalCompressedSize = Int64(bytes.count - start)
        metadata.rowGroups.append(group)
        metadata.rowCount += Int64(batch.rowCount)
    }

    /// The whole file: what was written, then the footer.
    public mutating func finish() -> [UInt8] {
        var w = ThriftCompactWriter()
        w.structure { metadata.write(&$0) }
        var out = bytes
        out.append(contentsOf: w.bytes)
        withUnsafeBytes(of: UInt32(w.bytes.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: ParquetFileReader.magic)
        return out
    }
}
