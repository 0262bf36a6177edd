/// Where a setting of a cluster description was written (a file and, when known, a line), so that every error
/// names the file, the line and the key, as `spark-defaults.conf` errors do. Errors are `ClusterManagerError`s
/// with code `.invalidClusterFile`, rendered where cluster-file errors already render.
public struct DescriptionLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `conf/cluster.yaml:12`, or the file alone when the line is unknown.
    public var description: String { line.map { "\(file):\($0)" } ?? file }

    /// `conf/cluster.yaml:12: queues.etl.capacity: <why>`.
    public func error(key: String, _ why: String) -> ClusterManagerError {
        ClusterManagerError(code: .invalidClusterFile, key: key, message: "\(self): \(key): \(why)")
    }

    /// An unknown key, with the closest known one when it is a plausible typo.
    public func unknownKey(_ key: String, shownAs shown: String, known: [String]) -> ClusterManagerError {
        let suggestion = ConfigKeySuggester(knownKeys: known).suggestion(for: key)
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? " (known: \(known.joined(separator: ", ")))"
        return error(key: shown, "unknown key\(hint)")
    }
}
