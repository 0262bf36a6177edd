import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0 (`from_json`, `from_csv`, `to_csv`, `json_tuple`, `to_json` docstrings).
@Suite struct FromJSONFunctionTests {
    func eval(_ e: Expression) throws -> Value { try FunctionTestSupport.evaluate(e, StructType([]), []) }
    func lit(_ s: String) -> Expression { .literal(.string(s)) }

    @Test func readsTheSchemasTypes() throws {
        #expect(try eval(.function("from_json", [lit(#"{"a": 1}"#), lit("a INT")])) == .structure(names: ["a"], values: [.integer(1)]))
        #expect(try eval(.function("from_json", [lit(#"{"a": 1}"#), lit("MAP<STRING,INT>")])) == .map(keys: [.string("a")], values: [.integer(1)]))
        #expect(try eval(.function("from_json", [lit(#"[{"a": 1}]"#), lit("array<struct<a:int>>")]))
                == .array([.structure(names: ["a"], values: [.integer(1)])]))
        #expect(try eval(.function("from_json", [lit("{a:123}"), lit("a INT")])) == .structure(names: ["a"], values: [.null]))
        #expect(try eval(.function("from_json", [lit("{a:123}"), lit("a INT"), lit("allowUnquotedFieldNames=true")]))
                == .structure(names: ["a"], values: [.integer(123)]))
    }

    @Test func csv() throws {
        #expect(try eval(.function("from_csv", [lit("1,2,"), lit("a INT, b INT, c INT")]))
                == .structure(names: ["a", "b", "c"], values: [.integer(1), .integer(2), .null]))
        #expect(try eval(.function("from_csv", [lit("1;2;3"), lit("a INT, b INT, c INT"), lit("delimiter=;")]))
                == .structure(names: ["a", "b", "c"], values: [.integer(1), .integer(2), .integer(3)]))
        #expect(try eval(.function("from_csv", [lit("1,2,3"), .function("schema_of_csv", [lit("1,2,3")])]))
                == .structure(names: ["_c0", "_c1", "_c2"], values: [.integer(1), .integer(2), .integer(3)]))
        let row = Expression.function("named_struct", [lit("age"), .literal(.null), lit("name"), lit("Alice"),
                                                       lit("scores"), .function("array", [.literal(.integer(100)), .literal(.integer(200))])])
        #expect(try eval(.function("to_csv", [row])) == .string(#",Alice,"[100, 200]""#))
    }

    @Test func toJSONAndTuples() throws {
        let row = Expression.function("named_struct", [lit("age"), .literal(.integer(2)), lit("name"), lit("Alice"), lit("x"), .literal(.null)])
        #expect(try eval(.function("to_json", [row])) == .string(#"{"age":2,"name":"Alice"}"#))
        #expect(try eval(.function("json_tuple", [lit(#"{"f1": "value1", "f2": 2}"#), lit("f2")])) == .string("2"))
        #expect(try eval(.function("json_tuple", [lit(#"{"f1": "value12"}"#), lit("f2")])) == .null)
    }
}
