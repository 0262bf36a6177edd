/// Resolves names in an expression against a schema and types every node with Spark's rules.
public struct ExpressionBinder: Sendable {
    public let schema: StructType
    public let functions: FunctionRegistry
    public let context: FunctionContext
    /// Which DataFrames (plan ids) each column of `schema` comes from, when known; `df["id"]` picks by it.
    public var lineage: ColumnLineage?

    public init(schema: StructType, functions: FunctionRegistry = .builtIn, context: FunctionContext = FunctionContext(),
                lineage: ColumnLineage? = nil) {
        self.schema = schema
        self.functions = functions
        self.context = context
        self.lineage = lineage.flatMap { $0.count == schema.count ? $0 : nil }
    }

    /// A binder for another schema with the same functions and context.
    public func over(_ schema: StructType) -> ExpressionBinder {
        ExpressionBinder(schema: schema, functions: functions, context: context)
    }

    /// The column a name refers to: Spark's `AMBIGUOUS_REFERENCE` when several columns carry it (after a join),
    /// unless the reference came from one DataFrame whose side is known.
    public func resolve(_ name: String, planId: Int? = nil) throws -> Int {
        var matches = schema.fields.indices.filter { schema[$0].name == name }
        if matches.isEmpty {
            let lowered = name.lowercased()
            matches = schema.fields.indices.filter { schema[$0].name.lowercased() == lowered }
        }
        if matches.isEmpty, let qualified = qualifiedMatches(name) { matches = qualified }
        if matches.count > 1, let planId, let lineage {
            let fromFrame = matches.filter { lineage.planIds[$0].contains(planId) }
            if !fromFrame.isEmpty { matches = fromFrame }
        }
        guard let first = matches.first else {
            throw unresolvedQualified(name) ?? SparkError.unresolvedColumn(name, candidates: schema.names)
        }
        guard matches.count == 1 else {
            throw SparkError.ambiguousReference(name, candidates: matches.map { schema[$0].name })
        }
        return first
    }

    public func bind(_ expression: Expression) throws -> BoundExpression {
        switch expression {
        case .column(let name):
            do {
                let index = try resolve(name)
                return .column(index: index, type: schema[index].dataType)
            } catch {
                guard let (column, fields) = structPath(name) else { throw error }
                return try bindStructPath(column, fields, source: expression)
            }
        case .dataFrameColumn(let name, let planId):
            let index = try resolve(name, planId: planId)
            return .column(index: index, type: schema[index].dataType)
        case .columnAt(let index, let name):
            guard schema.fields.indices.contains(index) else {
                throw SparkError.unresolvedColumn(name, candidates: schema.names)
            }
            return .column(index: index, type: schema[index].dataType)
        case .star:
            throw SparkError(.analysis, errorClass: "INVALID_USAGE_OF_STAR_OR_REGEX",
                             message: "Invalid usage of '*' in expression.", sqlState: "42000")
        case .literal(let value):
            return .literal(value, type: value.dataType)
        case .alias(let inner, _):
            return try bind(inner)
        case .aggregate(let function, _):
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_EXPR_FOR_OPERATOR",
                             message: "Aggregate function `\(function.sqlName)` is not allowed here; use it in `agg(...)` or `select` of an aggregation.",
                             sqlState: "42K0E")
        case .unary(let op, let inner):
            let operand = try bind(inner)
            switch op {
            case .negate:
                if operand.dataType == .string { return .unary(op, .cast(operand, .double), type: .double) }
                guard operand.dataType.isNumeric || operand.dataType == .null else {
                    throw typeMismatch("(- \(inner.generatedName))", "numeric", operand.dataType)
                }
                return .unary(op, operand, type: operand.dataType)
            case .not:
                return .unary(op, try coerce(operand, to: .boolean, in: expression), type: .boolean)
            case .isNull, .isNotNull:
                return .unary(op, operand, type: .boolean)
            }
        case .binary(let op, let lhs, let rhs):
            return try bindBinary(op, try bind(lhs), try bind(rhs), expression)
        case .cast(let inner, let type):
            return try castExpression(try bind(inner), to: type)
        case .function(let name, _) where GeneratorCall.isGenerator(name):
            throw GeneratorCall.outsideSelect(expression)
        case .function(let name, let arguments) where HigherOrderFunction.call(name, arguments) != nil:
            return try bindHigherOrder(HigherOrderFunction.call(name, arguments)!, arguments, expression)
        case .function(let name, let arguments):
            return try bindFunction(name, try arguments.map(bind), expression)
        case .sortOrder(let inner, _):
            return try bind(inner)
        case .window:
            throw SparkError(.analysis, errorClass: "UNSUPPORTED_EXPR_FOR_OPERATOR",
                             message: "A window function is only allowed in `select` or `withColumn`: \(expression.generatedName).",
                             sqlState: "42K0E")
        }
    }

    /// An explicit cast; casts to and from text, dates and timestamps depend on the session time zone.
    private func castExpression(_ operand: BoundExpression, to type: DataType) throws -> BoundExpression {
        let zoned: Set<DataType> = [.timestamp, .timestampNTZ]
        guard context.sessionTimeZone != "UTC", zoned.contains(type) || zoned.contains(operand.dataType) else {
            return TypeCoercion.cast(operand, to: type)
        }
        let signature = FunctionSignature(inputs: [operand.dataType], result: type)
        return .function(BoundFunction(function: ZonedCast(), signature: signature, context: context), [operand])
    }

    /// Resolves a function by name, checks its arity and casts the arguments to its input types.
    public func bindFunction(_ name: String, _ arguments: [BoundExpression], _ source: Expression) throws -> BoundExpression {
        if functions.function(named: name) == nil, let call = WindowFunctionCall(source) { throw call.withoutOver }
        let function = try functions.lookup(name)
        guard function.arity.contains(arguments.count) else {
            throw FunctionRegistry.wrongArity(function, given: arguments.count)
        }
        let signature: FunctionSignature
        do {
            signature = if let aware = function as? any NullabilityAwareFunction {
                try aware.signature(of: arguments, argumentsNullable: arguments.map { $0.nullable(in: schema) },
                                    context: context)
            } else {
                try function.signature(of: arguments, context: context)
            }
            var cast: [BoundExpression] = []
            for (i, (argument, type)) in zip(arguments, signature.inputs).enumerated() {
                cast.append(try implicitCast(argument, to: type, argument: i, source))
            }
            cast += arguments.dropFirst(signature.inputs.count)
            return .function(BoundFunction(function: function, signature: signature, context: context), cast)
        } catch let mismatch as ArgumentTypeMismatch {
            let names = if case .function(_, let args) = source { args.map(\.generatedName) } else { [String]() }
            throw mismatch.sparkError(call: source.generatedName, arguments: names)
        }
    }

    /// Spark's implicit casts for function arguments: numbers, dates and timestamps to string, strings to
    /// numbers and dates, integral widening; anything else is a data type mismatch.
    private func implicitCast(_ e: BoundExpression, to type: DataType, argument: Int, _ source: Expression) throws
        -> BoundExpression {
        let from = e.dataType
        if from == type || from == .null { return TypeCoercion.cast(e, to: type) }
        switch (from, type) {
        case (.array(let a, _), .array(let b, _)) where a == b:
            return e
        case (.array(let a, _), .array(let b, _)) where a == .null || b == .string || TypeCoercion.commonType(a, b) == b:
            return try castExpression(e, to: type)
        // A struct or map whose fields (keys, values) widen: `array(struct(1, NULL), struct(2, 'b'))`.
        case (.structure, .structure) where TypeCoercion.commonType(from, type) == type,
             (.map, .map) where TypeCoercion.commonType(from, type) == type:
            return try castExpression(e, to: type)
        case (.array, _), (_, .array):
            throw ArgumentTypeMismatch(argument: argument, .parameter(required: "\"\(type.simpleString.uppercased())\""),
                                       actual: from)
        case (_, .string) where from != .boolean || true: return try castExpression(e, to: type)
        case (.integer, .long), (.integer, .double), (.long, .double), (.string, .double), (.string, .long),
             (.string, .integer), (.string, .date), (.string, .timestamp), (.date, .timestamp), (.timestamp, .date),
             (.long, .integer), (.double, .integer), (.double, .long), (.decimal, .double), (.integer, .decimal),
             (.long, .decimal), (.decimal, .decimal), (.string, .binary),
             (.string, .timestampNTZ), (.date, .timestampNTZ), (.timestampNTZ, .timestamp), (.timestamp, .timestampNTZ),
             (.timestampNTZ, .date), (.string, .time), (.timestamp, .time), (.timestampNTZ, .time):
            return try castExpression(e, to: type)
        // Narrow numbers widen to what a function takes (a `tinyint` to `int`, a `float` to `double`).
        case (.byte, _) where type.isNumeric, (.short, _) where type.isNumeric, (.float, .double):
            return try castExpression(e, to: type)
        default:
            throw typeMismatch(source.generatedName, "\"\(type.simpleString.uppercased())\"", from)
        }
    }

    private func bindBinary(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression,
                            _ source: Expression) throws -> BoundExpression {
        if let interval = try bindIntervalArithmetic(op, l, r, source) { return interval }
        if DecimalCoercion.isArithmetic(op), DecimalCoercion.involvesDecimal(l.dataType, r.dataType) {
            return try DecimalCoercion.bindArithmetic(op, numeric(l, source), numeric(r, source))
        }
        switch op {
        case .and, .or:
            return .binary(op, try coerce(l, to: .boolean, in: source), try coerce(r, to: .boolean, in: source),
                           type: .boolean)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            let common = TypeCoercion.commonType(l.dataType, r.dataType) ?? .string
            return .binary(op, TypeCoercion.cast(l, to: common), TypeCoercion.cast(r, to: common), type: .boolean)
        case .divide:
            // Spark's `/` always divides as double (decimal for decimals).
            return .binary(op, TypeCoercion.cast(try numeric(l, source), to: .double),
                           TypeCoercion.cast(try numeric(r, source), to: .double), type: .double)
        case .add, .subtract, .multiply, .modulo:
            if l.dataType == .string, r.dataType == .string { throw binaryOperatorWrongType(source.generatedName) }
            // A string operand takes the other side's type family (BIGINT or DOUBLE), as ANSI coercion does.
            let left = l.dataType == .string && r.dataType.isNumeric ? l : try numeric(l, source)
            let right = r.dataType == .string && l.dataType.isNumeric ? r : try numeric(r, source)
            let type = TypeCoercion.commonType(left.dataType, right.dataType) ?? .double
            return .binary(op, TypeCoercion.cast(left, to: type), TypeCoercion.cast(right, to: type), type: type)
        }
    }

    /// `+`, `-`, `*`, `/` with an interval operand: the functions of `IntervalArithmetic` (a number times an
    /// interval is the interval times the number); nil when no interval takes part.
    private func bindIntervalArithmetic(_ op: BinaryOperator, _ l: BoundExpression, _ r: BoundExpression,
                                        _ source: Expression) throws -> BoundExpression? {
        let (li, ri) = (IntervalArithmetic.isInterval(l.dataType), IntervalArithmetic.isInterval(r.dataType))
        guard li || ri else { return nil }
        switch op {
        case .add where ri: return try bindFunction(IntervalArithmetic.add, [l, r], source)
        case .add: return try bindFunction(IntervalArithmetic.add, [r, l], source)
        case .subtract where ri: return try bindFunction(IntervalArithmetic.subtract, [l, r], source)
        case .multiply where li: return try bindFunction(IntervalArithmetic.multiply, [l, r], source)
        case .multiply: return try bindFunction(IntervalArithmetic.multiply, [r, l], source)
        case .divide where li: return try bindFunction(IntervalArithmetic.divide, [l, r], source)
        default: return nil
        }
    }

    /// Numeric operands stay as they are; strings are cast to double as Spark's non-ANSI coercion does.
    private func numeric(_ e: BoundExpression, _ source: Expression) throws -> BoundExpression {
        switch e.dataType {
        case .integer, .long, .double, .decimal, .null, .byte, .short, .float: return e
        case .string: return .cast(e, .double)
        default: throw typeMismatch(source.generatedName, "numeric", e.dataType)
        }
    }

    private func coerce(_ e: BoundExpression, to type: DataType, in source: Expression) throws -> BoundExpression {
        if e.dataType == type || e.dataType == .null { return TypeCoercion.cast(e, to: type) }
        throw typeMismatch(source.generatedName, type.simpleString.uppercased(), e.dataType)
    }

    private func binaryOperatorWrongType(_ sql: String) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE",
                   message: "Cannot resolve \"\(sql)\" due to data type mismatch: the binary operator requires the input type "
                       + "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\"), not \"STRING\".",
                   sqlState: "42K09")
    }

    private func typeMismatch(_ sql: String, _ required: String, _ actual: DataType) -> SparkError {
        SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                   message: "Cannot resolve \"\(sql)\" due to data type mismatch: the input requires \(required) type, "
                       + "however it has type \"\(actual.simpleString.uppercased())\".",
                   sqlState: "42K09")
    }
}
