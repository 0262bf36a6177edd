import Testing
@testable import SparkbookEngine

/// `try_cast`: the ANSI cast, null where the value does not fit; named as its input.
@Suite struct TryCastFunctionTests {
    @Test func malformedValuesAreNull() throws {
        let f = TryCastFunction.function
        let signature = try f.signature([.string, .long], context: FunctionContext())
        #expect(signature.result == .long)
        var input = ColumnBuilder(type: .string, capacity: 3)
        for v: Value in [.string("123"), .string("Bob"), .null] { input.append(v) }
        var target = ColumnBuilder(type: .long, capacity: 3)
        for _ in 0..<3 { target.appendNull() }
        let out = try f.evaluate([input.finish(), target.finish()], rowCount: 3, signature: signature, context: FunctionContext())
        #expect((0..<3).map { out.value(at: $0) } == [.long(123), .null, .null])
        #expect(f.generatedName(["name", "NULL"]) == "name")
    }
}
