/// Which column types a file format can hold: CSV has no nested types, so an array column is refused before
/// anything is read or written, with Spark's error.
public enum DataSourceTypeSupport {
    /// Throws `UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE` for the first column CSV cannot hold.
    public static func checkCSV(_ schema: StructType) throws {
        for field in schema.fields where field.dataType.isArray {
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE",
                             message: "The CSV datasource doesn't support the column `\(field.name)` of the type \"\(field.dataType.simpleString.uppercased())\".",
                             sqlState: "0A000")
        }
    }
}
