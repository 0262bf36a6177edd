/// What the engine knows about `map<k,v>` types and values, kept apart from the scalar cases.
///
/// A map column is stored as entry offsets per row and two child columns, keys and values
/// (`ColumnVector.Storage.map`), so gathers and shuffles move typed buffers; a `Value` per row is made only at
/// the edges and in the map functions' row rules.
extension DataType {
    /// The key and value types of a map type; nil for every other type.
    public var mapTypes: (key: DataType, value: DataType, valueContainsNull: Bool)? {
        if case .map(let k, let v, let n) = self { return (k, v, n) }
        return nil
    }
}

extension Value {
    /// The type of a map value seen alone: the widest key and value types, values nullable (as PySpark infers a
    /// dict).
    static func mapType(keys: [Value], values: [Value]) -> DataType {
        guard case .array(let k, _) = arrayType(of: keys), case .array(let v, _) = arrayType(of: values) else {
            return .map(key: .null, value: .null, valueContainsNull: true)
        }
        return .map(key: k, value: v, valueContainsNull: true)
    }

    /// The keys and values of a map value; nil for every other value (a null included).
    public var mapEntries: (keys: [Value], values: [Value])? {
        if case .map(let keys, let values) = self { return (keys, values) }
        return nil
    }

    /// The value under `key` (the first equal key), or nil when absent.
    func mapLookup(_ key: Value) -> Value? {
        guard let (keys, values) = mapEntries else { return nil }
        return keys.firstIndex { ValueOrdering.compare($0, key) == 0 || $0 == key }.map { values[$0] }
    }
}
