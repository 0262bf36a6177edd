/// The enumerations of Parquet's format (parquet.thrift), by their wire values.

/// How a leaf's values are stored on disk.
public enum ParquetPhysicalType: Int32, Sendable {
    case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7
}

public enum ParquetRepetition: Int32, Sendable {
    case required = 0, optional = 1, repeated = 2
}

/// The legacy annotations (`ConvertedType`), still written beside logical types for older readers.
public enum ParquetConvertedType: Int32, Sendable {
    case utf8 = 0, map = 1, mapKeyValue = 2, list = 3, enumeration = 4, decimal = 5, date = 6, timeMillis = 7,
         timeMicros = 8, timestampMillis = 9, timestampMicros = 10, uint8 = 11, uint16 = 12, uint32 = 13,
         uint64 = 14, int8 = 15, int16 = 16, int32 = 17, int64 = 18, json = 19, bson = 20, interval = 21
}

public enum ParquetCompressionCodec: Int32, Sendable, CaseIterable {
    case uncompressed = 0, snappy = 1, gzip = 2, lzo = 3, brotli = 4, lz4 = 5, zstd = 6, lz4Raw = 7

    /// The name Spark's `compression` option and `spark.sql.parquet.compression.codec` use.
    public var sparkName: String {
        switch self {
        case .uncompressed: "uncompressed"
        case .snappy: "snappy"
        case .gzip: "gzip"
        case .lzo: "lzo"
        case .brotli: "brotli"
        case .lz4: "lz4"
        case .zstd: "zstd"
        case .lz4Raw: "lz4_raw"
        }
    }

    /// The part of a file name Spark writes for the codec (`part-...-c000.snappy.parquet`).
    public var fileExtension: String {
        switch self {
        case .uncompressed: ""
        case .gzip: ".gz"
        case .lz4Raw: ".lz4raw"
        default: "." + sparkName
        }
    }
}

public enum ParquetEncoding: Int32, Sendable {
    case plain = 0, plainDictionary = 2, rle = 3, bitPacked = 4, deltaBinaryPacked = 5, deltaLengthByteArray = 6,
         deltaByteArray = 7, rleDictionary = 8, byteStreamSplit = 9
}

public enum ParquetPageType: Int32, Sendable {
    case dataPage = 0, indexPage = 1, dictionaryPage = 2, dataPageV2 = 3
}
