import Foundation

/// A notebook parameter value with papermill's typing of `-p NAME VALUE`:
/// `True`/`False`/`None`, then anything Python's `int()` accepts, then `float()`, else a string.
public enum ParameterValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int`, as normalised decimal digits (Python ints are unbounded).
    case bigInt(String)
    case float(Double)
    case string(String)

    /// Typed parsing, as papermill's CLI does for `-p`.
    public static func parse(_ text: String) -> ParameterValue {
        switch text {
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "None": return .none
        default: break
        }
        if let digits = PythonNumberSyntax.integerDigits(text) {
            return Int(digits).map(ParameterValue.int) ?? .bigInt(digits)
        }
        if let double = PythonNumberSyntax.float(text) { return .float(double) }
        return .string(text)
    }

    /// The `-r NAME VALUE` variant: always the string as given.
    public static func raw(_ text: String) -> ParameterValue { .string(text) }

    /// The Python source papermill writes for this value (`42`, `0.5`, `True`, `None`, `"text"`).
    public var pythonLiteral: String {
        switch self {
        case .none: "None"
        case .bool(let b): b ? "True" : "False"
        case .int(let i): String(i)
        case .bigInt(let digits): digits
        case .float(let d) where d.isNaN: "float('nan')"
        case .float(let d) where d.isInfinite: d < 0 ? "float('-inf')" : "float('inf')"
        case .float(let d): PythonFloat.repr(d)
        case .string(let s): Self.quoted(s)
        }
    }

    /// The value as JSON, for `metadata.papermill.parameters`.
    public var json: JSONValue {
        switch self {
        case .none: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .bigInt(let digits): .bigInt(digits)
        case .float(let d): .double(d)
        case .string(let s): .string(s)
        }
    }

    /// papermill's string literal: Python's `unicode_escape` encoding, then `"` escaped, in double quotes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(scalar)
            case 0..<0x100: out += "\\x" + hex(scalar.value, width: 2)
            case 0x100..<0x10000: out += "\\u" + hex(scalar.value, width: 4)
            default: out += "\\U" + hex(scalar.value, width: 8)
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A named parameter, in the order given on the command line.
public struct Parameter: Sendable, Equatable {
    public var name: String
    public var value: ParameterValue

    public init(name: String, value: ParameterValue) {
        self.name = name
        self.value = value
    }

    /// `-p NAME VALUE`: typed.
    public static func typed(_ name: String, _ text: String) -> Parameter {
        Parameter(name: name, value: .parse(text))
    }

    /// `-r NAME VALUE`: raw string.
    public static func raw(_ name: String, _ text: String) -> Parameter {
        Parameter(name: name, value: .raw(text))
    }

    /// Whether `name` is a Python identifier, so `name = value` is valid code.
    public var hasValidName: Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }
}
