/// Merging KLL sketches (`kll_sketch_merge_*`, `kll_merge_agg_*`), as DataSketches merges: the other sketch's
/// level 0 goes in item by item, then the higher levels are merged level by level and compacted in one pass from
/// the bottom, each level over its capacity halved while the whole is over the total capacity.
extension KllSketch {
    public mutating func merge(_ other: KllSketch) {
        guard !other.isEmpty else { return }
        let wasEmpty = isEmpty
        let (myMin, myMax) = (minItem, maxItem)
        let finalN = n + other.n
        for index in other.levels[0]..<other.levels[1] { update(other.items[index]!) }
        if other.numLevels > 1 { mergeHigherLevels(of: other) }
        n = finalN
        if other.isEstimationMode { minK = Swift.min(minK, other.minK) }
        if wasEmpty {
            (minItem, maxItem) = (other.minItem, other.maxItem)
        } else {
            minItem = Swift.min(myMin!, other.minItem!)
            maxItem = Swift.max(myMax!, other.maxItem!)
        }
    }

    private mutating func mergeHigherLevels(of other: KllSketch) {
        let provisionalLevels = Swift.max(numLevels, other.numLevels)
        // The merged levels, each sorted (level 0 as it is), bottom first.
        var buffer: [Item?] = []
        var workLevels = [0]
        buffer.append(contentsOf: items[levels[0]..<levels[1]])
        workLevels.append(buffer.count)
        for level in 1..<provisionalLevels {
            let mine = level < numLevels ? Array(items[levels[level]..<levels[level + 1]]) : []
            let theirs = level < other.numLevels
                ? Array(other.items[other.levels[level]..<other.levels[level + 1]]) : []
            buffer.append(contentsOf: Self.mergedSorted(mine, theirs))
            workLevels.append(buffer.count)
        }
        let (newLevels, target) = generalCompress(&buffer, levels: workLevels, numLevels: provisionalLevels)
        let population = newLevels.last! - newLevels[0]
        let free = target - population
        var newItems = [Item?](repeating: nil, count: target)
        for i in 0..<population { newItems[free + i] = buffer[newLevels[0] + i] }
        let shift = free - newLevels[0]
        levels = newLevels.map { $0 + shift }
        items = newItems
    }

    private static func mergedSorted(_ a: [Item?], _ b: [Item?]) -> [Item?] {
        var out: [Item?] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i == a.count || (j < b.count && !(a[i]! < b[j]!)) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        return out
    }

    /// One bottom-up pass: a level is halved when the sketch is over its total capacity and the level over its
    /// own; halving the top level adds a level (and capacity). Returns the new level boundaries and capacity.
    private mutating func generalCompress(_ buffer: inout [Item?], levels inLevels: [Int],
                                          numLevels startLevels: Int) -> ([Int], Int) {
        var inLevels = inLevels + [inLevels.last!]
        var numLevels = startLevels
        var current = inLevels[numLevels] - inLevels[0]
        var target = Self.totalCapacity(k: k, numLevels: numLevels)
        var output: [Item?] = []
        var outLevels = [0]
        var level = 0
        while true {
            if level == numLevels - 1 {
                if inLevels.count < level + 3 { inLevels.append(inLevels[level + 1]) }
                inLevels[level + 2] = inLevels[level + 1]
            }
            let rawBeg = inLevels[level], rawLim = inLevels[level + 1]
            let rawPop = rawLim - rawBeg
            if current < target || rawPop < Self.levelCapacity(k: k, numLevels: numLevels, level: level) {
                output.append(contentsOf: buffer[rawBeg..<rawLim])
                outLevels.append(output.count)
            } else {
                let popAbove = inLevels[level + 2] - rawLim
                let oddPop = rawPop % 2 == 1
                let adjBeg = oddPop ? rawBeg + 1 : rawBeg
                let adjPop = oddPop ? rawPop - 1 : rawPop
                let half = adjPop / 2
                if oddPop { output.append(buffer[rawBeg]) }
                outLevels.append(output.count)
                var run = buffer[adjBeg..<(adjBeg + adjPop)].map { $0! }
                if level == 0 && !levelZeroSorted { run.sort() }
                let offset = Int(random.next() & 1)
                let kept = stride(from: offset, to: adjPop, by: 2).map { run[$0] }
                let above = buffer[rawLim..<(rawLim + popAbove)].map { $0! }
                let merged = Self.mergedSorted(kept.map { Optional($0) }, above.map { Optional($0) })
                // The halved items join the level above, which starts where they were placed.
                buffer.replaceSubrange((adjBeg + half)..<(rawLim + popAbove), with: merged)
                current -= half
                inLevels[level + 1] -= half
                if level == numLevels - 1 {
                    numLevels += 1
                    target += Self.levelCapacity(k: k, numLevels: numLevels, level: 0)
                }
            }
            if level == numLevels - 1 { break }
            level += 1
        }
        buffer = output
        return (outLevels, target)
    }
}
