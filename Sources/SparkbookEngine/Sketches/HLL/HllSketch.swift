/// A DataSketches HLL sketch with HLL_8 registers (the type Spark's `hll_sketch_agg` builds), in its three modes:
/// LIST (up to 8 coupons in arrival order), SET (an open-addressing table of coupons, growing while at most 3/4
/// full up to `2^(lgK-3)` slots) and HLL (one byte register per bucket). Sketches with `lgK < 8` go from LIST to
/// HLL directly. In HLL mode the estimate is the HIP accumulator, raised on every register increase by
/// `k / (sum of 2^-register)`, unless the sketch came from a union of HLL sketches ("out of order").
public struct HllSketch: Sendable, Equatable {
    public static var defaultLgConfigK: Int { 12 }
    public static var lgConfigKRange: ClosedRange<Int> { 4...21 }

    enum Mode: Int { case list = 0, set, hll }

    public let lgConfigK: Int
    var mode: Mode = .list
    /// LIST: coupons in arrival order in `2^lgCouponArray` slots; SET: the hash table.
    var coupons: [UInt32]
    var lgCouponArray: Int
    var couponCount = 0
    /// HLL mode: registers and the running sums.
    var registers: [UInt8] = []
    var zeroRegisters = 0
    var hipAccum = 0.0
    var kxq0 = 0.0
    var kxq1 = 0.0
    var outOfOrder = false

    public init(lgConfigK: Int = HllSketch.defaultLgConfigK) {
        self.lgConfigK = lgConfigK
        lgCouponArray = 3
        coupons = Array(repeating: 0, count: 8)
    }

    public var isEmpty: Bool { mode != .hll && couponCount == 0 }

    public mutating func update(coupon: UInt32?) {
        guard let coupon else { return }
        switch mode {
        case .list: listUpdate(coupon)
        case .set: setUpdate(coupon)
        case .hll: registerUpdate(coupon)
        }
    }

    private mutating func listUpdate(_ coupon: UInt32) {
        for index in coupons.indices {
            if coupons[index] == 0 {
                coupons[index] = coupon
                couponCount += 1
                if couponCount >= coupons.count {
                    if lgConfigK < 8 { promoteToHll() } else { promoteToSet() }
                }
                return
            }
            if coupons[index] == coupon { return }
        }
    }

    private mutating func promoteToSet() {
        let held = coupons.filter { $0 != 0 }
        mode = .set
        lgCouponArray = 5
        coupons = Array(repeating: 0, count: 32)
        couponCount = 0
        for coupon in held { setUpdate(coupon) }
    }

    /// The slot of `coupon` in a table of `2^lg` slots: its own if there, else the empty one where it goes
    /// (as `~slot`). Probes step by an odd stride taken from the coupon's address bits.
    static func find(_ table: [UInt32], lg: Int, _ coupon: UInt32) -> Int {
        let mask = table.count - 1
        var probe = Int(coupon) & mask
        let start = probe
        repeat {
            if table[probe] == 0 { return ~probe }
            if table[probe] == coupon { return probe }
            let stride = Int((coupon & HllCoupon.keyMask) >> UInt32(lg)) | 1
            probe = (probe + stride) & mask
        } while probe != start
        return ~start
    }

    private mutating func setUpdate(_ coupon: UInt32) {
        let index = Self.find(coupons, lg: lgCouponArray, coupon)
        guard index < 0 else { return }
        coupons[~index] = coupon
        couponCount += 1
        if 4 * couponCount > 3 * (1 << lgCouponArray) {
            if lgCouponArray == lgConfigK - 3 {
                promoteToHll()
            } else {
                lgCouponArray += 1
                var grown = [UInt32](repeating: 0, count: 1 << lgCouponArray)
                for held in coupons where held != 0 { grown[~Self.find(grown, lg: lgCouponArray, held)] = held }
                coupons = grown
            }
        }
    }

    private mutating func promoteToHll() {
        let held = coupons.filter { $0 != 0 }
        let estimate = HllCouponEstimator.estimate(couponCount: couponCount)
        startHll()
        for coupon in held { registerUpdate(coupon) }
        hipAccum = estimate
        outOfOrder = false
    }

    mutating func startHll() {
        mode = .hll
        let k = 1 << lgConfigK
        registers = Array(repeating: 0, count: k)
        zeroRegisters = k
        hipAccum = 0
        kxq0 = Double(k)
        kxq1 = 0
        coupons = []
        couponCount = 0
        lgCouponArray = 0
    }

    mutating func registerUpdate(_ coupon: UInt32) {
        let slot = HllCoupon.address(coupon) & ((1 << lgConfigK) - 1)
        let newValue = HllCoupon.value(coupon)
        let oldValue = Int(registers[slot])
        guard newValue > oldValue else { return }
        registers[slot] = UInt8(newValue)
        hipAccum += Double(1 << lgConfigK) / (kxq0 + kxq1)
        if oldValue < 32 { kxq0 -= Self.inversePowerOfTwo(oldValue) } else { kxq1 -= Self.inversePowerOfTwo(oldValue) }
        if newValue < 32 { kxq0 += Self.inversePowerOfTwo(newValue) } else { kxq1 += Self.inversePowerOfTwo(newValue) }
        if oldValue == 0 { zeroRegisters -= 1 }
    }

    static func inversePowerOfTwo(_ e: Int) -> Double { Double(sign: .plus, exponent: -e, significand: 1) }

    /// Recomputes the sums from the registers (after a union merged registers).
    mutating func rebuildSums() {
        kxq0 = 0
        kxq1 = 0
        zeroRegisters = 0
        for value in registers {
            let v = Int(value)
            if v == 0 { zeroRegisters += 1 }
            if v < 32 { kxq0 += Self.inversePowerOfTwo(v) } else { kxq1 += Self.inversePowerOfTwo(v) }
        }
    }

    /// The coupons held (LIST or SET mode), in storage order.
    var heldCoupons: [UInt32] { coupons.filter { $0 != 0 } }
}
