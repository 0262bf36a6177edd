import Foundation
import Testing
@testable import SparkbookInterpreter

/// DataFrame methods as cells call them: show, printSchema, collect, take, first, head, filter, agg forms.
struct DataFrameBindingTests {
    static func seeded() async throws -> ScriptHarness {
        let harness = ScriptHarness()
        try await harness.run("""
            from pyspark.sql import functions as F
            spark.conf.set('spark.sql.session.timeZone', 'UTC')
            df = spark.read.option('header', 'true').option('inferSchema', 'true').csv('data/big_events_50k.csv')
            """)
        return harness
    }

    @Test func showWithArguments() async throws {
        let harness = try await Self.seeded()
        try await harness.run("df.select('country', 'amount').show(2, truncate=False)")
        #expect(harness.sink.stdout == """
            +-------+------+
            |country|amount|
            +-------+------+
            |US     |165.32|
            |US     |13.58 |
            +-------+------+
            only showing top 2 rows

            """)
    }

    @Test func showArgumentsAreCheckedAsPySparkChecksThem() async throws {
        let harness = ScriptHarness()
        try await harness.run("df = spark.createDataFrame([(1, 'abcdef')], 'id int, s string')")
        try await harness.run("df.show(truncate='3')")
        #expect(harness.sink.stdout.contains("|  1|abc|"))
        let truncate = await ScriptHarness.failure("df.show(truncate='no')", harness: harness)
        #expect(truncate?.message == "[NOT_EXPECTED_TYPE] Argument `truncate` should be bool, got str.")
        let vertical = await ScriptHarness.failure("df.show(vertical=1)", harness: harness)
        #expect(vertical?.message == "[NOT_EXPECTED_TYPE] Argument `vertical` should be bool, got int.")
        let how = await ScriptHarness.failure("df.dropna(how='some')", harness: harness)
        #expect(how?.exceptionName == "PySparkValueError")
        #expect(how?.message == "[VALUE_NOT_ALLOWED] Value for `how` has to be amongst the following values: ['any', 'all'].")
    }

    @Test func fillAndDropTreatNaNAsNull() async throws {
        let harness = ScriptHarness()
        try await harness.run("df = spark.createDataFrame([(1, float('nan')), (None, 2.5)], 'a int, x double')")
        #expect(try await harness.run("df.fillna(0).orderBy('x').collect()")?.repr ==
                "[Row(a=1, x=0.0), Row(a=0, x=2.5)]")
        #expect(try await harness.run("df.dropna(subset=['x']).count()") == .int(1))
        // PySpark fills an int as a float, so `CAST(0.0 AS INT)` keeps the column nullable.
        try await harness.run("df.fillna(0).printSchema()")
        #expect(harness.sink.stdout.contains(" |-- a: integer (nullable = true)"))
    }

    @Test func printSchemaWritesTheTree() async throws {
        let harness = try await Self.seeded()
        try await harness.run("df.select(df.event_id, F.col('amount').alias('amt')).printSchema()")
        #expect(harness.sink.stdout == "root\n |-- event_id: integer (nullable = true)\n |-- amt: double (nullable = true)\n\n")
    }

    @Test func actionsReturnPythonValues() async throws {
        let harness = try await Self.seeded()
        #expect(try await harness.run("df.first()")?.repr == "Row(event_id=1, event_time=datetime.datetime(2024, 9, 28, 9, 54, 21), country='US', device='mobile', amount=165.32)")
        #expect(try await harness.run("[r['event_id'] for r in df.take(3)]")?.repr == "[1, 2, 3]")
        #expect(try await harness.run("len(df.head(4))")?.repr == "4")
        #expect(try await harness.run("df.filter(F.col('amount') > 100).where(df.country == 'US').count()")?.repr == "2180")
        #expect(try await harness.run("df.limit(2).select('device').collect()")?.repr == "[Row(device='mobile'), Row(device='tablet')]")
        #expect(try await harness.run("df.agg(F.max('event_id')).collect()[0][0]")?.repr == "50000")
    }

    @Test func aggFormsAgree() async throws {
        let harness = try await Self.seeded()
        let sums = try await harness.run("""
            a = df.groupBy('country').agg({'amount': 'sum'}).count()
            b = df.groupby(['country']).sum('amount').count()
            c = df.groupBy(F.col('country')).agg(F.sum('amount').alias('s')).columns
            (a, b, c)
            """)
        #expect(sums?.repr == "(20, 20, ['country', 's'])")
    }

    @Test func withColumnNeedsAColumn() async throws {
        let harness = try await Self.seeded()
        let error = await ScriptHarness.failure("df.withColumn('x', 1)", harness: harness)
        #expect(error?.exceptionName == "PySparkTypeError")
        #expect(error?.message == "[NOT_COLUMN] Argument `col` should be a Column, got int.")
        #expect(try await harness.run("df.withColumn('x', F.lit(1)).columns[-1]")?.repr == "'x'")
    }

    @Test func aStringFilterIsASQLCondition() async throws {
        let harness = try await Self.seeded()
        let viaString = try await harness.run("df.filter('amount > 900').count()")
        let viaColumn = try await harness.run("df.filter(F.col('amount') > 900).count()")
        #expect(viaString?.repr == viaColumn?.repr)
        #expect(viaString?.repr != "0")
    }

    @Test func confGetWithDefaultAndUnknownKey() async throws {
        let harness = try await Self.seeded()
        #expect(try await harness.run("spark.conf.get('spark.sql.shuffle.partitions')")?.repr == "'200'")
        #expect(try await harness.run("spark.conf.get('spark.unknown', 'fallback')")?.repr == "'fallback'")
        let error = await ScriptHarness.failure("spark.conf.get('spark.unknown')", harness: harness)
        #expect(error?.exceptionName == "IllegalArgumentException")
        #expect(error?.message.hasPrefix("[SQL_CONF_NOT_FOUND]") == true)
    }

    /// `persist(StorageLevel.X)`, `df.storageLevel` and `df.is_cached`, printed as PySpark 4.3 prints them.
    @Test func persistTakesAStorageLevelAndPrintsItAsPySpark() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark import StorageLevel
            df = spark.range(10)
            print(df.storageLevel)
            print(repr(df.storageLevel))
            print(df.is_cached)
            c = df.cache()
            print(c.storageLevel)
            print(repr(c.storageLevel))
            print(c.count())
            d2 = spark.range(5).persist(StorageLevel.MEMORY_ONLY)
            print(d2.storageLevel, d2.is_cached)
            print(d2.count())
            print(d2.unpersist().storageLevel, d2.is_cached)
            d3 = spark.range(5).persist(StorageLevel.DISK_ONLY)
            print(d3.storageLevel)
            print(d3.persist().storageLevel)
            print(spark.range(3).persist(storageLevel=StorageLevel.DISK_ONLY_2).storageLevel)
            """)
        #expect(out == """
            Serialized 1x Replicated
            StorageLevel(False, False, False, False, 1)
            False
            Disk Memory Deserialized 1x Replicated
            StorageLevel(True, True, False, True, 1)
            10
            Memory Serialized 1x Replicated True
            5
            Serialized 1x Replicated False
            Disk Serialized 1x Replicated
            Disk Serialized 1x Replicated
            Disk Serialized 2x Replicated

            """)
    }

    @Test func persistRefusesALevelThatIsNotAStorageLevel() async {
        let error = await ScriptHarness.failure("spark.range(3).persist('MEMORY_ONLY')")
        #expect(error?.exceptionName == "TypeError")
        #expect(error?.message == "storageLevel must be of type pyspark.StorageLevel")
    }

    @Test func statisticsThroughDfStatAndFreqItems() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql import functions as sf
            df = spark.createDataFrame([(1, 11), (1, 11), (3, 10), (4, 8), (4, 8)], ["c1", "c2"])
            f = df.freqItems(["c1", "c2"])
            f.select([sf.sort_array(c).alias(c) for c in f.columns]).show()
            print(df.stat.freqItems(["c1"], 0.5).collect())
            print(type(df.stat), type(df.sparkSession), type(df.na), type(df.write))
            print(df.stat.corr("c1", "c2") < 0)
            """)
        #expect(out == """
            +------------+------------+
            |c1_freqItems|c2_freqItems|
            +------------+------------+
            |   [1, 3, 4]| [8, 10, 11]|
            +------------+------------+

            [Row(c1_freqItems=[1, 4])]
            <class 'pyspark.sql.classic.dataframe.DataFrameStatFunctions'> <class 'pyspark.sql.session.SparkSession'> \
            <class 'pyspark.sql.classic.dataframe.DataFrameNaFunctions'> <class 'pyspark.sql.readwriter.DataFrameWriter'>
            True

            """)
        #expect(await ScriptHarness.failure("spark.range(3).stat.count()")?.exceptionName == "AttributeError")
    }

    @Test func tempViewsThroughMethodsAndSQLCommands() async throws {
        let out = try await ScriptHarness.stdout("""
            from pyspark.sql.types import StructType, StructField, StringType
            df = spark.createDataFrame([(14, "Tom"), (23, "Alice")], ["age", "name"])
            df.createTempView("people")
            spark.sql("CREATE TEMP VIEW adults AS SELECT * FROM people WHERE age > 18")
            tables = spark.sql("SHOW TABLES")
            print(tables.isLocal(), df.isLocal())
            tables.show()
            spark.sql("DESCRIBE people").show()
            spark.sql("SET spark.sql.shuffle.partitions=7").show()
            spark.sql("DROP VIEW adults")
            print([r.tableName for r in spark.sql("SHOW TABLES LIKE 'ad*|peo*'").collect()])
            df.to(StructType([StructField("name", StringType()), StructField("age", StringType())])).show()
            """)
        #expect(out == """
            True False
            +---------+---------+-----------+
            |namespace|tableName|isTemporary|
            +---------+---------+-----------+
            |         |   adults|       true|
            |         |   people|       true|
            +---------+---------+-----------+

            +--------+---------+-------+
            |col_name|data_type|comment|
            +--------+---------+-------+
            |     age|   bigint|   NULL|
            |    name|   string|   NULL|
            +--------+---------+-------+

            +--------------------+-----+
            |                 key|value|
            +--------------------+-----+
            |spark.sql.shuffle...|    7|
            +--------------------+-----+

            ['people']
            +-----+---+
            | name|age|
            +-----+---+
            |  Tom| 14|
            |Alice| 23|
            +-----+---+


            """)
        let again = await ScriptHarness.failure("""
            df = spark.range(1)
            df.createTempView("v")
            df.createTempView("v")
            """)
        #expect(again?.message.contains("[TEMP_TABLE_OR_VIEW_ALREADY_EXISTS]") == true)
        let missing = await ScriptHarness.failure("spark.sql('DROP VIEW nowhere')")
        #expect(missing?.message.contains("[TABLE_OR_VIEW_NOT_FOUND]") == true)
    }

    @Test func sortWithinPartitionsSortsEachPartitionInPlace() async throws {
        let out = try await ScriptHarness.stdout("""
            df = spark.createDataFrame([(2, "Alice"), (5, "Bob"), (1, "Cy"), (4, "Di")], schema=["age", "name"])
            print(df.sortWithinPartitions("age", ascending=False))
            df.coalesce(1).sortWithinPartitions(-1).show()
            print(sorted(df.collect())[0])
            from pyspark.sql import functions as F
            print([(r.p, r.age) for r in df.sortWithinPartitions("age").select(F.spark_partition_id().alias("p"), "age").collect()])
            """)
        #expect(out == """
            DataFrame[age: bigint, name: string]
            +---+-----+
            |age| name|
            +---+-----+
            |  5|  Bob|
            |  4|   Di|
            |  2|Alice|
            |  1|   Cy|
            +---+-----+

            Row(age=1, name='Cy')
            [(0, 2), (0, 5), (1, 1), (1, 4)]

            """)
    }

    /// The physical plans of joins and windows against PySpark 4.3's for the same cells
    /// (tests/explain/pyspark-join-window-shapes.txt, recorded by tests/explain/record_join_window_shapes.py),
    /// expression ids, plan ids and blank lines left out. Not yet as Spark plans it: a range grouped by its own id
    /// (Spark: SortAggregate without an exchange, since a range is ordered and partitioned by id).
    @Test func joinAndWindowPlansPrintAsPySparksRecording() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let recording = try String(contentsOf: root.appendingPathComponent("tests/explain/pyspark-join-window-shapes.txt"),
                                   encoding: .utf8)
        func sections(_ text: String) -> [String: String] {
            var out: [String: String] = [:], name: String?
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("### ") { name = String(line.dropFirst(4)); continue }
                guard let name else { continue }
                let plain = line.replacing(/#[0-9]+L?/, with: "").replacing(/\[plan_id=[0-9]+\]/, with: "[plan_id=N]")
                out[name, default: ""] += plain + "\n"
            }
            return out
        }
        let harness = ScriptHarness()
        try await harness.run("""
            from pyspark.sql import Window, functions as F
            spark.conf.set("spark.sql.shuffle.partitions", "4")
            df = spark.createDataFrame([(1, "a", 2.0), (2, "b", 3.0), (3, "a", 4.0)], ["id", "k", "v"])
            other = spark.createDataFrame([(1, 5.0), (3, 6.0)], ["id", "w"])
            by_k = Window.partitionBy("k").orderBy(F.col("v").desc())
            queries = {
                "join_using_inner": df.join(other, "id"),
                "join_using_left": df.join(other, "id", "left"),
                "join_on_inner": df.join(other, df.id == other.id),
                "join_broadcast": df.join(F.broadcast(other), "id"),
                "window_row_number": df.withColumn("rn", F.row_number().over(by_k)),
                "window_two": df.select("k", "v", F.rank().over(by_k).alias("r"), F.lag("v").over(by_k).alias("prev")),
            }
            for name, q in queries.items():
                print(f"### {name} explain()")
                q.explain()
            """)
        let expected = sections(recording), printed = sections(harness.sink.stdout)
        #expect(printed.count == 6)
        for (name, text) in printed.sorted(by: { $0.key < $1.key }) {
            #expect(text == expected[name], "\(name)")
        }
    }
}
