import Foundation

/// `spark-defaults.conf`: one property per line, key and value separated by whitespace or `=`, `#` comments.
/// The lowest configuration layer: `--conf` overrides it and the builder's `.config()` overrides both.
public enum SparkDefaultsFile {
    /// Where Spark looks when no `--properties-file` is given: `$SPARK_CONF_DIR`, then `./conf`.
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let candidates = [environment["SPARK_CONF_DIR"].map { $0 + "/spark-defaults.conf" },
                          currentDirectory + "/conf/spark-defaults.conf"]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    public static func load(path: String) throws -> [String: String] {
        Dictionary(try loadWithOrigins(path: path).map { ($0.key, $0.value) }) { $1 }
    }

    public static func parse(_ text: String, path: String = "spark-defaults.conf") throws -> [String: String] {
        Dictionary(try entries(text, path: path).map { ($0.key, $0.value) }) { $1 }
    }

    /// The file's properties with their places, so an error about a value can name the line that set it.
    public static func loadWithOrigins(path: String) throws -> [(key: String, value: String, origin: ConfigOrigin)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigError(code: .propertiesFile, key: nil, message: "Properties file \(path) does not exist or cannot be read.")
        }
        return try entries(text, path: path).map { ($0.key, $0.value, .propertiesFile(path: path, line: $0.line)) }
    }

    static func entries(_ text: String, path: String) throws -> [(key: String, value: String, line: Int)] {
        var properties: [(key: String, value: String, line: Int)] = []
        for (number, raw) in text.components(separatedBy: .newlines).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("!") { continue }
            guard let split = line.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "=" }) else {
                throw ConfigError(code: .propertiesFile, key: line,
                                  message: "\(path):\(number + 1): expected `key value`, got `\(line)`")
            }
            let key = String(line[..<split])
            let value = line[line.index(after: split)...].trimmingCharacters(in: .whitespaces)
            properties.append((key, value.hasPrefix("=") ? value.dropFirst().trimmingCharacters(in: .whitespaces) : value,
                               number + 1))
        }
        return properties
    }
}
