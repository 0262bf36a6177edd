extension HllSketch {
    /// The sketch at a smaller `lgK`: registers folded by taking the maximum of those sharing the low bits.
    func folded(to lgK: Int) -> HllSketch {
        guard mode == .hll, lgK < lgConfigK else { return self }
        var out = HllSketch(lgConfigK: lgK)
        out.startHll()
        let mask = (1 << lgK) - 1
        for (slot, value) in registers.enumerated() where value > out.registers[slot & mask] {
            out.registers[slot & mask] = value
        }
        out.rebuildSums()
        out.hipAccum = hipAccum
        out.outOfOrder = true
        return out
    }
}
