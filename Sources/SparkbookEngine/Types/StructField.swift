/// One named, typed column of a schema.
public struct StructField: Sendable, Hashable {
    public var name: String
    public var dataType: DataType
    public var nullable: Bool
    /// The field's metadata as a JSON object's text, empty for none (`ColumnMetadata`). It does not take part
    /// in comparing fields: two schemas with the same names, types and nullability are the same schema.
    public var metadata: String = ""

    public init(_ name: String, _ dataType: DataType, nullable: Bool = true) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
    }

    public static func == (l: StructField, r: StructField) -> Bool {
        l.name == r.name && l.dataType == r.dataType && l.nullable == r.nullable
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(dataType)
        hasher.combine(nullable)
    }
}
