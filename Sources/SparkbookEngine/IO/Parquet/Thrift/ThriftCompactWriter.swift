/// Writes Thrift's compact protocol (the footer and page headers of the Parquet files Sparkbook writes).
/// Fields are written in increasing id order, each with the id delta the protocol uses.
struct ThriftCompactWriter {
    private(set) var bytes: [UInt8] = []
    private var lastIDs: [Int16] = [0]

    mutating func varint(_ value: UInt64) { ParquetByteCursor.appendVarint(value, to: &bytes) }

    mutating func zigzag(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    private mutating func fieldHeader(_ id: Int16, _ type: ThriftCompactReader.WireType) {
        let delta = id - lastIDs[lastIDs.count - 1]
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            zigzag(Int64(id))
        }
        lastIDs[lastIDs.count - 1] = id
    }

    mutating func field(_ id: Int16, i16 value: Int16) { fieldHeader(id, .i16); zigzag(Int64(value)) }
    mutating func field(_ id: Int16, i32 value: Int32) { fieldHeader(id, .i32); zigzag(Int64(value)) }
    mutating func field(_ id: Int16, i64 value: Int64) { fieldHeader(id, .i64); zigzag(value) }
    mutating func field(_ id: Int16, byte value: Int8) { fieldHeader(id, .byte); bytes.append(UInt8(bitPattern: value)) }
    mutating func field(_ id: Int16, bool value: Bool) { fieldHeader(id, value ? .booleanTrue : .booleanFalse) }
    mutating func field(_ id: Int16, binary value: [UInt8]) {
        fieldHeader(id, .binary)
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }
    mutating func field(_ id: Int16, string value: String) { field(id, binary: Array(value.utf8)) }

    /// A struct-valued field: `body` writes its fields.
    mutating func field(_ id: Int16, structure body: (inout ThriftCompactWriter) -> Void) {
        fieldHeader(id, .structure)
        structure(body)
    }

    /// A struct (a list element, or the top-level message): its fields, then the stop byte.
    mutating func structure(_ body: (inout ThriftCompactWriter) -> Void) {
        lastIDs.append(0)
        body(&self)
        bytes.append(0)
        lastIDs.removeLast()
    }

    private mutating func listHeader(_ type: ThriftCompactReader.WireType, count: Int) {
        if count < 15 {
            bytes.append(UInt8(count) << 4 | type.rawValue)
        } else {
            bytes.append(0xF0 | type.rawValue)
            varint(UInt64(count))
        }
    }

    mutating func field<T>(_ id: Int16, structs items: [T], _ body: (inout ThriftCompactWriter, T) -> Void) {
        fieldHeader(id, .list)
        listHeader(.structure, count: items.count)
        for item in items { structure { body(&$0, item) } }
    }

    mutating func field(_ id: Int16, i32s items: [Int32]) {
        fieldHeader(id, .list)
        listHeader(.i32, count: items.count)
        for item in items { zigzag(Int64(item)) }
    }

    mutating func field(_ id: Int16, strings items: [String]) {
        fieldHeader(id, .list)
        listHeader(.binary, count: items.count)
        for item in items {
            varint(UInt64(item.utf8.count))
            bytes.append(contentsOf: item.utf8)
        }
    }
}
