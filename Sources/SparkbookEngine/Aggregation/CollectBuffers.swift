/// The per-group buffers of `collect_list` (an array) or `collect_set` (a `ScalaHashSet`) in one aggregation task.
///
/// Spark runs both in an ObjectHashAggregate, whose hash map falls back to sort-based aggregation once it holds
/// 128 groups (`HashAggregator.sortFallbackThreshold`) and rows still come: every later row goes into a fresh
/// buffer per group, and the hash map's buffer is merged into it at the end, so a list reads the late values
/// first, and a set is rebuilt from both. `late` marks the rows after that point.
struct CollectBuffers: Sendable {
    /// `collect_set` rather than `collect_list`.
    let distinct: Bool
    private var lists: [[Value]] = []
    private var lateLists: [[Value]] = []
    private var sets: [ScalaHashSet] = []
    private var lateSets: [ScalaHashSet] = []
    private var fellBack = false

    init(distinct: Bool) { self.distinct = distinct }

    mutating func addGroup() {
        if distinct { sets.append(ScalaHashSet()); lateSets.append(ScalaHashSet()) }
        else { lists.append([]); lateLists.append([]) }
    }

    /// `buffer += value`: one input row.
    mutating func add(_ value: Value, to g: Int, late: Bool) {
        fellBack = fellBack || late
        switch (distinct, late) {
        case (true, false): sets[g].add(value)
        case (true, true): lateSets[g].add(value)
        case (false, false): lists[g].append(value)
        case (false, true): lateLists[g].append(value)
        }
    }

    /// `buffer ++= partial`: a partial result from the shuffle, deserialized as Spark does (a fresh set, `+=` per
    /// element, for `collect_set`).
    mutating func merge(_ partial: [Value], into g: Int, late: Bool) {
        fellBack = fellBack || late
        guard distinct else {
            if late { lateLists[g] += partial } else { lists[g] += partial }
            return
        }
        let set = Self.rebuilt(partial)
        if late { lateSets[g].addAll(set) } else { sets[g].addAll(set) }
    }

    /// The group's values, in the order Spark returns (and serializes) them.
    func result(_ g: Int) -> [Value] {
        guard distinct else { return fellBack ? lateLists[g] + lists[g] : lists[g] }
        guard fellBack else { return sets[g].elements }
        var merged = lateSets[g]
        merged.addAll(Self.rebuilt(sets[g].elements))
        return merged.elements
    }

    private static func rebuilt(_ elements: [Value]) -> ScalaHashSet {
        var set = ScalaHashSet()
        for element in elements { set.add(element) }
        return set
    }
}
