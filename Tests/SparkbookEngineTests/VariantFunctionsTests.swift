import Testing
@testable import SparkbookEngine

/// Values recorded from PySpark 4.3.0 (the functions' docstrings and `SELECT`s).
@Suite struct VariantFunctionsTests {
    func eval(_ e: Expression) throws -> Value { try FunctionTestSupport.evaluate(e, StructType([]), []) }
    func parse(_ json: String) -> Expression { .function("parse_json", [.literal(.string(json))]) }
    func json(_ e: Expression) throws -> Value { try eval(.function("to_json", [e])) }
    func lit(_ s: String) -> Expression { .literal(.string(s)) }

    @Test func parsesAndPrints() throws {
        #expect(try json(parse(#"{ "a" : 1 }"#)) == .string(#"{"a":1}"#))
        #expect(try eval(.function("try_parse_json", [lit("{a : 1}")])) == .null)
        #expect(throws: SparkError.self) { try eval(parse("{a : 1}")) }
        #expect(try eval(.function("is_variant_null", [parse("null")])) == .boolean(true))
        #expect(try eval(.function("is_variant_null", [.literal(.null)])) == .boolean(false))
        #expect(try eval(.function("schema_of_variant", [parse(#"{"b":1.50,"a":[1e3, 2.0, null, "s", true]}"#)]))
                == .string("OBJECT<a: ARRAY<VARIANT>, b: DECIMAL(2,1)>"))
    }

    @Test func variantGetCasts() throws {
        func get(_ json: String, _ path: String, _ type: String? = nil, try tolerant: Bool = false) throws -> Value {
            try eval(.function(tolerant ? "try_variant_get" : "variant_get", [parse(json), lit(path)] + (type.map { [lit($0)] } ?? [])))
        }
        #expect(try get(#"{ "a" : 1 }"#, "$.a", "int") == .integer(1))
        #expect(try get(#"{ "a" : 1 }"#, "$.b", "int") == .null)
        #expect(try get(#"{ "a" : 1 }"#, "$.a", "binary", try: true) == .null)
        #expect(try get(#"{"a":[1,{"b":"x"}]}"#, "$.a[1]", "string") == .string(#"{"b":"x"}"#))
        #expect(try get("[1]", "$[0]", "double") == .double(1))
        #expect(try get(#"{"a":{"b":1}}"#, "$.a", "struct<b:int>") == .structure(names: ["b"], values: [.integer(1)]))
        #expect(try get("[1,2]", "$", "array<int>") == .array([.integer(1), .integer(2)]))
        #expect(try get(#"{"a b":1}"#, #"$["a b"]"#, "int") == .integer(1))
        #expect(try get("1.5", "$", "int") == .integer(1))
        #expect(throws: SparkError.self) { try get("300", "$", "tinyint") }
        #expect(throws: SparkError.self) { try get(#"{"a":"x"}"#, "$.a", "int") }
        #expect(throws: SparkError.self) { try get(#"{"a":1}"#, "a", "int") }
        guard case .variant(let v) = try get(#"{"a":[1,{"b":"x"}]}"#, "$.a[1].b") else { Issue.record(); return }
        #expect(v.value == [0x05, 0x78] && v.metadata == [1, 0, 0])
    }

    @Test func edits() throws {
        let v = parse(#"{ "a": 1, "arr": ["x", "y"] }"#)
        func edit(_ name: String, _ args: [Expression]) throws -> Value { try json(.function(name, [v] + args)) }
        #expect(try edit("variant_insert", [lit("$.b"), .literal(.integer(2))]) == .string(#"{"a":1,"arr":["x","y"],"b":2}"#))
        #expect(try edit("variant_insert", [lit("$.c.d"), .literal(.integer(3))]) == .string(#"{"a":1,"arr":["x","y"],"c":{"d":3}}"#))
        #expect(try edit("variant_insert", [lit("$.arr[1]"), lit("z")]) == .string(#"{"a":1,"arr":["x","z","y"]}"#))
        #expect(try edit("variant_insert", [lit("$.arr[5]"), lit("z")]) == .string(#"{"a":1,"arr":["x","y",null,null,null,"z"]}"#))
        #expect(try edit("try_variant_insert", [lit("$.a"), .literal(.integer(2))]) == .null)
        #expect(try edit("try_variant_insert", [lit("$.a.b"), .literal(.integer(2))]) == .null)
        #expect(throws: SparkError.self) { try edit("variant_insert", [lit("$.a"), .literal(.integer(2))]) }
        #expect(try edit("variant_set", [lit("$.a"), .literal(.integer(9))]) == .string(#"{"a":9,"arr":["x","y"]}"#))
        #expect(try edit("variant_set", [lit("$.b"), .literal(.integer(2)), .literal(.boolean(false))]) == .string(#"{"a":1,"arr":["x","y"]}"#))
        #expect(try edit("variant_set", [lit("$.a"), parse("null")]) == .string(#"{"a":null,"arr":["x","y"]}"#))
        #expect(try edit("variant_delete", [.literal(.null), lit("$.a"), lit("$.arr[0]")]) == .string(#"{"arr":["y"]}"#))
        #expect(try edit("variant_array_append", [lit("$.arr"), .literal(.integer(3))]) == .string(#"{"a":1,"arr":["x","y",3]}"#))
        #expect(try edit("try_variant_array_append", [lit("$.a"), .literal(.integer(3))]) == .null)
        let nulls = parse(#"{ "a" : 1, "b" : null, "c" : [1, null], "d" : { "e" : null, "f" : 4 } }"#)
        #expect(try json(.function("variant_strip_nulls", [nulls])) == .string(#"{"a":1,"c":[1],"d":{"f":4}}"#))
        #expect(try json(.function("variant_strip_nulls", [nulls, .literal(.boolean(false))])) == .string(#"{"a":1,"c":[1,null],"d":{"f":4}}"#))
    }

    @Test func toVariantObject() throws {
        let s = Expression.function("named_struct", [lit("a"), .literal(.integer(1)), lit("b"), lit("x")])
        guard case .variant(let v) = try eval(.function("to_variant_object", [s])) else { Issue.record(); return }
        // The bytes Spark writes for `to_variant_object(named_struct('a', 1, 'b', 'x'))`.
        #expect(v.value == [0x02, 0x02, 0x00, 0x01, 0x00, 0x02, 0x04, 0x0c, 0x01, 0x05, 0x78])
        #expect(v.metadata == [0x01, 0x02, 0x00, 0x01, 0x02, 0x61, 0x62])
    }
}

extension VariantFunctionsTests {
    /// The bytes PySpark 4.3 collects for `parse_json('{"b":1.50,"a":[1e3, 2.0, null, "s", true]}')`.
    @Test func encodesAsSparkCollects() throws {
        guard case .variant(let v) = try eval(parse(#"{"b":1.50,"a":[1e3, 2.0, null, "s", true]}"#)) else { Issue.record(); return }
        #expect(v.value == [0x02, 0x02, 0x01, 0x00, 0x06, 0x00, 0x21, 0x20, 0x02, 0x96, 0x00, 0x00, 0x00, 0x03, 0x05, 0x00,
                            0x09, 0x0f, 0x10, 0x12, 0x13, 0x1c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x8f, 0x40, 0x20, 0x01,
                            0x14, 0x00, 0x00, 0x00, 0x00, 0x05, 0x73, 0x04])
        #expect(v.metadata == [0x01, 0x02, 0x00, 0x01, 0x02, 0x62, 0x61])
    }
}

extension VariantFunctionsTests {
    /// `CAST(parse_json('"abc"') AS STRING)` is `abc`; `CAST(parse_json('"abc"') AS INT)` Spark's variant cast error.
    @Test func castsReadAsVariantGet() throws {
        #expect(try eval(.cast(parse(#""abc""#), .string)) == .string("abc"))
        #expect(try eval(.cast(parse("12"), .integer)) == .integer(12))
        #expect(throws: SparkError.self) { try eval(.cast(parse(#""abc""#), .integer)) }
    }
}
