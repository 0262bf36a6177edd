import SparkbookDataFrame
import SparkbookEngine

/// The Python worker plugin (plugins/python) as the runner of a session's Python UDFs: each UDF becomes a
/// scalar function whose batches the worker runs with CPython (`udf.call`).
struct PythonWorker: PythonUDFRunner {
    let connection: PluginConnection

    func function(for udf: PythonUDFDefinition) throws -> any ScalarFunction {
        PythonUDFFunction(udf: udf, connection: connection)
    }
}

/// A Python UDF as the planner sees it: any arguments (Spark passes them as they are), the declared return type,
/// named as PySpark names its column (`f(x)`, `<lambda>(x)`). Each batch of a task's partition goes to the worker
/// with the function's source; the worker compiles it once per source and answers one column.
struct PythonUDFFunction: ScalarFunction {
    let udf: PythonUDFDefinition
    let connection: PluginConnection

    var name: String { udf.name }
    var arity: ClosedRange<Int> { 0...255 }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: argumentTypes, result: udf.returnType)
    }

    func generatedName(_ arguments: [String]) -> String {
        "\(FunctionRegistry.shownName(name))(\(arguments.joined(separator: ", ")))"
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        try PluginBatches.inSlices(arguments, rowCount: rowCount, resultType: udf.returnType) { arguments, rowCount in
            try call(arguments, rowCount: rowCount, signature: signature, context: context)
        }
    }

    private func call(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
        let schema = StructType(signature.inputs.enumerated().map { StructField("_\($0.offset)", $0.element) })
        let batch = RecordBatch(schema: schema, columns: arguments, rowCount: rowCount)
        let params: [String: Any]
        do {
            params = [
                "name": udf.functionName, "source": udf.source, "kind": udf.kind.rawValue, "returnType": udf.returnType.simpleString,
                "evalType": udf.evalType.rawValue, "file": udf.file, "line": udf.line, "globals": udf.globalsJSON,
                "moduleAliases": udf.modules, "helpers": udf.helpers,
                "batch": try PluginBatches.encode(batch, timeZone: context.sessionTimeZone),
            ]
        } catch let error as ArrowIPCError {
            throw SparkError(.unsupported, message: "A Python UDF cannot take this argument: \(error)")
        }
        do {
            let answer = try PluginBatches.decode(try connection.call("udf.call", params: params), plugin: connection.manifest.name)
            guard answer.columns.count == 1, answer.rowCount == rowCount else {
                throw PluginError.badAnswer(plugin: connection.manifest.name, why: "the UDF answered \(answer.rowCount) rows for \(rowCount)")
            }
            let column = answer.columns[0]
            if column.dataType == udf.returnType { return column }
            if column.dataType == .null { return ColumnVector.constant(.null, type: udf.returnType, count: rowCount) }
            throw PluginError.badAnswer(plugin: connection.manifest.name,
                                        why: "the UDF answered \(column.dataType.simpleString) for its return type \(udf.returnType.simpleString)")
        } catch PluginError.failed(_, let message, let details) {
            // As PySpark shows an exception raised inside a UDF: the worker's traceback of the function's frames.
            throw SparkError(.python, message: "An exception was thrown from the Python worker:\n" + (details ?? message))
        } catch let error as PluginError {
            if case .cannotStart = error, let setup = connection.manifest.setup {
                throw SparkError(.execution, message: "\(error); run `\(setup)` in Sparkbook's folder to make the worker's Python")
            }
            throw SparkError(.execution, message: error.description)
        }
    }
}
