/// An open Parquet file: its footer, schema tree and Spark schema, and the reading of row groups into record
/// batches (only the column chunks asked for are touched: the file is memory-mapped, so the others are never
/// read from disk).
public final class ParquetFileReader: Sendable {
    public let path: String
    let file: MappedFile
    public let metadata: ParquetFileMetaData
    let nodes: [ParquetSchemaNode]
    /// The file's schema as Spark reads it (every column nullable).
    public let schema: StructType

    static let magic: [UInt8] = Array("PAR1".utf8)

    public init(path: String) throws {
        self.path = path
        do {
            file = try MappedFile(path: path)
        } catch {
            throw ParquetError("cannot open the file: \(error)", path: path)
        }
        let bytes = file.bytes
        do {
            guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic, Array(bytes[(bytes.count - 4)...]) == Self.magic else {
                throw ParquetError(bytes.count < 12 ? "the file is too short (\(bytes.count) bytes) to be Parquet"
                                   : "the file is not Parquet (no PAR1 magic at its start and end)")
            }
            let footerLength = Int(bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt32.self).littleEndian)
            let footerStart = bytes.count - 8 - footerLength
            guard footerLength > 0, footerStart >= 4 else { throw ParquetError("the footer length \(footerLength) does not fit the file") }
            var reader = ThriftCompactReader(UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)]), at: footerStart)
            metadata = try ParquetFileMetaData.read(&reader)
            nodes = try ParquetSchemaNode.tree(metadata.schema)
            schema = try ParquetSparkTypes.schema(metadata, nodes: nodes)
        } catch let error as ParquetError {
            throw error.at(path)
        }
    }

    public var rowGroupCount: Int { metadata.rowGroups.count }

    /// Row group `index`, with the top-level columns at `columns` (indices into `schema`), in that order; the
    /// columns decode in parallel.
    public func read(rowGroup index: Int, columns: [Int]) throws -> RecordBatch {
        let rows = Int(metadata.rowGroups[index].rowCount)
        do {
            let out = try ParallelMap.map(columns.count) { try self.read(rowGroup: index, column: columns[$0], rows: rows) }
            return RecordBatch(schema: StructType(columns.map { schema[$0] }), columns: out, rowCount: rows)
        } catch let error as ParquetError {
            throw error.at(path)
        }
    }

    /// Top-level column `c` of row group `index` (`rows` rows), its leaves assembled.
    private func read(rowGroup index: Int, column c: Int, rows: Int) throws -> ColumnVector {
        let node = nodes[c]
        let type = schema[c].dataType
        var streams: [Int: ParquetRecordAssembler.LeafStream] = [:]
        let typesByLeaf = leafTypes(node, type)
        for leaf in node.leaves {
            let chunk = try readChunk(index, leaf)
            let values = try ParquetValueConversion.column(chunk.values, leaf: leaf, as: typesByLeaf[leaf.column] ?? .null)
            streams[leaf.column] = ParquetRecordAssembler.LeafStream(leaf: leaf, chunk: chunk, values: values)
        }
        if case .leaf(let leaf) = node, leaf.maxRepetition == 0, let s = streams[leaf.column] {
            guard s.chunk.levelCount == rows else {
                throw ParquetError("column \(leaf.path.joined(separator: ".")) has \(s.chunk.levelCount) values in a row group of \(rows) rows")
            }
            return ParquetRecordAssembler.flat(s, rows: rows)
        }
        return try ParquetRecordAssembler.nested(node, type: type, streams: streams, rows: rows)
    }

    /// `leaf`'s chunk in row group `index`, decoded; its pages are then dropped from the mapping (everything
    /// decoded is a copy), so a scan's resident memory is its decoded columns, not the file it has passed over.
    func readChunk(_ index: Int, _ leaf: ParquetLeaf, keepingDictionary: Bool = false) throws -> ParquetColumnChunkReader.Chunk {
        let reader = ParquetColumnChunkReader(file: file.bytes, leaf: leaf, meta: try chunkMetaData(index, leaf))
        let chunk = try reader.read(keepingDictionary: keepingDictionary)
        file.release(try reader.pageRange())
        return chunk
    }

    /// The metadata of `leaf`'s chunk in row group `index`.
    func chunkMetaData(_ index: Int, _ leaf: ParquetLeaf) throws -> ParquetColumnMetaData {
        let group = metadata.rowGroups[index]
        guard leaf.column < group.columns.count, let meta = group.columns[leaf.column].metaData else {
            throw ParquetError("row group \(index) has no column chunk for \(leaf.path.joined(separator: "."))")
        }
        if let other = group.columns[leaf.column].filePath, !other.isEmpty {
            throw ParquetError("column \(leaf.path.joined(separator: ".")) is stored in another file (\(other)), which Sparkbook does not follow")
        }
        return meta
    }

    /// The Spark type of each leaf below `node` read as `type` (the element type of a list, a map's key or value).
    private func leafTypes(_ node: ParquetSchemaNode, _ type: DataType) -> [Int: DataType] {
        var out: [Int: DataType] = [:]
        func walk(_ node: ParquetSchemaNode, _ type: DataType) {
            switch node {
            case .leaf(let leaf):
                if leaf.element.repetition == .repeated, case .array(let e, _) = type { out[leaf.column] = e } else { out[leaf.column] = type }
            case .group(let e, let children):
                var t = type
                if e.repetition == .repeated, case .array(let inner, _) = t { t = inner }
                switch t {
                case .structure(let s) where s.count == children.count:
                    for (child, field) in zip(children, s.fields) { walk(child, field.dataType) }
                case .array(let element, _):
                    // LIST: the 3-level form's element, or (2-level) the repeated child itself.
                    if let inner = ParquetSparkTypes.listElement(e, children[0]) {
                        walk(inner, element)
                    } else {
                        walk(children[0], .array(element: element, containsNull: false))
                    }
                case .map(let k, let v, _):
                    if case .group(_, let kv) = children[0], kv.count == 2 { walk(kv[0], k); walk(kv[1], v) }
                default:
                    break
                }
            }
        }
        walk(node, type)
        return out
    }
}
