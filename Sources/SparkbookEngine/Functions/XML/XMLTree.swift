/// A parsed XML document as the XPath functions read it: nodes in document order in one array (an element's
/// attributes and children point back by index), so a location step is a walk over indices, not objects.
/// Parses what Spark's `xpath` family meets in practice: elements, attributes, text, CDATA, the five named
/// entities and character references; comments, processing instructions and the declaration are skipped.
struct XMLTree {
    enum Kind: Equatable { case root, element, attribute, text }

    struct Node {
        let kind: Kind
        let name: String
        /// A text node's or an attribute's value.
        var text: String
        let parent: Int
        var children: [Int] = []
        var attributes: [Int] = []
    }

    private(set) var nodes: [Node] = [Node(kind: .root, name: "", text: "", parent: -1)]

    /// Malformed XML (Spark: "Invalid XML document").
    struct Malformed: Error {}

    init(parsing text: String) throws {
        var parser = Parser(bytes: Array(text.utf8))
        try parser.document(into: &self)
    }

    /// The XPath string-value: a text's or attribute's value, an element's (or the root's) descendant text.
    func stringValue(_ index: Int) -> String {
        let node = nodes[index]
        switch node.kind {
        case .text, .attribute: return node.text
        case .element, .root:
            var out = ""
            func collect(_ i: Int) {
                for child in nodes[i].children {
                    if nodes[child].kind == .text { out += nodes[child].text } else { collect(child) }
                }
            }
            collect(index)
            return out
        }
    }

    /// DOM's `getNodeValue`: text and attributes have one, elements none.
    func nodeValue(_ index: Int) -> String? {
        nodes[index].kind == .text || nodes[index].kind == .attribute ? nodes[index].text : nil
    }

    fileprivate mutating func add(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    fileprivate mutating func appendText(_ text: String, to parent: Int) {
        // Adjacent character data (text, references, CDATA) is one text node, as a normalized DOM holds it.
        if let last = nodes[parent].children.last, nodes[last].kind == .text { nodes[last].text += text; return }
        let index = add(Node(kind: .text, name: "", text: text, parent: parent))
        nodes[parent].children.append(index)
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        func starts(with literal: String) -> Bool {
            var i = index
            for b in literal.utf8 {
                guard i < bytes.count, bytes[i] == b else { return false }
                i += 1
            }
            return true
        }

        mutating func skip(past literal: String) throws {
            while index < bytes.count {
                if starts(with: literal) { index += literal.utf8.count; return }
                index += 1
            }
            throw Malformed()
        }

        mutating func skipWhitespace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { index += 1 }
        }

        static func isNameByte(_ c: UInt8) -> Bool {
            c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
        }

        mutating func name() throws -> String {
            let start = index
            while let c = current, Self.isNameByte(c) { index += 1 }
            guard index > start else { throw Malformed() }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Prolog, one root element, then only whitespace, comments and processing instructions.
        mutating func document(into tree: inout XMLTree) throws {
            var rootSeen = false
            while true {
                skipWhitespace()
                guard current != nil else { break }
                if starts(with: "<?") { try skip(past: "?>"); continue }
                if starts(with: "<!--") { try skip(past: "-->"); continue }
                if starts(with: "<!DOCTYPE") { try skip(past: ">"); continue }
                guard !rootSeen, current == UInt8(ascii: "<") else { throw Malformed() }
                try element(parent: 0, into: &tree)
                rootSeen = true
            }
            guard rootSeen else { throw Malformed() }
        }

        mutating func element(parent: Int, into tree: inout XMLTree) throws {
            index += 1
            let tag = try name()
            let me = tree.add(Node(kind: .element, name: tag, text: "", parent: parent))
            tree.nodes[parent].children.append(me)
            while true {
                skipWhitespace()
                if starts(with: "/>") { index += 2; return }
                if current == UInt8(ascii: ">") { index += 1; break }
                let attribute = try name()
                skipWhitespace()
                guard current == UInt8(ascii: "=") else { throw Malformed() }
                index += 1
                skipWhitespace()
                guard let quote = current, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw Malformed() }
                index += 1
                var value = ""
                while let c = current, c != quote {
                    guard c != UInt8(ascii: "<") else { throw Malformed() }
                    value += try characterData(until: quote)
                }
                guard current == quote else { throw Malformed() }
                index += 1
                let a = tree.add(Node(kind: .attribute, name: attribute, text: value, parent: me))
                tree.nodes[me].attributes.append(a)
            }
            // Content up to the matching end tag.
            while true {
                guard let c = current else { throw Malformed() }
                if c == UInt8(ascii: "<") {
                    if starts(with: "</") {
                        index += 2
                        guard try name() == tag else { throw Malformed() }
                        skipWhitespace()
                        guard current == UInt8(ascii: ">") else { throw Malformed() }
                        index += 1
                        return
                    }
                    if starts(with: "<!--") { try skip(past: "-->"); continue }
                    if starts(with: "<?") { try skip(past: "?>"); continue }
                    if starts(with: "<![CDATA[") {
                        index += 9
                        let start = index
                        try skip(past: "]]>")
                        tree.appendText(String(decoding: bytes[start..<(index - 3)], as: UTF8.self), to: me)
                        continue
                    }
                    try element(parent: me, into: &tree)
                } else {
                    tree.appendText(try characterData(until: UInt8(ascii: "<")), to: me)
                }
            }
        }

        /// Text up to `end` (or a markup start), with entity and character references replaced.
        mutating func characterData(until end: UInt8) throws -> String {
            var out: [UInt8] = []
            while let c = current, c != end, c != UInt8(ascii: "<") {
                if c == UInt8(ascii: "&") {
                    index += 1
                    let start = index
                    while let d = current, d != UInt8(ascii: ";") { index += 1; guard index - start < 12 else { throw Malformed() } }
                    guard current != nil else { throw Malformed() }
                    let reference = String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 1
                    switch reference {
                    case "lt": out.append(UInt8(ascii: "<"))
                    case "gt": out.append(UInt8(ascii: ">"))
                    case "amp": out.append(UInt8(ascii: "&"))
                    case "quot": out.append(UInt8(ascii: "\""))
                    case "apos": out.append(UInt8(ascii: "'"))
                    default:
                        let hex = reference.hasPrefix("#x")
                        guard reference.hasPrefix("#"),
                              let code = UInt32(reference.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                              let scalar = Unicode.Scalar(code) else { throw Malformed() }
                        out.append(contentsOf: String(Character(scalar)).utf8)
                    }
                } else {
                    out.append(c)
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
