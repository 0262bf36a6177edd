/// Selection (C++'s `nth_element`): puts the element of rank `k` by a strict weak order at index `k`, none
/// before it ordered after it and none after it ordered before it, in expected linear time. What a percentile
/// needs from a group's values without sorting them all.
enum SelectionKernel {
    /// Ranges this short are finished by insertion sort.
    static let shortRange = 16

    static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int,
                       by precedes: (Double, Double) -> Bool) {
        precondition(k >= 0 && k < buffer.count, "rank out of range")
        var lo = 0, hi = buffer.count - 1
        // Rounds of partitioning before a range that keeps shrinking slowly is sorted instead (bounds the worst case).
        var rounds = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount) + 8
        while hi - lo >= shortRange {
            if rounds == 0 {
                var range = UnsafeMutableBufferPointer(rebasing: buffer[lo...hi])
                range.sort(by: precedes)
                return
            }
            rounds -= 1
            let pivot = medianOfThree(buffer[lo], buffer[lo + (hi - lo) / 2], buffer[hi], by: precedes)
            // Three ways: [lo, lt) before the pivot, [lt, gt] equivalent to it, (gt, hi] after it.
            var lt = lo, i = lo, gt = hi
            while i <= gt {
                let v = buffer[i]
                if precedes(v, pivot) {
                    buffer.swapAt(lt, i); lt += 1; i += 1
                } else if precedes(pivot, v) {
                    buffer.swapAt(i, gt); gt -= 1
                } else {
                    i += 1
                }
            }
            if k < lt { hi = lt - 1 } else if k > gt { lo = gt + 1 } else { return }
        }
        // Insertion sort of the short range left.
        if hi > lo {
            for i in (lo + 1)...hi {
                let v = buffer[i]
                var j = i
                while j > lo && precedes(v, buffer[j - 1]) { buffer[j] = buffer[j - 1]; j -= 1 }
                buffer[j] = v
            }
        }
    }

    @inline(__always)
    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double,
                                      by precedes: (Double, Double) -> Bool) -> Double {
        if precedes(a, b) {
            if precedes(b, c) { return b }
            return precedes(a, c) ? c : a
        }
        if precedes(a, c) { return a }
        return precedes(b, c) ? c : b
    }
}
