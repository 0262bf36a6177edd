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
        ("int", DataType.integer), ("INTEGER", .integer), ("smallint", .short), ("short", .short),
        ("tinyint", .byte), ("byte", .byte), ("bigint", .long), ("long", .long), ("double", .double),
        ("float", .float), ("real", .float), ("string", .string),
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
        #expect(try DDLSchemaParser.parseSchema("a timestamp_ntz") == StructType([StructField("a", .timestampNTZ)]))
        for ddl in ["a timestamp_ntz(9)", "a interval"] {
            #expect(throws: DDLError.self) { try DDLSchemaParser.parseSchema(ddl) }
            do { _ = try DDLSchemaParser.parseSchema(ddl) } catch { #expect(error.code == .notSupportedYet, "\(ddl)") }
        }
    }

    @Test func binaryIsAType() throws {
        #expect(try DDLSchemaParser.parseSchema("b BINARY") == StructType([StructField("b", .binary)]))
        #expect(try DDLSchemaParser.parseType("array<binary>") == .array(element: .binary, containsNull: true))
    }

    /// As PySpark 4.3 resolves them: bare `decimal` is `decimal(10,0)`, `(p)` has scale 0.
    @Test(arguments: [
        ("decimal", 10, 0), ("DECIMAL(10,2)", 10, 2), ("dec", 10, 0), ("numeric(12, 3)", 12, 3), ("decimal(10)", 10, 0),
        ("Decimal(38,38)", 38, 38),
    ])
    func decimalTypes(_ name: String, _ precision: Int, _ scale: Int) throws {
        #expect(try DDLSchemaParser.parseType(name) == .decimal(precision: precision, scale: scale))
    }

    @Test func decimalBoundsAreSparksErrors() {
        #expect(throws: DDLError.self) { try DDLSchemaParser.parseType("decimal(39,2)") }
        do { _ = try DDLSchemaParser.parseType("decimal(39,2)") } catch {
            #expect(error.message == "[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision 39 exceeds max precision 38. SQLSTATE: 22003")
        }
        do { _ = try DDLSchemaParser.parseType("decimal(5,7)") } catch {
            #expect(error.message == "[DECIMAL_SCALE_EXCEEDS_PRECISION] Decimal scale (7) cannot be greater than precision (5). SQLSTATE: 22003")
        }
        #expect(throws: DDLError.self) { try DDLSchemaParser.parseType("decimal(1,2,3)") }
    }

    @Test func decimalSchemaNames() throws {
        let schema = try DDLSchemaParser.parseSchema("amount DECIMAL(8,2), n numeric")
        #expect(schema.fields.map(\.dataType.simpleString) == ["decimal(8,2)", "decimal(10,0)"])
        #expect(schema.fields.map(\.dataType.pythonClassName) == ["DecimalType(8,2)", "DecimalType(10,0)"])
    }

    @Test func arrayTypesNestAndHoldNulls() throws {
        let schema = try DDLSchemaParser.parseSchema("k string, tags array<string>, grid ARRAY<array<int>>")
        #expect(schema[1].dataType == .array(element: .string, containsNull: true))
        #expect(schema[2].dataType == .array(element: .array(element: .integer, containsNull: true), containsNull: true))
        #expect(try DDLSchemaParser.parseType("array<bigint>") == .array(element: .long, containsNull: true))
        #expect(throws: DDLError.self) { try DDLSchemaParser.parseType("array<string") }
    }

    @Test func schemaStringsInEveryFormPySparkAccepts() throws {
        guard case .schema(let s) = try DDLSchemaParser.parseSchemaOrType("struct<dt:string,a:int>") else {
            Issue.record("struct<...> is no schema"); return
        }
        #expect(s.fields.map(\.name) == ["dt", "a"] && s.fields.map(\.dataType) == [.string, .integer])
        guard case .type(let t) = try DDLSchemaParser.parseSchemaOrType("STRING") else { Issue.record("no type"); return }
        #expect(t == .string)
        guard case .schema(let plain) = try DDLSchemaParser.parseSchemaOrType("a INT, b STRING") else {
            Issue.record("no schema"); return
        }
        #expect(plain.count == 2)
        #expect(throws: DDLError.self) { try DDLSchemaParser.parseSchemaOrType("a INT,") }
    }
}
