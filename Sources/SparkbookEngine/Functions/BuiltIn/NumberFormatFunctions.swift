import Foundation
import SparkbookUtilities

/// Spark's number format strings (`ToNumberParser`): `to_char`/`to_varchar` write a number with a format such
/// as `$99,999.99S`, `to_number`/`try_to_number` read one back as a decimal whose precision and scale the
/// format's digits give. Tokens: `0`/`9` digits (a `0` prints a leading zero, a `9` a space), `,`/`G` grouping,
/// `.`/`D` the decimal point, `$`, `S` (sign at either end), `MI` (a trailing `-` or space), `PR` (`<...>` for a
/// negative). A number with more digits than the format has places prints `#` in every place.
enum NumberFormatFunctions {
    static let all: [any ScalarFunction] = [toChar("to_char"), toChar("to_varchar"), toNumber("to_number", tolerant: false),
                                            toNumber("try_to_number", tolerant: true)]

    static func toChar(_ name: String) -> any ScalarFunction {
        RowFunction(name, arity: 2...2, nullability: .whenAnyArgument, signature: { types, _ in
            guard types[0].isNumeric || types[0] == .null else {
                throw ArgumentTypeMismatch(argument: 0, .parameter(required: "\"DECIMAL\""), actual: types[0])
            }
            return FunctionSignature(inputs: [types[0], .string], result: .string)
        }) { v, _ in
            let format = try Format(v[1].string)
            return .string(format.write(plainText(v[0])))
        }
    }

    static func toNumber(_ name: String, tolerant: Bool) -> any ScalarFunction {
        ToNumber(base: RowFunction(name, arity: 2...2, signature: Signatures.fixed([.string, .string], .decimal(precision: 38, scale: 0))) { v, _ in
            let format = try Format(v[1].string)
            guard let value = format.read(v[0].string) else {
                if tolerant { return .null }
                throw SparkError(.execution, errorClass: "INVALID_FORMAT.MISMATCH_INPUT",
                                 message: "The format is invalid: \(v[1].string). The input \"STRING\" \(v[0].string) does not match the format.",
                                 sqlState: "42601")
            }
            return .decimal(value)
        })
    }

    /// `to_number(s, fmt)` is a decimal of the format's precision and scale, so its type reads the format,
    /// which must be a constant.
    struct ToNumber: ScalarFunction {
        let base: RowFunction
        var name: String { base.name }
        var arity: ClosedRange<Int> { base.arity }

        func signature(_ argumentTypes: [DataType], context: FunctionContext) throws -> FunctionSignature {
            try base.signature(argumentTypes, context: context)
        }

        func signature(of arguments: [BoundExpression], context: FunctionContext) throws -> FunctionSignature {
            guard arguments.count == 2, case .literal(.string(let text), _) = arguments[1] else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                                 message: "Cannot resolve \"\(name)\" due to data type mismatch: the input `format` should be a foldable \"STRING\" expression; however, got a column.",
                                 sqlState: "42K09")
            }
            let format = try Format(text)
            return FunctionSignature(inputs: [.string, .string],
                                     result: .decimal(precision: max(1, format.integerDigits + format.fractionDigits), scale: format.fractionDigits))
        }

        func evaluate(_ arguments: [ColumnVector], rowCount: Int, signature: FunctionSignature,
                      context: FunctionContext) throws -> ColumnVector {
            try base.evaluate(arguments, rowCount: rowCount, signature: signature, context: context)
        }
    }

    /// A number's plain digits (`-12454.8`), trailing fractional zeros dropped.
    static func plainText(_ value: Value) -> String {
        var text: String
        switch value {
        case .decimal(let d): text = d.plainText
        case .double(let d): text = plain(ShortestDecimalDigits(description: JavaNumberText.double(d)))
        case .float(let f): text = plain(ShortestDecimalDigits(description: JavaNumberText.float(f)))
        default: text = value.string
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func plain(_ d: ShortestDecimalDigits) -> String {
        let digits = d.digits.map(String.init).joined()
        let body: String
        if d.digits == [0] { body = "0" }
        else if d.pointPosition <= 0 { body = "0." + String(repeating: "0", count: -d.pointPosition) + digits }
        else if d.pointPosition >= digits.count { body = digits + String(repeating: "0", count: d.pointPosition - digits.count) }
        else { body = String(digits.prefix(d.pointPosition)) + "." + String(digits.dropFirst(d.pointPosition)) }
        return (d.isNegative ? "-" : "") + body
    }

    struct Format {
        enum Sign { case none, leadingS, trailingS, minus, brackets }
        let text: String
        /// The integer part's tokens: digits (`0` or `9`) and grouping commas, in order.
        var integer: [Character] = []
        var fraction: [Character] = []
        var hasPoint = false
        var dollar = false
        var sign = Sign.none

        var integerDigits: Int { integer.filter { $0 != "," }.count }
        var fractionDigits: Int { fraction.count }

        init(_ text: String) throws {
            self.text = text
            var rest = Substring(text.uppercased())
            if rest.hasPrefix("S") { sign = .leadingS; rest = rest.dropFirst() }
            if rest.hasPrefix("$") { dollar = true; rest = rest.dropFirst() }
            if rest.hasSuffix("MI") { sign = .minus; rest = rest.dropLast(2) }
            else if rest.hasSuffix("PR") { sign = .brackets; rest = rest.dropLast(2) }
            else if rest.hasSuffix("S"), sign == .none { sign = .trailingS; rest = rest.dropLast() }
            for c in rest {
                switch c {
                case "0", "9": if hasPoint { fraction.append(c) } else { integer.append(c) }
                case ",", "G":
                    guard !hasPoint, let last = integer.last, last != "," else { throw Self.invalid(text, "CONT_THOUSANDS_SEPS", "Thousands separators (, or G) must have digits in between them in the number format.") }
                    integer.append(",")
                case ".", "D":
                    guard !hasPoint else { throw Self.invalid(text, "MULTIPLE_DECIMAL_POINTS", "At most one decimal point (.) or D is allowed in the number format.") }
                    hasPoint = true
                case "$":
                    dollar = true
                default:
                    throw Self.invalid(text, "UNEXPECTED_TOKEN", "Found the unexpected `\(c)` in the format string; the structure of the valid format is `[MI|S] [$] [0|9|G|,]* [.|D] [0|9]* [$] [PR|MI|S]`.")
                }
            }
            guard integerDigits + fractionDigits > 0 else {
                throw Self.invalid(text, "WRONG_NUM_DIGIT", "The format string requires at least one number digit.")
            }
            if integer.last == "," { throw Self.invalid(text, "CONT_THOUSANDS_SEPS", "Thousands separators (, or G) must have digits in between them in the number format.") }
        }

        static func invalid(_ text: String, _ kind: String, _ detail: String) -> SparkError {
            SparkError(.analysis, errorClass: "INVALID_FORMAT.\(kind)", message: "The format is invalid: '\(text)'. \(detail)",
                       sqlState: "42601")
        }

        /// `to_char`: the plain number laid out in the format's places.
        func write(_ plain: String) -> String {
            let negative = plain.hasPrefix("-")
            let unsigned = negative ? String(plain.dropFirst()) : plain
            let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            var intDigits = Array(parts[0])
            let fracDigits = parts.count > 1 ? Array(parts[1]) : []
            if intDigits == ["0"] { intDigits = [] }
            var body = ""
            if intDigits.count > integerDigits || fracDigits.count > fractionDigits {
                body = String(integer.map { $0 == "," ? "," : "#" }) + (hasPoint ? "." + String(repeating: "#", count: fractionDigits) : "")
            } else {
                // Right-aligned: a place left of the number's digits prints 0 for `0` (and from the first `0`
                // on), else a space; a comma left of every digit is a space too.
                var out: [Character] = []
                var remaining = intDigits
                let leadingZeroFrom = integer.firstIndex(of: "0") ?? integer.count
                for (i, token) in integer.enumerated().reversed() {
                    if token == "," {
                        out.append(remaining.isEmpty && i < leadingZeroFrom ? " " : ",")
                        continue
                    }
                    if let d = remaining.popLast() { out.append(d) }
                    else if i >= leadingZeroFrom { out.append("0") }
                    else { out.append(" ") }
                }
                body = String(out.reversed())
                // A value below one keeps its zero before the point when the format has a place for it.
                if intDigits.isEmpty, hasPoint, let last = body.indices.last, body[last] == " " {
                    body = String(body.dropLast()) + "0"
                }
                if hasPoint { body += "." + String(fracDigits) + String(repeating: "0", count: fractionDigits - fracDigits.count) }
            }
            if dollar { body = "$" + body }
            switch sign {
            case .none: return body
            case .leadingS:
                // The sign goes right before the first digit, after the padding (`  +7`).
                let padding = body.prefix { $0 == " " || $0 == "$" }
                return padding + (negative ? "-" : "+") + body.dropFirst(padding.count)
            case .trailingS: return body + (negative ? "-" : "+")
            case .minus: return body + (negative ? "-" : " ")
            case .brackets: return negative ? "<" + body + ">" : " " + body + " "
            }
        }

        /// `to_number`: the decimal the input spells in this format, or nil when it does not match.
        func read(_ input: String) -> DecimalValue? {
            var s = Substring(input.trimmingCharacters(in: .whitespaces))
            var negative = false
            switch sign {
            case .leadingS: if let c = s.first, c == "+" || c == "-" { negative = c == "-"; s = s.dropFirst() }
            case .trailingS: if let c = s.last, c == "+" || c == "-" { negative = c == "-"; s = s.dropLast() }
            case .minus: if s.last == "-" { negative = true; s = s.dropLast() }
            case .brackets: if s.first == "<" && s.last == ">" { negative = true; s = s.dropFirst().dropLast() }
            case .none: break
            }
            if dollar {
                guard s.first == "$" else { return nil }
                s = s.dropFirst()
            }
            let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 1 || hasPoint else { return nil }
            let intText = Array(parts[0]), fracText = parts.count > 1 ? Array(parts[1]) : []
            guard fracText.count <= fractionDigits, fracText.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            // Right-aligned against the integer tokens: digits on digit places, commas on comma places.
            var t = integer.count - 1
            var digits = ""
            for c in intText.reversed() {
                guard t >= 0 else { return nil }
                if integer[t] == "," {
                    guard c == "," else { return nil }
                } else {
                    guard c.isASCII, c.isNumber else { return nil }
                    digits.append(c)
                }
                t -= 1
            }
            guard !digits.isEmpty || !fracText.isEmpty else { return nil }
            let unscaledText = String(digits.reversed()) + String(fracText) + String(repeating: "0", count: fractionDigits - fracText.count)
            guard let unscaled = Int128(unscaledText.isEmpty ? "0" : unscaledText) else { return nil }
            return DecimalValue(unscaled: negative ? -unscaled : unscaled,
                                precision: max(1, integerDigits + fractionDigits), scale: fractionDigits)
        }
    }
}
