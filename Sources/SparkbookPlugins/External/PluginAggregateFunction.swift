import SparkbookEngine

/// An aggregate an outside plugin declares in its manifest (`provides.aggregates`): the aggregate binder plans
/// `name(x)` over each group's values (`GroupValuesAggregate`), and each batch of groups goes to the plugin as
/// `aggregate.call`: one `array<valueType>` column `_0`, a row per group, answered by one value per group.
struct PluginAggregateFunction: GroupValuesAggregate {
    let name: String
    let valueType: DataType
    let resultType: DataType
    let connection: PluginConnection

    /// The call over a batch of groups: the scalar function's slicing, encoding and checks, another method.
    private var groups: PluginScalarFunction {
        PluginScalarFunction(name: name, argumentTypes: [groupValuesType], resultType: resultType,
                             connection: connection, method: "aggregate.call")
    }

    var arity: ClosedRange<Int> { 1...1 }

    func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
        FunctionSignature(inputs: [groupValuesType], result: resultType)
    }

    func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                  context: FunctionContext) throws -> ColumnVector {
        try groups.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
    }
}
