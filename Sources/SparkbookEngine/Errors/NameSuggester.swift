import SparkbookUtilities

/// Did-you-mean suggestions ranked by edit distance, the way Spark orders its column suggestions.
public enum NameSuggester {
    /// Up to `limit` candidates, closest first; ties keep the candidates' order.
    public static func closest(to name: String, among candidates: [String], limit: Int) -> [String] {
        let target = Array(name.lowercased())
        return candidates.enumerated()
            .map { (offset: $0.offset, name: $0.element, distance: EditDistance.between(target, Array($0.element.lowercased()))) }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .prefix(limit)
            .map(\.name)
    }

    /// Spark's order for the names an unresolved column suggests (`StringUtils.orderSuggestedIdentifiersBySimilarity`
    /// over `AttributeSet.toSeq`): the candidates sorted by name, then stably by the case-sensitive edit distance
    /// between the back-quoted candidate and the name as typed. Checked against PySpark 4.3's messages.
    /// `quote` is how Spark back-quotes a candidate (`s`.`id` for a qualified one).
    public static func sparkOrder(of candidates: [String], for name: String,
                                  quote: (String) -> String = { "`\($0)`" }) -> [String] {
        let target = Array(name)
        return candidates.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            .enumerated()
            .map { (offset: $0.offset, name: $0.element, distance: EditDistance.between(Array(quote($0.element)), target)) }
            .sorted { ($0.distance, $0.offset) < ($1.distance, $1.offset) }
            .map(\.name)
    }

    /// The single best candidate when it is close enough to be a plausible typo.
    public static func best(for name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        let scored = candidates.map { ($0, EditDistance.between(target, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        // A one-letter name is no typo of another name; longer names allow about one edit in three.
        return best.1 < name.count && best.1 <= max(1, name.count / 3) ? best.0 : nil
    }
}
