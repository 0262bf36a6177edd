/// Gathering rows where some positions have no row (the missing side of an outer join): -1 gives a null.
extension ColumnVector {
    func gather(padded indices: [Int32]) -> ColumnVector {
        let padded = indices.contains(-1)
        var mask: ValidityMask?
        if padded || validity != nil {
            var m = ValidityMask()
            m.reserveCapacity(indices.count)
            for i in indices { m.append(i >= 0 && !isNull(Int(i))) }
            mask = m
        }
        func pick<T>(_ v: [T], _ empty: T) -> [T] {
            padded ? indices.map { $0 >= 0 ? v[Int($0)] : empty } : indices.map { v[Int($0)] }
        }
        let storage: Storage
        switch self.storage {
        case .int32(let v): storage = .int32(pick(v, 0))
        case .int64(let v): storage = .int64(pick(v, 0))
        case .float64(let v): storage = .float64(pick(v, 0))
        case .boolean(let v): storage = .boolean(pick(v, false))
        case .int128(let v): storage = .int128(pick(v, 0))
        case .null: storage = .null(count: indices.count)
        case .array(let v): storage = .array(pick(v, []))
        case .structure(let children, _): storage = .structure(children.map { $0.gather(padded: indices) }, count: indices.count)
        case .map(let offsets, let keys, let values): storage = Self.gatherMap(offsets, keys, values, indices)
        case .string(let v): storage = .string(v.gathered(indices))
        }
        return ColumnVector(dataType: dataType, storage: storage, validity: mask)
    }
}
