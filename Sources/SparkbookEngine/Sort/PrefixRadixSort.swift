/// A stable least-significant-digit radix sort of 64-bit order-preserving prefixes (`KeyColumn.prefix`) with a
/// row number each: one pass counts all eight byte digits, then one scatter pass per byte that is not the same in
/// every prefix (an int key varies in its low three or four bytes). Linear in the rows, with no comparison
/// closure per pair, where the comparison sort it replaces in the sort-merge join spent most of the join's time.
enum PrefixRadixSort {
    /// `prefixes` ascending, ties in their original order, with each one's `rows` entry moved alongside.
    static func sort(_ prefixes: [UInt64], rows: [Int32]) -> (prefixes: [UInt64], rows: [Int32]) {
        let n = prefixes.count
        precondition(rows.count == n, "a row per prefix")
        guard n > 1 else { return (prefixes, rows) }
        var counts = [Int](repeating: 0, count: 8 * 256)
        prefixes.withUnsafeBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                for key in keys {
                    var k = key
                    for digit in 0..<8 { counts[digit &* 256 &+ Int(k & 0xFF)] &+= 1; k >>= 8 }
                }
            }
        }
        var keys = prefixes, values = rows
        var spareKeys = [UInt64](repeating: 0, count: n), spareValues = [Int32](repeating: 0, count: n)
        for digit in 0..<8 {
            let base = digit * 256
            // A byte every prefix shares moves nothing.
            if counts[base..<(base + 256)].contains(n) { continue }
            var next = [Int](repeating: 0, count: 256)
            var sum = 0
            for b in 0..<256 { next[b] = sum; sum &+= counts[base &+ b] }
            let shift = UInt64(digit * 8)
            keys.withUnsafeBufferPointer { keysIn in
                values.withUnsafeBufferPointer { valuesIn in
                    spareKeys.withUnsafeMutableBufferPointer { keysOut in
                        spareValues.withUnsafeMutableBufferPointer { valuesOut in
                            next.withUnsafeMutableBufferPointer { next in
                                for i in 0..<n {
                                    let key = keysIn[i]
                                    let b = Int((key >> shift) & 0xFF)
                                    let at = next[b]
                                    next[b] = at &+ 1
                                    keysOut[at] = key
                                    valuesOut[at] = valuesIn[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &spareKeys)
            swap(&values, &spareValues)
        }
        return (keys, values)
    }
}
