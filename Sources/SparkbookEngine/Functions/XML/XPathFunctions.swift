/// Spark's `xpath` family: an XML string and an XPath expression to a node list (`xpath`, each node's DOM value,
/// so an element is null and its text `text()`), a string, a boolean, or a number narrowed as Java narrows a
/// `Double` (`intValue`: NaN is 0, out of range saturates; `shortValue` wraps the `int`). An empty document is
/// null, as Spark's `UDFXPathUtil` returns for it.
enum XPathFunctions {
    enum Output { case nodes, string, boolean, double, float, long, integer, short }

    static let all: [any ScalarFunction] = [
        function("xpath", .nodes, .array(element: .string, containsNull: true)),
        function("xpath_string", .string, .string),
        function("xpath_boolean", .boolean, .boolean),
        function("xpath_number", .double, .double),
        function("xpath_double", .double, .double),
        function("xpath_float", .float, .float),
        function("xpath_long", .long, .long),
        function("xpath_int", .integer, .integer),
        function("xpath_short", .short, .short),
    ]

    static func function(_ name: String, _ output: Output, _ result: DataType) -> RowFunction {
        RowFunction(name, arity: 2...2, signature: Signatures.fixed([.string, .string], result)) { v, _ in
            let xml = v[0].string
            guard !xml.isEmpty else { return .null }
            let tree: XMLTree
            do { tree = try XMLTree(parsing: xml) } catch {
                throw SparkError(.execution, errorClass: "INVALID_XML_DOCUMENT",
                                 message: "Invalid XML document: \(xml)", sqlState: "22023")
            }
            let value: XPathExpression.Result
            do {
                value = try XPathExpression.parse(v[1].string)
                    .evaluate(tree, XPathExpression.Context(node: 0, position: 1, size: 1))
            } catch {
                throw SparkError(.execution, errorClass: "INVALID_XPATH",
                                 message: "Invalid XPath '\(v[1].string)'", sqlState: "22023")
            }
            switch output {
            case .nodes:
                guard case .nodes(let nodes) = value else { return .null }
                return .array(nodes.map { tree.nodeValue($0).map(Value.string) ?? .null })
            case .string: return .string(XPathExpression.string(value, tree))
            case .boolean: return .boolean(XPathExpression.boolean(value))
            case .double: return .double(XPathExpression.number(value, tree))
            case .float: return .float(Float(XPathExpression.number(value, tree)))
            case .long: return .long(javaLong(XPathExpression.number(value, tree)))
            case .integer: return .integer(javaInt(XPathExpression.number(value, tree)))
            case .short: return .short(Int16(truncatingIfNeeded: javaInt(XPathExpression.number(value, tree))))
            }
        }
    }

    /// Java's `(long) d`: NaN is 0, beyond the range the nearest end.
    static func javaLong(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d >= 9.223372036854775807e18 { return .max }
        if d <= -9.223372036854775808e18 { return .min }
        return Int64(d)
    }

    /// Java's `(int) d`.
    static func javaInt(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        return Int32(clamping: javaLong(d.rounded(.towardZero)))
    }
}
