/// Which column types a file format can hold: CSV has no nested types, so an array column is refused before
/// anything is read or written, with Spark's error; text holds one string column.
public enum DataSourceTypeSupport {
    /// Throws `UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE` for the first column CSV cannot hold.
    public static func checkCSV(_ schema: StructType) throws {
        for field in schema.fields where field.dataType.isArray {
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                             message: "The CSV datasource doesn't support the column `\(field.name)` of the type \"\(field.dataType.simpleString.uppercased())\".",
                             sqlState: "0A000")
        }
    }

    /// The text source writes one string column, as Spark's does.
    public static func checkText(_ schema: StructType) throws {
        guard schema.count == 1 else {
            throw SparkError(.analysis, errorClass: "_LEGACY_ERROR_TEMP_1136",
                             message: "Text data source supports only a single column, and you have \(schema.count) columns.")
        }
        guard schema[0].dataType == .string else {
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                             message: "The Text datasource doesn't support the column `\(schema[0].name)` of the type \"\(schema[0].dataType.simpleString.uppercased())\".",
                             sqlState: "0A000")
        }
    }
}
