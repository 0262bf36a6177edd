import Synchronization

/// The `0x7f...` in Python's default object repr (`<... object at 0x7f2154582610>`): an object the session keeps
/// (the session, its conf) shows the same address each time, as in Python; a view made on each access (`df.write`,
/// `df.na`, `spark.read`) a new one, as PySpark makes a new object each time.
enum ObjectAddress {
    /// Where CPython's heap addresses typically start on 64-bit Linux; only the look matters.
    static let base: UInt64 = 0x7f00_0000_0000
    private static let counter = Atomic<UInt64>(0)

    static func of(_ object: AnyObject) -> UInt64 {
        base | (UInt64(UInt(bitPattern: ObjectIdentifier(object).hashValue)) & 0xff_ffff_fff0)
    }

    static func next() -> UInt64 {
        let n = counter.add(1, ordering: .relaxed).newValue
        return base | 0x80_0000_0000 | (n &* 0x1d0) & 0x7f_ffff_fff0
    }
}
