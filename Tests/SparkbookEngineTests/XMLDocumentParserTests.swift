import Testing
@testable import SparkbookEngine

/// Records are the `rowTag` elements wherever they sit, with attributes, text, CDATA and entities as written.
struct XMLDocumentParserTests {
    @Test func recordsAreTheRowTagElementsInDocumentOrder() throws {
        let text = """
        <?xml version="1.0"?><!DOCTYPE x [<!ELEMENT x ANY>]><!-- c -->
        <root><group><r id="1">a</r></group><r id='2'/><other><r>b &amp; &lt;c&gt; &#65;&#x42;</r></other></root>
        """
        let records = try XMLDocumentParser.records(Array(text.utf8), rowTag: "r")
        #expect(records.map(\.text) == ["a", "", "b & <c> AB"])
        #expect(records[0].attributes.map(\.value) == ["1"])
        #expect(records[1].attributes.map(\.name) == ["id"])
    }

    @Test func childrenKeepTheirTextAndTheSourceBetweenTags() throws {
        let records = try XMLDocumentParser.records(Array("<r>x<c><![CDATA[<raw>]]></c><c/>y<d><e>1</e></d></r>".utf8), rowTag: "r")
        let r = try #require(records.first)
        #expect(r.text == "xy")
        #expect(r.children.map(\.name) == ["c", "c", "d"])
        #expect(r.children[0].text == "<raw>")
        #expect(r.children[2].inner == "<e>1</e>")
    }

    @Test func aMismatchedEndTagIsAnError() {
        #expect(throws: XMLParseError.self) { try XMLDocumentParser.records(Array("<r><a></b></r>".utf8), rowTag: "r") }
        #expect(throws: XMLParseError.self) { try XMLDocumentParser.records(Array("<r><a>".utf8), rowTag: "r") }
    }
}
