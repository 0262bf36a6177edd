import Testing
@testable import SparkbookEngine

/// A `%sql` cell's script cut into statements: `;` splits outside literals, names and comments.
struct SQLScriptTests {
    @Test func semicolonsSplitStatementsAndTheLastMayOmitIt() {
        let statements = SQLScript.statements("CREATE TEMP VIEW v AS SELECT 1 AS x;\n\nSELECT * FROM v")
        #expect(statements == [SQLScript.Statement(text: "CREATE TEMP VIEW v AS SELECT 1 AS x", line: 0),
                               SQLScript.Statement(text: "SELECT * FROM v", line: 2)])
    }

    @Test func semicolonsInLiteralsNamesAndCommentsDoNotSplit() {
        let script = """
            -- a comment; not a split
            SELECT 'a;b' AS `c;d`, "e;f" /* g; h */ AS i;
            SELECT 'it\\'s;' AS j;
            """
        #expect(SQLScript.statements(script).map(\.text) == [
            "SELECT 'a;b' AS `c;d`, \"e;f\"   AS i", "SELECT 'it\\'s;' AS j",
        ])
        #expect(SQLScript.statements(script).map(\.line) == [1, 2])
    }

    @Test func emptyStatementsAndCommentOnlyScriptsGiveNothing() {
        #expect(SQLScript.statements(";;\n  ;").isEmpty)
        #expect(SQLScript.statements("-- only a comment\n/* and another */").isEmpty)
    }
}
