import Testing
@testable import SparkbookEngine

/// HMACs from PySpark 4.3.0's docstring of `hmac`.
@Suite struct HmacFunctionTests {
    func hmac(_ algorithm: String?) throws -> String {
        let args: [Value] = [.binary(Array("message".utf8))] + (algorithm.map { [.string($0)] } ?? [])
        guard case .binary(let bytes) = try FunctionTestSupport.call("hmac", .binary(Array("key".utf8)), args, type: .binary) else { return "" }
        return Value.hexText(bytes)
    }

    @Test func digestsMatchSpark() throws {
        #expect(try hmac(nil) == "6E9EF29B75FFFC5B7ABAE527D58FDADB2FE42E7219011976917343065F58ED4A")
        #expect(try hmac("SHA-1") == "2088DF74D5F2146B48146CAF4965377E9D0BE3A4")
        #expect(try hmac("MD5") == "4E4748E62B463521F6775FBF921234B5")
        #expect(HmacFunction.function.generatedName(["key", "message"]) == "hmac(key, message, SHA-256)")
    }
}
