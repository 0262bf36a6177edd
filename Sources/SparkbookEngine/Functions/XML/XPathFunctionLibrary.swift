import Foundation

/// XPath 1.0's core function library (node-set, string, boolean and number functions), as `javax.xml.xpath`
/// evaluates them; an unknown function is an invalid expression.
extension XPathExpression {
    static func call(_ name: String, _ arguments: [XPathExpression], _ tree: XMLTree, _ context: Context) throws -> Result {
        func value(_ i: Int) throws -> Result { try arguments[i].evaluate(tree, context) }
        /// The argument as a string, or the context node's string value when left out.
        func text(_ i: Int) throws -> String {
            i < arguments.count ? string(try value(i), tree) : tree.stringValue(context.node)
        }
        func nodes(_ i: Int) throws -> [Int] {
            guard case .nodes(let n) = try value(i) else { throw Invalid() }
            return n
        }
        func need(_ range: ClosedRange<Int>) throws { guard range.contains(arguments.count) else { throw Invalid() } }
        switch name {
        case "last": try need(0...0); return .number(Double(context.size))
        case "position": try need(0...0); return .number(Double(context.position))
        case "count": try need(1...1); return .number(Double(try nodes(0).count))
        case "sum": try need(1...1); return .number(try nodes(0).reduce(0) { $0 + numberOf(tree.stringValue($1)) })
        case "name", "local-name":
            try need(0...1)
            let node = arguments.isEmpty ? context.node : try nodes(0).first
            guard let node else { return .string("") }
            let full = tree.nodes[node].name
            return .string(name == "name" ? full : String(full.split(separator: ":").last ?? ""))
        case "string": try need(0...1); return .string(try text(0))
        case "concat":
            guard arguments.count >= 2 else { throw Invalid() }
            return .string(try arguments.indices.map { string(try value($0), tree) }.joined())
        case "starts-with": try need(2...2); return .boolean(try text(0).hasPrefix(try text(1)))
        case "contains":
            try need(2...2)
            let needle = try text(1)
            let haystack = try text(0)
            return .boolean(needle.isEmpty || haystack.contains(needle))
        case "substring-before", "substring-after":
            try need(2...2)
            let s = try text(0), t = try text(1)
            guard let r = s.range(of: t) else { return .string("") }
            return .string(name == "substring-before" ? String(s[..<r.lowerBound]) : String(s[r.upperBound...]))
        case "substring":
            try need(2...3)
            let s = Array(try text(0))
            let start = (number(try value(1), tree)).rounded(.toNearestOrAwayFromZero)
            let end = arguments.count == 3 ? start + number(try value(2), tree).rounded(.toNearestOrAwayFromZero) : .infinity
            let kept = s.indices.filter { Double($0 + 1) >= start && Double($0 + 1) < end }
            return .string(String(kept.map { s[$0] }))
        case "string-length": try need(0...1); return .number(Double(try text(0).count))
        case "normalize-space":
            try need(0...1)
            return .string(try text(0).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " "))
        case "translate":
            try need(3...3)
            let from = Array(try text(1)), to = Array(try text(2))
            return .string(String(try text(0).compactMap { c -> Character? in
                guard let i = from.firstIndex(of: c) else { return c }
                return i < to.count ? to[i] : nil
            }))
        case "boolean": try need(1...1); return .boolean(boolean(try value(0)))
        case "not": try need(1...1); return .boolean(!boolean(try value(0)))
        case "true": try need(0...0); return .boolean(true)
        case "false": try need(0...0); return .boolean(false)
        case "number":
            try need(0...1)
            return .number(arguments.isEmpty ? numberOf(tree.stringValue(context.node)) : number(try value(0), tree))
        case "floor": try need(1...1); return .number(Foundation.floor(number(try value(0), tree)))
        case "ceiling": try need(1...1); return .number(Foundation.ceil(number(try value(0), tree)))
        case "round": try need(1...1); return .number(Foundation.floor(number(try value(0), tree) + 0.5))
        default: throw Invalid()
        }
    }
}
