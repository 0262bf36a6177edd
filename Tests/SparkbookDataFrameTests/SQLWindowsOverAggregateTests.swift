import Testing
import SparkbookEngine
@testable import SparkbookDataFrame

/// A grouped SELECT with windows: keys and aggregates move into the aggregate, the items read them by hidden name.
@Suite struct SQLWindowsOverAggregateTests {
    @Test func keysAndAggregatesBecomeHiddenColumnsAndItemsKeepTheirNames() throws {
        var windows = SQLWindowsOverAggregate(groupBy: [.column("country")])
        let total = Expression.aggregate(.sum, .column("age"))
        let rank = Expression.window(.rank, WindowSpecification(orderBy: [.sortOrder(total, .descending)]))
        let items = [Expression.column("Country"), total, .alias(rank, name: "r")].map { windows.item($0) }
        #expect(items == [
            .alias(.column("__key0"), name: "Country"),
            .alias(.column("__agg0"), name: "sum(age)"),
            .alias(.window(.rank, WindowSpecification(orderBy: [.sortOrder(.column("__agg0"), .descending)])), name: "r"),
        ])
        #expect(windows.aggregateOutput == [.alias(.column("country"), name: "__key0"), .alias(total, name: "__agg0")])
    }

    @Test func aggregatesInsideWindowFunctionsAndPartitionsAreComputedOnce() throws {
        var windows = SQLWindowsOverAggregate(groupBy: [.column("k")])
        let count = Expression.aggregate(.count, .star)
        let share = Expression.window(.aggregate(.sum, count), WindowSpecification(partitionBy: [count]))
        let previous = Expression.window(.lag(.aggregate(.max, .column("x")), offset: 1, defaultValue: .null),
                                         WindowSpecification(orderBy: [.column("k")]))
        _ = [share, previous, .literal(.integer(1))].map { windows.item($0) }
        #expect(windows.aggregates == [count, .aggregate(.max, .column("x"))])
        #expect(windows.item(.literal(.integer(1))) == .literal(.integer(1)))
        #expect(windows.item(.window(.aggregate(.count, .star), WindowSpecification()))
                == .window(.aggregate(.count, .star), WindowSpecification()))
    }
}
