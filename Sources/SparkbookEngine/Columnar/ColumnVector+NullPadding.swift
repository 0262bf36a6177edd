/// Gathering rows where some positions have no row (the missing side of an outer join): -1 gives a null.
extension ColumnVector {
    func gather(padded indices: [Int32]) -> ColumnVector {
        let padded = indices.contains(-1)
        guard padded || validity != nil else {
            return gather(indices.map(Int.init))
        }
        var mask = ValidityMask()
        mask.reserveCapacity(indices.count)
        for i in indices { mask.append(i >= 0 && !isNull(Int(i))) }
        func pick<T>(_ v: [T], _ empty: T) -> [T] { indices.map { $0 >= 0 ? v[Int($0)] : empty } }
        let storage: Storage
        switch self.storage {
        case .int32(let v): storage = .int32(pick(v, 0))
        case .int64(let v): storage = .int64(pick(v, 0))
        case .float64(let v): storage = .float64(pick(v, 0))
        case .boolean(let v): storage = .boolean(pick(v, false))
        case .int128(let v): storage = .int128(pick(v, 0))
        case .null: storage = .null(count: indices.count)
        case .array(let v): storage = .array(pick(v, []))
        case .string(let v):
            var out = StringBuffer()
            out.reserveCapacity(rows: indices.count, bytes: indices.count * 8)
            v.bytes.withUnsafeBufferPointer { all in
                for i in indices {
                    if i >= 0 { out.append(bytes: UnsafeBufferPointer(rebasing: all[v.byteRange(Int(i))])) } else { out.appendEmpty() }
                }
            }
            storage = .string(out)
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: mask)
    }
}
