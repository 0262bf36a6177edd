import Testing
@testable import SparkbookEngine

/// `uniform(min, max, seed)` on one partition, recorded from PySpark 4.3.0.
@Suite struct UniformFunctionTests {
    func draws(_ low: Value, _ high: Value, _ seed: Int64, _ n: Int = 3) throws -> [Value] {
        var generator = try UniformFunction().generator(arguments: [low, high, .long(seed)], partition: 0)
        let column = generator.next(n)
        return (0..<n).map { column.value(at: $0) }
    }

    @Test func valuesMatchSpark() throws {
        #expect(try draws(.integer(5), .integer(105), 3, 10).map(\.int64Value) == [30, 71, 99, 77, 16, 25, 89, 80, 51, 83])
        #expect(try draws(.integer(-5), .integer(5), 3) == [.integer(-2), .integer(1), .integer(4)])
        #expect(try draws(.integer(10), .integer(5), 3) == [.integer(8), .integer(6), .integer(5)])
        #expect(try draws(.double(1.5), .double(10.0), 7)[0] == .double(3.8959903262152995))
    }

    @Test func typeIsTheBoundsType() throws {
        let f = UniformFunction(), c = FunctionContext()
        #expect(try f.signature([.integer, .integer, .integer], context: c).result == .integer)
        #expect(try f.signature([.integer, .double, .integer], context: c).result == .double)
        #expect(try f.signature([.byte, .short, .integer], context: c).result == .short)
    }
}
