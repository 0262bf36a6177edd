/// The bytes a batch's columns occupy as the engine stores them (typed buffers, string bytes and offsets,
/// validity bits): what a shuffle really holds, so shuffle metrics report measured sizes, not estimates.
extension ColumnVector {
    public var byteSize: Int {
        let values: Int = switch storage {
        case .int32(let v): v.count * 4
        case .int64(let v): v.count * 8
        case .float64(let v): v.count * 8
        case .int128(let v): v.count * 16
        case .boolean(let v): v.count
        case .string(let s): Int((s.offsets.last ?? 0) - (s.offsets.first ?? 0)) + s.offsets.count * 4
        // Boxed arrays: 8 bytes per element slot plus the text of string elements, as they would be encoded.
        case .array(let rows): rows.reduce(0) { total, elements in
            total + 8 + elements.reduce(0) { size, element in
                if case .string(let s) = element { size + 8 + s.utf8.count } else { size + 8 }
            }
        }
        case .null: 0
        case .structure(let children, _): children.reduce(0) { $0 + $1.byteSize }
        case .map(let offsets, let keys, let values): offsets.count * 4 + keys.byteSize + values.byteSize
        }
        return values + (validity.map { ($0.count + 7) / 8 } ?? 0)
    }
}

extension RecordBatch {
    public var byteSize: Int { columns.reduce(0) { $0 + $1.byteSize } }
}
