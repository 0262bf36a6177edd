import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct ReflectFunctionTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    let uuid = Value.string("a5cf6c42-0c85-418f-af6c-3e4e5b1328f2")

    @Test func knownStaticMethods() throws {
        #expect(try call("reflect", [.string("java.util.UUID"), .string("fromString"), uuid]) == uuid)
        #expect(try call("java_method", [.string("java.util.UUID"), .string("fromString"), .string("A-B-C-D-E")])
                == .string("0000000a-000b-000c-000d-00000000000e"))
        #expect(try call("reflect", [.string("java.lang.Math"), .string("abs"), .integer(-3)]) == .string("3"))
        #expect(try call("reflect", [.string("java.lang.Math"), .string("sqrt"), .double(2)]) == .string("1.4142135623730951"))
        #expect(try call("reflect", [.string("java.lang.Math"), .string("max"), .integer(2), .integer(7)]) == .string("7"))
    }

    @Test func failuresInsideTheCall() throws {
        #expect(try call("try_reflect", [.string("scala.Predef"), .string("require"), .boolean(false)]) == .null)
        #expect(throws: SparkError.self) { try call("reflect", [.string("scala.Predef"), .string("require"), .boolean(false)]) }
        #expect(try call("try_reflect", [.string("java.util.UUID"), .string("fromString"), .string("nope")]) == .null)
    }

    @Test func unknownMethodsAreAnalysisErrors() throws {
        #expect(throws: SparkError.self) { try call("reflect", [.string("java.lang.Nope"), .string("x")]) }
        #expect(throws: SparkError.self) { try call("try_reflect", [.string("java.lang.Math"), .string("abs"), .string("x")]) }
    }
}
