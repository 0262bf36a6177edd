/// Groups' keys back out of their codes, straight into typed columns and shuffle hashes (no `Value`s).
extension GroupKeyTable {
    /// Key `k` of `groups`, in that order, as a column of `type`.
    func keyColumn(_ k: Int, type: DataType, groups: some Collection<Int>,
                   dictionary: StringDictionary) -> ColumnVector {
        var validity: ValidityMask?
        func codes<T>(_ decode: (UInt64) -> T, empty: T) -> [T] {
            var out = [T]()
            out.reserveCapacity(groups.count)
            for (row, g) in groups.enumerated() {
                if let code = code(group: g, key: k) {
                    out.append(decode(code))
                } else {
                    if validity == nil { validity = ValidityMask(allValid: groups.count) }
                    validity!.setNull(row)
                    out.append(empty)
                }
            }
            return out
        }
        let storage: ColumnVector.Storage
        switch type {
        case .integer, .date: storage = .int32(codes({ Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }, empty: 0))
        case .long, .timestamp: storage = .int64(codes({ Int64(bitPattern: $0) }, empty: 0))
        case .double: storage = .float64(codes({ Double(bitPattern: $0) }, empty: 0))
        case .boolean: storage = .boolean(codes({ $0 != 0 }, empty: false))
        case .string:
            var strings = StringBuffer()
            strings.reserveCapacity(rows: groups.count, bytes: groups.count * 8)
            for (row, g) in groups.enumerated() {
                if let code = code(group: g, key: k) {
                    GroupKeyCodes.withBytes(code, dictionary: dictionary) { strings.append(bytes: $0) }
                } else {
                    if validity == nil { validity = ValidityMask(allValid: groups.count) }
                    validity!.setNull(row)
                    strings.appendEmpty()
                }
            }
            storage = .string(strings)
        case .null: storage = .null(count: groups.count)
        case .decimal, .array, .byte, .short, .float, .binary, .structure: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
        }
        return ColumnVector(dataType: type, storage: storage, validity: validity)
    }

    /// Key `k` of every group split into one column per bucket (`bucketOf[g]`; `counts[p]` groups in bucket `p`,
    /// in group order), in one sequential pass over the table: decoding the buckets one after another would read
    /// the keys of a large table at random.
    func keyColumns(_ k: Int, type: DataType, bucketOf: [Int32], counts: [Int],
                    dictionary: StringDictionary) -> [ColumnVector] {
        let buckets = counts.count
        var validities = [ValidityMask?](repeating: nil, count: buckets)
        var rows = [Int](repeating: 0, count: buckets)
        @inline(__always) func setNull(_ p: Int) {
            if validities[p] == nil { validities[p] = ValidityMask(allValid: counts[p]) }
            validities[p]!.setNull(rows[p])
        }
        func codes<T>(_ decode: (UInt64) -> T, empty: T, _ storage: ([T]) -> ColumnVector.Storage) -> [ColumnVector] {
            var values = counts.map { n -> [T] in
                var out = [T]()
                out.reserveCapacity(n)
                return out
            }
            for g in 0..<count {
                let p = Int(bucketOf[g])
                if let code = code(group: g, key: k) {
                    values[p].append(decode(code))
                } else {
                    setNull(p)
                    values[p].append(empty)
                }
                rows[p] += 1
            }
            return (0..<buckets).map { ColumnVector(dataType: type, storage: storage(values[$0]), validity: validities[$0]) }
        }
        switch type {
        case .integer, .date: return codes({ Int32(bitPattern: UInt32(truncatingIfNeeded: $0)) }, empty: 0) { .int32($0) }
        case .long, .timestamp: return codes({ Int64(bitPattern: $0) }, empty: 0) { .int64($0) }
        case .double: return codes({ Double(bitPattern: $0) }, empty: 0) { .float64($0) }
        case .boolean: return codes({ $0 != 0 }, empty: false) { .boolean($0) }
        case .string:
            var strings = counts.map { n -> StringBuffer in
                var buffer = StringBuffer()
                buffer.reserveCapacity(rows: n, bytes: n * 8)
                return buffer
            }
            for g in 0..<count {
                if g & 4_095 == 0 { warmStrings([k], groups: g..<min(count, g + 4_096), dictionary) }
                let p = Int(bucketOf[g])
                if let code = code(group: g, key: k) {
                    GroupKeyCodes.withBytes(code, dictionary: dictionary) { strings[p].append(bytes: $0) }
                } else {
                    setNull(p)
                    strings[p].appendEmpty()
                }
                rows[p] += 1
            }
            return (0..<buckets).map { ColumnVector(dataType: type, storage: .string(strings[$0]), validity: validities[$0]) }
        case .null: return counts.map { ColumnVector(dataType: type, storage: .null(count: $0), validity: nil) }
        case .decimal, .array, .byte, .short, .float, .binary, .structure: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
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
            case .decimal, .array, .byte, .short, .float, .binary, .structure: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
            }
        }
        var out = [Int32](repeating: 0, count: count)
        let strings = kinds.indices.filter { kinds[$0] == .string }
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
                            if code & GroupKeyCodes.dictionaryFlag != 0 {
                                dictionary.withBytes(Int(code & ~GroupKeyCodes.dictionaryFlag)) { hash.string($0) }
                            } else {
                                hash.packedString(code, count: Int(code >> 56))
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

    /// Reads the first byte of every interned string of keys `keys` of `groups`.
    private func warmStrings(_ keys: [Int], groups: Range<Int>, _ dictionary: StringDictionary) {
        var sink: UInt8 = 0
        for g in groups {
            for k in keys {
                if let code = code(group: g, key: k), code & GroupKeyCodes.dictionaryFlag != 0 {
                    sink ^= dictionary.touch(Int(code & ~GroupKeyCodes.dictionaryFlag))
                }
            }
        }
        touched ^= Int32(sink)
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
            case .string: GroupKeyCodes.withBytes(code, dictionary: dictionary) { hash.string($0) }
            case .null: hash.null()
            case .decimal, .array, .byte, .short, .float, .binary, .structure: preconditionFailure("GroupKeyCodes.supports keeps \(type.simpleString) keys on the general path")
            }
        }
        return hash.partition(count: count)
    }
}

extension GroupKeyCodes {
    /// Calls `body` with the bytes of a string key's code (packed inline or interned), without allocating.
    @inline(__always)
    static func withBytes<R>(_ code: UInt64, dictionary: StringDictionary,
                             _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if code & dictionaryFlag != 0 { return dictionary.withBytes(Int(code & ~dictionaryFlag), body) }
        return withUnsafeBytes(of: code.littleEndian) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Int(code >> 56)]))
        }
    }
}
