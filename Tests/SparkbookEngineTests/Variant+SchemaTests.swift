import Testing
@testable import SparkbookEngine

@Suite struct VariantSchemaTests {
    /// `schema_of_variant(parse_json(...))` as PySpark 4.3 prints it.
    @Test func namesTypesAsSpark() throws {
        #expect(try VariantJSONParser.parse(VariantTests.sample).schema.text
                == "OBJECT<a: OBJECT<w: BIGINT, x: BIGINT, y: DOUBLE, z: BIGINT>, b: ARRAY<VARIANT>, c: DECIMAL(23,0), d: STRING, e: DECIMAL(1,1), f: DECIMAL(1,0)>")
        let cases = [("1", "BIGINT"), ("1.50", "DECIMAL(2,1)"), ("\"s\"", "STRING"), ("null", "VOID"), ("[]", "ARRAY<VOID>"),
                     ("[1, \"a\"]", "ARRAY<VARIANT>"), ("[1, 2.5]", "ARRAY<DECIMAL(21,1)>"), ("1e3", "DOUBLE"),
                     ("true", "BOOLEAN"), (#"{ "a" : 1 }"#, "OBJECT<a: BIGINT>")]
        for (text, schema) in cases { #expect(try VariantJSONParser.parse(text).schema.text == schema) }
    }
}
