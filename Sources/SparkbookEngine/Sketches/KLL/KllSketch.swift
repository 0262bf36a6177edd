import SparkbookUtilities

/// A KLL quantiles sketch (Karnin, Lang, Liberty), laid out as Apache DataSketches lays it out so that the bytes
/// Spark's `kll_sketch_agg_*` writes are read here and ours there: one items array holding every level, level 0
/// at the low end filling downwards into free space, `levels[i]..<levels[i+1]` the items of level `i`, each of
/// weight `2^i`. Level capacities shrink by 2/3 per level below the top, never under `m`; a full sketch compacts
/// its lowest full level by sorting it and keeping every other item (a random half), promoting it upwards.
///
/// Below `k` items the sketch is exact (one level, nothing discarded), so quantiles and ranks equal Spark's; above,
/// DataSketches draws the halving offsets from an unseeded `Random`, so Spark's own results vary run to run: ours
/// come from a fixed seed and are reproducible.
public struct KllSketch<Item: KllItem>: Sendable {
    /// DataSketches' default `k` (Spark's default too) and the fixed `m`.
    public static var defaultK: Int { 200 }
    static var m: Int { 8 }
    static var minK: Int { m }
    static var maxK: Int { 65_535 }

    public let k: Int
    /// The smallest `k` among sketches merged into this one (DataSketches' "dynamic min K").
    public internal(set) var minK: Int
    /// The number of items the sketch has seen.
    public internal(set) var n: Int64 = 0
    var levels: [Int]
    var items: [Item?]
    public internal(set) var minItem: Item?
    public internal(set) var maxItem: Item?
    var levelZeroSorted = false
    var random = SplitMix64(seed: 0x6b6c_6c5f_7365_6564)

    public init(k: Int = KllSketch.defaultK) {
        self.k = k
        self.minK = k
        levels = [k, k]
        items = Array(repeating: nil, count: k)
    }

    public var isEmpty: Bool { n == 0 }
    public var numLevels: Int { levels.count - 1 }
    public var numRetained: Int { levels[numLevels] - levels[0] }
    public var isEstimationMode: Bool { numLevels > 1 }

    /// Adds one item (DataSketches' `update`): into level 0's free space, compacting first when there is none.
    public mutating func update(_ item: Item) {
        if minItem == nil || item < minItem! { minItem = item }
        if maxItem == nil || item > maxItem! { maxItem = item }
        if levels[0] == 0 { compressWhileUpdating() }
        n += 1
        levelZeroSorted = false
        levels[0] -= 1
        items[levels[0]] = item
    }

    /// The capacity of `level` in a sketch of `numLevels` levels: `k * (2/3)^depth` rounded, at least `m`.
    static func levelCapacity(k: Int, numLevels: Int, level: Int, m: Int = m) -> Int {
        max(m, Int(capacityAux(Int64(k), depth: numLevels - level - 1)))
    }

    private static func capacityAux(_ k: Int64, depth: Int) -> Int64 {
        if depth > 30 {
            let half = depth / 2
            return capacityAux(capacityAux(k, depth: half), depth: depth - half)
        }
        // 2k * (2/3)^depth, halved with rounding up: an integer, exactly as DataSketches computes it.
        var powerOfThree: Int64 = 1
        for _ in 0..<depth { powerOfThree *= 3 }
        let scaled = ((k << 1) << Int64(depth)) / powerOfThree
        return (scaled + 1) >> 1
    }

    static func totalCapacity(k: Int, numLevels: Int) -> Int {
        (0..<numLevels).reduce(0) { $0 + levelCapacity(k: k, numLevels: numLevels, level: $1) }
    }

    private func levelToCompact() -> Int {
        var level = 0
        while true {
            if levels[level + 1] - levels[level] >= Self.levelCapacity(k: k, numLevels: numLevels, level: level) {
                return level
            }
            level += 1
        }
    }

    /// Grows the items array by a new bottom level's capacity, adding an empty top level.
    private mutating func addEmptyTopLevel() {
        let total = levels[numLevels]
        let delta = Self.levelCapacity(k: k, numLevels: numLevels + 1, level: 0)
        for level in 0...numLevels { levels[level] += delta }
        levels.append(total + delta)
        items = Array(repeating: nil, count: delta) + items
    }

    private mutating func compressWhileUpdating() {
        let level = levelToCompact()
        if level == numLevels - 1 { addEmptyTopLevel() }
        let rawBeg = levels[level], rawEnd = levels[level + 1]
        let popAbove = levels[level + 2] - rawEnd
        let rawPop = rawEnd - rawBeg
        let oddPop = rawPop % 2 == 1
        let adjBeg = oddPop ? rawBeg + 1 : rawBeg
        let adjPop = oddPop ? rawPop - 1 : rawPop
        let halfAdjPop = adjPop / 2
        if level == 0 { sortRange(adjBeg..<(adjBeg + adjPop)) }
        if popAbove == 0 {
            halveUp(start: adjBeg, length: adjPop)
        } else {
            halveDown(start: adjBeg, length: adjPop)
            mergeSorted(a: adjBeg, lenA: halfAdjPop, b: rawEnd, lenB: popAbove, into: adjBeg + halfAdjPop)
        }
        levels[level + 1] -= halfAdjPop
        if oddPop {
            levels[level] = levels[level + 1] - 1
            items[levels[level]] = items[rawBeg]
        } else {
            levels[level] = levels[level + 1]
        }
        // Shift the levels below up into the freed slots, so level 0 gets the free space.
        if level > 0 {
            let amount = rawBeg - levels[0]
            let moved = Array(items[levels[0]..<(levels[0] + amount)])
            items.replaceSubrange((levels[0] + halfAdjPop)..<(levels[0] + halfAdjPop + amount), with: moved)
        }
        for lower in 0..<level { levels[lower] += halfAdjPop }
    }

    mutating func sortRange(_ range: Range<Int>) {
        let sorted = items[range].map { $0! }.sorted()
        items.replaceSubrange(range, with: sorted.map { Optional($0) })
    }

    /// Keeps every other item of a sorted even-length run, moved to its upper half.
    private mutating func halveUp(start: Int, length: Int) {
        let offset = Int(random.next() & 1)
        var j = start + length - 1 - offset
        var i = start + length - 1
        while i >= start + length / 2 {
            items[i] = items[j]
            j -= 2
            i -= 1
        }
    }

    /// Keeps every other item of a sorted even-length run, moved to its lower half.
    private mutating func halveDown(start: Int, length: Int) {
        let offset = Int(random.next() & 1)
        var j = start + offset
        for i in start..<(start + length / 2) {
            items[i] = items[j]
            j += 2
        }
    }

    /// Merges two sorted runs of `items` into `into` (which may overlap the first run's tail, never ahead of it).
    private mutating func mergeSorted(a: Int, lenA: Int, b: Int, lenB: Int, into c: Int) {
        let first = Array(items[a..<(a + lenA)]), second = Array(items[b..<(b + lenB)])
        var i = 0, j = 0
        for out in c..<(c + lenA + lenB) {
            if i == lenA || (j < lenB && !(first[i]! < second[j]!)) {
                items[out] = second[j]; j += 1
            } else {
                items[out] = first[i]; i += 1
            }
        }
    }
}
