/// Arrays of known sizes, one per bucket, filled in place through pointers in one pass over the groups.
///
/// Dealing a large table's groups into buckets used to write temporary buffers and then copy each into an
/// `Array`: a second pass over every byte, and twice the fresh pages (each first touch is a page fault; q10's map
/// and final outputs are hundreds of megabytes). Here each bucket's `Array` storage is created uninitialised, its
/// pointer handed to the caller, and the arrays are returned as they are once the caller has written them.
///
/// Each array comes from `Array(unsafeUninitializedCapacity:)`, whose buffer is valid only inside its closure, so
/// the buckets' closures nest (one level per bucket) and `body` runs in the innermost: the stack grows by a small
/// frame per bucket, so past `maximumNesting` buckets the caller is given temporary buffers that are copied, as
/// before.
enum BucketArrays {
    /// More buckets than this fill temporary buffers and copy them (a shuffle of thousands of partitions).
    static let maximumNesting = 1_024

    /// Arrays of `capacities[p]` elements of `T` (only trivial types: the elements are plain bytes); `body` gets a
    /// pointer per bucket and returns how many elements it initialised in each (at most its capacity; every one
    /// below that count must be written).
    static func fill<T: BitwiseCopyable>(capacities: [Int],
                                         _ body: (UnsafePointer<UnsafeMutablePointer<T>>) -> [Int]) -> [[T]] {
        let buckets = capacities.count
        let pointers = UnsafeMutablePointer<UnsafeMutablePointer<T>>.allocate(capacity: max(1, buckets))
        defer { pointers.deallocate() }
        guard buckets <= maximumNesting else {
            for p in 0..<buckets { (pointers + p).initialize(to: .allocate(capacity: max(1, capacities[p]))) }
            defer { for p in 0..<buckets { pointers[p].deallocate() } }
            let counts = body(pointers)
            return (0..<buckets).map { Array(UnsafeBufferPointer(start: pointers[$0], count: counts[$0])) }
        }
        var arrays = [[T]](repeating: [], count: buckets)
        var counts: [Int] = []
        func nest(_ p: Int) {
            guard p < buckets else {
                counts = body(pointers)
                precondition(counts.count == buckets && counts.indices.allSatisfy { counts[$0] <= capacities[$0] },
                             "a bucket initialised past its capacity")
                return
            }
            let array = [T](unsafeUninitializedCapacity: max(1, capacities[p])) { buffer, initialized in
                (pointers + p).initialize(to: buffer.baseAddress!)
                nest(p + 1)
                initialized = counts[p]
            }
            arrays[p] = array
        }
        nest(0)
        return arrays
    }
}
