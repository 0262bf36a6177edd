import SparkbookDataFrame
import SparkbookEngine
import SparkbookSyntax

/// Python UDFs as PySpark makes them: `F.udf(f, T)`, `F.udf(lambda x: ..., T)`, `@udf(T)`, `@udf`,
/// `@pandas_udf(T)`, `spark.udf.register("name", f, T)` and `F.call_udf("name", col)`. Calling a UDF registers a
/// scalar function in the session (so SQL and `expr` can call a registered one) whose body is the function's
/// source, run per batch by the Python worker plugin with CPython (`PythonUDFRunner`).
enum PythonUDFBinding {
    static let names: Set<String> = ["udf", "pandas_udf", "call_udf"]

    static func call(_ name: String, _ args: CallArguments, interpreter: Interpreter) throws -> PyValue {
        switch name {
        case "call_udf":
            guard let first = args.positional.first else { throw ScriptError.type("call_udf() missing 1 required positional argument: 'udfName'") }
            let udfName = try first.string("udfName", in: "call_udf")
            let columns = try args.positional.dropFirst().map { try $0.column("call_udf") }
            return .column(Column(.function(udfName, columns.map(\.expression))))
        default:
            return try udf(args, pandas: name == "pandas_udf")
        }
    }

    /// `udf(f=None, returnType=StringType())`: a UDF, or with no function the decorator that makes one.
    static func udf(_ args: CallArguments, pandas: Bool) throws -> PyValue {
        let v = try args.bind(pandas ? ["f", "returnType", "functionType"] : ["f", "returnType", "useArrow"])
        var function = v[0], type = v[1]
        // `udf(T)`, `udf("int")`: the first argument is the return type, and the result a decorator.
        if case .builtin(let name)? = function {
            throw ScriptError("PySparkTypeError", "Sparkbook sends a UDF's source to the Python worker, and the built-in \(name) has none: "
                              + "wrap it in a lambda, F.udf(lambda x: \(name)(x), returnType)")
        }
        if let first = function, !first.isNone, !isFunction(first) {
            type = first
            function = nil
        }
        let returnType = try type.flatMap { $0.isNone ? nil : try SparkTypeClass.dataType($0, in: pandas ? "pandas_udf" : "udf") }
            ?? .string
        let evalType: PythonUDFDefinition.EvalType = pandas ? .pandas : .batched
        var useArrow: Bool?
        if !pandas, let given = v[2], !given.isNone {
            guard case .bool(let flag) = given else {
                throw ScriptError("PySparkTypeError", "[NOT_BOOL] Argument `useArrow` should be a bool, got \(given.typeName).")
            }
            useArrow = flag
        }
        if case .function(let f)? = function {
            return .pythonUDF(PythonUDF(function: f, returnType: returnType, evalType: evalType, useArrow: useArrow))
        }
        if case .pythonUDF(let u)? = function {
            return .pythonUDF(PythonUDF(function: u.function, returnType: returnType, evalType: evalType, useArrow: useArrow ?? u.useArrow))
        }
        return .pythonUDF(PythonUDF(function: nil, returnType: returnType, evalType: evalType, useArrow: useArrow))
    }

    private static func isFunction(_ value: PyValue) -> Bool {
        switch value {
        case .function, .pythonUDF: true
        default: false
        }
    }

    /// Calling a UDF value: with columns, the column of its call; as a decorator, the UDF of the function.
    static func call(_ udf: PythonUDF, _ args: CallArguments, span: SourceSpan, interpreter: Interpreter) throws -> PyValue {
        guard udf.function != nil else {
            guard args.positional.count == 1, args.keywords.isEmpty, case .function(let f) = args.positional[0] else {
                throw ScriptError.type("the decorator udf(returnType) takes the function it decorates", span: span)
            }
            return .pythonUDF(PythonUDF(function: f, returnType: udf.returnType, evalType: udf.evalType, useArrow: udf.useArrow))
        }
        let columns = try args.positional.map { try $0.column(udf.name) }
        try register(udf, as: udf.key, interpreter: interpreter)
        return .column(Column(.function(udf.key, columns.map(\.expression))))
    }

    /// `spark.udf.register(name, f, returnType=None)`: the UDF under `name` for SQL, `expr` and `call_udf`.
    static func registration(_ method: String, _ session: SparkSession, _ args: CallArguments, interpreter: Interpreter) throws -> PyValue {
        guard method == "register" else { throw Members.missingAttribute(method, of: .udfRegistration(session)) }
        let v = try args.bind(["name", "f", "returnType"], required: 2)
        let name = try v[0]!.string("name", in: "register")
        let udf: PythonUDF
        switch v[1]! {
        case .function(let f):
            let type = try v[2].flatMap { $0.isNone ? nil : try SparkTypeClass.dataType($0, in: "register") } ?? .string
            udf = PythonUDF(function: f, returnType: type, evalType: .batched, registeredName: name)
        case .pythonUDF(let u) where u.function != nil:
            if let given = v[2], !given.isNone {
                throw ScriptError("PySparkTypeError", "[CANNOT_SPECIFY_RETURN_TYPE_FOR_UDF] returnType can not be specified when `f` is a user-defined function, but got \(given.repr).")
            }
            udf = PythonUDF(function: u.function, returnType: u.returnType, evalType: u.evalType, registeredName: name,
                            useArrow: u.useArrow)
        default:
            throw ScriptError("PySparkTypeError", "[NOT_CALLABLE] Argument `f` should be a callable, got \(v[1]!.typeName).")
        }
        try register(udf, as: name, interpreter: interpreter)
        return .pythonUDF(udf)
    }

    /// Registers the UDF's function in the active session under `name`.
    static func register(_ udf: PythonUDF, as name: String, interpreter: Interpreter) throws {
        guard let runner = interpreter.context.pythonUDFs else {
            throw ScriptError("RuntimeError", PythonFunctionsAdvice.workerMissing)
        }
        guard let session = interpreter.context.active else {
            throw ScriptError("PySparkRuntimeError", "[NO_ACTIVE_SESSION] No active Spark session found. Please create a new Spark session before running the code.")
        }
        session.functions.register(try runner.function(for: try definition(udf, name: name, interpreter: interpreter)))
    }

    static func definition(_ udf: PythonUDF, name: String, interpreter: Interpreter) throws -> PythonUDFDefinition {
        guard let function = udf.function, let file = function.file, let span = function.sourceSpan else {
            throw ScriptError("RuntimeError", "the UDF's function has no source Sparkbook can send to the Python worker")
        }
        var plain: [String] = []
        var modules: [String: String] = [:]
        var helpers: [String] = []
        for (global, value) in interpreter.globals.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .module(let module) where !module.rawValue.hasPrefix("pyspark"):
                modules[global] = module.rawValue
            case .function(let helper) where helper !== function:
                if let helperFile = helper.file, let helperSpan = helper.sourceSpan, helper.name == global {
                    helpers.append(helperFile.text(of: helperSpan))
                }
            default:
                if let json = try? JSONModule.dumps(value, indent: nil, sortKeys: false, level: 0) {
                    let key = (try? JSONModule.dumps(.string(global), indent: nil, sortKeys: false, level: 0)) ?? "\"\(global)\""
                    plain.append(key + ": " + json)
                }
            }
        }
        // PySpark decides Arrow or pickle when the UDF is made, from the active session's setting (true in 4.3).
        let arrowByDefault = (interpreter.context.active?.conf.get("spark.sql.execution.pythonUDF.arrow.enabled") ?? "true")
            .lowercased() == "true"
        let evalType: PythonUDFDefinition.EvalType = udf.evalType == .batched && (udf.useArrow ?? arrowByDefault) ? .arrow : udf.evalType
        let location = file.location(of: span.start)
        let place = file.cell.map { "\(file.path) (cell \($0))" } ?? file.path
        return PythonUDFDefinition(
            name: name, functionName: function.name, source: file.text(of: span), kind: function.name == "<lambda>" ? .lambda : .function,
            returnType: udf.returnType, evalType: evalType, file: place, line: location.line,
            globalsJSON: "{" + plain.joined(separator: ", ") + "}", modules: modules, helpers: helpers)
    }
}
