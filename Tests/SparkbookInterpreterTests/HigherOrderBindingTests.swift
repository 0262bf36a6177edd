import Testing
@testable import SparkbookInterpreter

/// `F.transform`, `F.filter`, `F.aggregate`, ...: Python lambdas become Spark lambda functions; results and
/// column names as PySpark 4.3 prints them.
struct HigherOrderBindingTests {
    @Test func transformNamesItsLambdaAsSparkDoes() async throws {
        let source = """
            from pyspark.sql import functions as F
            df = spark.createDataFrame([(1, [1, 2, 3, 4]), (2, None), (3, [])], ("key", "values"))
            df.select(F.transform("values", lambda x: x * 2)).show(truncate=False)
            """
        #expect(try await ScriptHarness.stdout(source) == """
            +-------------------------------------------------------------------------------------+
            |transform(values, lambdafunction((namedlambdavariable() * 2), namedlambdavariable()))|
            +-------------------------------------------------------------------------------------+
            |[2, 4, 6, 8]                                                                         |
            |NULL                                                                                 |
            |[]                                                                                   |
            +-------------------------------------------------------------------------------------+


            """)
    }

    @Test func everyArrayFunction() async throws {
        let source = """
            from pyspark.sql import functions as F
            df = spark.createDataFrame([([1, None, 3],)], ["v"])
            r = df.select(F.exists("v", lambda x: x > 2).alias("e1"), F.exists("v", lambda x: x > 5).alias("e2"),
                          F.forall("v", lambda x: x > 0).alias("f1"), F.forall("v", lambda x: x > 2).alias("f2"),
                          F.filter("v", lambda x: x > 1).alias("fi"), F.transform("v", lambda x, i: x + i).alias("t"),
                          F.zip_with("v", F.array(F.lit(1)), lambda a, b: a + b).alias("z"),
                          F.aggregate(F.array(F.lit(1.0), F.lit(2.0)), F.lit(0.0), lambda acc, x: acc + x, lambda acc: acc * 10).alias("a"),
                          F.array_sort(F.array(F.lit(1), F.lit(3), F.lit(2)), lambda a, b: b - a).alias("s")).collect()
            print(r)
            """
        #expect(try await ScriptHarness.stdout(source)
                == "[Row(e1=True, e2=None, f1=None, f2=False, fi=[3], t=[1, None, 5], z=[2, None, None], a=30.0, s=[3, 2, 1])]\n")
    }

    @Test func sqlLambdas() async throws {
        let source = """
            df = spark.createDataFrame([(1, [1, 2, 3])], ("key", "values"))
            print(df.selectExpr("transform(values, x -> x + key)", "aggregate(values, 0L, (a, x) -> a + x)").columns)
            print(df.selectExpr("transform(values, x -> x + key) AS t", "filter(values, (x, i) -> i > 0) AS f").collect())
            """
        #expect(try await ScriptHarness.stdout(source) == """
            ['transform(values, lambdafunction((namedlambdavariable() + key), namedlambdavariable()))', 'aggregate(values, 0, lambdafunction((namedlambdavariable() + namedlambdavariable()), namedlambdavariable(), namedlambdavariable()), lambdafunction(namedlambdavariable(), namedlambdavariable()))']
            [Row(t=[2, 3, 4], f=[2, 3])]

            """)
    }

    @Test func anAggregateWhoseStepChangesTheTypeIsAMismatch() async {
        let error = await ScriptHarness.failure("""
            from pyspark.sql import functions as F
            df = spark.createDataFrame([([1, 2],)], ["v"])
            df.select(F.aggregate("v", F.lit(0), lambda acc, x: acc + x)).collect()
            """)
        #expect(error?.exceptionName == "AnalysisException")
        #expect(error?.message.hasPrefix("[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"aggregate(v, 0, lambdafunction((namedlambdavariable() + namedlambdavariable()), namedlambdavariable(), namedlambdavariable()), lambdafunction(namedlambdavariable(), namedlambdavariable()))\" due to data type mismatch: The third parameter requires the \"INT\" type, however \"lambdafunction((namedlambdavariable() + namedlambdavariable()), namedlambdavariable(), namedlambdavariable())\" has the type \"BIGINT\".") == true)
    }
}
