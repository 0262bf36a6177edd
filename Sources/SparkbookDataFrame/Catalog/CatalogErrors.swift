import SparkbookEngine

/// Spark's errors about databases and tables, worded as Spark 4.3 words them.
enum CatalogErrors {
    static func tableNotFound(_ name: String) -> SparkError {
        SparkError(.analysis, errorClass: "TABLE_OR_VIEW_NOT_FOUND",
                   message: "The table or view \(name) cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.",
                   sqlState: "42P01")
    }

    /// A name as the user gave it, each part backquoted (`` `db`.`t` ``).
    static func quotedAsGiven(_ identifier: TableIdentifier) -> String {
        (identifier.database.map { "`\($0)`." } ?? "") + "`\(identifier.table)`"
    }

    static func tableAlreadyExists(_ identifier: TableIdentifier) -> SparkError {
        SparkError(.analysis, errorClass: "TABLE_OR_VIEW_ALREADY_EXISTS",
                   message: "Cannot create table or view \(identifier.quoted) because it already exists.\nChoose a different name, drop or replace the existing object, or add the IF NOT EXISTS clause to tolerate pre-existing objects.",
                   sqlState: "42P07")
    }

    static func schemaNotFound(_ name: String) -> SparkError {
        SparkError(.analysis, errorClass: "SCHEMA_NOT_FOUND",
                   message: "The schema `\(TableIdentifier.sessionCatalogName)`.`\(name.lowercased())` cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a catalog, verify the current_schema() output, or qualify the name with the correct catalog.\nTo tolerate the error on drop use DROP SCHEMA IF EXISTS.",
                   sqlState: "42704")
    }

    static func schemaAlreadyExists(_ name: String) -> SparkError {
        SparkError(.analysis, errorClass: "SCHEMA_ALREADY_EXISTS",
                   message: "Cannot create schema `\(name.lowercased())` because it already exists.\nChoose a different name, drop the existing schema, or add the IF NOT EXISTS clause to tolerate pre-existing schema.",
                   sqlState: "42P06")
    }

    static func schemaNotEmpty(_ name: String) -> SparkError {
        SparkError(.analysis, errorClass: "SCHEMA_NOT_EMPTY",
                   message: "Cannot drop a schema `\(name.lowercased())` because it contains objects.\nUse DROP SCHEMA ... CASCADE to drop the schema and all its objects.",
                   sqlState: "2BP01")
    }

    static func dropDefaultDatabase() -> SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_FEATURE.DROP_DATABASE",
                   message: "The feature is not supported: Drop the default database `spark_catalog`.`default`.", sqlState: "0A000")
    }

    static func locationAlreadyExists(_ identifier: TableIdentifier, _ location: String) -> SparkError {
        SparkError(.execution, errorClass: "LOCATION_ALREADY_EXISTS",
                   message: "Cannot name the managed table as \(identifier.quoted), as its associated location 'file:\(location)' already exists. Please pick a different table name, or remove the existing location first.",
                   sqlState: "42710")
    }

    static func wrongObjectType(_ operation: String, required: String, _ table: CatalogTable, alternative: String) -> SparkError {
        SparkError(.analysis, errorClass: "WRONG_COMMAND_FOR_OBJECT_TYPE",
                   message: "The operation \(operation) requires a \(required). But \(TableIdentifier.sessionCatalogName).\(table.database).\(table.name) is a \(table.kind.rawValue). Use \(alternative) instead.",
                   sqlState: "42809")
    }

    static func unsupportedReplace(_ identifier: TableIdentifier, asSelect: Bool) -> SparkError {
        SparkError(.analysis, errorClass: "UNSUPPORTED_FEATURE.TABLE_OPERATION",
                   message: "The feature is not supported: Table \(identifier.quoted) does not support \(asSelect ? "REPLACE TABLE AS SELECT" : "REPLACE TABLE"). Please check the current catalog and namespace to make sure the qualified table name is expected, and also check the catalog implementation which is configured by \"spark.sql.catalog\".",
                   sqlState: "0A000")
    }

    static func formatMismatch(_ table: CatalogTable, given: String) -> SparkError {
        func name(_ provider: String) -> String {
            switch provider.lowercased() {
            case "parquet": "ParquetDataSourceV2"
            case "csv": "CSVDataSourceV2"
            case "json": "JsonDataSourceV2"
            case "delta": "DeltaDataSource"
            default: provider
            }
        }
        return SparkError(.analysis, message: "The format of the existing table \(TableIdentifier.sessionCatalogName).\(table.database).\(table.name) is `\(name(table.provider))`. It doesn't match the specified format `\(name(given))`.")
    }

    static func arityMismatch(_ table: CatalogTable, tableColumns: [String], dataColumns: [String]) -> SparkError {
        let tooMany = dataColumns.count > tableColumns.count
        let list = { (names: [String]) in names.map { "`\($0)`" }.joined(separator: ", ") }
        return SparkError(.analysis, errorClass: "INSERT_COLUMN_ARITY_MISMATCH." + (tooMany ? "TOO_MANY_DATA_COLUMNS" : "NOT_ENOUGH_DATA_COLUMNS"),
                          message: "Cannot write to \(table.identifier.quoted), the reason is \(tooMany ? "too many" : "not enough") data columns:\nTable columns: \(list(tableColumns)).\nData columns: \(list(dataColumns)).",
                          sqlState: "21S01")
    }

    static func cannotSafelyCast(_ table: CatalogTable, column: String, from: DataType, to: DataType) -> SparkError {
        SparkError(.analysis, errorClass: "INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST",
                   message: "Cannot write incompatible data for the table \(table.identifier.quoted): Cannot safely cast `\(column)` \"\(from.simpleString.uppercased())\" to \"\(to.simpleString.uppercased())\".",
                   sqlState: "KD000")
    }
}
