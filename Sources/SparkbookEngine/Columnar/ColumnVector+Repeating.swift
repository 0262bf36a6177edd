/// One value spread over many rows (a literal as a column): the value is converted once, through
/// `ColumnBuilder`, and its typed slot repeated, instead of appending a boxed value per row.
extension ColumnVector {
    /// This one-row column's value in each of `count` rows.
    func repeated(_ count: Int) -> ColumnVector {
        precondition(self.count == 1, "only a one-row column repeats")
        let validity = isNull(0) && count > 0 ? ValidityMask(allNull: count) : nil
        let spread: Storage
        switch storage {
        case .int32(let v): spread = .int32(Array(repeating: v[0], count: count))
        case .int64(let v): spread = .int64(Array(repeating: v[0], count: count))
        case .float64(let v): spread = .float64(Array(repeating: v[0], count: count))
        case .boolean(let v): spread = .boolean(Array(repeating: v[0], count: count))
        case .int128(let v): spread = .int128(Array(repeating: v[0], count: count))
        case .string(let v): spread = .string(v.repeatingFirst(count))
        case .null: spread = .null(count: count)
        case .array, .structure, .map:
            var builder = ColumnBuilder(type: dataType, capacity: count)
            let first = value(at: 0)
            for _ in 0..<count { builder.append(first) }
            return builder.finish()
        }
        return ColumnVector(dataType: dataType, storage: spread, validity: validity)
    }
}

extension StringBuffer {
    /// The first string, `count` times.
    func repeatingFirst(_ count: Int) -> StringBuffer {
        let one = bytes[byteRange(0)]
        var repeated: [UInt8] = []
        repeated.reserveCapacity(one.count * count)
        for _ in 0..<count { repeated.append(contentsOf: one) }
        return StringBuffer(bytes: repeated, offsets: (0...count).map { Int32($0 * one.count) })
    }
}
