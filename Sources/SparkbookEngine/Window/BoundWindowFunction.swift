/// One window function with its bound argument.
public enum BoundWindowFunction: Sendable {
    case rowNumber, rank, denseRank, percentRank
    case ntile(Int)
    case cumeDist
    case offset(BoundExpression, by: Int, defaultValue: Value)
    case aggregate(AggregateCall, frame: WindowFrame)

    public var resultType: DataType {
        switch self {
        case .rowNumber, .rank, .denseRank, .ntile: .integer
        case .percentRank, .cumeDist: .double
        case .offset(let e, _, _): e.dataType
        case .aggregate(let call, _): call.resultType
        }
    }

    /// Spark's nullability of the result: ranks never null; `lag`/`lead` null past the partition's edge unless
    /// the default is a value (and the input is never null); aggregates as in a `groupBy` (`count` never null).
    public func resultNullable(in schema: StructType) -> Bool {
        switch self {
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile, .cumeDist: false
        case .offset(let e, _, let defaultValue): defaultValue.isNull || e.nullable(in: schema)
        case .aggregate(let call, _): call.resultNullable
        }
    }
}
