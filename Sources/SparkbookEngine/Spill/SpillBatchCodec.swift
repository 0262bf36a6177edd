/// A record batch as bytes for spill files and evicted shuffle blocks: the typed buffers as they lie in memory
/// (little-endian, no compression), so writing and reading back are copies, not conversions. The schema is not
/// written; the reader knows it.
///
/// Layout: row count (Int64), column count (Int64), then per column a storage tag (UInt8), a validity flag
/// (UInt8) with the mask's words if set, and the values: fixed-width buffers as they are, strings as offsets
/// then bytes. Boxed array columns have no layout (`canEncode` is false): batches holding them stay in memory.
enum SpillBatchCodec {
    struct Corrupt: Error {}

    static func canEncode(_ batch: RecordBatch) -> Bool {
        batch.columns.allSatisfy {
            switch $0.storage { case .array, .structure, .map: false; default: true }
        }
    }

    static func encode(_ batch: RecordBatch) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(batch.byteSize + 64 + batch.columns.count * 32)
        append(Int64(batch.rowCount), to: &out)
        append(Int64(batch.columns.count), to: &out)
        for column in batch.columns {
            let tag: UInt8
            switch column.storage {
            case .int32: tag = 0
            case .int64: tag = 1
            case .float64: tag = 2
            case .boolean: tag = 3
            case .string: tag = 4
            case .int128: tag = 5
            case .null: tag = 6
            case .array, .structure, .map: preconditionFailure("nested columns are not spilled")
            }
            out.append(tag)
            if let validity = column.validity {
                out.append(1)
                append(Int64(validity.count), to: &out)
                append(Int64(validity.words.count), to: &out)
                appendArray(validity.words, to: &out)
            } else {
                out.append(0)
            }
            switch column.storage {
            case .int32(let v): append(Int64(v.count), to: &out); appendArray(v, to: &out)
            case .int64(let v): append(Int64(v.count), to: &out); appendArray(v, to: &out)
            case .float64(let v): append(Int64(v.count), to: &out); appendArray(v, to: &out)
            case .boolean(let v): append(Int64(v.count), to: &out); appendArray(v.map { $0 ? UInt8(1) : 0 }, to: &out)
            case .int128(let v): append(Int64(v.count), to: &out); appendArray(v, to: &out)
            case .string(let s):
                append(Int64(s.offsets.count), to: &out); appendArray(s.offsets, to: &out)
                append(Int64(s.bytes.count), to: &out); appendArray(s.bytes, to: &out)
            case .null(let n): append(Int64(n), to: &out)
            case .array, .structure, .map: break
            }
        }
        return out
    }

    static func decode(_ bytes: [UInt8], schema: StructType) throws -> RecordBatch {
        var reader = Reader(bytes: bytes)
        let rows = try reader.int()
        let count = try reader.int()
        guard count == schema.fields.count else { throw Corrupt() }
        var columns: [ColumnVector] = []
        columns.reserveCapacity(count)
        for field in schema.fields {
            let tag = try reader.byte()
            var validity: ValidityMask?
            if try reader.byte() == 1 {
                let n = try reader.int()
                let words: [UInt64] = try reader.array(try reader.int())
                validity = ValidityMask(words: words, count: n)
            }
            let storage: ColumnVector.Storage
            switch tag {
            case 0: storage = .int32(try reader.array(try reader.int()))
            case 1: storage = .int64(try reader.array(try reader.int()))
            case 2: storage = .float64(try reader.array(try reader.int()))
            case 3: storage = .boolean((try reader.array(try reader.int()) as [UInt8]).map { $0 != 0 })
            case 5: storage = .int128(try reader.array(try reader.int()))
            case 4:
                let offsets: [Int32] = try reader.array(try reader.int())
                let data: [UInt8] = try reader.array(try reader.int())
                storage = .string(StringBuffer(bytes: data, offsets: offsets))
            case 6: storage = .null(count: try reader.int())
            default: throw Corrupt()
            }
            columns.append(ColumnVector(dataType: field.dataType, storage: storage, validity: validity))
        }
        return RecordBatch(schema: schema, columns: columns, rowCount: rows)
    }

    private static func append(_ value: Int64, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func appendArray<T: BitwiseCopyable>(_ values: [T], to out: inout [UInt8]) {
        values.withUnsafeBytes { out.append(contentsOf: $0) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func byte() throws -> UInt8 {
            guard position < bytes.count else { throw Corrupt() }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func int() throws -> Int {
            let values: [Int64] = try array(1)
            return Int(Int64(littleEndian: values[0]))
        }

        mutating func array<T: BitwiseCopyable>(_ count: Int) throws -> [T] {
            let size = count * MemoryLayout<T>.stride
            guard count >= 0, position + size <= bytes.count else { throw Corrupt() }
            defer { position += size }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[position..<position + size]))
                }
                initialized = count
            }
        }
    }
}
