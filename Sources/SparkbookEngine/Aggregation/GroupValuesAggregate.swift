/// An aggregate that sees each group's values at once and returns one value per group: how an outside plugin
/// provides an aggregate. It is a scalar function over `array<valueType>`, and the aggregate binder plans a call
/// `name(x)` as `name(collect_list(cast(x as valueType)))`: the engine's `collect_list` gathers a group's non-null
/// values through its partial and final steps (shuffle, spill and all), then the function maps each group's
/// array to its result. The column keeps the name `name(x)`, as Spark names a UDAF's column.
public protocol GroupValuesAggregate: ScalarFunction {
    /// The type the values are cast to before they are collected (the plugin's declared argument type).
    var valueType: DataType { get }
}

extension GroupValuesAggregate {
    /// The array of a group's values the function receives, as `collect_list` builds it.
    public var groupValuesType: DataType { .array(element: valueType, containsNull: false) }
}

public enum GroupValuesAggregates {
    /// `e` with every one-argument call of a group-values aggregate of `functions` turned into the function over
    /// `collect_list` of its argument; other expressions are kept as they are.
    public static func planning(_ e: Expression, functions: FunctionRegistry) -> Expression {
        func plan(_ e: Expression) -> Expression {
            switch e {
            case .function(let name, let args):
                if args.count == 1, !args[0].containsAggregate,
                   let aggregate = functions.function(named: name) as? any GroupValuesAggregate {
                    return .function(name, [.aggregate(.collectList, .cast(args[0], aggregate.valueType))])
                }
                return .function(name, args.map(plan))
            case .alias(let inner, let name): return .alias(plan(inner), name: name)
            case .unary(let op, let inner): return .unary(op, plan(inner))
            case .cast(let inner, let type): return .cast(plan(inner), type)
            case .sortOrder(let inner, let direction): return .sortOrder(plan(inner), direction)
            case .binary(let op, let l, let r): return .binary(op, plan(l), plan(r))
            case .column, .dataFrameColumn, .columnAt, .star, .literal, .aggregate, .window: return e
            }
        }
        return plan(e)
    }
}
