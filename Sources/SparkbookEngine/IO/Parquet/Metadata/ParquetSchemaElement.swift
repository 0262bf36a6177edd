/// One node of a Parquet file's flattened schema (a group or a leaf), in the depth-first order of the footer.
public struct ParquetSchemaElement: Sendable, Equatable {
    public var name: String
    public var type: ParquetPhysicalType?
    public var typeLength: Int32?
    public var repetition: ParquetRepetition?
    /// Set on groups: how many of the following elements are its children.
    public var childCount: Int32?
    public var convertedType: ParquetConvertedType?
    public var scale: Int32?
    public var precision: Int32?
    public var fieldID: Int32?
    public var logicalType: ParquetLogicalType?

    public init(name: String, type: ParquetPhysicalType? = nil, typeLength: Int32? = nil,
                repetition: ParquetRepetition? = nil, childCount: Int32? = nil,
                convertedType: ParquetConvertedType? = nil, scale: Int32? = nil, precision: Int32? = nil,
                logicalType: ParquetLogicalType? = nil) {
        self.name = name
        self.type = type
        self.typeLength = typeLength
        self.repetition = repetition
        self.childCount = childCount
        self.convertedType = convertedType
        self.scale = scale
        self.precision = precision
        self.logicalType = logicalType
    }

    static func read(_ r: inout ThriftCompactReader) throws -> ParquetSchemaElement {
        var e = ParquetSchemaElement(name: "")
        try r.structure { r, f in
            switch f.id {
            case 1: e.type = ParquetPhysicalType(rawValue: try r.i32())
            case 2: e.typeLength = try r.i32()
            case 3: e.repetition = ParquetRepetition(rawValue: try r.i32())
            case 4: e.name = try r.string()
            case 5: e.childCount = try r.i32()
            case 6: e.convertedType = ParquetConvertedType(rawValue: try r.i32())
            case 7: e.scale = try r.i32()
            case 8: e.precision = try r.i32()
            case 9: e.fieldID = try r.i32()
            case 10: e.logicalType = try ParquetLogicalType.read(&r)
            default: return false
            }
            return true
        }
        return e
    }

    func write(_ w: inout ThriftCompactWriter) {
        if let type { w.field(1, i32: type.rawValue) }
        if let typeLength { w.field(2, i32: typeLength) }
        if let repetition { w.field(3, i32: repetition.rawValue) }
        w.field(4, string: name)
        if let childCount { w.field(5, i32: childCount) }
        if let convertedType { w.field(6, i32: convertedType.rawValue) }
        if let scale { w.field(7, i32: scale) }
        if let precision { w.field(8, i32: precision) }
        if let fieldID { w.field(9, i32: fieldID) }
        if let logicalType { w.field(10) { logicalType.write(&$0) } }
    }
}
