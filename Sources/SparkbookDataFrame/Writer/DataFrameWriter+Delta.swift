import Foundation
import SparkbookEngine

extension DataFrameWriter {
    /// `format("delta").save(path)`: Parquet data files written straight into the table folder (a file no commit
    /// names is invisible to readers, so no staging is needed), then one commit to `_delta_log` naming them.
    func writeDelta(_ path: String) async throws {
        let url = frame.session.context.resolve(path: path)
        let schema = try frame.schema()
        let deltaMode: DeltaTableWrite.Mode = switch mode {
        case .errorIfExists: .errorIfExists
        case .overwrite: .overwrite
        case .append: .append
        case .ignore: .ignore
        }
        guard let plan = try DeltaTableWrite(tablePath: url.path, schema: schema, partitionBy: partitionColumns, mode: deltaMode,
                                             overwriteSchema: options["overwriteschema"]?.lowercased() == "true",
                                             mergeSchema: options["mergeschema"]?.lowercased() == "true") else { return }
        var layout = self
        layout.partitionColumns = plan.partitionColumns
        let (partitionIndices, dataSchema) = try layout.partitioning(schema)
        let codec = try parquetCodec()
        _ = try ParquetFileWriter(schema: dataSchema, codec: codec)  // refuses types Parquet cannot hold, before any output
        let job = UUID().uuidString.lowercased()
        let zone = TimeZone(identifier: frame.session.conf.get("spark.sql.session.timeZone") ?? "UTC") ?? TimeZone(identifier: "UTC")!
        let text = SparkValueText(sessionTimeZone: zone)
        let fm = FileManager.default
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        var written: [DeltaTableWrite.WrittenFile] = []
        var part = 0
        for batch in try await frame.collectBatches(description: "save") where batch.rowCount > 0 {
            for group in Self.partitionGroupsWithValues(batch, partitionIndices, schema: schema, text: text) {
                let data = RecordBatch(schema: dataSchema,
                                       columns: batch.columns.enumerated().filter { !partitionIndices.contains($0.offset) }.map(\.element),
                                       rowCount: batch.rowCount)
                let slice = group.rows.count == batch.rowCount ? data : data.gather(group.rows)
                let relative = (group.directory.isEmpty ? "" : group.directory + "/")
                    + Self.partFileName(part, job: job, extension: codec.fileExtension + ".parquet")
                let target = url.appendingPathComponent(relative)
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                var writer = try ParquetFileWriter(schema: dataSchema, codec: codec)
                try writer.write(slice)
                let bytes = Data(writer.finish())
                try bytes.write(to: target)
                var values: [String: String?] = [:]
                for (i, value) in zip(partitionIndices, group.values) { values[schema[i].name] = .some(value) }
                written.append(.init(relativePath: relative, partitionValues: values, size: Int64(bytes.count),
                                     stats: DeltaTableWrite.statistics(slice)))
            }
            part += 1
        }
        do {
            try plan.commit(written)
        } catch {
            // The commit failed (another writer took the version): the files no commit names are removed.
            for file in written { try? fm.removeItem(at: url.appendingPathComponent(file.relativePath)) }
            throw error
        }
    }
}
