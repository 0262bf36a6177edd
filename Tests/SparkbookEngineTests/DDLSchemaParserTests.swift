import Testing
@testable import SparkbookEngine

struct DDLSchemaParserTests {
    @Test func parsesColumnsTypesAndModifiers() throws {
        let schema = try DDLSchemaParser.parseSchema(
            "event_id INT, `event time` timestamp NOT NULL COMMENT 'when', `x``y` long, v varchar(10), b BOOLEAN, d date")
        #expect(schema.names == ["event_id", "event time", "x`y", "v", "b", "d"])
        #expect(schema.fields.map(\.dataType) == [.integer, .timestamp, .long, .string, .boolean, .date])
        #expect(schema.fields.map(\.nullable) == [true, false, true, true, true, true])
    }

    @Test(arguments: [
        ("int", DataType.integer), ("INTEGER", .integer), ("smallint", .integer), ("tinyint", .integer),
        ("bigint", .long), ("long", .long), ("double", .double), ("float", .double), ("string", .string),
        ("char(3)", .string), ("boolean", .boolean), ("date", .date), ("timestamp", .timestamp),
    ])
    func typeNames(_ name: String, _ expected: DataType) throws {
        #expect(try DDLSchemaParser.parseType(name) == expected)
    }

    /// Messages recorded from PySpark 4's `StructType.fromDDL`.
    @Test(arguments: [
        ("a INT,", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 6)"),
        ("a INTT", "[UNSUPPORTED_DATATYPE] Unsupported data type \"INTT\". SQLSTATE: 0A000 (line 1, pos 2)"),
        ("a", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 1)"),
        ("a INT b STRING", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'b'. SQLSTATE: 42601 (line 1, pos 6)"),
        ("a INT,, b INT", "[PARSE_SYNTAX_ERROR] Syntax error at or near ','. SQLSTATE: 42601 (line 1, pos 6)"),
        ("a: int, b: string", "[PARSE_SYNTAX_ERROR] Syntax error at or near ':'. SQLSTATE: 42601 (line 1, pos 1)"),
        ("", "[PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement. SQLSTATE: 42617 (line 1, pos 0)"),
        ("a INT NOT", "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input: missing 'NULL'. SQLSTATE: 42601 (line 1, pos 9)"),
        ("a varchar", "[DATATYPE_MISSING_SIZE] DataType \"VARCHAR\" requires a length parameter, for example \"VARCHAR\"(10). Please specify the length. SQLSTATE: 42K01 (line 1, pos 2)"),
        ("a STRING COMMENT hi", "[PARSE_SYNTAX_ERROR] Syntax error at or near 'hi'. SQLSTATE: 42601 (line 1, pos 17)"),
        ("a date,b boolean,c bool", "[UNSUPPORTED_DATATYPE] Unsupported data type \"BOOL\". SQLSTATE: 0A000 (line 1, pos 19)"),
    ])
    func errorsReadLikeSpark(_ ddl: String, _ expected: String) {
        #expect {
            try DDLSchemaParser.parseSchema(ddl)
        } throws: { error in
            (error as? DDLError)?.message == expected
        }
    }

    @Test func caretLineAndNotYetSupportedTypes() throws {
        do {
            _ = try DDLSchemaParser.parseSchema("a INT,")
        } catch {
            #expect(error.description.hasSuffix("== SQL ==\na INT,\n------^^^\n"))
        }
        for ddl in ["a decimal(10,2)", "a map<string,int>", "a binary", "a timestamp_ntz"] {
            #expect(throws: DDLError.self) { try DDLSchemaParser.parseSchema(ddl) }
            do { _ = try DDLSchemaParser.parseSchema(ddl) } catch { #expect(error.code == .notSupportedYet, "\(ddl)") }
        }
    }

    @Test func arrayTypesNestAndHoldNulls() throws {
        let schema = try DDLSchemaParser.parseSchema("k string, tags array<string>, grid ARRAY<array<int>>")
        #expect(schema[1].dataType == .array(element: .string, containsNull: true))
        #expect(schema[2].dataType == .array(element: .array(element: .integer, containsNull: true), containsNull: true))
        #expect(try DDLSchemaParser.parseType("array<bigint>") == .array(element: .long, containsNull: true))
        #expect(throws: DDLError.self) { try DDLSchemaParser.parseType("array<string") }
    }
}
