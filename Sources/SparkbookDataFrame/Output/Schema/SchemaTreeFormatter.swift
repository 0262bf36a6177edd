/// `StructType.treeString` of Spark 4: the text `df.printSchema()` prints (PySpark's `print` adds one newline).
///
/// ```
/// root
///  |-- event_id: integer (nullable = true)
///  |-- tags: array (nullable = true)
///  |    |-- element: string (containsNull = true)
/// ```
public enum SchemaTreeFormatter {
    /// - Parameter level: how many levels of nesting to print (`printSchema(level)`); nil or <= 0 prints all.
    public static func format(_ fields: [SchemaNode], level: Int? = nil) -> String {
        let maxDepth = (level ?? 0) > 0 ? level! : Int.max
        var text = "root\n"
        for field in fields {
            appendField(field, prefix: " |", depth: maxDepth, to: &text)
        }
        return text
    }

    private static func appendField(_ field: SchemaNode, prefix: String, depth: Int, to text: inout String) {
        guard depth > 0 else { return }
        let name = SparkTextWidth.escapeMetaCharacters(field.name)
        text += "\(prefix)-- \(name): \(field.type.typeName) (nullable = \(field.nullable))\n"
        appendChildren(of: field.type, prefix: prefix + "    |", depth: depth, to: &text)
    }

    private static func appendChildren(of type: SchemaNodeType, prefix: String, depth: Int, to text: inout String) {
        switch type {
        case .primitive:
            return
        case .array(let element, let containsNull):
            guard depth > 1 else { return }
            text += "\(prefix)-- element: \(element.typeName) (containsNull = \(containsNull))\n"
            appendChildren(of: element, prefix: prefix + "    |", depth: depth - 1, to: &text)
        case .map(let key, let value, let valueContainsNull):
            guard depth > 1 else { return }
            text += "\(prefix)-- key: \(key.typeName)\n"
            appendChildren(of: key, prefix: prefix + "    |", depth: depth - 1, to: &text)
            text += "\(prefix)-- value: \(value.typeName) (valueContainsNull = \(valueContainsNull))\n"
            appendChildren(of: value, prefix: prefix + "    |", depth: depth - 1, to: &text)
        case .structure(let fields):
            for field in fields {
                appendField(field, prefix: prefix, depth: depth - 1, to: &text)
            }
        }
    }
}
