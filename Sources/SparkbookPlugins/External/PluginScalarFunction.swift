import SparkbookEngine

/// A scalar function an outside plugin declares in its manifest: bound with the declared argument and result
/// types (the binder casts arguments to them, as for a built-in), evaluated by sending each batch of argument
/// columns to the plugin (`function.call`), at most the manifest's `maxBatchRows` rows a call, and reading back
/// one column of the result type.
struct PluginScalarFunction: ScalarFunction {
    let name: String
    let argumentTypes: [DataType]
    let resultType: DataType
    let connection: PluginConnection
    /// The protocol method a batch is sent with (`function.call`; `aggregate.call` for a plugin's aggregate).
    var method = "function.call"

    var arity: ClosedRange<Int> { argumentTypes.count...argumentTypes.count }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: self.argumentTypes, result: resultType)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        try PluginBatches.inSlices(arguments, rowCount: rowCount, resultType: resultType,
                                   maxRows: connection.manifest.maxBatchRows ?? PluginBatches.maxRows) { arguments, rowCount in
            try call(arguments, rowCount: rowCount, context: context)
        }
    }

    private func call(_ arguments: [ColumnVector], rowCount: Int, context: FunctionContext) throws -> ColumnVector {
        let plugin = connection.manifest.name
        let schema = StructType(argumentTypes.enumerated().map { StructField("_\($0.offset)", $0.element) })
        let batch = RecordBatch(schema: schema, columns: arguments, rowCount: rowCount)
        do {
            let result = try connection.call(method, params: [
                "name": name, "returnType": resultType.simpleString,
                "batch": try PluginBatches.encode(batch, timeZone: context.sessionTimeZone),
            ])
            let answer = try PluginBatches.decode(result, plugin: plugin)
            guard answer.columns.count == 1, answer.rowCount == rowCount else {
                throw PluginError.badAnswer(plugin: plugin, why: "\(name) returned \(answer.columns.count) columns of \(answer.rowCount) rows for \(rowCount) rows")
            }
            let column = answer.columns[0]
            guard column.dataType == resultType || column.dataType == .null else {
                throw PluginError.badAnswer(plugin: plugin, why: "\(name) returned \(column.dataType.simpleString), not its declared \(resultType.simpleString)")
            }
            return column.dataType == resultType ? column : ColumnVector.constant(.null, type: resultType, count: rowCount)
        } catch let error as PluginError {
            throw SparkError(.execution, message: error.description)
        }
    }
}
