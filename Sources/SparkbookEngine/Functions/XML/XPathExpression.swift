import Foundation

/// An XPath 1.0 expression over an `XMLTree`, as Java's `javax.xml.xpath` evaluates those Spark's `xpath`
/// functions pass: location paths (the child, attribute, self, parent, descendant and ancestor axes, `//`, `*`,
/// `text()`, `node()`, predicates), unions, arithmetic, comparisons, `and`/`or`, and the core function library
/// but for the id and language ones. What it cannot parse is Spark's "Invalid XPath" error, never a wrong answer.
indirect enum XPathExpression {
    case number(Double)
    case literal(String)
    case path(start: XPathExpression?, absolute: Bool, steps: [Step])
    case union(XPathExpression, XPathExpression)
    case filter(XPathExpression, [XPathExpression])
    case binary(String, XPathExpression, XPathExpression)
    case negate(XPathExpression)
    case call(String, [XPathExpression])

    enum Axis: String { case child, attribute, descendant, descendantOrSelf = "descendant-or-self", `self`, parent,
                        ancestor, ancestorOrSelf = "ancestor-or-self", followingSibling = "following-sibling",
                        precedingSibling = "preceding-sibling" }
    enum Test { case name(String), any, text, node }
    struct Step { let axis: Axis; let test: Test; let predicates: [XPathExpression] }

    /// An XPath value: a node-set (indices in document order), a number, a string or a boolean.
    enum Result {
        case nodes([Int]), number(Double), string(String), boolean(Bool)
    }

    struct Invalid: Error {}

    // MARK: Parsing

    static func parse(_ text: String) throws -> XPathExpression {
        var parser = Parser(tokens: try tokenize(text))
        let expression = try parser.expression()
        guard parser.index == parser.tokens.count else { throw Invalid() }
        return expression
    }

    enum Token: Equatable { case name(String), number(Double), literal(String), symbol(String) }

    static func tokenize(_ text: String) throws -> [Token] {
        let chars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c == "_" }
        func isNameChar(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) || c == "-" || c == "." }
        /// Whether a `*` or a name here is an operator: after anything that ends an operand (XPath 1.0, 3.7).
        func operatorContext() -> Bool {
            guard let last = tokens.last else { return false }
            if case .symbol(let s) = last { return [")", "]", ".", "..", "*"].contains(s) }
            return true
        }
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            if c == "\"" || c == "'" {
                guard let end = chars[(i + 1)...].firstIndex(of: c) else { throw Invalid() }
                tokens.append(.literal(String(String.UnicodeScalarView(chars[(i + 1)..<end]))))
                i = end + 1
                continue
            }
            if ("0"..."9").contains(c) || (c == "." && i + 1 < chars.count && ("0"..."9").contains(chars[i + 1])) {
                var j = i
                while j < chars.count, ("0"..."9").contains(chars[j]) || chars[j] == "." { j += 1 }
                guard let v = Double(String(String.UnicodeScalarView(chars[i..<j]))) else { throw Invalid() }
                tokens.append(.number(v))
                i = j
                continue
            }
            if isNameStart(c) {
                var j = i
                while j < chars.count, isNameChar(chars[j]) || (chars[j] == ":" && j + 1 < chars.count && chars[j + 1] != ":") { j += 1 }
                let name = String(String.UnicodeScalarView(chars[i..<j]))
                tokens.append(operatorContext() && ["and", "or", "div", "mod"].contains(name) ? .symbol(name) : .name(name))
                i = j
                continue
            }
            let two = i + 1 < chars.count ? String(String.UnicodeScalarView(chars[i...(i + 1)])) : ""
            if ["//", "::", "..", "!=", "<=", ">="].contains(two) { tokens.append(.symbol(two)); i += 2; continue }
            guard "/()[]@,|+-=<>*.$".unicodeScalars.contains(c) else { throw Invalid() }
            tokens.append(c == "*" && operatorContext() ? .symbol("mul") : .symbol(String(c)))
            i += 1
        }
        return tokens
    }

    struct Parser {
        let tokens: [Token]
        var index = 0

        var current: Token? { index < tokens.count ? tokens[index] : nil }
        func isSymbol(_ s: String) -> Bool { current == .symbol(s) }

        mutating func expect(_ s: String) throws {
            guard isSymbol(s) else { throw Invalid() }
            index += 1
        }

        mutating func expression() throws -> XPathExpression { try binaryLevel(0) }

        static let levels: [[String]] = [["or"], ["and"], ["=", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["mul", "div", "mod"]]

        mutating func binaryLevel(_ level: Int) throws -> XPathExpression {
            guard level < Self.levels.count else { return try unary() }
            var left = try binaryLevel(level + 1)
            while case .symbol(let s)? = current, Self.levels[level].contains(s) {
                index += 1
                left = .binary(s, left, try binaryLevel(level + 1))
            }
            return left
        }

        mutating func unary() throws -> XPathExpression {
            if isSymbol("-") { index += 1; return .negate(try unary()) }
            var left = try pathExpression()
            while isSymbol("|") { index += 1; left = .union(left, try pathExpression()) }
            return left
        }

        mutating func pathExpression() throws -> XPathExpression {
            switch current {
            case .number(let v)?: index += 1; return try filterRest(.number(v))
            case .literal(let s)?: index += 1; return try filterRest(.literal(s))
            case .symbol("(")?:
                index += 1
                let inner = try expression()
                try expect(")")
                return try filterRest(inner)
            case .name(let n)? where index + 1 < tokens.count && tokens[index + 1] == .symbol("(")
                && !["text", "node", "comment", "processing-instruction"].contains(n):
                index += 2
                var arguments: [XPathExpression] = []
                if !isSymbol(")") {
                    arguments.append(try expression())
                    while isSymbol(",") { index += 1; arguments.append(try expression()) }
                }
                try expect(")")
                return try filterRest(.call(n, arguments))
            default:
                return try locationPath(start: nil)
            }
        }

        /// Predicates after a primary expression, then an optional relative path from its nodes.
        mutating func filterRest(_ primary: XPathExpression) throws -> XPathExpression {
            var predicates: [XPathExpression] = []
            while isSymbol("[") { index += 1; predicates.append(try expression()); try expect("]") }
            let base = predicates.isEmpty ? primary : .filter(primary, predicates)
            guard isSymbol("/") || isSymbol("//") else { return base }
            return try locationPath(start: base)
        }

        mutating func locationPath(start: XPathExpression?) throws -> XPathExpression {
            var steps: [Step] = []
            var absolute = false
            if start == nil, isSymbol("/") {
                absolute = true
                index += 1
                guard startsStep else { return .path(start: nil, absolute: true, steps: []) }
            } else if start == nil, isSymbol("//") {
                absolute = true
                index += 1
                steps.append(Step(axis: .descendantOrSelf, test: .node, predicates: []))
            } else if start != nil {
                if isSymbol("//") { steps.append(Step(axis: .descendantOrSelf, test: .node, predicates: [])) }
                index += 1
            }
            steps.append(try step())
            while isSymbol("/") || isSymbol("//") {
                if isSymbol("//") { steps.append(Step(axis: .descendantOrSelf, test: .node, predicates: [])) }
                index += 1
                steps.append(try step())
            }
            return .path(start: start, absolute: absolute, steps: steps)
        }

        var startsStep: Bool {
            switch current {
            case .name?: true
            case .symbol(let s)?: ["@", ".", "..", "*", "mul"].contains(s)
            default: false
            }
        }

        mutating func step() throws -> Step {
            if isSymbol(".") { index += 1; return Step(axis: .self, test: .node, predicates: []) }
            if isSymbol("..") { index += 1; return Step(axis: .parent, test: .node, predicates: []) }
            var axis = Axis.child
            if isSymbol("@") {
                index += 1
                axis = .attribute
            } else if case .name(let n)? = current, index + 1 < tokens.count, tokens[index + 1] == .symbol("::") {
                guard let named = Axis(rawValue: n) else { throw Invalid() }
                axis = named
                index += 2
            }
            let test: Test
            switch current {
            case .symbol("*")?, .symbol("mul")?: index += 1; test = .any
            case .name(let n)?:
                index += 1
                if isSymbol("(") {
                    index += 1
                    try expect(")")
                    switch n {
                    case "text": test = .text
                    case "node": test = .node
                    default: throw Invalid()
                    }
                } else {
                    test = .name(n)
                }
            default: throw Invalid()
            }
            var predicates: [XPathExpression] = []
            while isSymbol("[") { index += 1; predicates.append(try expression()); try expect("]") }
            return Step(axis: axis, test: test, predicates: predicates)
        }
    }

    // MARK: Evaluation

    struct Context { let node: Int; let position: Int; let size: Int }

    func evaluate(_ tree: XMLTree, _ context: Context) throws -> Result {
        switch self {
        case .number(let v): return .number(v)
        case .literal(let s): return .string(s)
        case .negate(let e): return .number(-Self.number(try e.evaluate(tree, context), tree))
        case .union(let a, let b):
            guard case .nodes(let x) = try a.evaluate(tree, context), case .nodes(let y) = try b.evaluate(tree, context) else {
                throw Invalid()
            }
            return .nodes(Array(Set(x).union(y)).sorted())
        case .filter(let primary, let predicates):
            guard case .nodes(var nodes) = try primary.evaluate(tree, context) else { throw Invalid() }
            for predicate in predicates { nodes = try Self.filter(nodes, predicate, tree) }
            return .nodes(nodes)
        case .path(let start, let absolute, let steps):
            var nodes: [Int]
            if let start {
                guard case .nodes(let n) = try start.evaluate(tree, context) else { throw Invalid() }
                nodes = n
            } else {
                nodes = [absolute ? 0 : context.node]
            }
            for step in steps {
                var next = Set<Int>()
                for node in nodes {
                    let candidates = Self.axis(step.axis, from: node, tree).filter { Self.matches(step, $0, tree) }
                    var kept = candidates
                    for predicate in step.predicates { kept = try Self.filter(kept, predicate, tree) }
                    next.formUnion(kept)
                }
                nodes = next.sorted()
            }
            return .nodes(nodes)
        case .binary(let op, let a, let b):
            switch op {
            case "or":
                if Self.boolean(try a.evaluate(tree, context)) { return .boolean(true) }
                return .boolean(Self.boolean(try b.evaluate(tree, context)))
            case "and":
                if !Self.boolean(try a.evaluate(tree, context)) { return .boolean(false) }
                return .boolean(Self.boolean(try b.evaluate(tree, context)))
            case "=", "!=", "<", ">", "<=", ">=":
                return .boolean(Self.compare(op, try a.evaluate(tree, context), try b.evaluate(tree, context), tree))
            default:
                let x = Self.number(try a.evaluate(tree, context), tree), y = Self.number(try b.evaluate(tree, context), tree)
                switch op {
                case "+": return .number(x + y)
                case "-": return .number(x - y)
                case "mul": return .number(x * y)
                case "div": return .number(x / y)
                default: return .number(fmod(x, y))
                }
            }
        case .call(let name, let arguments):
            return try XPathExpression.call(name, arguments, tree, context)
        }
    }

    /// The nodes a predicate keeps: a number selects that position, anything else its boolean value.
    static func filter(_ nodes: [Int], _ predicate: XPathExpression, _ tree: XMLTree) throws -> [Int] {
        var kept: [Int] = []
        for (i, node) in nodes.enumerated() {
            let value = try predicate.evaluate(tree, Context(node: node, position: i + 1, size: nodes.count))
            if case .number(let n) = value { if n == Double(i + 1) { kept.append(node) } }
            else if boolean(value) { kept.append(node) }
        }
        return kept
    }

    static func axis(_ axis: Axis, from node: Int, _ tree: XMLTree) -> [Int] {
        let n = tree.nodes[node]
        func descendants(_ i: Int) -> [Int] { tree.nodes[i].children.flatMap { [$0] + descendants($0) } }
        func ancestors(_ i: Int) -> [Int] {
            var out: [Int] = []
            var p = tree.nodes[i].parent
            while p >= 0 { out.append(p); p = tree.nodes[p].parent }
            return out.reversed()
        }
        let siblings = n.kind == .attribute || n.parent < 0 ? [] : tree.nodes[n.parent].children
        switch axis {
        case .child: return n.children
        case .attribute: return n.attributes
        case .self: return [node]
        case .parent: return n.parent >= 0 ? [n.parent] : []
        case .descendant: return descendants(node)
        case .descendantOrSelf: return [node] + descendants(node)
        case .ancestor: return ancestors(node)
        case .ancestorOrSelf: return ancestors(node) + [node]
        case .followingSibling: return Array(siblings.drop(while: { $0 != node }).dropFirst())
        case .precedingSibling: return Array(siblings.prefix(while: { $0 != node }))
        }
    }

    static func matches(_ step: Step, _ node: Int, _ tree: XMLTree) -> Bool {
        let n = tree.nodes[node]
        let principal: XMLTree.Kind = step.axis == .attribute ? .attribute : .element
        switch step.test {
        case .node: return true
        case .text: return n.kind == .text
        case .any: return n.kind == principal
        case .name(let name): return n.kind == principal && n.name == name
        }
    }

    // MARK: Conversions (XPath 1.0's `string`, `number`, `boolean`)

    static func string(_ value: Result, _ tree: XMLTree) -> String {
        switch value {
        case .nodes(let nodes): return nodes.first.map(tree.stringValue) ?? ""
        case .string(let s): return s
        case .boolean(let b): return b ? "true" : "false"
        case .number(let v): return numberText(v)
        }
    }

    static func numberText(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "Infinity" : "-Infinity" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    static func number(_ value: Result, _ tree: XMLTree) -> Double {
        switch value {
        case .number(let v): return v
        case .boolean(let b): return b ? 1 : 0
        default: return numberOf(string(value, tree))
        }
    }

    /// XPath's `number(string)`: optional whitespace, an optional minus, digits with an optional point; else NaN.
    static func numberOf(_ text: String) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var body = Substring(trimmed)
        if body.hasPrefix("-") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              body.filter({ $0 == "." }).count <= 1, body != "." else { return .nan }
        return Double(trimmed.hasPrefix("-") ? "-" + body : String(body)).map { $0 } ?? .nan
    }

    static func boolean(_ value: Result) -> Bool {
        switch value {
        case .nodes(let nodes): return !nodes.isEmpty
        case .boolean(let b): return b
        case .number(let v): return v != 0 && !v.isNaN
        case .string(let s): return !s.isEmpty
        }
    }

    static func compare(_ op: String, _ a: Result, _ b: Result, _ tree: XMLTree) -> Bool {
        // A node-set compares through each of its nodes' string values.
        if case .nodes(let x) = a {
            if case .boolean = b { return compareAtoms(op, .boolean(boolean(a)), b, tree) }
            return x.contains { compare(op, .string(tree.stringValue($0)), b, tree) }
        }
        if case .nodes(let y) = b {
            if case .boolean = a { return compareAtoms(op, a, .boolean(boolean(b)), tree) }
            return y.contains { compare(op, a, .string(tree.stringValue($0)), tree) }
        }
        return compareAtoms(op, a, b, tree)
    }

    static func compareAtoms(_ op: String, _ a: Result, _ b: Result, _ tree: XMLTree) -> Bool {
        if op == "=" || op == "!=" {
            let equal: Bool
            switch (a, b) {
            case (.boolean, _), (_, .boolean): equal = boolean(a) == boolean(b)
            case (.number, _), (_, .number): equal = number(a, tree) == number(b, tree)
            default: equal = string(a, tree) == string(b, tree)
            }
            return op == "=" ? equal : !equal
        }
        let x = number(a, tree), y = number(b, tree)
        switch op {
        case "<": return x < y
        case ">": return x > y
        case "<=": return x <= y
        default: return x >= y
        }
    }
}
