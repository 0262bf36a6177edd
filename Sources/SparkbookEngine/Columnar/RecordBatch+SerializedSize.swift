/// What a batch of result rows weighs as Spark ships it to the driver: `UnsafeRow`s, each a 4-byte length, a
/// null bit set (8 bytes per 64 columns), an 8-byte slot per column, and the variable-length values (strings,
/// arrays, wide decimals) after them. Spark compresses the stream (LZ4) before counting it against
/// `spark.driver.maxResultSize`; this is the size before compression, so the bound is met no later than Spark's.
/// Computed per batch from the buffers' sizes, never per row.
extension RecordBatch {
    public var serializedResultSize: Int64 {
        let fixed = 4 + 8 * ((columns.count + 63) / 64) + 8 * columns.count
        let variable = columns.reduce(0) { total, column in
            switch column.storage {
            case .string, .array, .int128, .structure, .map: total + column.byteSize
            default: total
            }
        }
        return Int64(rowCount) * Int64(fixed) + Int64(variable)
    }
}
