/// What the engine knows about `struct<...>` types and values, kept apart from the scalar cases.
///
/// A struct column is stored as one child column per field plus the struct's own validity
/// (`ColumnVector.Storage.structure`), so gathers, joins and shuffles move typed child buffers; a `Value` per
/// row is made only at the edges (show, collect, row functions).
extension DataType {
    /// The fields of a struct type; nil for every other type.
    public var structFields: StructType? {
        if case .structure(let s) = self { return s }
        return nil
    }
}

extension Value {
    /// The type of a struct value seen alone: each field's natural type, nullable (as Spark infers a `Row`).
    static func structType(names: [String], values: [Value]) -> DataType {
        .structure(StructType(zip(names, values).map { StructField($0, $1.dataType) }))
    }

    /// The field values of a struct value; nil for every other value (a null included).
    public var structValues: [Value]? {
        if case .structure(_, let values) = self { return values }
        return nil
    }
}
