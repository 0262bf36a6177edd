/// Jain's fairness index (Jain, Chiu and Hawe, 1984) over values x: (Σx)² / (n·Σx²). It is 1 when every value is
/// equal and 1/n when one value holds everything; it reads the same whatever the values' scale.
public enum JainsIndex {
    /// nil when there is nothing to compare: no values, or all of them zero (0/0).
    public static func of(_ values: [Double]) -> Double? {
        let sum = values.reduce(0, +)
        let squares = values.reduce(0) { $0 + $1 * $1 }
        guard !values.isEmpty, squares > 0 else { return nil }
        return sum * sum / (Double(values.count) * squares)
    }
}
