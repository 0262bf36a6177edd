import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct SequenceFunctionTests {
    func call(_ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function("sequence", args.map(Expression.literal)), StructType([]), [])
    }

    @Test func stepsTowardStop() throws {
        #expect(try call([.long(-2), .long(2)]) == .array([-2, -1, 0, 1, 2].map { .long($0) }))
        #expect(try call([.integer(5), .integer(1)]) == .array([5, 4, 3, 2, 1].map { .integer($0) }))
        #expect(try call([.long(4), .long(-4), .long(-2)]) == .array([4, 2, 0, -2, -4].map { .long($0) }))
        #expect(try call([.integer(1), .integer(1), .integer(0)]) == .array([.integer(1)]))
    }

    @Test func aStepAwayFromStopIsAnError() throws {
        #expect(throws: SparkError.self) { try call([.integer(1), .integer(5), .integer(-1)]) }
        #expect(throws: SparkError.self) { try call([.integer(1), .integer(5), .integer(0)]) }
    }
}
