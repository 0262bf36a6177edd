import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// PySpark's higher-order functions (`F.transform(col, lambda x: x + 1)`): as PySpark does, the Python function
/// is called once, with lambda-variable Columns, and the Column it returns becomes the lambda's body; the engine
/// evaluates that expression per element.
enum HigherOrderBinding {
    static let names: Set<String> = ["transform", "filter", "exists", "forall", "aggregate", "reduce", "zip_with", "array_sort",
                                     "map_filter", "transform_keys", "transform_values", "map_zip_with"]

    static func call(_ name: String, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        var arrays: [Expression]
        var lambdas: [PyValue]
        switch name {
        case "transform", "filter":
            let v = try args.bind(["col", "f"], required: 2)
            arrays = [try v[0]!.column(name).expression]
            lambdas = [v[1]!]
        case "exists", "forall":
            let v = try args.bind(["col", "f"], required: 2)
            arrays = [try v[0]!.column(name).expression]
            lambdas = [v[1]!]
        case "aggregate", "reduce":
            let v = try args.bind(["col", "initialValue", "merge", "finish"], required: 3)
            arrays = [try v[0]!.column(name).expression, try v[1]!.literalColumn().expression]
            lambdas = [v[2]!]
            if let finish = v[3], !finish.isNone { lambdas.append(finish) }
        case "map_filter", "transform_keys", "transform_values":
            let v = try args.bind(["col", "f"], required: 2)
            arrays = [try v[0]!.column(name).expression]
            lambdas = [v[1]!]
        case "map_zip_with":
            let v = try args.bind(["col1", "col2", "f"], required: 3)
            arrays = [try v[0]!.column(name).expression, try v[1]!.column(name).expression]
            lambdas = [v[2]!]
        case "zip_with":
            let v = try args.bind(["left", "right", "f"], required: 3)
            arrays = [try v[0]!.column(name).expression, try v[1]!.column(name).expression]
            lambdas = [v[2]!]
        default: // array_sort
            let v = try args.bind(["col", "comparator"], required: 1)
            guard let comparator = v[1], !comparator.isNone else { return try FunctionsBinding.call(name, args) }
            arrays = [try v[0]!.column(name).expression]
            lambdas = [comparator]
        }
        for function in lambdas {
            arrays.append(try await lambda(function, interpreter: interpreter))
        }
        if name == "aggregate" || name == "reduce", lambdas.count == 1 {
            arrays.append(LambdaFunction.identity(id: "id"))
        }
        return .column(Column(.function(name, arrays)))
    }

    /// The Python function called with lambda-variable Columns, as PySpark's `_create_lambda` does.
    private static func lambda(_ function: PyValue, interpreter: Interpreter) async throws -> Expression {
        guard case .function(let f) = function else {
            throw ScriptError("PySparkTypeError", "[NOT_CALLABLE] Argument `f` should be a callable, got \(function.typeName).")
        }
        let positional = f.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
        // PySpark takes one to three variables here; the analyzer checks the count against the function.
        guard (1...3).contains(positional.count), !f.parameters.contains(where: { $0.kind == .variadic || $0.kind == .keywords }) else {
            throw ScriptError("PySparkValueError",
                              "[WRONG_NUM_ARGS_FOR_HIGHER_ORDER_FUNCTION] Function `\(f.name)` should take between 1 and 3 arguments, but the provided function takes \(positional.count).")
        }
        // Named as PySpark names them: `x`, `y`, `z` by position, numbered across the session.
        let ids = ["x", "y", "z"].prefix(positional.count).map { interpreter.lambdaVariableID($0) }
        let result = try await interpreter.callFunction(f, CallArguments(positional: ids.map { .column(Column(LambdaFunction.variable($0))) }),
                                                        span: .point(0))
        guard case .column(let body) = result else {
            throw ScriptError("PySparkValueError",
                              "[HIGHER_ORDER_FUNCTION_SHOULD_RETURN_COLUMN] Function `\(f.name)` should return Column, got \(result.typeName).")
        }
        return LambdaFunction.make(body: body.expression, variables: ids)
    }
}
