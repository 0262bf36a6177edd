/// The FlatBuffers objects Arrow's IPC messages are made of, as a tree: tables with their fields by slot, vectors
/// of tables, vectors of `Int64` structs (`FieldNode`, `Buffer`) and strings. `FlatWriter` lays a tree out.
///
/// Why by hand: the plugin depends on nothing but the system's SQLite, and Arrow's messages need only these four
/// shapes (Message.fbs and Schema.fbs in apache/arrow's `format/`).
indirect enum FlatNode {
    /// A table's fields in slot order (the schema's field ids; a union takes two slots: its type, then its value).
    case table([FlatSlot])
    case tables([FlatNode])
    /// A vector of structs whose fields are all `Int64`: `fieldsPerStruct` values per element.
    case int64Structs([Int64], fieldsPerStruct: Int)
    case string(String)
}

/// One field of a table.
enum FlatSlot {
    case absent
    case uint8(UInt8)
    case int16(Int16)
    case int32(Int32)
    case int64(Int64)
    case node(FlatNode)

    static func bool(_ value: Bool) -> FlatSlot { .uint8(value ? 1 : 0) }

    /// Bytes the field takes inside its table (a reference is a 32-bit offset).
    var width: Int {
        switch self {
        case .absent: 0
        case .uint8: 1
        case .int16: 2
        case .int32, .node: 4
        case .int64: 8
        }
    }
}
