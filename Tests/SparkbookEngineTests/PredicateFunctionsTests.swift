import Testing
@testable import SparkbookEngine

/// `like`/`ilike` with an escape character, as PySpark 4.3.0's docstrings run them.
@Suite struct PredicateFunctionsTests {
    func call(_ name: String, _ s: String, _ pattern: String, _ escape: String? = nil) throws -> Value {
        try FunctionTestSupport.call(name, .string(s), [.string(pattern)] + (escape.map { [.string($0)] } ?? []), type: .string)
    }

    @Test func escapeCharacters() throws {
        #expect(try call("like", "%SystemDrive%/Users/John", "/%SystemDrive/%//Users%", "/") == .boolean(true))
        #expect(try call("ilike", "%SystemDrive%/Users/John", "/%systemdrive/%//Users%", "/") == .boolean(true))
        #expect(try call("like", "a%b", "a/%b") == .boolean(false))
        let like = try FunctionRegistry.builtIn.lookup("like")
        #expect(like.generatedName(["a", "b", "/"]) == "a LIKE b ESCAPE '/'")
        #expect(like.generatedName(["a", "b"]) == "a LIKE b")
    }
}
