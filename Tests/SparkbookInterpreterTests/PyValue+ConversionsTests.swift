import Testing
import SparkbookEngine
@testable import SparkbookInterpreter

@Suite struct PyValueConversionsTests {
    @Test func listsBecomeArraysAndBack() throws {
        #expect(try PyValue.list([.int(1), .none, .string("x")]).sparkValue() == .array([.integer(1), .null, .string("x")]))
        let back = PyValue.from(.array([.long(2), .null]))
        #expect(back.repr == "[2, None]")
    }

    @Test func createDataFrameInfersArraysFromLists() async throws {
        let out = try await ScriptHarness.stdout("""
            df = spark.createDataFrame([("a", [1, 2]), ("b", None)], ["k", "xs"])
            print(df.dtypes)
            df.show()
            """)
        #expect(out == """
            [('k', 'string'), ('xs', 'array<bigint>')]
            +---+------+
            |  k|    xs|
            +---+------+
            |  a|[1, 2]|
            |  b|  NULL|
            +---+------+


            """)
    }
}
