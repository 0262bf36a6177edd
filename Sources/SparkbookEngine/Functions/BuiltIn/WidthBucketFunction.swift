/// `width_bucket(v, min, max, n)`: the bucket of `v` among `n` equal-width buckets from `min` to `max` (0 below,
/// n + 1 above; the range may run downwards), null for a degenerate range or bucket count, as Spark's
/// `WidthBucket.computeBucketNumberNotNull`.
enum WidthBucketFunction {
    static let function = RowFunction("width_bucket", arity: 4...4, nullability: .always,
                                      signature: Signatures.fixed([.double, .double, .double, .long], .long)) { v, _ in
        guard let value = v[0].doubleValue, let min = v[1].doubleValue, let max = v[2].doubleValue,
              let n = v[3].int64Value else { return .null }
        if n <= 0 || n == Int64.max || value.isNaN || min == max || !min.isFinite || !max.isFinite { return .null }
        let lower = Swift.min(min, max), upper = Swift.max(min, max)
        if min < max {
            if value < lower { return .long(0) }
            if value >= upper { return .long(n + 1) }
            return .long(Int64(Double(n) * (value - lower) / (upper - lower)) + 1)
        }
        if value > upper { return .long(0) }
        if value <= lower { return .long(n + 1) }
        return .long(Int64(Double(n) * (upper - value) / (upper - lower)) + 1)
    }
}
