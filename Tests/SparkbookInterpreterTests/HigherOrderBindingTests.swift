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

    @Test func everyMapFunction() async throws {
        let source = """
            from pyspark.sql import functions as F
            df = spark.createDataFrame([(1, {"a": 1.0, "b": 40.0}, {"b": 2.0, "c": 3.0})], ("id", "m", "n"))
            r = df.select(F.map_filter("m", lambda k, v: v > 30.0).alias("f"),
                          F.transform_keys("m", lambda k, _: F.upper(k)).alias("k"),
                          F.transform_values("m", lambda k, v: F.when(k == "a", v + 1.0).otherwise(v)).alias("v"),
                          F.map_zip_with("m", "n", lambda k, a, b: F.coalesce(a, F.lit(0.0)) + b).alias("z")).collect()
            print(sorted(r[0]["f"].items()), sorted(r[0]["k"].items()), sorted(r[0]["v"].items()), sorted(r[0]["z"].items()))
            """
        #expect(try await ScriptHarness.stdout(source)
                == "[('b', 40.0)] [('A', 1.0), ('B', 40.0)] [('a', 2.0), ('b', 40.0)] [('a', None), ('b', 42.0), ('c', 3.0)]\n")
    }

    @Test func aggregateTakesAStructAccumulator() async throws {
        let source = """
            from pyspark.sql.functions import aggregate, struct, lit
            df = spark.createDataFrame([(1, [20.0, 4.0, 2.0, 6.0, 10.0])], ("id", "values"))
            def merge(acc, x):
                count = acc.count + 1
                sum = acc.sum + x
                return struct(count.alias("count"), sum.alias("sum"))
            df.select(aggregate("values", struct(lit(0).alias("count"), lit(0.0).alias("sum")), merge,
                                lambda acc: acc.sum / acc.count).alias("mean")).show()
            """
        #expect(try await ScriptHarness.stdout(source) == """
            +----+
            |mean|
            +----+
            | 8.4|
            +----+


            """)
    }
}
