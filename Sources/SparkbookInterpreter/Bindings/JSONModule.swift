import Foundation

/// Python's `json`: `dumps` with Python's separators and `ensure_ascii` escapes, `loads` keeping key order.
enum JSONModule {
    static let names = ["dumps", "loads"]

    static func call(_ name: String, _ args: CallArguments) throws -> PyValue {
        switch name {
        case "dumps":
            let v = try args.bind(["obj", "indent", "sort_keys"], required: 1)
            let indent = try v[1].flatMap { $0.isNone ? nil : try $0.int("indent", in: name) }
            return .string(try dumps(v[0]!, indent: indent, sortKeys: v[2]?.isTruthy ?? false, level: 0))
        case "loads":
            let v = try args.bind(["s"], required: 1)
            var parser = Parser(Array(try v[0]!.string("s", in: name).unicodeScalars))
            let value = try parser.value()
            parser.skipSpace()
            guard parser.atEnd else { throw parser.failure("Extra data") }
            return value
        default:
            throw Members.missingAttribute(name, of: .module(.json))
        }
    }

    static func dumps(_ value: PyValue, indent: Int?, sortKeys: Bool, level: Int) throws -> String {
        let newline = indent.map { "\n" + String(repeating: " ", count: $0 * (level + 1)) }
        let closing = indent.map { "\n" + String(repeating: " ", count: $0 * level) } ?? ""
        let separator = indent == nil ? ", " : ","
        switch value {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return d.isNaN ? "NaN" : d.isInfinite ? (d > 0 ? "Infinity" : "-Infinity") : value.repr
        case .string(let s): return quote(s)
        case .list(let items), .tuple(let items):
            guard !items.isEmpty else { return "[]" }
            let parts = try items.map { (newline ?? "") + (try dumps($0, indent: indent, sortKeys: sortKeys, level: level + 1)) }
            return "[" + parts.joined(separator: separator) + closing + "]"
        case .dictSubclass(_, let items):
            return try dumps(.dict(items), indent: indent, sortKeys: sortKeys, level: level)
        case .dict(let items):
            guard !items.isEmpty else { return "{}" }
            var entries: [(String, PyValue)] = []
            for item in items {
                switch item.key {
                case .string(let s): entries.append((s, item.value))
                case .int, .float, .bool, .none: entries.append((try dumps(item.key, indent: nil, sortKeys: false, level: 0), item.value))
                default: throw ScriptError.type("keys must be str, int, float, bool or None, not \(item.key.typeName)")
                }
            }
            if sortKeys { entries.sort { $0.0 < $1.0 } }
            let parts = try entries.map { (newline ?? "") + quote($0.0) + ": " + (try dumps($0.1, indent: indent, sortKeys: sortKeys, level: level + 1)) }
            return "{" + parts.joined(separator: separator) + closing + "}"
        default:
            throw ScriptError.type("Object of type \(PyClass.of(value).name) is not JSON serializable")
        }
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.utf16 {
            switch u {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(u)!)
            default: out += String(format: "\\u%04x", u)
            }
        }
        return out + "\""
    }

    private struct Parser {
        let text: [Unicode.Scalar]
        var i = 0
        init(_ text: [Unicode.Scalar]) { self.text = text }

        var atEnd: Bool { i >= text.count }

        mutating func skipSpace() { while i < text.count, [" ", "\n", "\r", "\t"].contains(text[i]) { i += 1 } }

        func failure(_ what: String) -> ScriptError {
            ScriptError("JSONDecodeError", "\(what): line 1 column \(i + 1) (char \(i))")
        }

        mutating func value() throws -> PyValue {
            skipSpace()
            guard i < text.count else { throw failure("Expecting value") }
            switch text[i] {
            case "{":
                i += 1
                var items: [PyValue.DictItem] = []
                skipSpace()
                if i < text.count, text[i] == "}" { i += 1; return .dict(items) }
                while true {
                    skipSpace()
                    guard i < text.count, text[i] == "\"" else { throw failure("Expecting property name enclosed in double quotes") }
                    let key = try string()
                    skipSpace()
                    guard i < text.count, text[i] == ":" else { throw failure("Expecting ':' delimiter") }
                    i += 1
                    items.put(.string(key), try value())
                    skipSpace()
                    guard i < text.count else { throw failure("Expecting ',' delimiter") }
                    if text[i] == "}" { i += 1; return .dict(items) }
                    guard text[i] == "," else { throw failure("Expecting ',' delimiter") }
                    i += 1
                }
            case "[":
                i += 1
                var items: [PyValue] = []
                skipSpace()
                if i < text.count, text[i] == "]" { i += 1; return .list(items) }
                while true {
                    items.append(try value())
                    skipSpace()
                    guard i < text.count else { throw failure("Expecting ',' delimiter") }
                    if text[i] == "]" { i += 1; return .list(items) }
                    guard text[i] == "," else { throw failure("Expecting ',' delimiter") }
                    i += 1
                }
            case "\"": return .string(try string())
            default:
                for (word, value) in [("true", PyValue.bool(true)), ("false", .bool(false)), ("null", .none),
                                      ("NaN", .float(.nan)), ("Infinity", .float(.infinity)), ("-Infinity", .float(-.infinity))] {
                    let scalars = Array(word.unicodeScalars)
                    if i + scalars.count <= text.count, Array(text[i..<(i + scalars.count)]) == scalars {
                        i += scalars.count
                        return value
                    }
                }
                let start = i
                while i < text.count, "+-0123456789.eE".unicodeScalars.contains(text[i]) { i += 1 }
                let number = String(String.UnicodeScalarView(text[start..<i]))
                if let n = Int64(number) { return .int(n) }
                if let d = Double(number), !number.isEmpty { return .float(d) }
                i = start
                throw failure("Expecting value")
            }
        }

        mutating func string() throws -> String {
            i += 1
            var out = String.UnicodeScalarView()
            var pendingHigh: UInt32?
            while i < text.count, text[i] != "\"" {
                if text[i] == "\\", i + 1 < text.count {
                    i += 1
                    switch text[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{c}")
                    case "u":
                        guard i + 4 < text.count, let code = UInt32(String(String.UnicodeScalarView(text[(i + 1)...(i + 4)])), radix: 16) else {
                            throw failure("Invalid \\uXXXX escape")
                        }
                        i += 4
                        if (0xD800..<0xDC00).contains(code) { pendingHigh = code }
                        else if let high = pendingHigh, (0xDC00..<0xE000).contains(code) {
                            out.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))!)
                            pendingHigh = nil
                        } else if let scalar = Unicode.Scalar(code) { out.append(scalar) }
                    default: out.append(text[i])
                    }
                } else {
                    out.append(text[i])
                }
                i += 1
            }
            guard i < text.count else { throw failure("Unterminated string starting at") }
            i += 1
            return String(out)
        }
    }
}
