/// Typed reads of Hadoop properties (values trimmed, as Hadoop's `Configuration` trims them), each error naming
/// the property and the file and line it was written on.
struct HadoopPropertyReader {
    let properties: [String: HadoopConfigurationFile.Property]
    /// The file errors name when a property is absent.
    let file: String

    func text(_ key: String) -> String? { properties[key]?.value }

    func location(_ key: String) -> DescriptionLocation {
        properties[key]?.location ?? DescriptionLocation(file: file)
    }

    func error(_ key: String, _ why: String) -> ClusterManagerError { location(key).error(key: key, why) }

    func positiveInt(_ key: String) throws(ClusterManagerError) -> Int? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.positiveInt(text) { error(key, $0) } }
    }

    func double(_ key: String) throws(ClusterManagerError) -> Double? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.double(text) { error(key, $0) } }
    }

    /// A percentage (`50`, `12.5`, or `-1`); absolute resources such as `[memory=10240,vcores=10]` are refused.
    func percent(_ key: String) throws(ClusterManagerError) -> Double? {
        if let text = text(key), text.hasPrefix("[") {
            throw error(key, "absolute resources ('\(text)') are not supported; write a percentage of the cluster")
        }
        return try double(key)
    }

    func bool(_ key: String) throws(ClusterManagerError) -> Bool? {
        try text(key).map { text throws(ClusterManagerError) in try DescriptionScalar.bool(text) { error(key, $0) } }
    }

    /// Hadoop writes these intervals as milliseconds (`3000`); `3s` works too.
    func duration(_ key: String, unit: SparkTimeUnit) throws(ClusterManagerError) -> ClockDuration? {
        guard let text = text(key) else { return nil }
        guard let value = try? SparkDuration.duration(text, key: key, unit: unit) else {
            throw error(key, "must be a duration in milliseconds such as 3000 (or 3s), got '\(text)'")
        }
        return value
    }
}
