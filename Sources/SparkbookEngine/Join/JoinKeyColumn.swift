/// One typed join key column, as the joiner hashes and compares it: a value per row read straight from its
/// buffer, so building and probing the table costs no `Value`, enum dispatch or reference counting per row.
/// The hash is internal to one join (a table on one side probed with the other), so it need not be Spark's.
protocol JoinKeyColumn {
    func isNull(_ row: Int) -> Bool
    func hash(_ row: Int) -> UInt64
    /// Whether row `row` here holds the key of row `otherRow` of `other` (both non-null).
    func equal(_ row: Int, _ other: Self, _ otherRow: Int) -> Bool
}
