/// A column chunk's or page's statistics: the minimum and maximum in the column's sort order (plain-encoded
/// bytes), and the null count. Readers use them to skip row groups a filter cannot match.
public struct ParquetStatistics: Sendable, Equatable {
    public var min: [UInt8]?
    public var max: [UInt8]?
    public var nullCount: Int64?
    public var distinctCount: Int64?

    public init(min: [UInt8]? = nil, max: [UInt8]? = nil, nullCount: Int64? = nil) {
        self.min = min
        self.max = max
        self.nullCount = nullCount
    }

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetStatistics {
        var s = ParquetStatistics()
        var legacyMin: [UInt8]?, legacyMax: [UInt8]?
        try r.structure { r, f in
            switch f.id {
            case 1: legacyMax = try r.binary()
            case 2: legacyMin = try r.binary()
            case 3: s.nullCount = try r.i64()
            case 4: s.distinctCount = try r.i64()
            case 5: s.max = try r.binary()
            case 6: s.min = try r.binary()
            default: return false
            }
            return true
        }
        // The deprecated min/max fields used signed byte order; they are trusted only where no new ones exist
        // and only by readers of numeric columns (the caller decides).
        if s.min == nil && s.max == nil { s.legacyMin = legacyMin; s.legacyMax = legacyMax }
        return s
    }

    /// The deprecated fields, kept apart because their order for byte arrays is not the column's.
    public var legacyMin: [UInt8]?
    public var legacyMax: [UInt8]?

    func write(_ w: inout ThriftCompactWriter) {
        if let nullCount { w.field(3, i64: nullCount) }
        if let distinctCount { w.field(4, i64: distinctCount) }
        if let max { w.field(5, binary: max) }
        if let min { w.field(6, binary: min) }
    }
}
