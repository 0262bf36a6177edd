import Foundation
import SparkbookEngine

/// Writing rows into an existing table, as Spark's `InsertIntoHadoopFsRelationCommand` does: the data's columns
/// taken by position against the table's (partition columns last), each cast to the table's type under Spark's
/// ANSI store assignment (numbers to numbers, anything to a string, dates and timestamps to each other;
/// a string to a number is refused), then appended to the table's files or replacing them.
struct TableInsertion {
    let session: SparkSession
    let table: CatalogTable

    /// Spark's `UNSUPPORTED_OVERWRITE.TABLE`: a query that reads the table cannot replace it, since its files
    /// would be deleted before they are read. Checked before anything is written.
    static func refuseOverwriting(_ table: CatalogTable, readBy data: DataFrame) throws {
        guard try data.reads(under: table.location) else { return }
        throw SparkError(.analysis, errorClass: "UNSUPPORTED_OVERWRITE.TABLE",
                         message: "Can't overwrite the target that is also being read from. The target table is \(table.identifier.quoted).",
                         sqlState: "42902")
    }

    /// `data` aligned to the table's columns by position, cast and named as the table's.
    func aligned(_ data: DataFrame) throws -> DataFrame {
        let schema = try data.schema()
        let target = table.schema
        guard schema.count == target.count else {
            throw CatalogErrors.arityMismatch(table, tableColumns: target.names, dataColumns: schema.names)
        }
        var columns: [Column] = []
        for (index, (given, wanted)) in zip(schema.fields, target.fields).enumerated() {
            guard Self.canStore(given.dataType, into: wanted.dataType) else {
                throw CatalogErrors.cannotSafelyCast(table, column: wanted.name, from: given.dataType, to: wanted.dataType)
            }
            let column = Expression.columnAt(index, name: given.name)
            columns.append(Column(given.dataType == wanted.dataType ? Expression.alias(column, name: wanted.name)
                                  : .alias(.cast(column, wanted.dataType), name: wanted.name)))
        }
        return try data.select(columns)
    }

    /// Appends `data` (already aligned), or replaces the table's rows with it; with `replacing` partition
    /// directories (`p=v`), only those are replaced.
    func write(_ data: DataFrame, overwrite: Bool, replacing partitionDirectories: [String] = []) async throws {
        if overwrite { try Self.refuseOverwriting(table, readBy: data) }
        var writer = data.write.format(table.provider).partitionBy(table.partitionColumns)
        for (key, value) in table.options where key.lowercased() != "path" { writer = writer.option(key, value) }
        if overwrite && !partitionDirectories.isEmpty {
            for directory in partitionDirectories {
                try? FileManager.default.removeItem(at: URL(fileURLWithPath: table.location).appendingPathComponent(directory))
            }
            writer = try writer.mode("append")
        } else {
            writer = try writer.mode(overwrite ? "overwrite" : "append")
        }
        try await writer.save(table.location)
    }

    /// Spark's ANSI store assignment: which values may be written into a column of type `to`.
    static func canStore(_ from: DataType, into to: DataType) -> Bool {
        if from == to || from == .null || to == .string { return true }
        switch (from, to) {
        case (let a, let b) where a.isNumericForStore && b.isNumericForStore: return true
        case (.date, .timestamp), (.date, .timestampNTZ), (.timestamp, .date), (.timestampNTZ, .date),
             (.timestamp, .timestampNTZ), (.timestampNTZ, .timestamp): return true
        case (.array(let a, _), .array(let b, _)): return canStore(a, into: b)
        case (.map(let ka, let va, _), .map(let kb, let vb, _)): return canStore(ka, into: kb) && canStore(va, into: vb)
        case (.structure(let a), .structure(let b)):
            return a.count == b.count && zip(a.fields, b.fields).allSatisfy { canStore($0.dataType, into: $1.dataType) }
        default: return false
        }
    }
}

private extension DataType {
    var isNumericForStore: Bool {
        switch self {
        case .byte, .short, .integer, .long, .float, .double, .decimal: true
        default: false
        }
    }
}
