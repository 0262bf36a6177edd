/// How the reader treats a record that does not fit the schema (Spark's `mode` option).
public enum CSVParseMode: String, Sendable, Hashable {
    /// Keep the record: unparsable fields become null, the raw line goes to the corrupt-record column if any.
    case permissive = "PERMISSIVE"
    /// Skip the record.
    case dropMalformed = "DROPMALFORMED"
    /// Stop reading with an error naming the file, the line and the record.
    case failFast = "FAILFAST"
}
