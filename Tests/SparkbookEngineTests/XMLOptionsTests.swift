import Foundation
import Testing
@testable import SparkbookEngine

/// The XML source's options, read and written as PySpark 4.3 does (tests/parity/cases/read_xml_options.py records
/// the same against real Spark).
struct XMLOptionsTests {
    let utc = TimeZone(identifier: "UTC")!
    let document = """
        <shelf><r id="b1"><title>  Spaced  </title><price> 7 </price><note kind="k">a note</note><isbn>n/a</isbn></r>
        <r id="b2"><title>Second</title><price>10.5</price><note>n/a</note><isbn>123</isbn></r></shelf>
        """

    func read(_ options: [String: String]) throws -> (StructType, [[Value]]) {
        try XMLDataSource.read([Array(document.utf8)], rowTag: "r", options: XMLOptions(options), userSchema: nil, sessionZone: utc)
    }

    @Test func keysAreReadInAnyCase() {
        let options = XMLOptions(["ATTRIBUTEPREFIX": "@", "valuetag": "#t", "NullValue": "-", "excludeAttribute": "TRUE"])
        #expect(options.attributePrefix == "@" && options.valueTag == "#t" && options.nullValue == "-" && options.excludeAttribute)
        #expect(XMLOptions([:]) == XMLOptions())
    }

    @Test func prefixValueTagAndNullText() throws {
        let (schema, rows) = try read(["attributePrefix": "@", "valueTag": "#text", "nullValue": "n/a"])
        #expect(schema.names == ["@id", "isbn", "note", "price", "title"])
        #expect(schema.fields[1].dataType == .long)  // "n/a" is null, so the column is typed by 123 alone
        #expect(schema.fields[2].dataType == .structure(StructType([StructField("#text", .string), StructField("@kind", .string)])))
        #expect(rows[0][1] == .null && rows[1][1] == .long(123))
        // A text that is the null text leaves a struct of nulls, not a null struct.
        #expect(rows[1][2] == .structure(names: ["#text", "@kind"], values: [.null, .null]))
    }

    @Test func attributesLeftOutAndEveryValueAString() throws {
        let (schema, rows) = try read(["excludeAttribute": "true", "inferSchema": "false"])
        #expect(schema.names == ["isbn", "note", "price", "title"])
        #expect(schema.fields.allSatisfy { $0.dataType == .string })
        #expect(rows[0][1] == .string("a note") && rows[0][2] == .string("7"))
    }

    @Test func spacesKeptWhenAsked() throws {
        let (schema, rows) = try read(["ignoreSurroundingSpaces": "false"])
        #expect(schema.fields[schema.index(of: "price")!].dataType == .string)
        #expect(rows[0][schema.index(of: "title")!] == .string("  Spaced  "))
    }

    @Test func theWriterUsesTheSameNamesAndWritesNullsAsTheNullText() {
        let options = XMLOptions(["attributePrefix": "@", "valueTag": "#text", "nullValue": "n/a"])
        let encoder = XMLRecordEncoder(rowTag: "book", rootTag: "shelf", options: options)
        let text = encoder.document([(names: ["@id", "@lang", "isbn", "note"],
                                      values: [.string("b2"), .null, .null,
                                               .structure(names: ["#text", "@kind"], values: [.null, .null])])])
        #expect(text == """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <shelf>
                <book id="b2" lang="n/a">
                    <isbn>n/a</isbn>
                    <note kind="n/a">n/a</note>
                </book>
            </shelf>
            """)
    }
}
