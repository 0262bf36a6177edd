extension JoinSpec {
    /// The spec as the joiner sees it: both inputs carry their key columns at the end, so the schemas grow
    /// and the right side's ordinals in the residual and output shift past the left's extra key columns.
    func withKeyColumns() -> JoinSpec {
        let extra = leftKeys.count
        guard extra > 0 else { return self }
        let leftWith = StructType(leftSchema.fields + leftKeys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) })
        let rightWith = StructType(rightSchema.fields + rightKeys.enumerated().map { StructField("__key\($0.offset)", $0.element.dataType) })
        func shiftRight(_ e: BoundExpression) -> BoundExpression {
            switch e {
            case .column(let i, let t): .column(index: i >= leftSchema.count ? i + extra : i, type: t)
            case .literal: e
            case .unary(let op, let x, let t): .unary(op, shiftRight(x), type: t)
            case .binary(let op, let l, let r, let t): .binary(op, shiftRight(l), shiftRight(r), type: t)
            case .cast(let x, let t): .cast(shiftRight(x), t)
            case .function(let f, let args): .function(f, args.map(shiftRight))
            }
        }
        return JoinSpec(type: type, leftKeys: leftKeys, rightKeys: rightKeys, residual: residual.map(shiftRight),
                        leftSchema: leftWith, rightSchema: rightWith, output: output.map(shiftRight),
                        outputSchema: outputSchema, strategy: strategy)
    }
}
