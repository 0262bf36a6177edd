import SparkbookEngine

/// A data source an outside plugin declares: `spark.read.format(name).load(paths)` asks the plugin
/// (`dataSource.read` with the paths, options and any user schema as DDL) for the rows, as one Arrow batch,
/// when the DataFrame is created (as Spark infers a schema at the read).
struct PluginDataSource: DataSource {
    let shortName: String
    let connection: PluginConnection

    func createScan(_ request: ScanRequest) throws -> any DataScan {
        var params: [String: Any] = ["name": shortName, "paths": request.paths, "options": request.options]
        if let schema = request.userSchema { params["schema"] = schema.fields.map { "\($0.name) \($0.dataType.simpleString)" }.joined(separator: ", ") }
        do {
            let batch = try PluginBatches.decode(try connection.call("dataSource.read", params: params), plugin: connection.manifest.name)
            return PluginScan(batch: batch, source: shortName, plugin: connection.manifest.name)
        } catch let error as PluginError {
            throw SparkError(.execution, message: error.description)
        }
    }
}

/// The rows a plugin's source answered, read by one task.
struct PluginScan: DataScan {
    let batch: RecordBatch
    let source: String
    let plugin: String

    var schema: StructType { batch.schema }
    var partitionCount: Int { 1 }

    func read(partition index: Int, columns: [Int]) throws -> RecordBatch {
        RecordBatch(schema: StructType(columns.map { batch.schema.fields[$0] }), columns: columns.map { batch.columns[$0] },
                    rowCount: batch.rowCount)
    }

    var explainText: String { "Scan \(source) (plugin \(plugin)) [\(schema.names.joined(separator: ","))]" }
}
