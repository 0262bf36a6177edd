import Testing
@testable import SparkbookEngine

/// Files laid out byte for byte as Spark 4.3's XML writer lays them out (recorded from PySpark).
struct XMLRecordEncoderTests {
    @Test func rowsAttributesTextAndArraysAsSparkWritesThem() {
        let encoder = XMLRecordEncoder(rowTag: "book", rootTag: "books")
        let names = ["_id", "info", "note", "price", "tag", "title"]
        let rows: [(names: [String], values: [Value])] = [
            (names, [.string("bk101"), .structure(names: ["ok", "pages"], values: [.boolean(true), .long(100)]),
                     .structure(names: ["_VALUE", "_kind"], values: [.string("hello & bye"), .string("x\"")]), .double(5),
                     .array([.string("a"), .string("b")]), .string("Midnight <Rain>")]),
            (["a", "_VALUE"], [.null, .null]),
        ]
        #expect(encoder.document(rows) == """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <books>
            <book id="bk101">
                <info>
                    <ok>true</ok>
                    <pages>100</pages>
                </info>
                <note kind="x&quot;">hello &amp; bye</note>
                <price>5.0</price>
                <tag>a</tag>
                <tag>b</tag>
                <title>Midnight &lt;Rain></title>
            </book>
            <book/>
        </books>
        """)
    }

    @Test func textBesideChildrenFollowsTheStartTag() {
        let encoder = XMLRecordEncoder(rowTag: "r")
        #expect(encoder.document([(["_VALUE", "_a", "x"], [.string("hello"), .string("x"), .double(7)])]) == """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <ROWS>
            <r a="x">hello
                <x>7.0</x>
            </r>
        </ROWS>
        """)
    }
}
