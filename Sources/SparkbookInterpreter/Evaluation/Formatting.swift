import Foundation
import SparkbookSyntax

/// f-string fields (`{x!r:>10.2f}`) and `%`-formatting, for the format specs notebooks commonly use.
enum Formatting {
    static func format(_ value: PyValue, conversion: Character?, spec: String?, span: SourceSpan) throws -> String {
        let converted: PyValue = switch conversion {
        case "r": .string(value.repr)
        case "s": .string(value.str)
        default: value
        }
        guard let spec, !spec.isEmpty else { return converted.str }
        switch converted {
        case .date, .datetime: return try DateTimeModule.strftime(spec, converted)
        default: return try apply(spec, to: converted, span: span)
        }
    }

    /// Python's format-spec mini-language: `[[fill]align][sign][,|_][width][.precision][type]`.
    static func apply(_ spec: String, to value: PyValue, span: SourceSpan) throws -> String {
        var chars = Array(spec)[...]
        var fill: Character = " ", align: Character?
        if chars.count >= 2, "<>^=".contains(chars[chars.startIndex + 1]) {
            fill = chars.removeFirst(); align = chars.removeFirst()
        } else if let c = chars.first, "<>^=".contains(c) {
            align = chars.removeFirst()
        }
        var sign: Character?
        if let c = chars.first, "+- ".contains(c) { sign = chars.removeFirst() }
        if chars.first == "0" { fill = "0"; align = align ?? "="; chars.removeFirst() }
        let widthDigits = chars.prefix { $0.isNumber }
        chars.removeFirst(widthDigits.count)
        var grouping: Character?
        if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
        var precision: Int?
        if chars.first == "." {
            chars.removeFirst()
            let digits = chars.prefix { $0.isNumber }
            chars.removeFirst(digits.count)
            precision = Int(String(digits))
        }
        let type = chars.first
        guard chars.count <= 1 else { throw ScriptError.value("Invalid format specifier '\(spec)'", span: span) }

        var body: String
        var numeric = true
        switch (type, value) {
        case ("f", .decimal(let d)), ("F", .decimal(let d)), ("%", .decimal(let d)):
            // Exact, rounded half-even as Decimal.__format__ does (not through a binary double).
            let scaled = type == "%" ? try d * PyDecimal(100) : d
            let text = try scaled.quantized(places: precision ?? 6).description
            body = group(text.hasPrefix("-") ? String(text.dropFirst()) : text, grouping) + (type == "%" ? "%" : "")
            body = signed(body, negative: scaled.isSigned, sign)
        case (nil, .decimal(let d)) where precision == nil:
            body = signed(group(d.isSigned ? String(d.description.dropFirst()) : d.description, grouping),
                          negative: d.isSigned, sign)
        case (_, .decimal):
            throw ScriptError("NotImplementedError", "format code '\(type.map(String.init) ?? "")' with a Decimal is not supported in Sparkbook; use 'f'", span: span)
        case ("f", _), ("F", _), ("%", _), ("e", _), ("E", _):
            guard var d = value.number else { throw ScriptError.value("Unknown format code '\(type!)' for object of type '\(value.typeName)'", span: span) }
            if type == "%" { d *= 100 }
            let letter = type == "%" ? "f" : String(type!)
            body = String(format: "%.\(precision ?? 6)\(letter)", abs(d))
            if type == "%" { body += "%" }
            body = group(body, grouping)
            body = signed(body, negative: d < 0 || (d == 0 && d.sign == .minus), sign)
        case ("d", .int(let i)), (nil, .int(let i)):
            body = signed(group(String(abs(i)), grouping), negative: i < 0, sign)
        case ("g", _), (nil, .float):
            guard let d = value.number else { throw ScriptError.value("Unknown format code 'g'", span: span) }
            if let precision { body = String(format: "%.\(precision)g", abs(d)) } else { body = PyValue.float(abs(d)).repr }
            body = signed(group(body, grouping), negative: d < 0, sign)
        case ("s", _), (nil, _):
            body = value.str
            if let precision { body = String(body.prefix(precision)) }
            numeric = false
        default:
            throw ScriptError.value("Unknown format code '\(type!)' for object of type '\(value.typeName)'", span: span)
        }
        let width = Int(String(widthDigits)) ?? 0
        let padding = max(0, width - body.count)
        guard padding > 0 else { return body }
        let pad = String(repeating: fill, count: padding)
        switch align ?? (numeric ? ">" : "<") {
        case "<": return body + pad
        case "^": return String(repeating: fill, count: padding / 2) + body + String(repeating: fill, count: padding - padding / 2)
        case "=":
            if let first = body.first, "+- ".contains(first) { return String(first) + pad + body.dropFirst() }
            return pad + body
        default: return pad + body
        }
    }

    private static func signed(_ body: String, negative: Bool, _ sign: Character?) -> String {
        if negative { return "-" + body }
        switch sign {
        case "+": return "+" + body
        case " ": return " " + body
        default: return body
        }
    }

    /// Thousands separators on the integer part.
    private static func group(_ digits: String, _ separator: Character?) -> String {
        guard let separator else { return digits }
        let parts = digits.split(separator: ".", maxSplits: 1)
        let integer = Array(parts[0])
        var out = ""
        for (i, c) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return parts.count > 1 ? out + "." + parts[1] : out
    }

    /// `"%s rows" % n` and `"%d/%d" % (a, b)`.
    static func percent(_ template: String, _ args: PyValue, span: SourceSpan) throws -> String {
        var values: [PyValue]
        if case .tuple(let items) = args { values = items } else { values = [args] }
        var out = ""
        var chars = Array(template)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var spec = ""
            while let n = chars.first, !"sdfrieEgx%".contains(n) { spec.append(n); chars.removeFirst() }
            guard let code = chars.popFirst() else { throw ScriptError.value("incomplete format", span: span) }
            if code == "%" { out.append("%"); continue }
            guard !values.isEmpty else { throw ScriptError.type("not enough arguments for format string", span: span) }
            var value = values.removeFirst()
            // `%` formatting goes through float for a Decimal, unlike format() and f-strings.
            if case .decimal(let d) = value, "feEgG".contains(code) { value = .float(d.doubleValue) }
            switch code {
            // printf semantics: a plain width right-aligns (`'%5s' % 'a'` is `'    a'`), `-` left-aligns.
            case "s", "r":
                let text = code == "s" ? value.str : value.repr
                let left = spec.hasPrefix("-")
                out += try apply((left ? "<" : ">") + spec.drop { $0 == "-" }, to: .string(text), span: span)
            case "i", "d": out += try apply(spec + "d", to: value.number.map { .int(Int64($0)) } ?? value, span: span)
            default: out += try apply(spec + String(code), to: value, span: span)
            }
        }
        guard values.isEmpty else { throw ScriptError.type("not all arguments converted during string formatting", span: span) }
        return out
    }
}
