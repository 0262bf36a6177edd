/// Splits a top-level column into its leaves' levels and values (Dremel's striping), the inverse of
/// `ParquetRecordAssembler`: a flat column straight from its buffers, a nested one value by value.
struct ParquetLeafStriping {
    /// One leaf's share of a row group: levels (empty when the maximum is 0) and its non-null values.
    struct Stripe {
        var definitionLevels: [Int32] = []
        var repetitionLevels: [Int32] = []
        var values: ColumnVector
        var levelCount = 0
    }

    /// A top-level column that is one leaf: definition levels from its validity.
    static func flat(_ column: ColumnVector, nullable: Bool) -> Stripe {
        guard nullable else { return Stripe(values: column, levelCount: column.count) }
        var levels = [Int32](repeating: 1, count: column.count)
        var present: [Int] = []
        if column.validity != nil || { if case .null = column.storage { return true }; return false }() {
            present.reserveCapacity(column.count)
            for row in 0..<column.count {
                if column.isNull(row) { levels[row] = 0 } else { present.append(row) }
            }
            return Stripe(definitionLevels: levels, values: present.count == column.count ? column : column.gather(present),
                          levelCount: column.count)
        }
        return Stripe(definitionLevels: levels, values: column, levelCount: column.count)
    }

    /// A nested column's leaves, in schema order: each leaf's levels, and its values collected into a column of
    /// the leaf's type.
    static func nested(_ column: ColumnVector, field: StructField) -> [Stripe] {
        var builders: [(levels: [(Int32, Int32)], values: ColumnBuilder)] = []
        var types: [DataType] = []
        collectLeafTypes(field.dataType, into: &types)
        builders = types.map { (levels: [], values: ColumnBuilder(type: $0)) }
        for row in 0..<column.count {
            var leaf = 0
            stripe(column.value(at: row), type: field.dataType, nullable: field.nullable, def: 0, rep: 0, repeatAt: 0,
                   leaf: &leaf, into: &builders)
        }
        return builders.map { b in
            Stripe(definitionLevels: b.levels.map(\.1), repetitionLevels: b.levels.map(\.0), values: b.values.finish(),
                   levelCount: b.levels.count)
        }
    }

    private static func collectLeafTypes(_ type: DataType, into out: inout [DataType]) {
        switch type {
        case .array(let e, _): collectLeafTypes(e, into: &out)
        case .map(let k, let v, _): collectLeafTypes(k, into: &out); collectLeafTypes(v, into: &out)
        case .structure(let s): for f in s.fields { collectLeafTypes(f.dataType, into: &out) }
        default: out.append(type)
        }
    }

    private static func leafCount(_ type: DataType) -> Int {
        var types: [DataType] = []
        collectLeafTypes(type, into: &types)
        return types.count
    }

    /// Writes an absent value (null, or an empty list) into every leaf below `type`, at definition `def`.
    private static func absent(_ type: DataType, def: Int32, rep: Int32, leaf: inout Int,
                               into out: inout [(levels: [(Int32, Int32)], values: ColumnBuilder)]) {
        for _ in 0..<leafCount(type) {
            out[leaf].levels.append((rep, def))
            leaf += 1
        }
    }

    /// Stripes one value of `type`. `def`: the definition level of its parent; `rep`: the repetition level this
    /// value's first entry carries; `repeatAt`: the repetition level of the innermost list around it.
    private static func stripe(_ value: Value, type: DataType, nullable: Bool, def: Int32, rep: Int32, repeatAt: Int32,
                               leaf: inout Int, into out: inout [(levels: [(Int32, Int32)], values: ColumnBuilder)]) {
        let ownDef = def + (nullable ? 1 : 0)
        if case .null = value {
            absent(type, def: def, rep: rep, leaf: &leaf, into: &out)
            return
        }
        switch type {
        case .array(let elementType, let containsNull):
            guard case .array(let items) = value, !items.isEmpty else {
                absent(type, def: ownDef, rep: rep, leaf: &leaf, into: &out)
                return
            }
            let start = leaf
            for (i, item) in items.enumerated() {
                leaf = start
                stripe(item, type: elementType, nullable: containsNull, def: ownDef + 1, rep: i == 0 ? rep : repeatAt + 1,
                       repeatAt: repeatAt + 1, leaf: &leaf, into: &out)
            }
        case .map(let kt, let vt, let valueContainsNull):
            guard case .map(let keys, let values) = value, !keys.isEmpty else {
                absent(type, def: ownDef, rep: rep, leaf: &leaf, into: &out)
                return
            }
            let start = leaf
            for i in keys.indices {
                leaf = start
                let r = i == 0 ? rep : repeatAt + 1
                stripe(keys[i], type: kt, nullable: false, def: ownDef + 1, rep: r, repeatAt: repeatAt + 1, leaf: &leaf, into: &out)
                stripe(values[i], type: vt, nullable: valueContainsNull, def: ownDef + 1, rep: r, repeatAt: repeatAt + 1,
                       leaf: &leaf, into: &out)
            }
        case .structure(let s):
            guard case .structure(_, let values) = value, values.count == s.count else {
                absent(type, def: def, rep: rep, leaf: &leaf, into: &out)
                return
            }
            for (f, v) in zip(s.fields, values) {
                stripe(v, type: f.dataType, nullable: f.nullable, def: ownDef, rep: rep, repeatAt: repeatAt, leaf: &leaf, into: &out)
            }
        default:
            out[leaf].levels.append((rep, ownDef))
            out[leaf].values.append(value)
            leaf += 1
        }
    }
}
