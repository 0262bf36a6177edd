import Testing
@testable import SparkbookEngine

/// The session commands `spark.sql` takes besides queries.
@Suite struct SQLStatementTests {
    @Test func commandsParse() throws {
        guard case .showTables(let pattern) = try SQLStatement.parse("SHOW TABLES LIKE 'peo*'") else { Issue.record(); return }
        #expect(pattern == "peo*")
        guard case .describe(let name) = try SQLStatement.parse("DESCRIBE TABLE people;") else { Issue.record(); return }
        #expect(name == "people")
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
        #expect(throws: SparkError.self) { try SQLStatement.parse("DESCRIBE HISTORY events") }
        guard case .describe = try SQLStatement.parse("DESCRIBE history") else { Issue.record(); return }
    }

    @Test func tablesAreRefusedClearlyAndSyntaxErrorsNameThePlace() {
        #expect(throws: SparkError.self) { try SQLStatement.parse("CREATE TABLE t (a INT)") }
        #expect(throws: SparkError.self) { try SQLStatement.parse("SHOW TABLES 'a' extra") }
        // A word starting with SET is not the SET command.
        #expect(throws: SparkError.self) { try SQLStatement.parse("SETTINGS") }
    }
}
