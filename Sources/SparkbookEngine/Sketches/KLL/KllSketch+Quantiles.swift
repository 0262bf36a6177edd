/// Quantiles and ranks as DataSketches answers them with its default INCLUSIVE criterion (what Spark's
/// `kll_sketch_get_quantile_*` and `kll_sketch_get_rank_*` call): over the sorted view, items sorted with their
/// weights accumulated, the sketch's min and max put at the ends when compaction dropped them.
extension KllSketch {
    /// The sorted view: items ascending with cumulative weights.
    func sortedView() -> (items: [Item], cumulativeWeights: [Int64]) {
        var pairs: [(Item, Int64)] = []
        pairs.reserveCapacity(numRetained)
        for level in 0..<numLevels {
            let weight = Int64(1) << Int64(level)
            for index in levels[level]..<levels[level + 1] { pairs.append((items[index]!, weight)) }
        }
        pairs.sort { $0.0 < $1.0 }
        var quantiles = pairs.map(\.0)
        var cumulative: [Int64] = []
        cumulative.reserveCapacity(pairs.count)
        var total: Int64 = 0
        for (_, weight) in pairs { total += weight; cumulative.append(total) }
        if let minItem, quantiles.first != minItem {
            quantiles.insert(minItem, at: 0)
            cumulative.insert(1, at: 0)
        }
        if let maxItem, quantiles.last != maxItem {
            let last = cumulative.last!
            cumulative[cumulative.count - 1] = last - 1
            quantiles.append(maxItem)
            cumulative.append(last)
        }
        return (quantiles, cumulative)
    }

    /// The item at normalized rank `rank` in [0, 1]: the first whose cumulative weight reaches `ceil(rank * n)`
    /// (`rank * n` rounded to 7 decimals first, for ranks like 0.3 whose product lands a hair above an integer).
    public func quantile(_ rank: Double) -> Item? {
        guard !isEmpty, (0...1).contains(rank) else { return nil }
        let view = sortedView()
        var natural = rank * Double(n)
        if Double(n) <= 1e7 { natural = (natural * 1e7).rounded(.toNearestOrAwayFromZero) / 1e7 }
        let target = Int64(natural.rounded(.up))
        guard let index = view.cumulativeWeights.firstIndex(where: { $0 >= target }) else { return view.items.last }
        return view.items[index]
    }

    /// The normalized rank of `item`: the weight of the items at most `item`, over `n`.
    public func rank(_ item: Item) -> Double? {
        guard !isEmpty else { return nil }
        let view = sortedView()
        guard let index = view.items.lastIndex(where: { $0 <= item }) else { return 0 }
        return Double(view.cumulativeWeights[index]) / Double(n)
    }
}
