import Testing
@testable import SparkbookInterpreter

/// What the embedded engine refuses on purpose reads alike: what provides it (real Spark with `--engine spark`, or
/// the Python worker plugin) and what to use meanwhile.
struct UnavailableAPITests {
    func failure(_ cell: String) async -> ScriptError? {
        let harness = ScriptHarness()
        do {
            try await harness.run("df = spark.range(3)\n" + cell)
            return nil
        } catch let error as ScriptError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: ["df.toPandas()", "df.rdd", "df.rdd.map(lambda r: r)", "df.toArrow()", "df.pandas_api()",
                      "spark.sparkContext", "sc.parallelize([1])", "df.plot"])
    func whatRealSparkProvidesNamesEngineSpark(cell: String) async {
        let error = await failure(cell)
        #expect(error?.exceptionType == "NotImplementedError")
        #expect(error?.message.contains("not supported by Sparkbook's embedded engine") == true)
        #expect(error?.message.contains("`--engine spark`") == true)
        #expect(error?.message.contains(". Meanwhile use ") == true)
    }

    @Test(arguments: ["df.mapInPandas(lambda it: it, df.schema)", "df.mapInArrow(lambda it: it, df.schema)",
                      "df.groupBy('id').applyInPandas(lambda p: p, df.schema)", "df.groupBy('id').cogroup(df.groupBy('id'))"])
    func pythonFunctionsOnExecutorsNameThePythonWorkerPlugin(cell: String) async {
        let error = await failure(cell)
        #expect(error?.exceptionType == "NotImplementedError")
        #expect(error?.message.contains("needs the Python worker plugin") == true)
        #expect(error?.message.contains("`--engine spark`") == true)
    }

    @Test func theWholeMessageOfToPandas() {
        #expect(UnavailableAPI.refusal(type: "DataFrame", "toPandas")?.message == "DataFrame.toPandas is not supported by "
            + "Sparkbook's embedded engine: it builds a pandas DataFrame, and Sparkbook's cells have no pandas; real Spark "
            + "running the cells provides it (run with `--engine spark`). Meanwhile use df.collect() for the "
            + "rows, or display(df) for a table")
    }

    @Test func aCellsOwnScStillWins() async throws {
        #expect(try await ScriptHarness.stdout("sc = 3\nprint(sc)") == "3\n")
    }

    @Test func foreachStillRunsAsOnExecutors() async throws {
        #expect(try await ScriptHarness.stdout("spark.range(2).foreach(lambda r: print(r))\nprint('done')") == "done\n")
    }
}
