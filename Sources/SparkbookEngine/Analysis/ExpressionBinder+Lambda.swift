/// Resolving a higher-order call: the value arguments as usual, then each lambda's body against the outer
/// columns plus the lambda's variables, typed from the arrays (`x` in `transform(xs, x -> ...)` is an element).
extension ExpressionBinder {
    func bindHigherOrder(_ function: HigherOrderFunction, _ arguments: [Expression], _ source: Expression) throws
        -> BoundExpression {
        let call = source.generatedName
        let names = arguments.map(\.generatedName)
        let lambdaParts = arguments.compactMap(LambdaFunction.parts(of:))
        let valueExpressions = arguments.filter { LambdaFunction.parts(of: $0) == nil }
        guard valueExpressions.count == function.valueArguments, function.lambdaCount.contains(lambdaParts.count),
              arguments.prefix(function.valueArguments).allSatisfy({ LambdaFunction.parts(of: $0) == nil }) else {
            throw SparkError(.analysis, errorClass: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                             message: "The `\(function.rawValue)` requires \(function.valueArguments + function.lambdaCount.lowerBound) parameters but the actual number is \(arguments.count).",
                             sqlState: "42605")
        }
        let values = try valueExpressions.map(bind)
        let valueTypes = values.map(\.dataType)
        try function.checkArrays(valueTypes, call: call, arguments: names)
        let elementNullable = valueTypes.map { type -> Bool in
            if case .array(_, let containsNull) = type { return containsNull }
            if case .map(_, _, let valueContainsNull) = type { return valueContainsNull }
            return true
        }

        // Each body bound over [outer schema..., variables...], then renumbered over the outer columns it reads.
        var bodies: [(body: BoundExpression, variables: [StructField])] = []
        for (index, lambda) in lambdaParts.enumerated() {
            let types = try function.variableTypes(lambda: index, count: lambda.variables.count, values: valueTypes)
            let fields = zip(lambda.variables, types).enumerated().map { position, pair in
                let nullable: Bool = switch function {
                case .transform, .filter: position == 0 ? elementNullable[0] : false
                case .zipWith: true
                case .aggregate, .reduce: true
                // A map's key is never null; `map_zip_with`'s values are null where one map lacks the key.
                case .mapFilter, .transformKeys, .transformValues: position == 0 ? false : elementNullable[0]
                case .mapZipWith: position != 0
                default: elementNullable[0]
                }
                return StructField(LambdaFunction.columnName(pair.0), pair.1, nullable: nullable)
            }
            let inner = ExpressionBinder(schema: StructType(schema.fields + fields), functions: functions, context: context)
            // Only this lambda's variables: a nested lambda's own stay variables for its binding.
            let body = try inner.bind(lambda.body.rewritten { e in
                LambdaFunction.variableID(e).flatMap { lambda.variables.contains($0) ? .column(LambdaFunction.columnName($0)) : nil }
            })
            if let required = function.requiredBodyType(lambda: index, values: valueTypes),
               !body.dataType.equalsIgnoringNullability(required) {
                throw ArgumentTypeMismatch(argument: function.valueArguments + index,
                                           .parameter(required: "\"\(required.simpleString.uppercased())\""), actual: body.dataType)
                    .sparkError(call: call, arguments: names)
            }
            bodies.append((body, fields))
        }
        let width = schema.count
        let outer = bodies.reduce(into: Set<Int>()) { $0.formUnion($1.body.columnIndices.filter { $0 < width }) }.sorted()
        let position = Dictionary(uniqueKeysWithValues: outer.enumerated().map { ($1, $0) })
        let lambdas = bodies.map { bound in
            HigherOrderCall.Lambda(
                body: bound.body.renumbered { $0 < width ? position[$0]! : outer.count + ($0 - width) },
                schema: StructType(outer.map { schema[$0] } + bound.variables))
        }
        let bodyTypes = bodies.map { bound in
            (bound.body.dataType, bound.body.nullable(column: { i in
                i < width ? schema[i].nullable : bound.variables[i - width].nullable }))
        }
        let result = function.resultType(values: valueTypes, bodies: bodyTypes)
        let outerColumns = outer.map { BoundExpression.column(index: $0, type: schema[$0].dataType) }
        let arguments = values + outerColumns
        let bound = HigherOrderCall(function: function, lambdas: lambdas, valueCount: values.count)
        return .function(BoundFunction(function: bound, signature: FunctionSignature(inputs: arguments.map(\.dataType), result: result),
                                       context: context), arguments)
    }
}

extension BoundExpression {
    /// The expression with each column ordinal replaced by `map(ordinal)`.
    func renumbered(_ map: (Int) -> Int) -> BoundExpression {
        switch self {
        case .column(let i, let t): .column(index: map(i), type: t)
        case .literal: self
        case .unary(let op, let e, let t): .unary(op, e.renumbered(map), type: t)
        case .binary(let op, let l, let r, let t): .binary(op, l.renumbered(map), r.renumbered(map), type: t)
        case .cast(let e, let t): .cast(e.renumbered(map), t)
        case .function(let f, let args): .function(f, args.map { $0.renumbered(map) })
        }
    }
}
