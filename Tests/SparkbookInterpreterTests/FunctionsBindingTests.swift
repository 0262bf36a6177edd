import Foundation
import Testing
@testable import SparkbookInterpreter

/// `pyspark.sql.functions` as cells use it: every public name of PySpark 4.3 resolves.
struct FunctionsBindingTests {
    @Test func everyPySparkNameResolvesAndTheMissingOnesSaySo() async throws {
        for name in PySparkFunctionNames.all {
            #expect(ModuleMembers.member(name, of: .functions) != nil, "F.\(name) does not resolve")
        }
        let harness = ScriptHarness()
        try await harness.run("from pyspark.sql import functions as F\nfrom pyspark.sql.functions import aes_encrypt")
        let failure = await ScriptHarness.failure("F.aes_encrypt('x', 'k')", harness: harness)
        #expect(failure?.exceptionName == "NotImplementedError")
        #expect(failure?.message.contains("pyspark.sql.functions.aes_encrypt is not supported yet") == true)
        #expect(!FunctionsBinding.unsupported.contains("sin") && FunctionsBinding.unsupported.contains("aes_encrypt"))
    }

    @Test func mathFunctionsOverAnInlineTable() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as sf
            spark.sql("SELECT * FROM VALUES (0), (1), (NULL) AS TAB(value)").select("*", sf.bitwise_not("value"), sf.cbrt("value")).show()
            spark.createDataFrame([1, 2], "int").select(sf.typeof("value"), sf.pi()).show()
            """)
        #expect(out == """
            +-----+------+-----------+
            |value|~value|CBRT(value)|
            +-----+------+-----------+
            |    0|    -1|        0.0|
            |    1|    -2|        1.0|
            | NULL|  NULL|       NULL|
            +-----+------+-----------+

            +-------------+-----------------+
            |typeof(value)|             PI()|
            +-------------+-----------------+
            |          int|3.141592653589793|
            |          int|3.141592653589793|
            +-------------+-----------------+


            """)
    }
}

extension FunctionsBindingTests {
    /// The README lists exactly the functions that only raise "not supported yet".
    @Test func readmeListsTheUnsupportedFunctions() throws {
        let readme = try String(contentsOf: ScriptHarness.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## PySpark's own examples").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        let listed = section.components(separatedBy: "when called:").dropFirst().joined()
            .split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(listed == FunctionsBinding.unsupported)
    }
}
