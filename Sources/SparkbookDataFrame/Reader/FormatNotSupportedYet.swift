import SparkbookEngine

/// Formats Spark reads or writes that Sparkbook does not support yet (orc, avro, jdbc).
/// `spark.read.orc(...)`, `format("avro").load(...)` and `df.write.orc(...)` all get this one error, which
/// names the format and what does work, instead of an AttributeError or a "data source not found".
public enum FormatNotSupportedYet {
    /// Spark's own formats and table methods, by the name a user writes (`format("avro")`, `read.jdbc`).
    public static let sparkFormats: Set<String> = ["orc", "avro", "jdbc", "binaryfile"]
    /// The reader methods PySpark has for them, so they exist as attributes and fail with this error.
    public static let readerMethods = ["orc", "jdbc"]
    /// The writer methods PySpark has for them.
    public static let writerMethods = ["orc", "jdbc"]

    /// Whether `name` (a format or method name) is one of Spark's that Sparkbook lacks.
    public static func isSparkFormat(_ name: String) -> Bool { sparkFormats.contains(name.lowercased()) }

    /// The error for reading `format`; `supported` lists the formats this session reads.
    public static func reading(_ format: String, supported: [String]) -> SparkError {
        SparkError(.unsupported, message: "Reading \(described(format)) is not supported by Sparkbook yet; "
                   + "spark.read supports \(list(supported)).")
    }

    /// The error for writing `format`.
    public static func writing(_ format: String) -> SparkError {
        SparkError(.unsupported, message: "Writing \(described(format)) is not supported by Sparkbook yet; "
                   + "df.write supports csv, json, xml, parquet, text and delta.")
    }

    private static func described(_ format: String) -> String {
        "the \(format) format"
    }

    private static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
