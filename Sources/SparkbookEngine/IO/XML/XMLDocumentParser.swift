/// A small non-validating XML parser for data files: elements, attributes, character data, CDATA, the five
/// predefined entities and character references; the prolog, comments, processing instructions and DOCTYPE are
/// skipped. It reads a whole document (or fragment) and hands back the elements named `rowTag` in document order,
/// as Spark's XML source takes each `rowTag` element as a record wherever it sits.
struct XMLDocumentParser {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: some Sequence<UInt8>) { bytes = Array(text) }

    /// The `rowTag` elements of the document; one inside another is part of its record, not a record of its own.
    static func records(_ text: some Sequence<UInt8>, rowTag: String) throws -> [XMLElement] {
        var parser = XMLDocumentParser(text)
        var out: [XMLElement] = []
        try parser.content(rowTag: rowTag, records: &out)
        return out
    }

    /// Reads content until the end of input, collecting `rowTag` elements (and the elements around them are walked,
    /// not kept).
    private mutating func content(rowTag: String, records: inout [XMLElement]) throws {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else { position += 1; continue }
            if try skipMarkup() { continue }
            if peek(1) == UInt8(ascii: "/") {
                // An end tag of an enclosing element.
                guard let close = find(UInt8(ascii: ">"), from: position) else { throw XMLParseError("an end tag is not closed") }
                position = close + 1
                continue
            }
            let (name, attributes, empty) = try startTag()
            if name == rowTag {
                records.append(try element(name, attributes, empty: empty))
            }
        }
    }

    /// Skips a comment, processing instruction, declaration or DOCTYPE at `position`; false when a tag starts there.
    private mutating func skipMarkup() throws -> Bool {
        if starts(with: "<!--") {
            guard let end = find("-->", from: position + 4) else { throw XMLParseError("a comment is not closed") }
            position = end + 3
            return true
        }
        if starts(with: "<?") {
            guard let end = find("?>", from: position + 2) else { throw XMLParseError("a processing instruction is not closed") }
            position = end + 2
            return true
        }
        if starts(with: "<!") && !starts(with: "<![CDATA[") {
            // DOCTYPE, possibly with an internal subset in brackets.
            var depth = 0
            var i = position + 2
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "[") { depth += 1 } else if bytes[i] == UInt8(ascii: "]") { depth -= 1 } else if bytes[i] == UInt8(ascii: ">") && depth <= 0 { break }
                i += 1
            }
            position = i + 1
            return true
        }
        return false
    }

    /// The start tag at `position` (which holds `<`): its name, attributes, and whether it closes itself.
    private mutating func startTag() throws -> (String, [(name: String, value: String)], Bool) {
        position += 1
        let name = self.name()
        guard !name.isEmpty else { throw XMLParseError("a tag has no name") }
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpace()
            guard position < bytes.count else { throw XMLParseError("the tag <\(name)> is not closed") }
            if bytes[position] == UInt8(ascii: ">") { position += 1; return (name, attributes, false) }
            if starts(with: "/>") { position += 2; return (name, attributes, true) }
            let attribute = self.name()
            guard !attribute.isEmpty else { throw XMLParseError("unexpected character in the tag <\(name)>") }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw XMLParseError("the attribute \(attribute) of <\(name)> has no value")
            }
            position += 1
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw XMLParseError("the attribute \(attribute) of <\(name)> is not quoted")
            }
            let quote = bytes[position]
            guard let end = find(quote, from: position + 1) else { throw XMLParseError("the attribute \(attribute) of <\(name)> is not closed") }
            attributes.append((attribute, try Self.unescape(bytes[(position + 1)..<end])))
            position = end + 1
        }
    }

    /// The element whose start tag was just read, up to and including its end tag.
    private mutating func element(_ name: String, _ attributes: [(name: String, value: String)], empty: Bool) throws -> XMLElement {
        var element = XMLElement(name: name, attributes: attributes, children: [], text: "")
        if empty { return element }
        let contentStart = position
        var text: [UInt8] = []
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let end = find(UInt8(ascii: "<"), from: position) ?? bytes.count
                text += Array(try Self.unescape(bytes[position..<end]).utf8)
                position = end
                continue
            }
            if starts(with: "<![CDATA[") {
                guard let end = find("]]>", from: position + 9) else { throw XMLParseError("a CDATA section is not closed") }
                text += bytes[(position + 9)..<end]
                position = end + 3
                continue
            }
            if try skipMarkup() { continue }
            if peek(1) == UInt8(ascii: "/") {
                if !element.children.isEmpty { element.inner = String(decoding: bytes[contentStart..<position], as: UTF8.self) }
                position += 2
                let closing = self.name()
                skipSpace()
                guard closing == name, position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                    throw XMLParseError("<\(name)> is closed by </\(closing)>")
                }
                position += 1
                element.text = String(decoding: text, as: UTF8.self)
                return element
            }
            let (child, childAttributes, childEmpty) = try startTag()
            element.children.append(try self.element(child, childAttributes, empty: childEmpty))
        }
        throw XMLParseError("<\(name)> is not closed")
    }

    private mutating func name() -> String {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
                || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[position]) {
            position += 1
        }
    }

    private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    private func starts(with literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < bytes.count { if bytes[i] == byte { return i }; i += 1 }
        return nil
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        let utf8 = Array(literal.utf8)
        var i = start
        while i + utf8.count <= bytes.count {
            if bytes[i] == utf8[0] && bytes[i..<(i + utf8.count)].elementsEqual(utf8) { return i }
            i += 1
        }
        return nil
    }

    /// Character data with its entity and character references resolved.
    static func unescape(_ raw: ArraySlice<UInt8>) throws -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var out = ""
        var i = raw.startIndex
        while i < raw.endIndex {
            guard raw[i] == UInt8(ascii: "&") else {
                let next = raw[i...].firstIndex(of: UInt8(ascii: "&")) ?? raw.endIndex
                out += String(decoding: raw[i..<next], as: UTF8.self)
                i = next
                continue
            }
            guard let semicolon = raw[i...].firstIndex(of: UInt8(ascii: ";")) else { throw XMLParseError("an entity reference is not closed") }
            let entity = String(decoding: raw[(i + 1)..<semicolon], as: UTF8.self)
            switch entity {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let code: UInt32? = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                guard let code, let scalar = Unicode.Scalar(code) else { throw XMLParseError("unknown entity &\(entity);") }
                out.unicodeScalars.append(scalar)
            }
            i = semicolon + 1
        }
        return out
    }
}

/// Why a document could not be parsed.
struct XMLParseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
