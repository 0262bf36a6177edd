/// `get_json_object`'s path (`$.a.b[0]`, `$['a b']`, `$[*].f`) and Spark's evaluation of it (Hive's rules, as
/// `GetJsonObject.evaluatePath`): a string found outside any wildcard is returned without quotes; matches under a
/// wildcard are written as a JSON array, or as the single match alone; `[*][*]` flattens.
enum JSONPath {
    enum Step: Equatable {
        case key, bracket, wildcard
        case named(String)
        case index(Int)
    }

    /// The steps of a path, or nil when Spark's `JsonPathParser` refuses it.
    static func parse(_ path: String) -> [Step]? {
        let c = Array(path)
        guard c.first == "$" else { return nil }
        var steps: [Step] = []
        var i = 1
        while i < c.count {
            if c[i] == "." {
                i += 1
                var name = ""
                while i < c.count, c[i] != ".", c[i] != "[" { name.append(c[i]); i += 1 }
                guard !name.isEmpty else { return nil }
                steps += [.key, name == "*" ? .wildcard : .named(name)]
            } else if c[i] == "[" {
                i += 1
                guard i < c.count else { return nil }
                if c[i] == "'" {
                    i += 1
                    var name = ""
                    while i < c.count, c[i] != "'" { name.append(c[i]); i += 1 }
                    guard i + 1 < c.count, c[i + 1] == "]" else { return nil }
                    i += 2
                    steps += [.key, .named(name)]
                } else if c[i] == "*" {
                    guard i + 1 < c.count, c[i + 1] == "]" else { return nil }
                    i += 2
                    steps += [.bracket, .wildcard]
                } else {
                    var digits = ""
                    while i < c.count, c[i].isASCII, c[i].isNumber { digits.append(c[i]); i += 1 }
                    guard let n = Int(digits), i < c.count, c[i] == "]" else { return nil }
                    i += 1
                    steps += [.bracket, .index(n)]
                }
            } else {
                return nil
            }
        }
        return steps
    }

    enum Style { case raw, quoted, flatten }

    /// The text `get_json_object` returns for `tree` at `path`, or nil.
    static func evaluate(_ tree: JSONTree, _ path: [Step]) -> String? {
        var out = ""
        guard evaluate(tree, ArraySlice(path), .raw, &out), !out.isEmpty else { return nil }
        return out
    }

    static func evaluate(_ node: JSONTree, _ path: ArraySlice<Step>, _ style: Style, _ out: inout String) -> Bool {
        if path.isEmpty {
            switch (node, style) {
            case (.string(let s), .raw):
                out += s
                return true
            case (.array(let items), .flatten):
                var dirty = false
                for item in items { dirty = evaluate(item, [], style, &out) || dirty }
                return dirty
            default:
                appendValue(node, &out)
                return true
            }
        }
        let rest = path.dropFirst()
        switch (node, path.first!) {
        case (.object(let fields), .key):
            var dirty = false
            for (name, value) in fields where !dirty {
                switch rest.first {
                case .named(let wanted) where wanted == name:
                    if value != .null { dirty = evaluate(value, rest.dropFirst(), style, &out) }
                case .wildcard:
                    dirty = evaluate(value, rest.dropFirst(), style, &out)
                default: break
                }
            }
            return dirty
        case (.array(let items), .bracket):
            let tail = rest.dropFirst()
            switch rest.first {
            case .wildcard where tail.starts(with: [.bracket, .wildcard]):
                // Hive's double wildcard: one flat array.
                var dirty = false
                var inner = ""
                for item in items { dirty = evaluate(item, tail.dropFirst(2), .flatten, &inner) || dirty }
                appendRaw("[" + inner + "]", &out)
                return dirty
            case .wildcard where style != .quoted:
                var matches = 0
                var inner = ""
                for item in items {
                    if evaluate(item, tail, style == .raw ? .quoted : .flatten, &inner) { matches += 1 }
                }
                if matches > 1 { appendRaw("[" + inner + "]", &out) } else if matches == 1 { appendRaw(inner, &out) }
                return matches > 0
            case .wildcard:
                var inner = ""
                var dirty = false
                for item in items { dirty = evaluate(item, tail, .quoted, &inner) || dirty }
                appendRaw("[" + inner + "]", &out)
                return dirty
            case .index(let n):
                guard n < items.count else { return false }
                let nextStyle: Style = tail.starts(with: [.bracket, .wildcard]) ? .quoted : style
                return evaluate(items[n], tail, nextStyle, &out)
            default:
                return false
            }
        default:
            return false
        }
    }

    /// Jackson's generator separates values written one after another inside an array with commas.
    static func appendValue(_ node: JSONTree, _ out: inout String) {
        appendRaw(node.compactText, &out)
    }

    static func appendRaw(_ text: String, _ out: inout String) {
        if let last = out.last, last != "[" && last != "," { out += "," }
        out += text
    }
}
