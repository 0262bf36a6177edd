/// A bound window: partition keys, ordering and the functions to compute, over one input schema.
public struct WindowSpec: Sendable {
    public let partitionKeys: [BoundExpression]
    public let orderKeys: [SortKey]
    public let functions: [BoundWindowFunction]
    public let outputSchema: StructType
}
