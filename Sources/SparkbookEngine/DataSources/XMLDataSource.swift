import Foundation

/// Spark 4's built-in `xml` source: each `rowTag` element of the files is a record, its schema inferred as
/// `XMLSchemaInference` does (or the reader's). Like `json`, the files are parsed whole on the driver and their
/// rows become local partitions.
public struct XMLDataSource: DataSource {
    public init() {}

    public var shortName: String { "xml" }

    public func createScan(_ request: ScanRequest) throws -> any DataScan {
        throw SparkError(.unsupported, message: "The xml source reads its rows on the driver; read it with createPlan.")
    }

    public func createPlan(_ request: ScanRequest) throws -> LogicalPlan {
        func option(_ key: String) -> String? { request.options.first { $0.key.lowercased() == key.lowercased() }?.value }
        let rowTag = try Self.rowTag(option("rowTag"))
        let listing = try PartitionedFileListing(paths: request.paths,
                                                 recursiveFileLookup: option("recursiveFileLookup")?.lowercased() == "true",
                                                 pathGlobFilter: option("pathGlobFilter"), basePath: option("basePath"))
        var documents: [[UInt8]] = []
        for file in listing.files {
            let mapped = try MappedFile(path: file.entry.path)
            documents.append(withExtendedLifetime(mapped) { Array(mapped.bytes) })
        }
        let zone = TimeZone(identifier: request.settings.sessionTimeZone) ?? TimeZone(identifier: "UTC")!
        let (schema, rows) = try Self.read(documents, rowTag: rowTag, options: XMLOptions(request.options),
                                           userSchema: request.userSchema, sessionZone: zone)
        var relation = try LocalRelation(rows: rows, schema: schema, parallelism: request.settings.defaultParallelism)
        relation.sourceFiles = JSONDataSource.dataFiles(in: request.paths)
        return .local(relation)
    }

    /// The records of `documents` (files' bytes, or the strings of `spark.read.xml(df)`) as rows of the inferred
    /// schema or the user's.
    public static func read(_ documents: [[UInt8]], rowTag: String, options: XMLOptions, userSchema: StructType?,
                            sessionZone: TimeZone) throws -> (StructType, [[Value]]) {
        var records: [XMLElement] = []
        for document in documents {
            do {
                records += try XMLDocumentParser.records(document, rowTag: rowTag)
            } catch let error as XMLParseError {
                throw SparkError(.execution, errorClass: "MALFORMED_RECORD_IN_PARSING",
                                 message: "Malformed records are detected in record parsing: \(error.description).")
            }
        }
        let schema = userSchema ?? XMLSchemaInference.schema(records, options: options, sessionZone: sessionZone)
        var converter = XMLRecordConverter(schema: schema, options: options, sessionZone: sessionZone)
        return (schema, records.map { converter.row($0) })
    }

    /// The `rowTag` option, which Spark requires of XML reads and writes.
    public static func rowTag(_ value: String?) throws -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SparkError(.analysis, errorClass: "XML_ROW_TAG_MISSING",
                             message: "`rowTag` option is required for reading/writing files in XML format.", sqlState: "42KDF")
        }
        return value.trimmingCharacters(in: .whitespaces)
    }
}
