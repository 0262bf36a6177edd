import Testing
@testable import SparkbookInterpreter

/// `spark.catalog` over the session's tables and temporary views, printed as PySpark prints it.
struct CatalogBindingTests {
    @Test func listsChecksAndDropsTemporaryViews() async throws {
        let out = try await ScriptHarness.stdout("""
            spark.range(3).createOrReplaceTempView('Nums')
            print(spark.catalog.listTables())
            print(spark.catalog.tableExists('nums'), spark.catalog.tableExists('nope'))
            print(spark.catalog.listColumns('nums'))
            print(spark.catalog.currentDatabase(), spark.catalog.isCached('nums'))
            print([d.name for d in spark.catalog.listDatabases()])
            print(spark.catalog.dropTempView('nums'), spark.catalog.dropTempView('nums'), spark.catalog.listTables())
            """)
        #expect(out == """
            [Table(name='nums', catalog=None, namespace=[], description=None, tableType='TEMPORARY', isTemporary=True)]
            True False
            [Column(name='id', description=None, dataType='bigint', nullable=False, isPartition=False, isBucket=False, isCluster=False)]
            default False
            ['default']
            True False []

            """)
    }

    @Test func isCachedSeesACachedView() async throws {
        let out = try await ScriptHarness.stdout("""
            spark.range(3).cache().createOrReplaceTempView('c')
            print(spark.catalog.isCached('c'))
            """)
        #expect(out == "True\n")
    }

    @Test func otherCatalogMethodsNameThemselvesAsNotSupportedYet() async {
        let error = await ScriptHarness.failure("spark.catalog.listFunctions()")
        #expect(error?.exceptionName == "NotImplementedError")
        #expect(error?.message.hasPrefix("spark.catalog.listFunctions() is not supported by Sparkbook yet; spark.catalog supports "
                + "listTables(), tableExists(), dropTempView(), listColumns(), currentDatabase(), listDatabases(), isCached(), ") == true)
    }

    @Test func tablesAreListedBeforeViewsWithTheirDatabaseAndPartitions() async throws {
        let out = try await ScriptHarness.stdout("""
            import tempfile
            from pyspark.sql import SparkSession
            d = tempfile.TemporaryDirectory()
            spark = SparkSession.builder.config('spark.sql.warehouse.dir', d.name).getOrCreate()
            df = spark.createDataFrame([(1, 'a')], 'id INT, tag STRING')
            df.write.format('csv').partitionBy('tag').saveAsTable('t')
            df.createOrReplaceTempView('v')
            print([(t.name, t.namespace, t.tableType) for t in spark.catalog.listTables()])
            print(spark.catalog.getTable('t').catalog, [(c.name, c.isPartition) for c in spark.catalog.listColumns('t')])
            spark.catalog.cacheTable('t')
            print(spark.catalog.isCached('t'), spark.table('t').count())
            spark.catalog.clearCache()
            print(spark.catalog.isCached('t'), spark.catalog.databaseExists('default'), spark.catalog.currentCatalog())
            d.cleanup()
            """)
        #expect(out == """
            [('t', ['default'], 'MANAGED'), ('v', [], 'TEMPORARY')]
            spark_catalog [('id', False), ('tag', True)]
            True 1
            False True spark_catalog

            """)
    }

    @Test func anUnknownViewIsSparksTableNotFound() async {
        let error = await ScriptHarness.failure("spark.catalog.listColumns('nope')")
        #expect(error?.message.hasPrefix("[TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found.") == true)
    }
}
