import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0 (`randstr(16, 3)` over one partition, `randstr(5, 0)`).
struct RandomStringTests {
    static func generator(_ arguments: [Value], partition: Int = 0) throws -> any PartitionValueGenerator {
        try #require(FunctionRegistry.builtIn.function(named: "randstr") as? any PartitionAwareFunction)
            .generator(arguments: arguments, partition: partition)
    }

    @Test func drawsSparksCharacters() throws {
        var g = try Self.generator([.integer(16), .integer(3)])
        let column = g.next(2)
        #expect(column.value(at: 0) == .string("nurJIpH4cmmMnsCG"))
        #expect(column.value(at: 1) == .string("fl9YtT5m01trZtIt"))
        var h = try Self.generator([.integer(5), .integer(0)])
        #expect(h.next(1).value(at: 0) == .string("ceV0P"))
    }

    @Test func namesShowOnlyTheArgumentsGiven() throws {
        let f = try #require(FunctionRegistry.builtIn.function(named: "randstr"))
        #expect(f.generatedName(["16", "3"]) == "randstr(16, 3)")
        #expect(f.generatedName(["16"]) == "randstr(16)")
    }
}
