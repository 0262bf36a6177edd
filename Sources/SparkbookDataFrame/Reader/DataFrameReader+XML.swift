import Foundation
import SparkbookEngine

extension DataFrameReader {
    /// `spark.read.xml(path)`: the session's `xml` source (`rowTag` elements of XML files as records).
    public func xml(_ paths: [String]) throws -> DataFrame {
        try format("xml").load(paths)
    }

    /// `spark.read.xml(df)`: the XML documents a DataFrame's string column holds (its first column; nulls
    /// skipped), read as files are.
    public func xml(_ frame: DataFrame) async throws -> DataFrame {
        let rowTag = try XMLDataSource.rowTag(options.first { $0.key.lowercased() == "rowtag" }?.value)
        var documents: [[UInt8]] = []
        for batch in try await frame.collectBatches(description: "xml") {
            guard let column = batch.columns.first, case .string(let values) = column.storage else { continue }
            for r in 0..<batch.rowCount where !column.isNull(r) { documents.append(Array(values.string(at: r).utf8)) }
        }
        let zone = TimeZone(identifier: session.scanSettings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
        let (schema, rows) = try XMLDataSource.read(documents, rowTag: rowTag, options: XMLOptions(options),
                                                    userSchema: userSchema, sessionZone: zone)
        return try session.createDataFrame(rows: rows, schema: schema)
    }
}
