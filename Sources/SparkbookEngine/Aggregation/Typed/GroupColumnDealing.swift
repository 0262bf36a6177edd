/// One value per group dealt into a column per bucket (`bucketOf[g]`: group `g`'s bucket; `counts[p]` groups in
/// bucket `p`, in group order), in one sequential pass over the groups: how a map task's groups leave for the
/// shuffle partitions, keys and partial states alike. Gathering bucket after bucket would read a large table's
/// groups at random; values go through pointers into the buckets' arrays of known sizes (`BucketArrays`; an
/// `append` into an array of arrays checked both arrays' uniqueness per value).
enum GroupColumnDealing {
    /// `value(g)` of groups `0..<groups`, null where `present(g)` is false, as `type` columns, one per bucket.
    @inline(__always)
    static func deal<T: BitwiseCopyable>(groups: Int, bucketOf: UnsafePointer<Int32>, counts: [Int], type: DataType,
                                         present: (Int) -> Bool, value: (Int) -> T, empty: T,
                                         storage: ([T]) -> ColumnVector.Storage) -> [ColumnVector] {
        let buckets = counts.count
        var validities = [ValidityMask?](repeating: nil, count: buckets)
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: max(1, buckets))
        rows.initialize(repeating: 0, count: buckets)
        defer { rows.deallocate() }
        // Written straight into each bucket's array (`BucketArrays`), not into a buffer copied afterwards.
        let arrays = BucketArrays.fill(capacities: counts) { (values: UnsafePointer<UnsafeMutablePointer<T>>) in
            for g in 0..<groups {
                let p = Int(bucketOf[g]), row = rows[p]
                if present(g) {
                    (values[p] + row).initialize(to: value(g))
                } else {
                    if validities[p] == nil { validities[p] = ValidityMask(allValid: counts[p]) }
                    validities[p]!.setNull(row)
                    (values[p] + row).initialize(to: empty)
                }
                rows[p] = row &+ 1
            }
            return counts
        }
        return (0..<buckets).map { p in
            ColumnVector(dataType: type, storage: storage(arrays[p]), validity: validities[p])
        }
    }
}
