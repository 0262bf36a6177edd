import SparkbookEngine

/// Struct access on a column: `col.a`, `col["a"]`, `getField("a")`, named `col.a` as Spark names them.
extension Column {
    public func getField(_ name: String) -> Column {
        Column(.function(StructFunctions.fieldAccess, [expression, .literal(.string(name))]))
    }

    /// `struct(cols...)`: each field named by its column (an alias, or a column's last name part), else `colN`.
    public static func structOf(_ columns: [Column]) -> Column {
        Column(StructFunctions.call(columns.map(\.expression)))
    }

    /// `withField("a.b", value)`: the struct with that (nested) field replaced or added.
    public func withField(_ path: String, _ value: Column) -> Column {
        Column(.function(StructFieldEdits.withField, [expression, .literal(.string(path)), value.expression]))
    }

    /// `dropFields("a", "b.c")`: the struct without those (nested) fields.
    public func dropFields(_ paths: [String]) -> Column {
        Column(.function(StructFieldEdits.dropFields, [expression] + paths.map { .literal(.string($0)) }))
    }
}
