/// Levenshtein distance (insert, delete, substitute each cost 1) over characters: what every did-you-mean in
/// Sparkbook ranks by (column names, configuration keys, REPL commands, cluster description keys).
public enum EditDistance {
    public static func between(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Int {
        between(Array(lhs), Array(rhs))
    }

    public static func between(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
