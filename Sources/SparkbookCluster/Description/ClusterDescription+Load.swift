import Foundation

extension ClusterDescription {
    /// Reads a cluster description, choosing the form by extension: Sparkbook's YAML (`.yaml`, `.yml`) or
    /// Hadoop's `capacity-scheduler.xml` (`.xml`, with a `yarn-site.xml` beside it when present).
    public static func load(path: String) throws(ClusterManagerError) -> ClusterDescription {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml":
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DescriptionLocation(file: path).error(key: "(file)", "cannot read the cluster description")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw DescriptionLocation(file: path).error(key: "(file)", "is not UTF-8 text")
            }
            return try ClusterDescription(yaml: text, file: path)
        case "xml":
            return try CapacitySchedulerReader.load(path: path)
        default:
            throw DescriptionLocation(file: path).error(
                key: "(file)", "a cluster description ends in .yaml or .yml (Sparkbook's form) or .xml "
                    + "(Hadoop's capacity-scheduler.xml)")
        }
    }

    /// Parses Sparkbook's YAML form; `file` names errors and its folder resolves `capacity-scheduler:`.
    public init(yaml text: String, file: String) throws(ClusterManagerError) {
        let directory = (file as NSString).deletingLastPathComponent
        self = try ClusterYAMLReader(file: file, directory: directory.isEmpty ? "." : directory).read(text)
    }

    /// Parses Hadoop's `capacity-scheduler.xml` text alone (no `yarn-site.xml`); `file` names errors.
    public init(capacitySchedulerXML data: Data, file: String) throws(ClusterManagerError) {
        self = try CapacitySchedulerReader.read(HadoopConfigurationFile(data: data, file: file).properties, file: file)
    }
}

extension ClusterDescription {
    /// Whether `path` names a description (YAML or Hadoop XML) rather than the key-value cluster file.
    public static func isDescriptionFile(_ path: String) -> Bool {
        ["yaml", "yml", "xml"].contains((path as NSString).pathExtension.lowercased())
    }
}
