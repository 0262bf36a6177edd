/// Binds `groupBy(keys).agg(output)`: aggregate calls are pulled out of the output expressions, which are then
/// rebound over `keys + call results`, so `sum(a) / count(a)` and aliased keys both work.
struct AggregateBinder {
    let input: StructType
    var functions: FunctionRegistry = .builtIn
    var context = FunctionContext()
    /// The input columns' DataFrames, so `groupBy(df1["id"])` after a join finds df1's side.
    var lineage: ColumnLineage?

    func bind(groupBy: [Expression], output named: [Expression]) throws -> AggregateSpec {
        // A plugin's aggregate is planned over its group's values; its column keeps the name the call had.
        let output = named.map { GroupValuesAggregates.planning($0, functions: functions) }
        let binder = ExpressionBinder(schema: input, functions: functions, context: context, lineage: lineage)
        let keys = try groupBy.map { try binder.bind($0) }
        var calls: [AggregateCall] = []
        var callExpressions: [Expression] = []

        func collect(_ e: Expression) throws {
            switch e {
            case .aggregate(let function, let argument):
                guard !callExpressions.contains(e) else { return }
                if argument.containsAggregate {
                    throw SparkError(.analysis, errorClass: "NESTED_AGGREGATE_FUNCTION",
                                     message: "It is not allowed to use an aggregate function in the argument of another aggregate function. Please use the inner aggregate function in a sub-query.",
                                     sqlState: "42607")
                }
                var bound: BoundExpression?
                if case .star = argument {
                    guard function == .count else {
                        throw SparkError(.analysis, errorClass: "INVALID_USAGE_OF_STAR_OR_REGEX",
                                         message: "Invalid usage of '*' in \(function.sqlName).", sqlState: "42000")
                    }
                    bound = nil
                } else {
                    bound = try binder.bind(argument)
                    if !bound!.isDeterministic {
                        throw SparkError(.analysis, errorClass: "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION",
                                         message: "Non-deterministic expression \"\(e.generatedName)\" should not appear in the arguments of an aggregate function.",
                                         sqlState: "42845")
                    }
                    if function == .sum || function == .avg, !(bound!.dataType.isNumeric || bound!.dataType == .string || bound!.dataType == .null) {
                        throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                                         message: "Cannot resolve \"\(e.generatedName)\" due to data type mismatch: The first parameter requires the \"NUMERIC\" or \"ANSI INTERVAL\" type, however \"\(argument.generatedName)\" has the type \"\(bound!.dataType.simpleString.uppercased())\".",
                                         sqlState: "42K09")
                    }
                    try Self.checkInputType(of: function, bound!, call: e, argument: argument)
                    if bound!.dataType == .string, function == .sum || function == .avg {
                        bound = .cast(bound!, .double)
                    }
                }
                calls.append(AggregateCall(function: function, input: bound))
                callExpressions.append(e)
            case .alias(let inner, _), .unary(_, let inner), .cast(let inner, _), .sortOrder(let inner, _): try collect(inner)
            case .binary(_, let l, let r): try collect(l); try collect(r)
            case .function(_, let args): for a in args { try collect(a) }
            case .column, .dataFrameColumn, .columnAt, .star, .literal, .window: break
            }
        }
        for e in output { try collect(e) }

        let resultFields = keys.enumerated().map { StructField("key\($0.offset)", $0.element.dataType) }
            + calls.enumerated().map { StructField("agg\($0.offset)", $0.element.resultType) }
        let resultSchema = StructType(resultFields)

        func rebind(_ e: Expression) throws -> BoundExpression {
            if let k = groupBy.firstIndex(of: e) { return .column(index: k, type: keys[k].dataType) }
            if let c = callExpressions.firstIndex(of: e) {
                return .column(index: keys.count + c, type: calls[c].resultType)
            }
            switch e {
            case .alias(let inner, _): return try rebind(inner)
            case .literal: return try ExpressionBinder(schema: resultSchema).bind(e)
            case .column(let name), .dataFrameColumn(let name, _), .columnAt(_, let name):
                // A bare column must be one of the grouping columns (matched by resolved position).
                if let k = keys.firstIndex(of: try binder.bind(e)) {
                    return .column(index: k, type: keys[k].dataType)
                }
                // Without any grouping Spark names the missing GROUP BY rather than the column.
                if groupBy.isEmpty {
                    throw SparkError(.analysis, errorClass: "MISSING_GROUP_BY",
                                     message: "The query does not include a GROUP BY clause. Add GROUP BY or turn it into the window functions using OVER clauses.",
                                     sqlState: "42803")
                }
                throw SparkError(.analysis, errorClass: "MISSING_AGGREGATION",
                                 message: "The non-aggregating expression \"\(name)\" is based on columns which are not participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY, aggregate the expression, or use \"any_value(\(name))\" if you do not care which of the values within a group is returned.",
                                 sqlState: "42803")
            case .unary(let op, let inner):
                let b = try rebind(inner)
                return .unary(op, b, type: op == .isNull || op == .isNotNull || op == .not ? .boolean : b.dataType)
            case .cast(let inner, let type): return .cast(try rebind(inner), type)
            case .sortOrder(let inner, _): return try rebind(inner)
            case .function(let name, let args):
                return try ExpressionBinder(schema: resultSchema, functions: functions, context: context)
                    .bindFunction(name, try args.map(rebind), e)
            case .window:
                throw SparkError(.analysis, message: "A window function cannot be used inside an aggregation: \(e.generatedName).")
            case .binary(let op, let l, let r):
                // Bind through a synthetic schema so the usual typing rules apply to the rebound operands.
                let lb = try rebind(l), rb = try rebind(r)
                let probe = StructType([StructField("l", lb.dataType), StructField("r", rb.dataType)])
                let typed = try ExpressionBinder(schema: probe).bind(.binary(op, .column("l"), .column("r")))
                return substitute(typed, [lb, rb])
            case .star, .aggregate:
                throw SparkError(.analysis, message: "Cannot use \(e.generatedName) in an aggregation output.")
            }
        }

        let bound = try output.map(rebind)
        let fields = zip(zip(named, output), bound).map { names, b in
            StructField(outputName(names.0), b.dataType, nullable: nullable(names.1, b, keys, calls, callExpressions))
        }
        return AggregateSpec(keys: keys, keyTypes: keys.map(\.dataType), calls: calls, output: bound,
                             outputSchema: StructType(fields))
    }

    private func outputName(_ e: Expression) -> String {
        if case .column(let name) = e, let i = input.index(of: name) { return input[i].name }
        // A struct field (`groupBy("sales.year")`) is named by its field, as a select names it.
        if case .column = e { return Analyzer.outputName(e, input) }
        return e.generatedName
    }

    private func nullable(_ e: Expression, _ b: BoundExpression, _ resultKeys: [BoundExpression], _ calls: [AggregateCall], _ exprs: [Expression]) -> Bool {
        var inner = e
        if case .alias(let x, _) = e { inner = x }
        if let c = exprs.firstIndex(of: inner) { return calls[c].resultNullable }
        if case .column(let name) = inner, let i = input.index(of: name) { return input[i].nullable }
        // Over the aggregate's result row: the keys, then one column per call.
        let keys = resultKeys.map { StructField("key", $0.dataType, nullable: $0.nullable(in: input)) }
        let results = calls.map { StructField("result", $0.resultType, nullable: $0.resultNullable) }
        return b.nullable(in: StructType(keys + results))
    }

    /// Replaces the probe's `l`/`r` column references with the real operands.
    private func substitute(_ e: BoundExpression, _ operands: [BoundExpression]) -> BoundExpression {
        switch e {
        case .column(let i, _): operands[i]
        case .literal: e
        case .cast(let x, let t): .cast(substitute(x, operands), t)
        case .unary(let op, let x, let t): .unary(op, substitute(x, operands), type: t)
        case .binary(let op, let l, let r, let t): .binary(op, substitute(l, operands), substitute(r, operands), type: t)
        case .function(let f, let args): .function(f, args.map { substitute($0, operands) })
        }
    }
}
