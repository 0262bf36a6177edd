/// One parsed XML element: its attributes in document order, its child elements, and the text directly inside it
/// (character data and CDATA, entities resolved, comments and processing instructions dropped), which is what
/// Spark's XML source reads of a record.
struct XMLElement: Equatable, Sendable {
    var name: String
    var attributes: [(name: String, value: String)]
    var children: [XMLElement]
    /// The element's own text, its pieces between children joined.
    var text: String
    /// The source between the start and end tags when the element has children: a field typed string reads it
    /// whole (`<q>1</q>`), as Spark does when records disagree on a field's shape.
    var inner: String = ""

    static func == (a: XMLElement, b: XMLElement) -> Bool {
        a.name == b.name && a.children == b.children && a.text == b.text
            && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }
}
