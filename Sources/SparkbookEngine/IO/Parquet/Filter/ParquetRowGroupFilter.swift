/// Whether a row group may hold a row matching the pushed filters, from its column chunks' statistics (min, max
/// and null count) and, for `=` and `IN` on a column whose every data page is dictionary-encoded, from its
/// dictionary page, as parquet-mr's `StatisticsFilter` and `DictionaryFilter` decide for Spark. It only ever
/// answers "no" when no row can match: the filter above the scan still checks every row it reads.
struct ParquetRowGroupFilter {
    let reader: ParquetFileReader
    /// The pushed conjuncts; a row group is skipped when one of them cannot match.
    let filters: [PushedFilter]

    /// Whether row group `index` may hold a matching row.
    func mightMatch(rowGroup index: Int) -> Bool {
        let group = reader.metadata.rowGroups[index]
        var dictionaries: [Int: [Value]?] = [:]
        return filters.allSatisfy { mightMatch($0, group, &dictionaries) }
    }

    private func mightMatch(_ filter: PushedFilter, _ group: ParquetRowGroup, _ dictionaries: inout [Int: [Value]?]) -> Bool {
        switch filter {
        case .and(let l, let r):
            return mightMatch(l, group, &dictionaries) && mightMatch(r, group, &dictionaries)
        case .or(let l, let r):
            return mightMatch(l, group, &dictionaries) || mightMatch(r, group, &dictionaries)
        case .not(.equalTo(let name, let v)):
            // Every row holds `v` (or is null): none is different from it.
            guard let c = column(name, group), let bounds = bounds(c), !isNaN(v) else { return true }
            return !(order(bounds.min, v) == 0 && order(bounds.max, v) == 0)
        case .not:
            return true
        case .isNull(let name):
            guard let c = column(name, group), let nulls = c.meta.statistics?.nullCount else { return true }
            return nulls > 0
        case .isNotNull(let name):
            guard let c = column(name, group), let nulls = c.meta.statistics?.nullCount else { return true }
            return nulls < group.rowCount
        case .equalTo(let name, let v):
            return mightHold(name, [v], group, &dictionaries)
        case .in(let name, let vs):
            return mightHold(name, vs.filter { !$0.isNull }, group, &dictionaries)
        case .lessThan(let name, let v):
            return compare(name, group, v, upper: false) { $0 < 0 }
        case .lessThanOrEqual(let name, let v):
            return compare(name, group, v, upper: false) { $0 <= 0 }
        case .greaterThan(let name, let v):
            return compare(name, group, v, upper: true) { $0 > 0 }
        case .greaterThanOrEqual(let name, let v):
            return compare(name, group, v, upper: true) { $0 >= 0 }
        case .stringStartsWith(let name, let prefix):
            guard let c = column(name, group) else { return true }
            if allNull(c, group) { return false }
            guard let bounds = bounds(c), case .string(let low) = bounds.min, case .string(let high) = bounds.max else { return true }
            // The strings with the prefix sort from the prefix itself up to the last that starts with it.
            if Array(high.utf8).lexicographicallyPrecedes(prefix.utf8) { return false }
            if !low.utf8.starts(with: prefix.utf8), prefix.utf8.lexicographicallyPrecedes(low.utf8) { return false }
            return true
        }
    }

    /// A comparison of the bound nearest `v` (the max when `upper`): no row matches when every value is null or
    /// `test` fails on that bound's order against `v`.
    private func compare(_ name: String, _ group: ParquetRowGroup, _ v: Value, upper: Bool, _ test: (Int) -> Bool) -> Bool {
        guard let c = column(name, group) else { return true }
        if allNull(c, group) { return false }
        // NaN is above every double in Spark's order but left out of the bounds: a row group may hold one above
        // its max.
        guard !isNaN(v), !(upper && isFloating(c)), let bounds = bounds(c),
              let o = order(upper ? bounds.max : bounds.min, v) else { return true }
        return test(o)
    }

    /// `=` or `IN`: no row matches when every value is outside the bounds or, for a fully dictionary-encoded
    /// chunk, in none of the dictionary's values.
    private func mightHold(_ name: String, _ values: [Value], _ group: ParquetRowGroup,
                           _ dictionaries: inout [Int: [Value]?]) -> Bool {
        guard let c = column(name, group) else { return true }
        if values.isEmpty || allNull(c, group) { return false }
        if values.contains(where: isNaN) { return true }
        if let bounds = bounds(c) {
            let inside = values.filter { v in
                (order(bounds.min, v).map { $0 <= 0 } ?? true) && (order(bounds.max, v).map { $0 >= 0 } ?? true)
            }
            if inside.isEmpty { return false }
        }
        if !dictionaries.keys.contains(c.leaf.column) { dictionaries[c.leaf.column] = dictionary(c) }
        guard let entries = dictionaries[c.leaf.column] ?? nil else { return true }
        return values.contains { v in entries.contains { order($0, v) == 0 } }
    }

    /// A flat leaf column of the file by Spark name, with its chunk in `group`.
    private func column(_ name: String, _ group: ParquetRowGroup) -> (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData)? {
        guard let index = reader.schema.index(of: name), case .leaf(let leaf) = reader.nodes[index], leaf.maxRepetition == 0,
              leaf.column < group.columns.count, let meta = group.columns[leaf.column].metaData else { return nil }
        return (leaf, reader.schema[index].dataType, meta)
    }

    private func allNull(_ c: (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData), _ group: ParquetRowGroup) -> Bool {
        guard let nulls = c.meta.statistics?.nullCount else { return false }
        return nulls >= group.rowCount && group.rowCount > 0
    }

    /// The chunk's min and max as values of the column's Spark type; nil when not written, or not in an order
    /// Spark's comparisons share (INT96 timestamps have none; strings, and decimals stored as bytes, only with the
    /// newer `min_value`/`max_value`, since the legacy fields compared bytes unsigned). Decimals are used as
    /// `spark.sql.parquet.filterPushdown.decimal` (on by default) has Spark use them.
    private func bounds(_ c: (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData)) -> (min: Value, max: Value)? {
        guard let stats = c.meta.statistics else { return nil }
        let numeric: Bool
        switch c.type {
        case .integer, .long, .short, .byte, .date, .float, .double: numeric = true
        case .decimal: numeric = c.leaf.type == .int32 || c.leaf.type == .int64
        case .string, .timestamp, .timestampNTZ: numeric = false
        default: return nil
        }
        guard c.leaf.type != .int96, let low = stats.min ?? (numeric ? stats.legacyMin : nil),
              let high = stats.max ?? (numeric ? stats.legacyMax : nil),
              let min = value(low, c), let max = value(high, c) else { return nil }
        return (min, max)
    }

    /// A plain-encoded statistic (a byte array's bare bytes) as a value of the column's type.
    private func value(_ bytes: [UInt8], _ c: (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData)) -> Value? {
        if c.leaf.type == .byteArray {
            guard c.type == .string else { return nil }
            return .string(String(decoding: bytes, as: UTF8.self))
        }
        return try? bytes.withUnsafeBytes { raw in
            var cursor = ParquetByteCursor(raw)
            let decoded = try ParquetPlainDecoder.decode(&cursor, type: c.leaf.type, typeLength: c.leaf.typeLength, count: 1)
            return try ParquetValueConversion.column(decoded, leaf: c.leaf, as: c.type).value(at: 0)
        }
    }

    /// The dictionary of a chunk whose data pages are all dictionary-encoded; nil otherwise.
    private func dictionary(_ c: (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData)) -> [Value]? {
        guard c.meta.isFullyDictionaryEncoded,
              let values = try? ParquetColumnChunkReader(file: reader.file.bytes, leaf: c.leaf, meta: c.meta).dictionary(),
              let column = try? ParquetValueConversion.column(values, leaf: c.leaf, as: c.type) else { return nil }
        return (0..<column.count).map { column.value(at: $0) }
    }

    private func order(_ a: Value, _ b: Value) -> Int? { ValueOrdering.compare(a, b) }

    private func isNaN(_ v: Value) -> Bool {
        switch v {
        case .double(let d): d.isNaN
        case .float(let f): f.isNaN
        default: false
        }
    }

    private func isFloating(_ c: (leaf: ParquetLeaf, type: DataType, meta: ParquetColumnMetaData)) -> Bool {
        c.type == .double || c.type == .float
    }
}
