/// A Parquet file's footer: its schema, row groups and key-value metadata (where Spark keeps its own schema).
public struct ParquetFileMetaData: Sendable {
    public var version: Int32 = 1
    public var schema: [ParquetSchemaElement] = []
    public var rowCount: Int64 = 0
    public var rowGroups: [ParquetRowGroup] = []
    public var keyValues: [(key: String, value: String?)] = []
    public var createdBy: String?

    public init() {}

    /// The value stored under `key` (e.g. `org.apache.spark.sql.parquet.row.metadata`).
    public func value(forKey key: String) -> String? {
        keyValues.first { $0.key == key }?.value ?? nil
    }

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetFileMetaData {
        var m = ParquetFileMetaData()
        try r.structure { r, f in
            switch f.id {
            case 1: m.version = try r.i32()
            case 2: m.schema = try r.list { try ParquetSchemaElement.read(&$0) }
            case 3: m.rowCount = try r.i64()
            case 4: m.rowGroups = try r.list { try ParquetRowGroup.read(&$0) }
            case 5:
                m.keyValues = try r.list { r in
                    var key = "", value: String?
                    try r.structure { r, f in
                        switch f.id {
                        case 1: key = try r.string()
                        case 2: value = try r.string()
                        default: return false
                        }
                        return true
                    }
                    return (key, value)
                }
            case 6: m.createdBy = try r.string()
            case 8, 9:
                throw ParquetError("the file is encrypted (Parquet modular encryption), which Sparkbook cannot read")
            default: return false
            }
            return true
        }
        return m
    }

    func write(_ w: inout ThriftCompactWriter) {
        w.field(1, i32: version)
        w.field(2, structs: schema) { w, e in e.write(&w) }
        w.field(3, i64: rowCount)
        w.field(4, structs: rowGroups) { w, g in g.write(&w) }
        if !keyValues.isEmpty {
            w.field(5, structs: keyValues) { w, kv in
                w.field(1, string: kv.key)
                if let v = kv.value { w.field(2, string: v) }
            }
        }
        if let createdBy { w.field(6, string: createdBy) }
        // Column orders: every leaf compares by its type's order (TYPE_ORDER), which min_value/max_value need.
        let leaves = schema.filter { $0.type != nil }
        w.field(7, structs: leaves) { w, _ in w.field(1) { _ in } }
    }
}

/// A horizontal slice of a file: one column chunk per leaf column.
public struct ParquetRowGroup: Sendable {
    public var columns: [ParquetColumnChunk] = []
    public var totalByteSize: Int64 = 0
    public var rowCount: Int64 = 0
    public var fileOffset: Int64?
    public var totalCompressedSize: Int64?
    public var ordinal: Int16?

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetRowGroup {
        var g = ParquetRowGroup()
        try r.structure { r, f in
            switch f.id {
            case 1: g.columns = try r.list { try ParquetColumnChunk.read(&$0) }
            case 2: g.totalByteSize = try r.i64()
            case 3: g.rowCount = try r.i64()
            case 5: g.fileOffset = try r.i64()
            case 6: g.totalCompressedSize = try r.i64()
            case 7: g.ordinal = Int16(truncatingIfNeeded: try r.i64())
            default: return false
            }
            return true
        }
        return g
    }

    func write(_ w: inout ThriftCompactWriter) {
        w.field(1, structs: columns) { w, c in c.write(&w) }
        w.field(2, i64: totalByteSize)
        w.field(3, i64: rowCount)
        if let fileOffset { w.field(5, i64: fileOffset) }
        if let totalCompressedSize { w.field(6, i64: totalCompressedSize) }
        if let ordinal { w.field(7, i16: ordinal) }
    }

    /// Where the row group's bytes start: its first column chunk's first page (dictionary or data).
    var startOffset: Int64 {
        guard let first = columns.first?.metaData else { return fileOffset ?? 0 }
        return first.dictionaryPageOffset.map { Swift.min($0, first.dataPageOffset) } ?? first.dataPageOffset
    }

    var compressedSize: Int64 {
        totalCompressedSize ?? columns.reduce(0) { $0 + ($1.metaData?.totalCompressedSize ?? 0) }
    }
}

/// One column's data in a row group; in files Sparkbook reads, always in the same file.
public struct ParquetColumnChunk: Sendable {
    public var filePath: String?
    public var fileOffset: Int64 = 0
    public var metaData: ParquetColumnMetaData?

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetColumnChunk {
        var c = ParquetColumnChunk()
        try r.structure { r, f in
            switch f.id {
            case 1: c.filePath = try r.string()
            case 2: c.fileOffset = try r.i64()
            case 3: c.metaData = try ParquetColumnMetaData.read(&r)
            default: return false
            }
            return true
        }
        return c
    }

    func write(_ w: inout ThriftCompactWriter) {
        if let filePath { w.field(1, string: filePath) }
        w.field(2, i64: fileOffset)
        if let m = metaData { w.field(3) { m.write(&$0) } }
    }
}

public struct ParquetColumnMetaData: Sendable {
    public var type: ParquetPhysicalType = .int32
    public var encodings: [ParquetEncoding] = []
    public var path: [String] = []
    public var codec: ParquetCompressionCodec = .uncompressed
    public var valueCount: Int64 = 0
    public var totalUncompressedSize: Int64 = 0
    public var totalCompressedSize: Int64 = 0
    public var dataPageOffset: Int64 = 0
    public var dictionaryPageOffset: Int64?
    public var statistics: ParquetStatistics?
    /// How many pages of each type use each encoding (parquet-mr and pyarrow write it; old files may not).
    public var encodingStats: [(pageType: Int32, encoding: Int32, count: Int32)]?

    /// Whether every data page is dictionary-encoded, so the dictionary holds every value of the chunk: from the
    /// encoding statistics, or else (as parquet-mr decides) from encodings that leave no room for a plain page.
    var isFullyDictionaryEncoded: Bool {
        let dictionaryEncodings = [ParquetEncoding.plainDictionary.rawValue, ParquetEncoding.rleDictionary.rawValue]
        guard dictionaryPageOffset != nil || encodings.contains(where: { dictionaryEncodings.contains($0.rawValue) }) else { return false }
        if let stats = encodingStats {
            let data = [ParquetPageType.dataPage.rawValue, ParquetPageType.dataPageV2.rawValue]
            return stats.allSatisfy { !data.contains($0.pageType) || $0.count == 0 || dictionaryEncodings.contains($0.encoding) }
        }
        return encodings.allSatisfy { [.plainDictionary, .rleDictionary, .rle, .bitPacked].contains($0) }
    }

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetColumnMetaData {
        var m = ParquetColumnMetaData()
        try r.structure { r, f in
            switch f.id {
            case 1:
                let raw = try r.i32()
                guard let t = ParquetPhysicalType(rawValue: raw) else { throw ParquetError("unknown physical type \(raw)") }
                m.type = t
            case 2: m.encodings = try r.list { ParquetEncoding(rawValue: try $0.i32()) ?? .plain }
            case 3: m.path = try r.list { try $0.string() }
            case 4:
                let raw = try r.i32()
                guard let c = ParquetCompressionCodec(rawValue: raw) else { throw ParquetError("unknown compression codec \(raw)") }
                m.codec = c
            case 5: m.valueCount = try r.i64()
            case 6: m.totalUncompressedSize = try r.i64()
            case 7: m.totalCompressedSize = try r.i64()
            case 9: m.dataPageOffset = try r.i64()
            case 11: m.dictionaryPageOffset = try r.i64()
            case 12: m.statistics = try ParquetStatistics.read(&r)
            case 13:
                m.encodingStats = try r.list { r in
                    var stat: (pageType: Int32, encoding: Int32, count: Int32) = (-1, -1, 0)
                    try r.structure { r, f in
                        switch f.id {
                        case 1: stat.pageType = try r.i32()
                        case 2: stat.encoding = try r.i32()
                        case 3: stat.count = try r.i32()
                        default: return false
                        }
                        return true
                    }
                    return stat
                }
            default: return false
            }
            return true
        }
        return m
    }

    func write(_ w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32s: encodings.map(\.rawValue))
        w.field(3, strings: path)
        w.field(4, i32: codec.rawValue)
        w.field(5, i64: valueCount)
        w.field(6, i64: totalUncompressedSize)
        w.field(7, i64: totalCompressedSize)
        w.field(9, i64: dataPageOffset)
        if let dictionaryPageOffset { w.field(11, i64: dictionaryPageOffset) }
        if let statistics { w.field(12) { statistics.write(&$0) } }
        if let encodingStats {
            w.field(13, structs: encodingStats) { w, stat in
                w.field(1, i32: stat.pageType)
                w.field(2, i32: stat.encoding)
                w.field(3, i32: stat.count)
            }
        }
    }
}
