/// Masks combined a word (64 rows) at a time, for vector kernels: a result row is valid only where every
/// operand's is, and a mask with no null left is dropped, so a column without nulls keeps costing nothing.
extension ValidityMask {
    /// A mask of `count` rows, all null (a null literal spread over a batch).
    init(allNull count: Int) {
        self.init(words: [UInt64](repeating: 0, count: (count + 63) >> 6), count: count)
    }

    /// Rows valid in both masks (nil: every row valid).
    static func intersection(_ a: ValidityMask?, _ b: ValidityMask?) -> ValidityMask? {
        guard let a else { return b?.withoutNulls == true ? nil : b }
        guard let b else { return a.withoutNulls ? nil : a }
        let words = zip(a.words, b.words).map { $0 & $1 }
        let mask = ValidityMask(words: words, count: a.count)
        return mask.withoutNulls ? nil : mask
    }

    /// Whether every row holds a value.
    var withoutNulls: Bool { nullCount == 0 }

    /// Calls `body` with every null row, in order, skipping whole words without one.
    func forEachNull(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() {
            let rows = min(64, count - w << 6)
            var nulls = ~word & (rows == 64 ? ~0 : (1 << UInt64(rows)) - 1)
            while nulls != 0 {
                body(w << 6 + nulls.trailingZeroBitCount)
                nulls &= nulls - 1
            }
        }
    }
}
