import Testing
@testable import SparkbookCluster

struct ExecutorIDOrderTests {
    @Test func sparkSortsAsStrings() {
        #expect(ExecutorIDOrder.spark.sorted(["2", "10", "1", "driver"]) == ["1", "10", "2", "driver"])
    }

    @Test func numericSortsNumbersByValue() {
        #expect(ExecutorIDOrder.numeric.sorted(["2", "10", "1", "driver", "01"]) == ["01", "1", "2", "10", "driver"])
    }
}
