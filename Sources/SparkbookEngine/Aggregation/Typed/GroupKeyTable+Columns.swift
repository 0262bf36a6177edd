/// Groups' keys back out of their codes, straight into typed columns and shuffle hashes (no `Value`s).
extension GroupKeyTable {
    /// Key `k` of `groups`, in that order, as a column of `type`.
    func keyColumn(_ k: Int, type: DataType, groups: some Collection<Int>,
                   dictionary: StringDictionary) -> ColumnVector {
        if type == .string {
            return stringColumns(k, groups: groups, bucketOf: nil, counts: [groups.count], dictionary: dictionary)[0]
        }
        var validity: ValidityMask?
        // Written in place: no append (and its capacity check) per value.
        func codes<T: BitwiseCopyable>(_ decode: (UInt64) -> T, empty: T) -> [T] {
            let n = groups.count
            return [T](unsafeUninitializedCapacity: max(1, n)) { out, initialized in
                var row = 0
                for g in groups {
                    if isNull(group: g, key: k) {
                        if validity == nil { validity = ValidityMask(allValid: n) }
                        validity!.setNull(row)
                        (out.baseAddress! + row).initialize(to: empty)
                    } else {
                        (out.baseAddress! + row).initialize(to: decode(word(group: g, key: k)))
                    }
                    row &+= 1
                }
                initialized = n
            }
        }
        let storage: ColumnVector.Storage
        switch type {
        case .integer, .date: storage = .int32(codes({ Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }, empty: 0))
        case .long, .timestamp: storage = .int64(codes({ Int64(bitPattern: $0) }, empty: 0))
        case .double: storage = .float64(codes({ Double(bitPattern: $0) }, empty: 0))
        case .boolean: storage = .boolean(codes({ $0 != 0 }, empty: false))
        case .string: preconditionFailure("decoded by stringColumns")
        case .null: storage = .null(count: groups.count)
        case .decimal, .array, .byte, .short, .float, .binary, .structure, .map, .variant, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
        }
        return ColumnVector(dataType: type, storage: storage, validity: validity)
    }

    /// Key `k` of every group split into one column per bucket (`bucketOf[g]`; `counts[p]` groups in bucket `p`,
    /// in group order), in one sequential pass over the table (`GroupColumnDealing`).
    func keyColumns(_ k: Int, type: DataType, bucketOf: [Int32], counts: [Int],
                    dictionary: StringDictionary) -> [ColumnVector] {
        func codes<T: BitwiseCopyable>(_ decode: (UInt64) -> T, empty: T,
                                       _ storage: ([T]) -> ColumnVector.Storage) -> [ColumnVector] {
            bucketOf.withUnsafeBufferPointer { bucketOf in
                GroupColumnDealing.deal(groups: count, bucketOf: bucketOf.baseAddress!, counts: counts, type: type,
                                        present: { !isNull(group: $0, key: k) },
                                        value: { decode(word(group: $0, key: k)) }, empty: empty, storage: storage)
            }
        }
        switch type {
        case .integer, .date: return codes({ Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }, empty: 0) { .int32($0) }
        case .long, .timestamp: return codes({ Int64(bitPattern: $0) }, empty: 0) { .int64($0) }
        case .double: return codes({ Double(bitPattern: $0) }, empty: 0) { .float64($0) }
        case .boolean: return codes({ $0 != 0 }, empty: false) { .boolean($0) }
        case .string:
            return bucketOf.withUnsafeBufferPointer {
                stringColumns(k, groups: 0..<count, bucketOf: $0.baseAddress!, counts: counts, dictionary: dictionary)
            }
        case .null: return counts.map { ColumnVector(dataType: type, storage: .null(count: $0), validity: nil) }
        case .decimal, .array, .byte, .short, .float, .binary, .structure, .map, .variant, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
        }
    }

    /// String key `k` of `groups` (in that order) dealt into `counts.count` buckets by `bucketOf[g]` (`nil`: one
    /// bucket, `counts[0]` = `groups.count`), one column per bucket, with no append per string: written into a
    /// buffer of each bucket's size plus 16 bytes of slack, an inline key (up to 15 bytes) as its two words stored
    /// whole, where `Array.append(contentsOf:)` cost a `memmove` call. When every string is inline (no interned
    /// one), 15 bytes a string bound the size and nothing is measured first: the buffer's pages past what is
    /// written are never touched.
    func stringColumns(_ k: Int, groups: some Collection<Int>, bucketOf: UnsafePointer<Int32>?, counts: [Int],
                       dictionary: StringDictionary) -> [ColumnVector] {
        let t = tailRanks[k]
        let buckets = counts.count
        let interned = dictionary.count > 0
        var totals = counts.map { $0 &* GroupKeyCodes.inlineBytes }
        if interned {
            totals = [Int](repeating: 0, count: buckets)
            for g in groups {
                guard let code = code(group: g, key: k) else { continue }
                let tail = tail(group: g, tail: t)
                let p = bucketOf.map { Int($0[g]) } ?? 0
                totals[p] &+= GroupKeyCodes.isInterned(tail: tail)
                    ? dictionary.withBytes(Int(code)) { $0.count } : GroupKeyCodes.inlineCount(tail: tail)
            }
        }
        // Per bucket: its bytes (a buffer of the bound, copied out at its exact size: a column's array is kept,
        // by a cache among others, and slack there would stay resident), and the rows written so far.
        let bytes = UnsafeMutablePointer<UnsafeMutablePointer<UInt8>>.allocate(capacity: max(1, buckets))
        let at = UnsafeMutablePointer<Int>.allocate(capacity: max(1, buckets))
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: max(1, buckets))
        for p in 0..<buckets { (bytes + p).initialize(to: .allocate(capacity: totals[p] &+ 16)) }
        at.initialize(repeating: 0, count: buckets)
        rows.initialize(repeating: 0, count: buckets)
        defer {
            for p in 0..<buckets { bytes[p].deallocate() }
            bytes.deallocate(); at.deallocate(); rows.deallocate()
        }
        var validities = [ValidityMask?](repeating: nil, count: buckets)
        // Offsets, of known counts, go straight into the columns' arrays (`BucketArrays`).
        let offsetArrays = BucketArrays.fill(capacities: counts.map { $0 &+ 1 }) {
            (offsets: UnsafePointer<UnsafeMutablePointer<Int32>>) in
            for p in 0..<buckets { offsets[p][0] = 0 }
            for g in groups {
                let p = bucketOf.map { Int($0[g]) } ?? 0
                if let code = code(group: g, key: k) {
                    let tail = tail(group: g, tail: t)
                    if interned && GroupKeyCodes.isInterned(tail: tail) {
                        let target = bytes[p] + at[p]
                        at[p] &+= dictionary.withBytes(Int(code)) { source in
                            if let base = source.baseAddress { target.update(from: base, count: source.count) }
                            return source.count
                        }
                    } else {
                        // The words' bytes past the string are overwritten by the next one, or lie in the slack.
                        let target = UnsafeMutableRawPointer(bytes[p] + at[p])
                        target.storeBytes(of: code.littleEndian, as: UInt64.self)
                        target.storeBytes(of: tail.littleEndian, toByteOffset: 8, as: UInt64.self)
                        at[p] &+= GroupKeyCodes.inlineCount(tail: tail)
                    }
                } else {
                    if validities[p] == nil { validities[p] = ValidityMask(allValid: counts[p]) }
                    validities[p]!.setNull(rows[p])
                }
                rows[p] &+= 1
                offsets[p][rows[p]] = Int32(truncatingIfNeeded: at[p])
            }
            return counts.map { $0 &+ 1 }
        }
        return (0..<buckets).map { p in
            let strings = StringBuffer(bytes: Array(UnsafeBufferPointer(start: bytes[p], count: at[p])),
                                       offsets: offsetArrays[p])
            return ColumnVector(dataType: .string, storage: .string(strings), validity: validities[p])
        }
    }

    /// The shuffle partition of every group, as `partition(of:)` gives it, in one pass over the table with each
    /// key's type decided once (a passed-through partial aggregate has a group per row).
    func partitions(keyTypes: [DataType], dictionary: StringDictionary, count partitions: Int) -> [Int32] {
        enum Kind { case int32, int64, double, boolean, string, null }
        let kinds: [Kind] = keyTypes.map { type in
            switch type {
            case .integer, .date: .int32
            case .long, .timestamp: .int64
            case .double: .double
            case .boolean: .boolean
            case .string: .string
            case .null: .null
            case .decimal, .array, .byte, .short, .float, .binary, .structure, .map, .variant, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
            }
        }
        var out = [Int32](repeating: 0, count: count)
        let strings = kinds.indices.filter { kinds[$0] == .string }
        let tailRanks = self.tailRanks
        kinds.withUnsafeBufferPointer { kinds in
            out.withUnsafeMutableBufferPointer { out in
                for g in 0..<count {
                    // A block's interned strings are read first, their cache misses overlapping.
                    if g & 4_095 == 0, !strings.isEmpty { warmStrings(strings, groups: g..<min(count, g + 4_096), dictionary) }
                    var hash = ShuffleKeyHash()
                    for k in 0..<kinds.count {
                        guard let code = code(group: g, key: k) else { hash.null(); continue }
                        switch kinds[k] {
                        case .int32: hash.int32(Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
                        case .int64: hash.int64(Int64(bitPattern: code))
                        case .double: hash.double(Double(bitPattern: code))
                        case .boolean: hash.boolean(code != 0)
                        case .string:
                            let tail = tail(group: g, tail: tailRanks[k])
                            if GroupKeyCodes.isInterned(tail: tail) {
                                dictionary.withBytes(Int(code)) { hash.string($0) }
                            } else {
                                hash.packedString(head: code, tail: tail)
                            }
                        case .null: hash.null()
                        }
                    }
                    out[g] = Int32(truncatingIfNeeded: hash.partition(count: partitions))
                }
            }
        }
        return out
    }

    /// Reads the first byte of every interned string of keys `keys` of `groups` (none when every string is
    /// inline, the common case).
    private func warmStrings(_ keys: [Int], groups: Range<Int>, _ dictionary: StringDictionary) {
        guard dictionary.count > 0 else { return }
        let ranks = tailRanks
        var sink: UInt8 = 0
        for g in groups {
            for k in keys {
                if let code = code(group: g, key: k), GroupKeyCodes.isInterned(tail: tail(group: g, tail: ranks[k])) {
                    sink ^= dictionary.touch(Int(code))
                }
            }
        }
        touched ^= UInt64(sink)
    }

    /// The shuffle partition of group `g`: the same as `ShufflePartitioner.partition(of:)` of its key values.
    func partition(of g: Int, keyTypes: [DataType], dictionary: StringDictionary, count: Int) -> Int {
        var hash = ShuffleKeyHash()
        for (k, type) in keyTypes.enumerated() {
            guard let code = code(group: g, key: k) else { hash.null(); continue }
            switch type {
            case .integer, .date: hash.int32(Int32(bitPattern: UInt32(truncatingIfNeeded: code)))
            case .long, .timestamp: hash.int64(Int64(bitPattern: code))
            case .double: hash.double(Double(bitPattern: code))
            case .boolean: hash.boolean(code != 0)
            case .string:
                GroupKeyCodes.withBytes(code, tail: tail(group: g, tail: tailRanks[k]), dictionary: dictionary) {
                    hash.string($0)
                }
            case .null: hash.null()
            case .decimal, .array, .byte, .short, .float, .binary, .structure, .map, .variant, .timestampNTZ, .dayTimeInterval, .yearMonthInterval, .calendarInterval, .time: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
            }
        }
        return hash.partition(count: count)
    }
}

extension GroupKeyCodes {
    /// Calls `body` with the bytes of a string key's code and tail (packed inline or interned), without
    /// allocating.
    @inline(__always)
    static func withBytes<R>(_ code: UInt64, tail: UInt64, dictionary: StringDictionary,
                             _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isInterned(tail: tail) { return dictionary.withBytes(Int(code), body) }
        return withUnsafeBytes(of: (code.littleEndian, tail.littleEndian)) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                     count: inlineCount(tail: tail)))
        }
    }
}
