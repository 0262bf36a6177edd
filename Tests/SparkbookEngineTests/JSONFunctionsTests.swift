import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0.
@Suite struct JSONFunctionsTests {
    func call(_ name: String, _ args: [Value]) throws -> Value {
        try FunctionTestSupport.evaluate(.function(name, args.map(Expression.literal)), StructType([]), [])
    }

    func path(_ json: String, _ path: String) throws -> Value { try call("get_json_object", [.string(json), .string(path)]) }

    @Test func getJSONObjectFollowsHivesRules() throws {
        let nested = #"{"a":{"b":[1,2,{"c":"x"}]}}"#
        #expect(try path(nested, "$.a.b[2].c") == .string("x"))
        #expect(try path(nested, "$.a") == .string(#"{"b":[1,2,{"c":"x"}]}"#))
        #expect(try path(#"{"a":1.50, "b": true, "c": null}"#, "$") == .string(#"{"a":1.5,"b":true,"c":null}"#))
        #expect(try path(#"{"a":1.50, "b": true, "c": null}"#, "$.c") == .null)
        #expect(try path("[1,2,3]", "$[*]") == .string("[1,2,3]"))
        #expect(try path(#"{"a":[[1,2],[3]]}"#, "$.a[*][*]") == .string("[1,2,3]"))
        #expect(try path(#"{"a b":1}"#, "$['a b']") == .string("1"))
        #expect(try path(#"[{"f1": "value1"},{"f1": "value2"}]"#, "$[*].f1") == .string(#"["value1","value2"]"#))
        #expect(try path(#"[{"f1": "value12"},{"f2": "value13"}]"#, "$[*].f1") == .string(#""value12""#))
        #expect(try path("bad", "$.a") == .null)
        #expect(try path(#"{"a":1}"#, "a") == .null)
    }

    @Test func lengthsAndKeys() throws {
        #expect(try call("json_array_length", [.string(#"[1,[2,3],{"a":1}]"#)]) == .integer(3))
        #expect(try call("json_array_length", [.string(#"{"a":1}"#)]) == .null)
        #expect(try call("json_array_length", [.string("[1,2")]) == .null)
        #expect(try call("json_object_keys", [.string(#"{"a":{"b":1},"c":2}"#)]) == .array([.string("a"), .string("c")]))
        #expect(try call("json_object_keys", [.string("[1]")]) == .null)
    }

    @Test func schemaOfJSON() throws {
        func schema(_ json: String) throws -> Value { try call("schema_of_json", [.string(json)]) }
        #expect(try schema(#"{"a":[1,2.5],"b":{"c":"x"},"d":null,"e":true,"f":[]}"#)
                == .string("STRUCT<a: ARRAY<DOUBLE>, b: STRUCT<c: STRING>, d: STRING, e: BOOLEAN, f: ARRAY<STRING>>"))
        #expect(try schema(#"[{"a":1},{"b":"x"}]"#) == .string("ARRAY<STRUCT<a: BIGINT, b: STRING>>"))
        #expect(try schema("1") == .string("BIGINT"))
        #expect(try schema(#"{"a":12345678901234567890}"#) == .string("STRUCT<a: DECIMAL(20,0)>"))
        #expect(try call("schema_of_json", [.string("{a: 1}"), .string("allowUnquotedFieldNames=true")]) == .string("STRUCT<a: BIGINT>"))
    }
}
