/// A schema: the ordered fields of a DataFrame or a record batch.
public struct StructType: Sendable, Hashable {
    public var fields: [StructField]

    public init(_ fields: [StructField]) {
        self.fields = fields
    }

    public var names: [String] { fields.map(\.name) }
    public var count: Int { fields.count }

    /// The position of a column, matched case-insensitively as Spark does by default
    /// (`spark.sql.caseSensitive=false`); the first exact match wins over a case-insensitive one.
    public func index(of name: String) -> Int? {
        if let exact = fields.firstIndex(where: { $0.name == name }) { return exact }
        let lowered = name.lowercased()
        return fields.firstIndex { $0.name.lowercased() == lowered }
    }

    public subscript(_ index: Int) -> StructField { fields[index] }
}
