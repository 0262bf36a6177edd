import SparkbookEngine

/// Array access on a column: `col[i]` / `col.getItem(i)`, zero-based, named `col[i]` as Spark names it.
extension Column {
    public func getItem(_ index: Int) -> Column {
        Column(.function(ArrayFunctions.itemAccess, [expression, .literal(.integer(Int32(clamping: index)))]))
    }
}
