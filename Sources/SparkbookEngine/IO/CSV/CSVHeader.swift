/// Column names from a header line, made safe as Spark's `CSVUtils.makeSafeHeader` does: an empty name (or one
/// equal to `nullValue`) becomes `_c<index>`, and names that repeat (case-insensitively, Spark's default) get their
/// index appended: `a,b,a,,A` -> `a0,b,a2,_c3,A4`. Without a header the names are `_c0, _c1, ...`.
public enum CSVHeader {
    public static func safeNames(_ raw: [String?], nullValue: String, caseSensitive: Bool = false) -> [String] {
        let keys = raw.compactMap { $0 }.map { caseSensitive ? $0 : $0.lowercased() }
        var seen = Set<String>()
        var duplicates = Set<String>()
        for key in keys where !seen.insert(key).inserted { duplicates.insert(key) }
        return raw.enumerated().map { index, name in
            guard let name, !name.isEmpty, name != nullValue else { return "_c\(index)" }
            return duplicates.contains(caseSensitive ? name : name.lowercased()) ? "\(name)\(index)" : name
        }
    }

    public static func positionalNames(count: Int) -> [String] {
        (0..<count).map { "_c\($0)" }
    }
}
