import Testing
@testable import SparkbookInterpreter

/// `spark.catalog` over the session's temporary views, printed as PySpark prints it.
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
        let error = await ScriptHarness.failure("spark.catalog.cacheTable('t')")
        #expect(error?.exceptionName == "NotImplementedError")
        #expect(error?.message == "spark.catalog.cacheTable() is not supported by Sparkbook yet; spark.catalog supports "
                + "listTables(), tableExists(), dropTempView(), listColumns(), currentDatabase(), listDatabases(), isCached(), "
                + "dropGlobalTempView()")
    }

    @Test func anUnknownViewIsSparksTableNotFound() async {
        let error = await ScriptHarness.failure("spark.catalog.listColumns('nope')")
        #expect(error?.message.hasPrefix("[TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found.") == true)
    }
}
