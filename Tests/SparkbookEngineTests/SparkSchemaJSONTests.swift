import Testing
@testable import SparkbookEngine

/// Spark's schema JSON, as Parquet footers and Delta logs keep it: written as Spark writes it, read back exactly.
struct SparkSchemaJSONTests {
    @Test func nestedTypesRoundTrip() throws {
        let schema = StructType([
            StructField("id", .long, nullable: false),
            StructField("price", .decimal(precision: 10, scale: 2)),
            StructField("tags", .array(element: .string, containsNull: false)),
            StructField("attrs", .map(key: .string, value: .integer, valueContainsNull: true)),
            StructField("who", .structure(StructType([StructField("na\"me", .string)]))),
        ])
        let text = SparkSchemaJSON.text(schema)
        #expect(text.hasPrefix(#"{"type":"struct","fields":[{"name":"id","type":"long","nullable":false,"metadata":{}},{"name":"price","type":"decimal(10,2)""#))
        #expect(text.contains(#"{"type":"array","elementType":"string","containsNull":false}"#))
        #expect(text.contains(#""na\"me""#))
        #expect(SparkSchemaJSON.schema(text) == schema)
    }

    @Test func somethingElseIsNotASchema() {
        #expect(SparkSchemaJSON.schema(#"{"type":"array","elementType":"string"}"#) == nil)
        #expect(SparkSchemaJSON.schema("not json") == nil)
    }
}
