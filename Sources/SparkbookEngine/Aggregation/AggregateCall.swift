/// One bound aggregate: the function, its input column expression (nil for `count(*)`) and its result type.
public struct AggregateCall: Sendable, Hashable {
    public let function: AggregateFunction
    public let input: BoundExpression?

    public init(function: AggregateFunction, input: BoundExpression?) {
        self.function = function
        self.input = input
    }

    /// Spark's result types: count is long; sum of integrals long, of doubles and floats double; avg double; min/max keep;
    /// sum and avg of decimals are wider decimals (`DecimalPrecision.sum`, `.average`).
    public var resultType: DataType {
        if function.isSketch { return .binary }
        let valueType = AggregateArguments.tupleTypes(of: input).first ?? .null
        switch function.evaluatedAs {
        case .count: return .long
        case .sum, .sumDistinct:
            if case .decimal(let p, let s) = valueType { return DecimalPrecision.sum(p, s) }
            return valueType == .double || valueType == .float ? .double : .long
        case .avg:
            if case .decimal(let p, let s) = valueType { return DecimalPrecision.average(p, s) }
            return .double
        case .min, .max, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: return input?.dataType ?? .null
        case .countDistinct, .approxCountDistinct, .countIf: return .long
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop: return .double
        case .percentile where PercentileArgument.percentages(of: input) != nil: return .array(element: .double, containsNull: false)
        case .median, .percentile, .corr, .covarSamp, .covarPop: return .double
        // Nulls are skipped, so the elements never are null.
        case .collectList, .collectSet: return .array(element: input?.dataType ?? .null, containsNull: false)
        case .bitAnd, .bitOr, .bitXor, .mode, .modeDeterministic, .nthValue, .nthValueIgnoreNulls: return valueType
        case .product, .skewness, .kurtosis, .regrAvgx, .regrAvgy, .regrSxx, .regrSyy, .regrSxy, .regrSlope,
             .regrIntercept, .regrR2:
            return .double
        case .maxBy, .minBy:
            // With `k`, the top (bottom) k values.
            return AggregateArguments.literals(of: input).isEmpty ? valueType
                : .array(element: valueType, containsNull: true)
        case .percentileApprox:
            if case .array? = AggregateArguments.literals(of: input).first?.dataType {
                return .array(element: valueType, containsNull: false)
            }
            return valueType
        case .listagg, .listaggDistinct: return valueType == .binary ? .binary : .string
        case .schemaOfVariantAgg: return .string
        case .collectUnion:
            if case .array(let element, _) = valueType { return .array(element: element, containsNull: false) }
            return valueType
        case .vectorSum, .vectorAvg: return .array(element: .float, containsNull: false)
        case .histogramNumeric:
            return .array(element: .structure(StructType([StructField("x", valueType), StructField("y", .double)])),
                          containsNull: true)
        default: preconditionFailure("\(function) is evaluated as another function")
        }
    }

    /// The precision and scale of a decimal input (sum and avg of decimals keep exact decimal sums).
    var decimalInput: (precision: Int, scale: Int)? {
        if case .decimal(let p, let s)? = input?.dataType { return (p, s) }
        return nil
    }

    /// `count` never returns null, nor do `collect_list`/`collect_set` (`[]`); the others do on empty or
    /// all-null input.
    public var resultNullable: Bool {
        switch function.evaluatedAs {
        case .count, .countDistinct, .approxCountDistinct, .collectList, .collectSet, .countIf, .collectUnion: false
        // A sketch of no rows is an empty sketch, never null; an intersection of none is null.
        case .thetaIntersectionAgg, .tupleIntersectionAggDouble, .tupleIntersectionAggInteger: true
        case _ where function.isSketch: false
        default: true
        }
    }

    /// The columns a partial result carries to the final step through the shuffle.
    public var partialTypes: [DataType] {
        switch function.evaluatedAs {
        case .count, .countIf: [.long]
        case .sum: [resultType]
        case .avg:
            if case .decimal(let p, let s)? = input?.dataType { [DecimalPrecision.sum(p, s), .long] } else { [.double, .long] }
        case .min, .max: [resultType]
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop, .regrSxx, .regrSyy:
            [.double, .double, .double]
        // Spark's buffers: (n, xAvg, yAvg, ck) and, for corr, (xMk, yMk).
        case .covarSamp, .covarPop, .regrSxy: [.double, .double, .double, .double]
        case .corr, .regrR2: [.double, .double, .double, .double, .double, .double]
        case .skewness, .kurtosis: [.double, .double, .double, .double, .double]
        // The group's values packed as 8-byte doubles in one cell (`PercentileStates`).
        case .median, .percentile: [.string]
        // The values collected so far (a set's in its iteration order, as Spark serializes it).
        case .collectList, .collectSet: [resultType]
        // The running value, null while no row was seen.
        case .bitAnd, .bitOr, .bitXor, .product: [resultType]
        // The pairs' sum of the one variable and their count, as `avg`.
        case .regrAvgx, .regrAvgy: [.double, .long]
        // A covariance's buffer (x, y) then a variance's of x (`RegrSlope`, `RegrIntercept`).
        case .regrSlope, .regrIntercept: [.double, .double, .double, .double, .double, .double, .double]
        // Complete-mode functions never write partial states.
        default: []
        }
    }
}
