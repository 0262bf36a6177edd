/// One top-level column of one row group, as the fused aggregation reads it: a column of one value per row, or,
/// for a flat column whose data pages are all dictionary-encoded, the dictionary's entries (as a column of the
/// Spark type) and each row's entry (-1 for a null), so that per-row work is an index into per-entry work.
enum ParquetRowGroupColumn: Sendable {
    case values(ColumnVector)
    case dictionary(entries: ColumnVector, rows: [Int32])
}

extension ParquetFileReader {
    /// Column `c` (an index into `schema`) of row group `index`; a flat column keeps its dictionary.
    func column(rowGroup index: Int, _ c: Int) throws -> ParquetRowGroupColumn {
        guard case .leaf(let leaf) = nodes[c], leaf.maxRepetition == 0 else {
            return .values(try read(rowGroup: index, columns: [c]).columns[0])
        }
        let rows = Int(metadata.rowGroups[index].rowCount)
        do {
            let chunk = try readChunk(index, leaf, keepingDictionary: true)
            guard chunk.levelCount == rows else {
                throw ParquetError("column \(leaf.path.joined(separator: ".")) has \(chunk.levelCount) values in a row group of \(rows) rows")
            }
            guard let dictionary = chunk.dictionary else {
                let values = try ParquetValueConversion.column(chunk.values, leaf: leaf, as: schema[c].dataType)
                return .values(ParquetRecordAssembler.flat(.init(leaf: leaf, chunk: chunk, values: values), rows: rows))
            }
            let entries = try ParquetValueConversion.column(dictionary, leaf: leaf, as: schema[c].dataType)
            guard chunk.indices.count != rows else { return .dictionary(entries: entries, rows: chunk.indices) }
            // Nulls have no index: each row's entry placed by its definition level.
            var perRow = [Int32](repeating: -1, count: rows)
            let top = Int32(leaf.maxDefinition)
            var next = 0
            for row in 0..<rows where chunk.definitionLevels[row] == top {
                perRow[row] = chunk.indices[next]
                next += 1
            }
            return .dictionary(entries: entries, rows: perRow)
        } catch let error as ParquetError {
            throw error.at(path)
        }
    }
}
