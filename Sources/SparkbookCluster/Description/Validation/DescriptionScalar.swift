/// Plain values as both description forms write them, with one wording for each refusal; `fail` turns the
/// reason into an error at the right file, line and key.
enum DescriptionScalar {
    static func positiveInt(_ text: String, _ fail: (String) -> ClusterManagerError) throws(ClusterManagerError) -> Int {
        guard let value = Int(text), value > 0 else { throw fail("must be a whole number above 0, got '\(text)'") }
        return value
    }

    static func double(_ text: String, _ fail: (String) -> ClusterManagerError) throws(ClusterManagerError) -> Double {
        guard let value = Double(text), value.isFinite else { throw fail("must be a number, got '\(text)'") }
        return value
    }

    /// `true` or `false` without case, as Hadoop's `getBoolean` (which ignores anything else; here it is an error).
    static func bool(_ text: String, _ fail: (String) -> ClusterManagerError) throws(ClusterManagerError) -> Bool {
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw fail("must be true or false, got '\(text)'")
        }
    }
}
