/// `hll_union` and `hll_union_agg`: DataSketches' union keeps an HLL_8 "gadget" at the union's `lgMaxK`.
/// Coupons (LIST and SET sketches) are added one by one; an HLL sketch is copied when the gadget is empty, takes
/// the gadget's coupons in otherwise, and two HLL sketches merge register by register (the maximum), which puts the
/// result out of order. A sketch with a larger `lgK` is folded down first.
public struct HllUnion: Sendable {
    public let lgMaxK: Int
    var gadget: HllSketch

    public init(lgMaxK: Int) {
        self.lgMaxK = lgMaxK
        gadget = HllSketch(lgConfigK: lgMaxK)
    }

    public mutating func merge(_ source: HllSketch) {
        guard !source.isEmpty else { return }
        if source.mode != .hll {
            if source.mode == .set && gadget.isEmpty && source.lgConfigK == gadget.lgConfigK {
                gadget = source
                return
            }
            for coupon in source.heldCoupons { gadget.update(coupon: coupon) }
            return
        }
        let folded = source.lgConfigK > lgMaxK ? source.folded(to: lgMaxK) : source
        if gadget.isEmpty {
            gadget = folded
            return
        }
        if gadget.mode != .hll {
            var copy = folded
            for coupon in gadget.heldCoupons { copy.update(coupon: coupon) }
            gadget = copy
            return
        }
        var target = folded.lgConfigK < gadget.lgConfigK ? gadget.folded(to: folded.lgConfigK) : gadget
        let mask = (1 << target.lgConfigK) - 1
        for (slot, value) in folded.registers.enumerated() where value > target.registers[slot & mask] {
            target.registers[slot & mask] = value
        }
        target.rebuildSums()
        target.outOfOrder = true
        gadget = target
    }

    public var result: HllSketch { gadget }
}
