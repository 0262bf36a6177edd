/// Spark's tree layout for plan strings: `+- ` before a last child, `:- ` before the others (a join's left, a
/// union's first children), and `:  ` continuing the line of a child that has siblings below it.
enum PlanTreeText {
    /// `lines(node)` are the node's own lines (more than one: a chain, each the only child of the one before,
    /// as `GlobalLimit` over `LocalLimit`); `children(node)` are drawn below the last of them.
    static func render<Node>(_ root: Node, lines: (Node) -> [String], children: (Node) -> [Node]) -> String {
        var out: [String] = []
        func walk(_ node: Node, _ indent: String, _ marker: String) {
            var indent = indent, marker = marker
            let own = lines(node)
            for (i, line) in own.enumerated() {
                out.append(indent + marker + line)
                if i < own.count - 1 {
                    indent += marker == ":- " ? ":  " : marker.isEmpty ? "" : "   "
                    marker = "+- "
                }
            }
            let below = indent + (marker == ":- " ? ":  " : marker.isEmpty ? "" : "   ")
            let kids = children(node)
            for (i, child) in kids.enumerated() { walk(child, below, i == kids.count - 1 ? "+- " : ":- ") }
        }
        walk(root, "", "")
        return out.joined(separator: "\n")
    }
}
