/// DataSketches' updatable HLL form, which Spark's `hll_sketch_agg` writes: an 8-byte preamble (preamble ints,
/// serial version 1, family 7, `lgK`, the coupon array's log size, flags, the LIST count or current minimum, the
/// mode byte: current mode in the low 2 bits, target type HLL_8 above) then the LIST or SET coupons as ints (SET
/// after its count), or in HLL mode the HIP accumulator, the two sums, the count of registers at the minimum, an
/// empty auxiliary count and one byte per register. Compact forms (coupons packed) are read too.
extension HllSketch {
    static var family: Int { 7 }
    static var hll8TypeBits: Int { 2 << 2 }
    static var emptyFlag: Int { 4 }
    static var compactFlag: Int { 8 }
    static var outOfOrderFlag: Int { 16 }

    public func serialized() -> [UInt8] {
        var out = SketchByteWriter()
        let preInts = mode == .list ? 2 : mode == .set ? 3 : 10
        out.byte(preInts)
        out.byte(1)
        out.byte(Self.family)
        out.byte(lgConfigK)
        out.byte(mode == .hll ? 0 : lgCouponArray)
        out.byte((isEmpty ? Self.emptyFlag : 0) | (outOfOrder ? Self.outOfOrderFlag : 0))
        out.byte(mode == .list ? couponCount : 0)
        out.byte(Self.hll8TypeBits | mode.rawValue)
        switch mode {
        case .list:
            for coupon in coupons { out.int(Int(coupon)) }
        case .set:
            out.int(couponCount)
            for coupon in coupons { out.int(Int(coupon)) }
        case .hll:
            out.double(hipAccum)
            out.double(kxq0)
            out.double(kxq1)
            out.int(zeroRegisters)
            out.int(0)
            var bytes = out.bytes
            bytes.append(contentsOf: registers)
            return bytes
        }
        return out.bytes
    }

    public init(serialized bytes: [UInt8]) throws {
        let reader = SketchByteReader(bytes: bytes)
        let preInts = try reader.byte(0), serVer = try reader.byte(1), family = try reader.byte(2)
        let lgK = try reader.byte(3), lgArr = try reader.byte(4), flags = try reader.byte(5)
        let modeByte = try reader.byte(7)
        guard family == Self.family, serVer == 1, Self.lgConfigKRange.contains(lgK),
              let mode = Mode(rawValue: modeByte & 3),
              preInts == (mode == .list ? 2 : mode == .set ? 3 : 10) else {
            throw SketchFormatError.invalid("not an HLL sketch")
        }
        guard (modeByte >> 2) & 3 == 2 || mode != .hll else {
            throw SketchFormatError.invalid("only HLL_8 register arrays are read")
        }
        self.init(lgConfigK: lgK)
        let compact = flags & Self.compactFlag != 0
        switch mode {
        case .list, .set:
            let count = mode == .list ? try reader.byte(6) : try reader.int(8)
            let start = mode == .list ? 8 : 12
            let stored = compact ? count : 1 << lgArr
            guard stored >= 0, stored <= 1 << 26, lgArr <= 26 else { throw SketchFormatError.invalid("bad coupon count") }
            let held = try (0..<stored).map { UInt32(truncatingIfNeeded: try reader.int(start + 4 * $0)) }
            if !compact && lgArr >= (mode == .list ? 3 : 5) && count <= stored {
                // The updatable array as stored (a SET's probe order stays as it was).
                self.mode = mode
                lgCouponArray = lgArr
                coupons = held
                couponCount = count
            } else {
                for coupon in held where coupon != 0 { update(coupon: coupon) }
            }
        case .hll:
            startHll()
            hipAccum = try reader.double(8)
            let k = 1 << lgK
            guard bytes.count >= 40 + k else { throw SketchFormatError.truncated }
            registers = Array(bytes[40..<(40 + k)])
            kxq0 = try reader.double(16)
            kxq1 = try reader.double(24)
            zeroRegisters = try reader.int(32)
            outOfOrder = flags & Self.outOfOrderFlag != 0
        }
    }
}
