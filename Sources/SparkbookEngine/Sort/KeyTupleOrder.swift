/// Key tuples in ascending order, nulls first, compared column by column (Spark's array comparison): the order a
/// sort-merge join and a window read their sorted sides in.
enum KeyTupleOrder {
    /// Compares row `i` of `a` with row `j` of `b`: negative, zero or positive.
    static func compare(_ a: [KeyColumn], _ i: Int, _ b: [KeyColumn], _ j: Int) -> Int {
        for (x, y) in zip(a, b) {
            switch (x.isNull(i), y.isNull(j)) {
            case (true, true): continue
            case (true, false): return -1
            case (false, true): return 1
            case (false, false):
                let c = x.compare(i, to: y, j)
                if c != 0 { return c }
            }
        }
        return 0
    }
}
