/// The in-memory sort kernel: a batch and its sort keys in, the sorted row order out. Stable (ties keep their
/// input order, which Spark's results depend on), with Spark's ordering: nulls first or last as asked, NaN
/// largest, strings by unsigned UTF-8 bytes.
///
/// As DuckDB and Spark sort, each row carries an 8-byte order-preserving prefix of its first key (the whole key
/// for numbers, dates and booleans; the first 8 bytes of a string), compared first; the full comparison of the
/// remaining keys runs only on ties. External sorting builds on this kernel (sorted runs, then a merge).
public enum SortKernel {
    /// Row indices of `batch` in sorted order.
    public static func order(_ batch: RecordBatch, by keys: [SortKey]) throws -> [Int] {
        let columns = try keys.map { KeyColumn(try $0.expression.evaluate(batch)) }
        return order(rowCount: batch.rowCount, columns, keys.map(\.direction))
    }

    /// One row's place in the sort: the null class of the first key, its prefix, and the row.
    struct Entry {
        var prefix: UInt64
        var row: Int32
        /// 0 sorts before 1: nulls are 0 when they come first, 1 when they come last.
        var nullClass: UInt8
    }

    static func order(rowCount n: Int, _ keys: [KeyColumn], _ directions: [SortDirection]) -> [Int] {
        guard let first = keys.first, n > 1 else { return Array(0..<n) }
        let firstDirection = directions[0]
        var entries = [Entry]()
        entries.reserveCapacity(n)
        for row in 0..<n {
            if first.isNull(row) {
                entries.append(Entry(prefix: 0, row: Int32(row), nullClass: firstDirection.nullsFirst ? 0 : 1))
            } else {
                let p = first.prefix(row)
                entries.append(Entry(prefix: firstDirection.ascending ? p : ~p, row: Int32(row),
                                     nullClass: firstDirection.nullsFirst ? 1 : 0))
            }
        }
        let firstExact = first.prefixIsExact
        let needsTies = !firstExact || keys.count > 1
        /// The full comparison of two rows whose first-key prefixes are equal.
        func tie(_ a: Int, _ b: Int) -> Int { compareRows(keys, directions, a, b, from: firstExact ? 1 : 0) }
        entries.sort { x, y in
            if x.nullClass != y.nullClass { return x.nullClass < y.nullClass }
            if x.prefix != y.prefix { return x.prefix < y.prefix }
            if needsTies {
                let c = tie(Int(x.row), Int(y.row))
                if c != 0 { return c < 0 }
            }
            return x.row < y.row
        }
        return entries.map { Int($0.row) }
    }

    /// Two rows by `keys[start...]` in their directions: negative when `a` sorts first, 0 on equal keys.
    static func compareRows(_ keys: [KeyColumn], _ directions: [SortDirection], _ a: Int, _ b: Int,
                            from start: Int = 0) -> Int {
        var k = start
        while k < keys.count {
            let key = keys[k]
            let na = key.isNull(a), nb = key.isNull(b)
            if na || nb {
                if !(na && nb) { return na == directions[k].nullsFirst ? -1 : 1 }
            } else {
                let c = key.compare(a, b)
                if c != 0 { return directions[k].ascending ? c : -c }
            }
            k += 1
        }
        return 0
    }
}
