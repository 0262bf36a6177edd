import Testing
@testable import SparkbookEngine

@Suite struct TrigonometricFunctionsTests {
    func call(_ name: String, _ x: Double) throws -> Value { try FunctionTestSupport.call(name, .double(x)) }

    @Test func valuesAsSparkComputesThem() throws {
        #expect(try call("sin", .pi / 2) == .double(1))
        #expect(try call("cos", 0) == .double(1))
        #expect(try call("cot", .pi / 4) == .double(1.0000000000000002))
        #expect(try call("degrees", .pi) == .double(180))
        #expect(try call("radians", 180) == .double(3.141592653589793))
        #expect(try call("asinh", -.infinity) == .double(-.infinity))
        #expect(try call("atanh", 0.5) == .double(0.5493061443340548))
        #expect(try call("asinh", -0.5) == .double(-0.48121182505960347))
        guard case .double(let nan) = try call("asin", 2) else { Issue.record("asin(2) is not a double"); return }
        #expect(nan.isNaN)
        #expect(try FunctionTestSupport.call("hypot", .double(3), [.double(4)]) == .double(5))
        #expect(try FunctionTestSupport.call("sin", .null) == .null)
    }

    @Test func namesAreUpperCaseAsSparkPrintsThem() {
        #expect(Expression.function("sin", [.column("value")]).generatedName == "SIN(value)")
        #expect(Expression.function("acosh", [.column("value")]).generatedName == "ACOSH(value)")
        #expect(Expression.function("atan2", [.literal(.integer(1)), .literal(.integer(2))]).generatedName == "ATAN2(1, 2)")
    }
}
