import Testing
@testable import SparkbookEngine

/// The session commands `spark.sql` takes besides queries.
@Suite struct SQLStatementTests {
    @Test func commandsParse() throws {
        guard case .showTables(nil, let pattern) = try SQLStatement.parse("SHOW TABLES LIKE 'peo*'") else { Issue.record(); return }
        #expect(pattern == "peo*")
        guard case .showTables(let database, nil) = try SQLStatement.parse("SHOW TABLES IN shop") else { Issue.record(); return }
        #expect(database == "shop")
        guard case .describe(let name, false) = try SQLStatement.parse("DESCRIBE TABLE people;") else { Issue.record(); return }
        #expect(name == "people")
        guard case .describe(let qualified, true) = try SQLStatement.parse("DESC EXTENDED shop.orders") else { Issue.record(); return }
        #expect(qualified == "shop.orders")
        guard case .createTempView(let view, let replace, _) = try SQLStatement.parse(
            "CREATE OR REPLACE TEMP VIEW v AS SELECT 1 AS x") else { Issue.record(); return }
        #expect(view == "v" && replace)
        guard case .dropView(let dropped, let ifExists) = try SQLStatement.parse("drop view if exists v") else { Issue.record(); return }
        #expect(dropped == "v" && ifExists)
        guard case .set(let key, let value) = try SQLStatement.parse("SET spark.sql.shuffle.partitions = 4") else { Issue.record(); return }
        #expect(key == "spark.sql.shuffle.partitions" && value == "4")
        guard case .query = try SQLStatement.parse("SELECT 1") else { Issue.record(); return }
        #expect(try SQLStatement.parse("SET").isCommand)
    }

    @Test func describeHistoryTakesADeltaPathAndALimit() throws {
        guard case .describeHistory(let path, let limit) = try SQLStatement.parse("DESCRIBE HISTORY delta.`/tmp/t x` LIMIT 2;") else { Issue.record(); return }
        #expect(path == "/tmp/t x" && limit == 2)
        guard case .describeHistory(let quoted, nil) = try SQLStatement.parse("desc history 'data/t'") else { Issue.record(); return }
        #expect(quoted == "data/t")
        guard case .describeTableHistory(let table, nil) = try SQLStatement.parse("DESCRIBE HISTORY events") else { Issue.record(); return }
        #expect(table == "events")
        guard case .describe = try SQLStatement.parse("DESCRIBE history") else { Issue.record(); return }
    }

    @Test func createTableReadsItsClausesInAnyOrder() throws {
        guard case .table(.createTable(let create)) = try SQLStatement.parse("""
            CREATE TABLE IF NOT EXISTS shop.sales (id INT, price DECIMAL(10, 2), tags ARRAY<STRING>, region STRING)
            USING csv PARTITIONED BY (region) OPTIONS (header 'true', sep = ';') LOCATION '/tmp/s'
            TBLPROPERTIES ('owner.team' = 'data') COMMENT 'sales'
            """) else { Issue.record(); return }
        #expect(create.name == "shop.sales" && create.ifNotExists && !create.replace)
        #expect(create.columns?.names == ["id", "price", "tags", "region"])
        #expect(create.columns?.fields[1].dataType == .decimal(precision: 10, scale: 2))
        #expect(create.provider == "csv" && create.partitionColumns == ["region"] && create.location == "/tmp/s")
        #expect(create.options == ["header": "true", "sep": ";"] && create.properties == ["owner.team": "data"])
        #expect(create.comment == "sales" && create.query == nil)
        guard case .table(.createTable(let ctas)) = try SQLStatement.parse("CREATE OR REPLACE TABLE t USING delta AS SELECT 1 AS x")
        else { Issue.record(); return }
        #expect(ctas.replace && ctas.provider == "delta" && ctas.columns == nil && ctas.query != nil)
    }

    @Test func insertTakesValuesOrAQueryWithColumnsAndPartitions() throws {
        guard case .table(.insert(let values)) = try SQLStatement.parse("INSERT INTO t (b, a) VALUES (1, 'x'), (2, 'y')")
        else { Issue.record(); return }
        #expect(values.table == "t" && !values.overwrite && values.columns == ["b", "a"])
        guard case .values(let rows) = values.source, rows.count == 2 else { Issue.record(); return }
        guard case .table(.insert(let overwrite)) = try SQLStatement.parse(
            "INSERT OVERWRITE TABLE db.t PARTITION (region = 'eu', day) SELECT * FROM s") else { Issue.record(); return }
        #expect(overwrite.overwrite && overwrite.table == "db.t" && overwrite.columns == nil)
        #expect(overwrite.partition.map(\.column) == ["region", "day"] && overwrite.partition[1].value == nil)
        guard case .query = overwrite.source else { Issue.record(); return }
    }

    @Test func databaseAndTableCommandsParse() throws {
        guard case .table(.createDatabase("lab", true, "x", nil)) = try SQLStatement.parse("CREATE SCHEMA IF NOT EXISTS lab COMMENT 'x'")
        else { Issue.record(); return }
        guard case .table(.dropDatabase("lab", false, true)) = try SQLStatement.parse("DROP DATABASE lab CASCADE") else { Issue.record(); return }
        guard case .table(.use("lab")) = try SQLStatement.parse("USE lab") else { Issue.record(); return }
        guard case .table(.showDatabases("l*")) = try SQLStatement.parse("SHOW DATABASES LIKE 'l*'") else { Issue.record(); return }
        guard case .table(.dropTable("spark_catalog.lab.t", true)) = try SQLStatement.parse("DROP TABLE IF EXISTS spark_catalog.lab.t")
        else { Issue.record(); return }
        guard case .table(.truncate("t")) = try SQLStatement.parse("TRUNCATE TABLE t") else { Issue.record(); return }
        guard case .table(.rename("a", "b")) = try SQLStatement.parse("ALTER TABLE a RENAME TO b") else { Issue.record(); return }
        guard case .table(.showCreateTable("t")) = try SQLStatement.parse("SHOW CREATE TABLE t") else { Issue.record(); return }
        // The temporary-view forms keep their own statements.
        guard case .dropView("v", false) = try SQLStatement.parse("DROP VIEW v") else { Issue.record(); return }
        guard case .createTempView = try SQLStatement.parse("CREATE TEMP VIEW v AS SELECT 1") else { Issue.record(); return }
    }

    @Test func permanentViewsAreRefusedClearlyAndSyntaxErrorsNameThePlace() {
        #expect(throws: SparkError.self) { try SQLStatement.parse("CREATE VIEW v AS SELECT 1") }
        #expect(throws: SparkError.self) { try SQLStatement.parse("SHOW TABLES 'a' extra") }
        // A word starting with SET is not the SET command.
        #expect(throws: SparkError.self) { try SQLStatement.parse("SETTINGS") }
    }
}
