/// A reusable block of up to `capacity` rows in the form the typed aggregator folds: a 64-bit code and a
/// validity flag per key (a string key's second word in `keyTails`), and per aggregate input an `Int64` or
/// `Double` with a validity flag.
///
/// Parsers fill it row by row and hand it over when full; nothing is allocated per row or per block.
final class AggregationBatch {
    let capacity: Int
    let keyCount: Int
    let inputCount: Int
    var rowCount = 0
    /// `keyCodes[k * capacity + row]`.
    let keyCodes: UnsafeMutablePointer<UInt64>
    let keyValid: UnsafeMutablePointer<Bool>
    /// `keyTails[k * capacity + row]`: a string key's tail (`GroupKeyCodes`); 0 for other keys.
    let keyTails: UnsafeMutablePointer<UInt64>
    /// `longs[c * capacity + row]` / `doubles[c * capacity + row]`, whichever the call reads.
    let longs: UnsafeMutablePointer<Int64>
    let doubles: UnsafeMutablePointer<Double>
    let inputValid: UnsafeMutablePointer<Bool>

    init(capacity: Int, keyCount: Int, inputCount: Int) {
        self.capacity = capacity
        self.keyCount = keyCount
        self.inputCount = inputCount
        keyCodes = .allocate(capacity: max(1, keyCount * capacity))
        keyValid = .allocate(capacity: max(1, keyCount * capacity))
        keyTails = .allocate(capacity: max(1, keyCount * capacity))
        longs = .allocate(capacity: max(1, inputCount * capacity))
        doubles = .allocate(capacity: max(1, inputCount * capacity))
        inputValid = .allocate(capacity: max(1, inputCount * capacity))
        keyValid.initialize(repeating: true, count: max(1, keyCount * capacity))
        inputValid.initialize(repeating: true, count: max(1, inputCount * capacity))
        keyCodes.initialize(repeating: 0, count: max(1, keyCount * capacity))
        keyTails.initialize(repeating: 0, count: max(1, keyCount * capacity))
        longs.initialize(repeating: 0, count: max(1, inputCount * capacity))
        doubles.initialize(repeating: 0, count: max(1, inputCount * capacity))
    }

    deinit {
        keyCodes.deallocate(); keyValid.deallocate(); keyTails.deallocate()
        longs.deallocate(); doubles.deallocate(); inputValid.deallocate()
    }

    var isFull: Bool { rowCount == capacity }

    @inline(__always) func setKey(_ k: Int, _ code: UInt64) {
        keyCodes[k &* capacity &+ rowCount] = code; keyValid[k &* capacity &+ rowCount] = true
    }
    @inline(__always) func setKey(_ k: Int, string code: (head: UInt64, tail: UInt64)) {
        keyCodes[k &* capacity &+ rowCount] = code.head; keyTails[k &* capacity &+ rowCount] = code.tail
        keyValid[k &* capacity &+ rowCount] = true
    }
    @inline(__always) func setKeyNull(_ k: Int) {
        keyCodes[k &* capacity &+ rowCount] = 0; keyTails[k &* capacity &+ rowCount] = 0
        keyValid[k &* capacity &+ rowCount] = false
    }
    @inline(__always) func setLong(_ c: Int, _ v: Int64) {
        longs[c &* capacity &+ rowCount] = v; inputValid[c &* capacity &+ rowCount] = true
    }
    @inline(__always) func setDouble(_ c: Int, _ v: Double) {
        doubles[c &* capacity &+ rowCount] = v; inputValid[c &* capacity &+ rowCount] = true
    }
    @inline(__always) func setInputNull(_ c: Int) {
        inputValid[c &* capacity &+ rowCount] = false
    }
}
