extension AggregationBatch {
    /// Writes rows `start ..< start + rows` of `column` as the codes of key `k` (typed reads, no `Value`s).
    func encodeKey(_ column: ColumnVector, k: Int, from start: Int, rows: Int,
                   dictionary: inout StringDictionary) {
        let codes = keyCodes + k * capacity
        let valid = keyValid + k * capacity
        if let validity = column.validity {
            for row in 0..<rows { valid[row] = validity.isValid(start + row) }
        } else {
            for row in 0..<rows { valid[row] = true }
        }
        switch column.storage {
        case .int32(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(int32: v[start + row]) }
        case .int64(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(int64: v[start + row]) }
        case .float64(let v): for row in 0..<rows { codes[row] = GroupKeyCodes.code(double: v[start + row]) }
        case .boolean(let v): for row in 0..<rows { codes[row] = v[start + row] ? 1 : 0 }
        case .string(let strings):
            let tails = keyTails + k * capacity
            strings.bytes.withUnsafeBufferPointer { bytes in
                let base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                // Strings of up to 15 bytes are packed; the dictionary slots of longer ones are read first, their
                // cache misses overlapping.
                var sink: UInt64 = 0
                for row in 0..<rows where dictionary.count > 0 && valid[row] {
                    let range = strings.byteRange(start + row)
                    if range.count > GroupKeyCodes.inlineBytes {
                        sink ^= dictionary.homeSlot(base + range.lowerBound, count: range.count)
                    }
                }
                dictionary.keep(sink)
                let end = bytes.count
                for row in 0..<rows where valid[row] {
                    let range = strings.byteRange(start + row)
                    if range.count <= GroupKeyCodes.inlineBytes, range.lowerBound &+ 16 <= end {
                        // Two loads, the bytes past the string masked off.
                        let words = UnsafeRawPointer(base + range.lowerBound)
                        (codes[row], tails[row]) = GroupKeyCodes.inline(
                            first: words.loadUnaligned(as: UInt64.self).littleEndian,
                            second: words.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian,
                            count: range.count)
                    } else {
                        (codes[row], tails[row]) = GroupKeyCodes.code(string: base + range.lowerBound,
                                                                      count: range.count, dictionary: &dictionary)
                    }
                }
                for row in 0..<rows where !valid[row] { tails[row] = 0 }
            }
        case .null: for row in 0..<rows { valid[row] = false }
        case .int128: preconditionFailure("decimal keys stay on the general aggregation path")
        case .array, .structure, .map: preconditionFailure("GroupKeyCodes.supports keeps nested keys on the general path")
        }
        for row in 0..<rows where !valid[row] { codes[row] = 0 }
    }

    /// Copies rows `start ..< start + rows` of `column` as the input of call `c`: `Int64` for integral columns,
    /// `Double` for doubles, validity for every type.
    func copyInput(_ column: ColumnVector, c: Int, from start: Int, rows: Int, asDouble: Bool = false) {
        let valid = inputValid + c * capacity
        if let validity = column.validity {
            for row in 0..<rows { valid[row] = validity.isValid(start + row) }
        } else {
            for row in 0..<rows { valid[row] = true }
        }
        let longs = self.longs + c * capacity
        let doubles = self.doubles + c * capacity
        switch column.storage {
        case .int32(let v) where asDouble: for row in 0..<rows { doubles[row] = Double(v[start + row]) }
        case .int64(let v) where asDouble: for row in 0..<rows { doubles[row] = Double(v[start + row]) }
        case .int32(let v): for row in 0..<rows { longs[row] = Int64(v[start + row]) }
        case .int64(let v): for row in 0..<rows { longs[row] = v[start + row] }
        case .float64(let v): for row in 0..<rows { doubles[row] = v[start + row] }
        case .null: for row in 0..<rows { valid[row] = false }
        case .boolean, .string, .int128, .array, .structure, .map: break // only count(col) reads these, and it reads validity only
        }
    }
}
