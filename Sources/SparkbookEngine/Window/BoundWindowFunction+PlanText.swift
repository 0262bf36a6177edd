/// A window function as Spark's `Window` operator prints it, with the window specification it runs over:
/// `rank(v) windowspecdefinition(k, v DESC NULLS LAST, specifiedwindowframe(RowFrame, unboundedpreceding$(),
/// currentrow$()))`. Ranking functions name their ordering expressions as arguments, `lag`/`lead` their offset
/// and default, and each function its own frame (a ranking function's rows up to the current one, an offset's
/// one row, an aggregate's the frame it was given).
extension BoundWindowFunction {
    public func planText(partitionKeys: [BoundExpression], orderKeys: [SortKey], over input: StructType) -> String {
        let orderArguments = orderKeys.map { $0.expression.planText(input) }.joined(separator: ", ")
        let upToCurrent = WindowFrame(.rows, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow)
        let (call, frame): (String, WindowFrame) = switch self {
        case .rowNumber: ("row_number()", upToCurrent)
        case .rank: ("rank(\(orderArguments))", upToCurrent)
        case .denseRank: ("dense_rank(\(orderArguments))", upToCurrent)
        case .percentRank: ("percent_rank(\(orderArguments))", upToCurrent)
        case .ntile(let n): ("ntile(\(n))", upToCurrent)
        case .cumeDist:
            ("cume_dist()", WindowFrame(.range, start: WindowFrame.unboundedPreceding, end: WindowFrame.currentRow))
        case .offset(let e, let by, let defaultValue):
            ("\(by < 0 ? "lag" : "lead")(\(e.planText(input)), \(by), "
                + "\(BoundExpression.literal(defaultValue, type: e.dataType).planText(input)))",
             WindowFrame(.rows, start: Int64(by), end: Int64(by)))
        case .aggregate(let call, let frame): (call.planText(input), frame)
        }
        let specification = partitionKeys.map { $0.planText(input) }
            + orderKeys.map { "\($0.expression.planText(input)) \($0.direction.sql)" }
            + [WindowFrameValidation.internalName(frame)]
        return "\(call) windowspecdefinition(\(specification.joined(separator: ", ")))"
    }
}
