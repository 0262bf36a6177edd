/// Reads a record batch's columns out of its body, consuming `FieldNode`s and `Buffer`s in the order
/// `ArrowBodyWriter` (and every Arrow writer) lays them out. Every buffer is checked against the body and the
/// node's length before it is read.
struct ArrowBodyReader {
    let body: ArraySlice<UInt8>
    let nodes: [[Int64]]
    let buffers: [[Int64]]
    private var nextNode = 0
    private var nextBuffer = 0

    init(body: ArraySlice<UInt8>, nodes: [[Int64]], buffers: [[Int64]]) {
        self.body = body
        self.nodes = nodes
        self.buffers = buffers
    }

    private mutating func node() throws -> (length: Int, nulls: Int) {
        guard nextNode < nodes.count else { throw ArrowIPCError.malformed("fewer field nodes than the schema's columns") }
        defer { nextNode += 1 }
        let n = nodes[nextNode]
        guard n[0] >= 0, n[1] >= 0, n[1] <= n[0] else { throw ArrowIPCError.malformed("a field node of length \(n[0]) with \(n[1]) nulls") }
        return (Int(n[0]), Int(n[1]))
    }

    private mutating func buffer() throws -> ArraySlice<UInt8> {
        guard nextBuffer < buffers.count else { throw ArrowIPCError.malformed("fewer buffers than the schema's columns need") }
        defer { nextBuffer += 1 }
        let offset = buffers[nextBuffer][0], length = buffers[nextBuffer][1]
        guard offset >= 0, length >= 0, offset + length <= Int64(body.count) else {
            throw ArrowIPCError.malformed("a buffer at \(offset) of \(length) bytes past the body's \(body.count)")
        }
        let start = body.startIndex + Int(offset)
        return body[start..<(start + Int(length))]
    }

    /// `count` values of `T` from the next buffer.
    private mutating func values<T>(_: T.Type, count: Int) throws -> [T] {
        let bytes = try buffer()
        guard bytes.count >= count * MemoryLayout<T>.stride else {
            throw ArrowIPCError.malformed("a buffer of \(bytes.count) bytes for \(count) values of \(MemoryLayout<T>.stride) bytes")
        }
        return [T](unsafeUninitializedCapacity: count) { out, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(out).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<(count * MemoryLayout<T>.stride)]))
            }
            initialized = count
        }
    }

    private mutating func validity(count: Int, nulls: Int) throws -> ValidityMask? {
        let bytes = try buffer()
        guard nulls > 0 else { return nil }
        guard bytes.count * 8 >= count else { throw ArrowIPCError.malformed("a validity bitmap shorter than its \(count) rows") }
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        words.withUnsafeMutableBytes { out in
            for i in 0..<min(out.count, bytes.count) { out[i] = bytes[bytes.startIndex + i] }
        }
        if count & 63 != 0, !words.isEmpty { words[words.count - 1] &= (1 << UInt64(count & 63)) - 1 }
        return ValidityMask(words: words, count: count)
    }

    /// `count + 1` offsets (`Int64` for Arrow's large types), checked to rise.
    private mutating func offsets(count: Int, large: Bool) throws -> [Int] {
        let offsets = large ? try values(Int64.self, count: count + 1).map(Int.init) : try values(Int32.self, count: count + 1).map(Int.init)
        for i in offsets.indices.dropFirst() where offsets[i] < offsets[i - 1] {
            throw ArrowIPCError.malformed("offsets that decrease")
        }
        return offsets
    }

    mutating func column(_ type: DataType, layout: ArrowLayout) throws -> ColumnVector {
        let (count, nulls) = try node()
        if case .null = type { return ColumnVector(dataType: type, storage: .null(count: count)) }
        let mask = try validity(count: count, nulls: nulls)
        let storage: ColumnVector.Storage
        switch type {
        case .byte: storage = .int32(try values(Int8.self, count: count).map(Int32.init))
        case .short: storage = .int32(try values(Int16.self, count: count).map(Int32.init))
        case .integer, .date: storage = .int32(try values(Int32.self, count: count))
        case .long, .timestamp, .timestampNTZ, .dayTimeInterval, .time: storage = .int64(try values(Int64.self, count: count))
        case .float: storage = .float64(try values(Float.self, count: count).map(Double.init))
        case .double: storage = .float64(try values(Double.self, count: count))
        case .decimal: storage = .int128(try values(Int128.self, count: count))
        case .boolean:
            let bits = try buffer()
            guard bits.count * 8 >= count else { throw ArrowIPCError.malformed("a boolean buffer shorter than its rows") }
            storage = .boolean((0..<count).map { bits[bits.startIndex + ($0 >> 3)] & (1 << UInt8($0 & 7)) != 0 })
        case .string, .binary:
            let offsets = try self.offsets(count: count, large: layout.largeOffsets)
            let data = try buffer()
            let first = offsets.first ?? 0, last = offsets.last ?? 0
            guard first >= 0, last >= first, last <= data.count else { throw ArrowIPCError.malformed("string offsets past their data") }
            storage = .string(StringBuffer(bytes: Array(data[(data.startIndex + first)..<(data.startIndex + last)]),
                                           offsets: offsets.map { Int32($0 - first) }))
        case .array(let element, _):
            let offsets = try self.offsets(count: count, large: layout.largeOffsets)
            let child = try column(element, layout: layout.child(0))
            guard (offsets.first ?? 0) >= 0, (offsets.last ?? 0) <= child.count else { throw ArrowIPCError.malformed("list offsets past their child") }
            storage = .array((0..<count).map { row in (offsets[row]..<offsets[row + 1]).map { child.value(at: $0) } })
        case .structure(let fields):
            storage = .structure(try fields.fields.enumerated().map { try column($0.element.dataType, layout: layout.child($0.offset)) },
                                 count: count)
        case .map(let key, let value, _):
            let offsets = try self.offsets(count: count, large: false)
            let (entries, _) = try node()
            _ = try buffer()  // the entries struct's validity: entries are never null
            let entryLayout = layout.child(0)
            let keys = try column(key, layout: entryLayout.child(0)), values = try column(value, layout: entryLayout.child(1))
            let first = offsets.first ?? 0
            guard first >= 0, (offsets.last ?? 0) <= entries, keys.count == entries, values.count == entries else {
                throw ArrowIPCError.malformed("map offsets past their entries")
            }
            storage = first == 0 && entries == offsets.last
                ? .map(offsets: offsets.map(Int32.init), keys: keys, values: values)
                : ColumnVector.gatherMap(offsets.map(Int32.init), keys, values, (0..<Int32(count)).map { $0 })
        default:
            throw ArrowIPCError.unsupportedType("for Spark's \(type.simpleString)")
        }
        return ColumnVector(dataType: type, storage: storage, validity: mask)
    }
}
