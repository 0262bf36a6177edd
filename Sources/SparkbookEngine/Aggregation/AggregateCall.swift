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
        return switch function.semantics {
        case .count: .long
        case .sum:
            if case .decimal(let p, let s)? = input?.dataType { DecimalPrecision.sum(p, s) }
            else { input?.dataType == .double || input?.dataType == .float ? .double : .long }
        case .avg:
            if case .decimal(let p, let s)? = input?.dataType { DecimalPrecision.average(p, s) } else { .double }
        case .min, .max, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: input?.dataType ?? .null
        case .countDistinct, .approxCountDistinct: .long
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop: .double
        case .median, .percentile, .corr, .covarSamp, .covarPop: .double
        // Nulls are skipped, so the elements never are null.
        case .collectList, .collectSet: .array(element: input?.dataType ?? .null, containsNull: false)
        default: .binary
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
        switch function.semantics {
        case .count, .countDistinct, .approxCountDistinct, .collectList, .collectSet: false
        // A sketch of no rows is an empty sketch, never null; an intersection of none is null.
        case .thetaIntersectionAgg, .tupleIntersectionAggDouble, .tupleIntersectionAggInteger: true
        case _ where function.isSketch: false
        default: true
        }
    }

    /// The columns a partial result carries to the final step through the shuffle.
    public var partialTypes: [DataType] {
        switch function.semantics {
        case .count: [.long]
        case .sum: [resultType]
        case .avg:
            if case .decimal(let p, let s)? = input?.dataType { [DecimalPrecision.sum(p, s), .long] } else { [.double, .long] }
        case .min, .max: [resultType]
        case .stddev, .stddevSamp, .std, .stddevPop, .variance, .varianceSamp, .variancePop: [.double, .double, .double]
        // Spark's buffers: (n, xAvg, yAvg, ck) and, for corr, (xMk, yMk).
        case .covarSamp, .covarPop: [.double, .double, .double, .double]
        case .corr: [.double, .double, .double, .double, .double, .double]
        // The group's values packed as 8-byte doubles in one cell (`PercentileStates`).
        case .median, .percentile: [.string]
        // The values collected so far (a set's in its iteration order, as Spark serializes it).
        case .collectList, .collectSet: [resultType]
        // Complete-mode functions never write partial states.
        case .countDistinct, .approxCountDistinct, .first, .last, .firstIgnoreNulls, .lastIgnoreNulls: []
        default: []
        }
    }
}
