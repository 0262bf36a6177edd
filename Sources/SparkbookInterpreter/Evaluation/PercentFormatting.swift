import SparkbookSyntax

/// `"%s: %d" % (a, b)`, `"%(name)s" % d`: printf-style formatting with Python's conversions and errors.
enum PercentFormatting {
    static func format(_ template: String, _ args: PyValue, span: SourceSpan) throws -> String {
        var values: [PyValue]
        var mapping: [PyValue.DictItem]?
        switch args {
        case .tuple(let items): values = items
        case .dict(let items): values = []; mapping = items
        default: values = [args]
        }
        var out = ""
        var chars = Array(template)[...]
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var value: PyValue?
            if chars.first == "(" {
                guard let close = chars.firstIndex(of: ")"), let mapping else {
                    throw ScriptError.type("format requires a mapping", span: span)
                }
                let key = String(chars[chars.index(after: chars.startIndex)..<close])
                chars = chars[chars.index(after: close)...]
                guard let item = mapping.first(where: { Operators.equal($0.key, .string(key)) }) else {
                    throw ScriptError("KeyError", PyValue.string(key).repr, span: span)
                }
                value = item.value
            }
            var spec = FormatSpec()
            var leftAlign = false, zero = false
            while let flag = chars.first, "-+ 0#".contains(flag) {
                chars.removeFirst()
                switch flag {
                case "-": leftAlign = true
                case "0": zero = true
                case "#": spec.alternate = true
                default: if spec.sign != "+" { spec.sign = flag }
                }
            }
            let width = chars.prefix { $0.isASCII && $0.isNumber }
            chars.removeFirst(width.count)
            spec.width = Int(String(width)) ?? 0
            try PythonAllocation.check(count: spec.width, itemBytes: 1, span: span)
            if chars.first == "." {
                chars.removeFirst()
                let digits = chars.prefix { $0.isASCII && $0.isNumber }
                chars.removeFirst(digits.count)
                spec.precision = Int(String(digits)) ?? 0
            }
            guard let code = chars.popFirst() else { throw ScriptError.value("incomplete format", span: span) }
            if code == "%" { out.append("%"); continue }
            if value == nil {
                guard !values.isEmpty else { throw ScriptError.type("not enough arguments for format string", span: span) }
                value = values.removeFirst()
            }
            // printf semantics: a width right-aligns everything unless `-`; `0` pads numbers after the sign.
            spec.align = leftAlign ? "<" : (zero && !"srac".contains(code) ? "=" : ">")
            if zero && !leftAlign && !"srac".contains(code) { spec.fill = "0" }
            out += try convert(value!, code: code, spec: spec, span: span)
        }
        guard values.isEmpty || mapping != nil else {
            throw ScriptError.type("not all arguments converted during string formatting", span: span)
        }
        return out
    }

    private static func convert(_ value: PyValue, code: Character, spec: FormatSpec, span: SourceSpan) throws -> String {
        var spec = spec
        switch code {
        case "s", "r", "a":
            return try Formatting.apply(spec, to: .string(code == "s" ? value.str : value.repr), span: span)
        case "d", "i", "u":
            guard let number = value.number else {
                throw ScriptError.type("%\(code) format: a real number is required, not \(value.typeName)", span: span)
            }
            let integral: PyValue = if case .int = value { value } else { .int(Int64(number.rounded(.towardZero))) }
            spec.type = "d"
            return try Formatting.apply(spec, to: integral, span: span)
        case "x", "X", "o":
            guard case .int = value else {
                throw ScriptError.type("%\(code) format: an integer is required, not \(value.typeName)", span: span)
            }
            spec.type = code
            return try Formatting.apply(spec, to: value, span: span)
        case "e", "E", "f", "F", "g", "G":
            guard let number = value.number else {
                throw ScriptError.type("must be real number, not \(value.typeName)", span: span)
            }
            spec.type = code
            if spec.precision == nil { spec.precision = 6 }
            return try Formatting.apply(spec, to: .float(number), span: span)
        case "c":
            if case .string(let s) = value, s.count == 1 { return try Formatting.apply(spec, to: value, span: span) }
            guard case .int = value else { throw ScriptError.type("%c requires an int or a unicode character, not \(value.typeName)", span: span) }
            spec.type = "c"
            return try Formatting.apply(spec, to: value, span: span)
        default:
            throw ScriptError.value("unsupported format character '\(code)'", span: span)
        }
    }
}
