/// An integer key (int, bigint, date, timestamp): equal when the values are.
struct IntegerJoinKeys<T: FixedWidthInteger>: JoinKeyColumn {
    let values: [T]
    let validity: ValidityMask?

    @inline(__always) func isNull(_ row: Int) -> Bool { validity.map { !$0.isValid(row) } ?? false }
    @inline(__always) func hash(_ row: Int) -> UInt64 { UInt64(truncatingIfNeeded: values[row]) &* 0x9E37_79B9_7F4A_7C15 }
    @inline(__always) func equal(_ row: Int, _ other: Self, _ otherRow: Int) -> Bool { values[row] == other.values[otherRow] }
}
