import Yams

/// One YAML mapping of a cluster description, read key by key with the file and line of each key, so that a
/// bad value or an unknown key is an error naming `file:line` and the key's dotted path (`queues.etl.capacity`).
/// Keys match with `_` and `-` alike, so Hadoop's spellings (`disable_preemption`) work as well as YAML's.
struct YAMLMapping {
    let file: String
    /// The dotted path of this mapping (`queues.etl`), empty at the top.
    let path: String
    let line: Int?
    private let entries: [(key: String, line: Int?, value: Node)]

    /// `line` is where the mapping is named (its key's line in the parent), else where it starts.
    init(_ node: Node, file: String, path: String, line: Int? = nil) throws(ClusterManagerError) {
        let location = DescriptionLocation(file: file, line: line ?? node.mark?.line)
        guard let mapping = node.mapping else {
            throw location.error(key: path.isEmpty ? "(top level)" : path, "expected a mapping of keys to values")
        }
        self.file = file
        self.path = path
        self.line = location.line
        var entries: [(key: String, line: Int?, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw location.error(key: path, "keys must be plain names")
            }
            entries.append((Self.normalised(name), key.mark?.line, value))
        }
        self.entries = entries
    }

    static func normalised(_ key: String) -> String { key.replacingOccurrences(of: "_", with: "-") }

    /// `queues.etl.capacity`.
    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The line of `key` (or of the mapping when the key is absent).
    func location(_ key: String? = nil) -> DescriptionLocation {
        DescriptionLocation(file: file, line: key.flatMap { k in entries.first { $0.key == k }?.line } ?? line)
    }

    func error(_ key: String, _ why: String) -> ClusterManagerError {
        location(key).error(key: keyPath(key), why)
    }

    /// Refuses any key not in `known`, suggesting the closest one.
    func requireOnly(_ known: [String]) throws(ClusterManagerError) {
        for entry in entries where !known.contains(entry.key) {
            throw DescriptionLocation(file: file, line: entry.line)
                .unknownKey(entry.key, shownAs: keyPath(entry.key), known: known)
        }
    }

    func contains(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func node(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

    /// The scalar text of `key`, nil when absent; a list or mapping there is an error.
    func text(_ key: String) throws(ClusterManagerError) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else { throw error(key, "expected a single value") }
        return scalar.string
    }

    func required<T>(_ key: String, _ read: (String) throws(ClusterManagerError) -> T?)
        throws(ClusterManagerError) -> T {
        guard let value = try read(key) else { throw location().error(key: keyPath(key), "is required") }
        return value
    }

    func positiveInt(_ key: String) throws(ClusterManagerError) -> Int? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.positiveInt(text) { error(key, $0) } }
    }

    func double(_ key: String) throws(ClusterManagerError) -> Double? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.double(text) { error(key, $0) } }
    }

    /// A percentage, `50` or `50%`.
    func percent(_ key: String) throws(ClusterManagerError) -> Double? {
        try text(key).map { text throws(ClusterManagerError) in
            let number = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
            return try DescriptionScalar.double(number) { _ in error(key, "must be a percentage such as 50, got '\(text)'") }
        }
    }

    func bool(_ key: String) throws(ClusterManagerError) -> Bool? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.bool(text) { error(key, $0) } }
    }

    /// A Spark size (`8g`, `8192m`; a bare number is MiB) in MiB, above 0.
    func mebibytes(_ key: String) throws(ClusterManagerError) -> Int? {
        guard let text = try text(key) else { return nil }
        guard let value = try? SparkSize.parse(text, key: key, unit: .mebibyte), value > 0, value <= Int.max else {
            throw error(key, "must be a size such as 8g or 8192m, got '\(text)'")
        }
        return Int(value)
    }

    /// A Spark duration (`3s`, `15000ms`; a bare number is milliseconds), not negative.
    func duration(_ key: String) throws(ClusterManagerError) -> ClockDuration? {
        guard let text = try text(key) else { return nil }
        guard let value = try? SparkDuration.duration(text, key: key, unit: .milliseconds), value >= .zero else {
            throw error(key, "must be a duration such as 3s or 15000ms, got '\(text)'")
        }
        return value
    }

    /// One of `choices`, compared without case.
    func choice<T: RawRepresentable<String>>(_ key: String, _ choices: [T]) throws(ClusterManagerError) -> T? {
        guard let text = try text(key) else { return nil }
        guard let value = choices.first(where: { $0.rawValue == text.lowercased() }) else {
            let names = choices.map(\.rawValue).joined(separator: " | ")
            throw error(key, "must be one of \(names), got '\(text)'")
        }
        return value
    }

    /// The list under `key`; nil when absent.
    func sequence(_ key: String) throws(ClusterManagerError) -> [Node]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else { throw error(key, "expected a list (lines starting with '- ')") }
        return Array(sequence)
    }

    func mapping(_ key: String) throws(ClusterManagerError) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return try YAMLMapping(node, file: file, path: keyPath(key), line: location(key).line)
    }
}
