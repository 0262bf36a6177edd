/// Reads Thrift's compact protocol, the encoding of every Parquet footer and page header.
///
/// Written here rather than taken from a package: no Swift Thrift library is on this machine's list, and Parquet
/// needs only the compact protocol's reading of structs, lists and scalars (about a page of code). Structs are
/// read field by field through a callback; fields a reader doesn't know are skipped, as Thrift requires.
struct ThriftCompactReader {
    /// The bounds-checked byte, varint and slice reads the page decoders use too.
    private var cursor: ParquetByteCursor
    private var bytes: UnsafeRawBufferPointer { cursor.bytes }
    var position: Int {
        get { cursor.position }
        set { cursor.position = newValue }
    }

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        cursor = ParquetByteCursor(bytes, at: position)
    }

    /// The compact protocol's wire types.
    enum WireType: UInt8 {
        case stop = 0, booleanTrue = 1, booleanFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7,
             binary = 8, list = 9, set = 10, map = 11, structure = 12
    }

    /// A field header as read: its id and type; a boolean field's value is carried in its type.
    struct Field {
        let id: Int16
        let type: WireType
        var bool: Bool { type == .booleanTrue }
    }

    mutating func byte() throws -> UInt8 { try cursor.byte() }

    mutating func varint() throws -> UInt64 { try cursor.varint() }

    mutating func zigzag() throws -> Int64 { try cursor.zigzag() }

    mutating func i32() throws -> Int32 {
        let v = try zigzag()
        guard let narrow = Int32(exactly: v) else { throw ParquetError("Thrift i32 out of range: \(v)") }
        return narrow
    }

    mutating func i64() throws -> Int64 { try zigzag() }

    mutating func double() throws -> Double {
        guard position + 8 <= bytes.count else { throw ParquetError("Thrift data ends early at byte \(position)") }
        var raw: UInt64 = 0
        for i in 0..<8 { raw |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: raw)
    }

    mutating func binary() throws -> [UInt8] {
        let length = Int(try varint())
        return Array(try cursor.take(length, "a Thrift binary of \(length) bytes"))
    }

    mutating func string() throws -> String {
        String(decoding: try binary(), as: UTF8.self)
    }

    /// A list header: element type and count.
    mutating func listHeader() throws -> (type: WireType, count: Int) {
        let header = try byte()
        guard let type = WireType(rawValue: header & 0x0F) else { throw ParquetError("Unknown Thrift list element type \(header & 0x0F)") }
        var count = Int(header >> 4)
        if count == 15 { count = Int(try varint()) }
        return (type, count)
    }

    /// Reads a list whose elements `element` reads.
    mutating func list<T>(_ element: (inout ThriftCompactReader) throws -> T) throws -> [T] {
        let (_, count) = try listHeader()
        guard count <= bytes.count - position else { throw ParquetError("Thrift list of \(count) elements is longer than the data") }
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try element(&self)) }
        return out
    }

    /// Reads a struct: `field` is called for each field present, with the reader positioned on its value; it
    /// returns false for a field it doesn't read, which is then skipped.
    mutating func structure(_ field: (inout ThriftCompactReader, Field) throws -> Bool) throws {
        var lastID: Int16 = 0
        while true {
            let header = try byte()
            if header == 0 { return }
            guard let type = WireType(rawValue: header & 0x0F) else {
                throw ParquetError("Unknown Thrift field type \(header & 0x0F) at byte \(position - 1)")
            }
            let delta = Int16(header >> 4)
            let id = delta == 0 ? Int16(truncatingIfNeeded: try zigzag()) : lastID &+ delta
            lastID = id
            let f = Field(id: id, type: type)
            if try !field(&self, f) { try skip(type) }
        }
    }

    /// Skips a value of `type` (a field this reader doesn't know).
    mutating func skip(_ type: WireType) throws {
        switch type {
        case .stop, .booleanTrue, .booleanFalse: return
        case .byte: position += 1
        case .i16, .i32, .i64: _ = try varint()
        case .double: position += 8
        case .binary: _ = try binary()
        case .list, .set:
            let (element, count) = try listHeader()
            for _ in 0..<count {
                if element == .booleanTrue || element == .booleanFalse { position += 1 } else { try skip(element) }
            }
        case .map:
            let count = Int(try varint())
            if count > 0 {
                let types = try byte()
                guard let k = WireType(rawValue: types >> 4), let v = WireType(rawValue: types & 0x0F) else {
                    throw ParquetError("Unknown Thrift map types at byte \(position - 1)")
                }
                for _ in 0..<count { try skip(k); try skip(v) }
            }
        case .structure: try structure { _, _ in false }
        }
        if position > bytes.count { throw ParquetError("Thrift data ends early") }
    }
}
