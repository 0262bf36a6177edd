/// One named, typed column of a schema.
public struct StructField: Sendable, Hashable {
    public var name: String
    public var dataType: DataType
    public var nullable: Bool

    public init(_ name: String, _ dataType: DataType, nullable: Bool = true) {
        self.name = name
        self.dataType = dataType
        self.nullable = nullable
    }
}
