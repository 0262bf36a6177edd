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
        try await harness.run("from pyspark.sql import functions as F\nfrom pyspark.sql.functions import arrow_udtf")
        let failure = await ScriptHarness.failure("F.arrow_udtf('x')", harness: harness)
        #expect(failure?.exceptionName == "NotImplementedError")
        #expect(failure?.message.contains("pyspark.sql.functions.arrow_udtf is not supported yet") == true)
        #expect(!FunctionsBinding.unsupported.contains("sin") && FunctionsBinding.unsupported.contains("arrow_udtf"))
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

extension FunctionsBindingTests {
    /// PySpark 4.3's signatures: literal parameters given as Columns or column names, optional parameters, and
    /// the defaults the column names show (docstrings of `substring`, `split`, `trim`, `aes_encrypt`, ...).
    @Test func scalarParametersTakeColumnsAsPySparkDoes() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as sf
            df = spark.createDataFrame([('Spark', 2, 3, '[ABC]', '*')], ['s', 'p', 'l', 'r', 't'])
            print(df.select(sf.substring(df.s, 'p', 'l'), sf.split('s', df.r), sf.repeat('s', 'p'), sf.instr('s', 'a', 2)).columns)
            print(df.select(sf.trim('s', 't'), sf.ltrim('s', sf.lit('S')), sf.lpad('s', 6, sf.lit(b'uv')), sf.round('p', sf.lit(1))).columns)
            print(df.select(sf.aes_encrypt('s', 's'), sf.hmac('s', 's'), sf.ceil('p', 1), sf.ceiling('p'), sf.ifnull('p', 'l')).columns)
            print(df.select(sf.assert_true(df.p < df.l), sf.regexp_replace('s', 'a', 'b'), sf.try_add('p', 'l')).columns)
            """)
        #expect(out == """
            ['substring(s, p, l)', 'split(s, r, -1)', 'repeat(s, p)', 'instr(s, a, 2, 1)']
            ['TRIM(BOTH t FROM s)', 'TRIM(LEADING S FROM s)', "lpad(s, 6, X'7576')", 'round(p, 1)']
            ['aes_encrypt(s, s, GCM, DEFAULT, , )', 'hmac(s, s, SHA-256)', 'ceil(p, 1)', 'ceiling(p)', 'ifnull(p, l)']
            ["assert_true((p < l), '(p < l)' is not true!)", 'regexp_replace(s, a, b, 1)', 'try_add(p, l)']

            """)
    }
}
