/// A column split by a `RowPartitioning`: values scattered to their grouped positions in one pass over the
/// column, then cut into one contiguous buffer per partition.
extension ColumnVector {
    func partitioned(_ partitioning: RowPartitioning) -> [ColumnVector] {
        let mask = validity.map { partitionedValidity($0, partitioning) }
        func columns(_ parts: [Storage]) -> [ColumnVector] {
            parts.indices.map { ColumnVector(dataType: dataType, storage: parts[$0], validity: mask?[$0]) }
        }
        switch storage {
        case .int32(let v): return columns(Self.split(v, partitioning).map { .int32($0) })
        case .int64(let v): return columns(Self.split(v, partitioning).map { .int64($0) })
        case .float64(let v): return columns(Self.split(v, partitioning).map { .float64($0) })
        case .boolean(let v): return columns(Self.split(v, partitioning).map { .boolean($0) })
        case .int128(let v): return columns(Self.split(v, partitioning).map { .int128($0) })
        case .string(let s): return columns(Self.split(s, partitioning).map { .string($0) })
        case .null: return (0..<partitioning.count).map { ColumnVector(dataType: dataType, storage: .null(count: partitioning.rows(in: $0))) }
        case .array, .structure, .map:
            let order = partitioning.order
            return (0..<partitioning.count).map { p in gather(Array(order[partitioning.starts[p]..<partitioning.starts[p + 1]])) }
        }
    }

    /// Fixed-width values: scattered into one buffer in grouped order, then one copy per partition.
    private static func split<T: BitwiseCopyable>(_ values: [T], _ partitioning: RowPartitioning) -> [[T]] {
        let n = values.count
        let grouped = [T](unsafeUninitializedCapacity: n) { out, initialized in
            values.withUnsafeBufferPointer { source in
                partitioning.destination.withUnsafeBufferPointer { destination in
                    let target = out.baseAddress!
                    for row in 0..<n { (target + Int(destination[row])).initialize(to: source[row]) }
                }
            }
            initialized = n
        }
        return (0..<partitioning.count).map { p in Array(grouped[partitioning.starts[p]..<partitioning.starts[p + 1]]) }
    }

    /// Strings: each partition's bytes laid out in one buffer (a cursor per partition), then cut.
    private static func split(_ strings: StringBuffer, _ partitioning: RowPartitioning) -> [StringBuffer] {
        let n = strings.count, count = partitioning.count
        var byteStarts = [Int](repeating: 0, count: count + 1)
        // Each row's length at its grouped position, to rebuild the offsets from.
        var lengths = [Int32](repeating: 0, count: n)
        strings.offsets.withUnsafeBufferPointer { offsets in
            partitioning.partitionOf.withUnsafeBufferPointer { partitionOf in
                partitioning.destination.withUnsafeBufferPointer { destination in
                    lengths.withUnsafeMutableBufferPointer { lengths in
                        for row in 0..<n {
                            let length = offsets[row &+ 1] &- offsets[row]
                            byteStarts[Int(partitionOf[row]) &+ 1] &+= Int(length)
                            lengths[Int(destination[row])] = length
                        }
                    }
                }
            }
        }
        for p in 0..<count { byteStarts[p &+ 1] &+= byteStarts[p] }
        let total = byteStarts[count]
        var fill = byteStarts
        let grouped = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            strings.bytes.withUnsafeBufferPointer { bytes in
                strings.offsets.withUnsafeBufferPointer { offsets in
                    partitioning.partitionOf.withUnsafeBufferPointer { partitionOf in
                        guard let target = out.baseAddress else { return }
                        let source = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
                        for row in 0..<n {
                            let p = Int(partitionOf[row])
                            let start = Int(offsets[row]), length = Int(offsets[row &+ 1]) &- start
                            // A word past the string stays inside this partition's bytes, whose rest comes
                            // after it: the next partition's bytes may already be written.
                            ShortByteCopy.copy(source, from: start, sourceEnd: bytes.count, target, to: fill[p],
                                               targetEnd: byteStarts[p &+ 1], count: length)
                            fill[p] &+= length
                        }
                    }
                }
            }
            initialized = total
        }
        return (0..<count).map { p in
            let rows = partitioning.starts[p]..<partitioning.starts[p + 1]
            var offsets = [Int32](repeating: 0, count: rows.count + 1)
            var at: Int32 = 0
            for (i, position) in rows.enumerated() {
                at &+= lengths[position]
                offsets[i &+ 1] = at
            }
            return StringBuffer(bytes: Array(grouped[byteStarts[p]..<byteStarts[p + 1]]), offsets: offsets)
        }
    }

    private func partitionedValidity(_ validity: ValidityMask, _ partitioning: RowPartitioning) -> [ValidityMask] {
        let valid = Self.split((0..<partitioning.rowCount).map { validity.isValid($0) }, partitioning)
        return valid.map { bits in
            var mask = ValidityMask()
            mask.reserveCapacity(bits.count)
            for bit in bits { mask.append(bit) }
            return mask
        }
    }
}
