/// A Python named tuple, as PySpark's catalog returns them (`Table(name='orders', catalog=None, ...)`): a type
/// name and fields in order, printed and read by attribute the way Python does.
public struct NamedTuple: Sendable {
    public let typeName: String
    public let names: [String]
    public let values: [PyValue]

    public init(_ typeName: String, _ fields: KeyValuePairs<String, PyValue>) {
        self.typeName = typeName
        names = fields.map(\.key)
        values = fields.map(\.value)
    }

    /// A tuple of a `namedtuple` class: its fields in order.
    init(_ typeName: String, names: [String], values: [PyValue]) {
        self.typeName = typeName
        self.names = names
        self.values = values
    }

    public subscript(name: String) -> PyValue? {
        names.firstIndex(of: name).map { values[$0] }
    }

    /// `Table(name='orders', catalog=None)`.
    public var repr: String {
        typeName + "(" + zip(names, values).map { "\($0)=\($1.repr)" }.joined(separator: ", ") + ")"
    }
}
