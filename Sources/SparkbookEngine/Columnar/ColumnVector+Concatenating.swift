/// Columns of one type joined end to end, buffer by buffer (no `Value` per row).
extension ColumnVector {
    static func concatenating(_ parts: [ColumnVector], type: DataType) -> ColumnVector {
        if parts.count == 1 && parts[0].dataType == type { return parts[0] }
        let total = parts.reduce(0) { $0 + $1.count }
        var mask: ValidityMask?
        if parts.contains(where: { $0.validity != nil || { if case .null = $0.storage { true } else { false } }($0) }) {
            var m = ValidityMask()
            m.reserveCapacity(total)
            for part in parts {
                if let v = part.validity {
                    for r in 0..<part.count { m.append(v.isValid(r)) }
                } else {
                    let valid = if case .null = part.storage { false } else { true }
                    for _ in 0..<part.count { m.append(valid) }
                }
            }
            mask = m
        }
        func joined<T>(_ pick: (ColumnVector) -> [T]?) -> [T]? {
            var out: [T] = []
            out.reserveCapacity(total)
            for part in parts {
                guard let values = pick(part) else { return nil }
                out.append(contentsOf: values)
            }
            return out
        }
        var storage: Storage?
        switch parts.allSatisfy({ $0.dataType == type }) ? parts.first?.storage : nil {
        case .int32: storage = joined { if case .int32(let v) = $0.storage { v } else { nil } }.map { .int32($0) }
        case .int64: storage = joined { if case .int64(let v) = $0.storage { v } else { nil } }.map { .int64($0) }
        case .float64: storage = joined { if case .float64(let v) = $0.storage { v } else { nil } }.map { .float64($0) }
        case .boolean: storage = joined { if case .boolean(let v) = $0.storage { v } else { nil } }.map { .boolean($0) }
        case .int128: storage = joined { if case .int128(let v) = $0.storage { v } else { nil } }.map { .int128($0) }
        case .string:
            var out = StringBuffer()
            var ok = true
            out.reserveCapacity(rows: total, bytes: parts.reduce(0) { if case .string(let s) = $1.storage { $0 + s.bytes.count } else { $0 } })
            for part in parts {
                guard case .string(let s) = part.storage else { ok = false; break }
                out.append(contentsOf: s)
            }
            storage = ok ? .string(out) : nil
        default: storage = nil
        }
        if let storage { return ColumnVector(dataType: type, storage: storage, validity: mask) }
        // Mixed or boxed storage (null columns, arrays): through values.
        var builder = ColumnBuilder(type: type, capacity: total)
        for part in parts { for r in 0..<part.count { builder.append(part.value(at: r)) } }
        return builder.finish()
    }
}
