import Foundation
import Testing
@testable import SparkbookEngine

/// Schemas as Spark 4's XML source infers them (recorded from PySpark 4.3), and rows read against them.
struct XMLSchemaInferenceTests {
    let utc = TimeZone(identifier: "UTC")!

    func read(_ text: String, schema: StructType? = nil, options: XMLOptions = .init()) throws -> (StructType, [[Value]]) {
        try XMLDataSource.read([Array(text.utf8)], rowTag: "r", options: options, userSchema: schema, sessionZone: utc)
    }

    @Test func attributesChildrenAndTextBecomeSortedFields() throws {
        let (schema, rows) = try read("""
        <rows><r a="1"><x>1</x><y/><t>2000-10-01</t><n k="v">hi</n><tag>a</tag><tag>b</tag></r>
        <r><x>2.5</x><y>text</y><t>2021-01-01T10:00:00</t><n>plain</n><b>true</b></r></rows>
        """)
        #expect(schema.names == ["_a", "b", "n", "t", "tag", "x", "y"])
        #expect(schema.fields.map(\.dataType) == [.long, .boolean,
                                                  .structure(StructType([StructField("_VALUE", .string), StructField("_k", .string)])),
                                                  .timestamp, .array(element: .string, containsNull: true), .double, .string])
        #expect(rows[0][0] == .long(1))
        #expect(rows[0][2] == .structure(names: ["_VALUE", "_k"], values: [.string("hi"), .string("v")]))
        #expect(rows[0][4] == .array([.string("a"), .string("b")]))
        #expect(rows[0][6] == .string(""))
        #expect(rows[1][4] == .null)
        #expect(rows[1][5] == .double(2.5))
    }

    @Test func aStructMetWhereOthersHaveAValueIsItsSourceText() throws {
        let (schema, rows) = try read("<rows><r><z>2</z></r><r><z><q>1</q></z></r></rows>")
        #expect(schema.fields.map(\.dataType) == [.string])
        #expect(rows.map { $0[0] } == [.string("2"), .string("<q>1</q>")])
    }

    @Test func aUserSchemaReadsWhatConvertsAndNullsTheRest() throws {
        let schema = StructType([StructField("age", .integer), StructField("_a", .long)])
        let (_, rows) = try read("<r a='7'><age> 25 </age></r><r><age>x</age></r>", schema: schema)
        #expect(rows == [[.integer(25), .long(7)], [.null, .null]])
    }
}
