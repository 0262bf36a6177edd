/// The little of a schema that `printSchema()` needs: field names, Spark type names, nullability, and the nested
/// element, key/value and field types. Kept apart from the engine's type system so printing can be tested alone.
public struct SchemaNode: Sendable, Equatable {
    public var name: String
    public var type: SchemaNodeType
    public var nullable: Bool

    public init(name: String, type: SchemaNodeType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// A data type as `printSchema()` shows it.
public indirect enum SchemaNodeType: Sendable, Equatable {
    /// A leaf type by Spark's type name: `integer`, `long`, `double`, `string`, `timestamp`, `decimal(10,2)`, ...
    case primitive(String)
    case array(element: SchemaNodeType, containsNull: Bool)
    case map(key: SchemaNodeType, value: SchemaNodeType, valueContainsNull: Bool)
    case structure([SchemaNode])

    /// The name printed after the colon (`array`, `map`, `struct` for the nested kinds).
    public var typeName: String {
        switch self {
        case .primitive(let name): return name
        case .array: return "array"
        case .map: return "map"
        case .structure: return "struct"
        }
    }
}
