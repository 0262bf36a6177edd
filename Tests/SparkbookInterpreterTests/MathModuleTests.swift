import Testing
@testable import SparkbookInterpreter

/// Python's `math`, checked against CPython 3.
struct MathModuleTests {
    @Test func functionsAndConstants() async throws {
        let source = """
            import math
            print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.log(math.e), math.log(8, 2), math.factorial(5), math.gcd(12, 18), math.isnan(math.nan))
            try:
                math.sqrt(-1)
            except ValueError as e:
                print(e)
            """
        #expect(try await ScriptHarness.stdout(source) == "4.0 2 3 3.141592653589793 1.0 3.0 120 6 True\nmath domain error\n")
    }
}
