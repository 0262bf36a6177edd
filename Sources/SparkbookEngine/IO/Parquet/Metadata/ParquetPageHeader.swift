/// The header before every page of a column chunk.
public struct ParquetPageHeader: Sendable {
    public var type: ParquetPageType
    public var uncompressedSize: Int32
    public var compressedSize: Int32
    public var crc: Int32?
    public var dataPage: DataPage?
    public var dictionaryPage: DictionaryPage?
    public var dataPageV2: DataPageV2?

    public struct DataPage: Sendable {
        public var valueCount: Int32
        public var encoding: ParquetEncoding
        public var definitionLevelEncoding: ParquetEncoding
        public var repetitionLevelEncoding: ParquetEncoding
        public var statistics: ParquetStatistics?
    }

    public struct DictionaryPage: Sendable {
        public var valueCount: Int32
        public var encoding: ParquetEncoding
        public var isSorted: Bool?
    }

    public struct DataPageV2: Sendable {
        public var valueCount: Int32
        public var nullCount: Int32
        public var rowCount: Int32
        public var encoding: ParquetEncoding
        public var definitionLevelsByteLength: Int32
        public var repetitionLevelsByteLength: Int32
        public var isCompressed: Bool
        public var statistics: ParquetStatistics?
    }

    init(type: ParquetPageType, uncompressedSize: Int32, compressedSize: Int32) {
        self.type = type
        self.uncompressedSize = uncompressedSize
        self.compressedSize = compressedSize
    }

    private static func encoding(_ raw: Int32) throws -> ParquetEncoding {
        guard let e = ParquetEncoding(rawValue: raw) else { throw ParquetError("unknown page encoding \(raw)") }
        return e
    }

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetPageHeader {
        var h = ParquetPageHeader(type: .dataPage, uncompressedSize: 0, compressedSize: 0)
        var typeRaw: Int32 = -1
        try r.structure { r, f in
            switch f.id {
            case 1: typeRaw = try r.i32()
            case 2: h.uncompressedSize = try r.i32()
            case 3: h.compressedSize = try r.i32()
            case 4: h.crc = try r.i32()
            case 5:
                var p = DataPage(valueCount: 0, encoding: .plain, definitionLevelEncoding: .rle, repetitionLevelEncoding: .rle)
                try r.structure { r, f in
                    switch f.id {
                    case 1: p.valueCount = try r.i32()
                    case 2: p.encoding = try encoding(try r.i32())
                    case 3: p.definitionLevelEncoding = try encoding(try r.i32())
                    case 4: p.repetitionLevelEncoding = try encoding(try r.i32())
                    case 5: p.statistics = try ParquetStatistics.read(&r)
                    default: return false
                    }
                    return true
                }
                h.dataPage = p
            case 7:
                var p = DictionaryPage(valueCount: 0, encoding: .plain)
                try r.structure { r, f in
                    switch f.id {
                    case 1: p.valueCount = try r.i32()
                    case 2: p.encoding = try encoding(try r.i32())
                    case 3: p.isSorted = f.bool
                    default: return false
                    }
                    return true
                }
                h.dictionaryPage = p
            case 8:
                var p = DataPageV2(valueCount: 0, nullCount: 0, rowCount: 0, encoding: .plain,
                                   definitionLevelsByteLength: 0, repetitionLevelsByteLength: 0, isCompressed: true)
                try r.structure { r, f in
                    switch f.id {
                    case 1: p.valueCount = try r.i32()
                    case 2: p.nullCount = try r.i32()
                    case 3: p.rowCount = try r.i32()
                    case 4: p.encoding = try encoding(try r.i32())
                    case 5: p.definitionLevelsByteLength = try r.i32()
                    case 6: p.repetitionLevelsByteLength = try r.i32()
                    case 7: p.isCompressed = f.bool
                    case 8: p.statistics = try ParquetStatistics.read(&r)
                    default: return false
                    }
                    return true
                }
                h.dataPageV2 = p
            default: return false
            }
            return true
        }
        guard let type = ParquetPageType(rawValue: typeRaw) else { throw ParquetError("unknown page type \(typeRaw)") }
        h.type = type
        return h
    }

    func write(_ w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32: uncompressedSize)
        w.field(3, i32: compressedSize)
        if let crc { w.field(4, i32: crc) }
        if let p = dataPage {
            w.field(5) { w in
                w.field(1, i32: p.valueCount)
                w.field(2, i32: p.encoding.rawValue)
                w.field(3, i32: p.definitionLevelEncoding.rawValue)
                w.field(4, i32: p.repetitionLevelEncoding.rawValue)
                if let s = p.statistics { w.field(5) { s.write(&$0) } }
            }
        }
        if let p = dictionaryPage {
            w.field(7) { w in
                w.field(1, i32: p.valueCount)
                w.field(2, i32: p.encoding.rawValue)
                if let sorted = p.isSorted { w.field(3, bool: sorted) }
            }
        }
    }
}
