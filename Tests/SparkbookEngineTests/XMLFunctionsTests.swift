import Testing
@testable import SparkbookEngine

/// Values from PySpark 4.3.0's `schema_of_xml`, `from_xml` and `to_xml` docstrings.
@Suite struct XMLFunctionsTests {
    func eval(_ e: Expression) throws -> Value { try FunctionTestSupport.evaluate(e, StructType([]), []) }
    func lit(_ s: String) -> Expression { .literal(.string(s)) }

    @Test func infersSchemas() throws {
        func schema(_ xml: String, _ options: String? = nil) throws -> Value {
            try eval(.function("schema_of_xml", [lit(xml)] + (options.map { [lit($0)] } ?? [])))
        }
        #expect(try schema("<p><a>1</a></p>") == .string("STRUCT<a: BIGINT>"))
        #expect(try schema("<p><a>1</a><a>2</a></p>") == .string("STRUCT<a: ARRAY<BIGINT>>"))
        #expect(try schema(#"<p><a attr="2">1</a></p>"#, "excludeAttribute=true") == .string("STRUCT<a: BIGINT>"))
        #expect(try schema("<root><person><name>Alice</name><age>30</age></person></root>")
                == .string("STRUCT<person: STRUCT<age: BIGINT, name: STRING>>"))
        #expect(try schema("<data><values><value>1</value><value>2</value></values></data>")
                == .string("STRUCT<values: STRUCT<value: ARRAY<BIGINT>>>"))
    }

    @Test func readsAndWrites() throws {
        #expect(try eval(.function("from_xml", [lit("<p><a>1</a><a>2</a></p>"), lit("STRUCT<a: ARRAY<BIGINT>>")]))
                == .structure(names: ["a"], values: [.array([.long(1), .long(2)])]))
        let row = Expression.function("named_struct", [lit("age"), .literal(.long(2)), lit("name"), lit("Alice")])
        #expect(try eval(.function("to_xml", [row, lit("rowTag=person")]))
                == .string("<person>\n    <age>2</age>\n    <name>Alice</name>\n</person>"))
    }
}
