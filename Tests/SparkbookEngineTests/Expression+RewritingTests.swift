import Testing
@testable import SparkbookEngine

/// Rewriting an expression tree: replacements everywhere, windows included, and never looked into again.
@Suite struct ExpressionRewritingTests {
    @Test func replacesColumnsInsideWindowsAndAggregates() {
        let spec = WindowSpecification(partitionBy: [.column("k")], orderBy: [.sortOrder(.column("t"), .descending)])
        let e = Expression.alias(.binary(.add, .window(.lag(.column("x"), offset: 1, defaultValue: .null), spec),
                                         .aggregate(.sum, .column("x"))), name: "r")
        let renamed = e.rewritten { part in
            if case .column(let name) = part { return .column(name.uppercased()) }
            return nil
        }
        let expected = WindowSpecification(partitionBy: [.column("K")], orderBy: [.sortOrder(.column("T"), .descending)])
        #expect(renamed == .alias(.binary(.add, .window(.lag(.column("X"), offset: 1, defaultValue: .null), expected),
                                          .aggregate(.sum, .column("X"))), name: "r"))
    }

    @Test func aReplacementIsNotLookedIntoAgain() {
        var visited = 0
        let e = Expression.function("upper", [.function("lower", [.column("a")])])
        let replaced = e.rewritten { part in
            visited += 1
            if case .function("lower", _) = part { return .column("lowered") }
            return nil
        }
        #expect(replaced == .function("upper", [.column("lowered")]))
        #expect(visited == 2)
        #expect(WindowFunctionCall.aggregate(.count, .star).rewritten { _ in .literal(.integer(1)) } == .aggregate(.count, .star))
    }
}
