import SparkbookEngine

/// One collected row: values with their field names, indexable by position or name like PySpark's `Row`.
public struct Row: Sendable, Hashable {
    public let names: [String]
    public let values: [Value]

    public init(names: [String], values: [Value]) {
        self.names = names
        self.values = values
    }

    public subscript(_ index: Int) -> Value { values[index] }

    public subscript(_ name: String) -> Value? {
        names.firstIndex(of: name).map { values[$0] }
    }
}
