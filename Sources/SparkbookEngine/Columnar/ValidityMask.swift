/// A bit per row: set when the row holds a value, clear when it is null.
///
/// Column vectors without nulls carry no mask at all, so the common case costs nothing.
public struct ValidityMask: Sendable, Hashable {
    public private(set) var words: [UInt64]
    public private(set) var count: Int

    /// A mask of `count` rows, all valid.
    public init(allValid count: Int) {
        self.count = count
        self.words = [UInt64](repeating: ~0, count: (count + 63) >> 6)
        // Bits past `count` stay clear: `append` only sets bits, so a later null must find a zero there.
        if count & 63 != 0 { words[words.count - 1] = (1 << UInt64(count & 63)) - 1 }
    }

    /// A mask over existing words, as a spill file stores them.
    init(words: [UInt64], count: Int) {
        self.words = words
        self.count = count
    }

    public init() {
        self.count = 0
        self.words = []
    }

    @inlinable
    public func isValid(_ row: Int) -> Bool {
        words[row >> 6] & (1 << UInt64(row & 63)) != 0
    }

    public mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    public mutating func setNull(_ row: Int) {
        words[row >> 6] &= ~(1 << UInt64(row & 63))
    }

    public mutating func reserveCapacity(_ rows: Int) {
        words.reserveCapacity((rows + 63) >> 6)
    }

    /// The number of null rows.
    public var nullCount: Int {
        var valid = 0
        for word in words { valid += word.nonzeroBitCount }
        return count - valid
    }
}
