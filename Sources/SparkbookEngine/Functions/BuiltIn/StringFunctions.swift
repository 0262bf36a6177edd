import Foundation

/// Spark's string functions. Arguments are cast to string first, as Spark's implicit casts do.
enum StringFunctions {
    static let all: [any ScalarFunction] = [
        unary("upper") { $0.uppercased() },
        unary("lower") { $0.lowercased() },
        unary("trim") { trimSpaces($0, leading: true, trailing: true) },
        unary("ltrim") { trimSpaces($0, leading: true, trailing: false) },
        unary("rtrim") { trimSpaces($0, leading: false, trailing: true) },
        unary("initcap") { $0.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ") },
        // `reverse` of a string reverses its characters; of an array, its elements.
        RowFunction("reverse", arity: 1...1, nullability: .whenAnyArgument, signature: { t, _ in
            t[0].isArray ? FunctionSignature(inputs: t, result: t[0]) : FunctionSignature(inputs: [.string], result: .string)
        }) { v, _ in
            if case .array(let elements) = v[0] { return .array(elements.reversed()) }
            return .string(String(v[0].string.reversed()))
        },
        RowFunction("length", arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.stringOrBinary(.integer)) { v, _ in
            .integer(Int32(v[0].binaryBytes?.count ?? v[0].string.count))
        },
        // Arrays concatenate into an array of their common type, binaries into a binary, anything else as strings.
        RowFunction("concat", arity: 0...255, nullability: .whenAnyArgument, signature: { types, _ in
            if let first = types.first(where: \.isArray), types.allSatisfy({ $0.isArray || $0 == .null }) {
                let common = types.reduce(first) { TypeCoercion.commonType($0, $1) ?? $0 }
                return FunctionSignature(inputs: types.map { _ in common }, result: common)
            }
            if !types.isEmpty, types.allSatisfy({ $0 == .binary }) { return FunctionSignature(inputs: types, result: .binary) }
            return FunctionSignature(inputs: types.map { _ in .string }, result: .string)
        }) { v, _ in
            if v.first?.arrayElements != nil { return .array(v.flatMap { $0.arrayElements ?? [] }) }
            if case .binary? = v.first { return .binary(v.flatMap { $0.binaryBytes ?? [] }) }
            return .string(v.map(\.string).joined())
        },
        // Array arguments contribute their non-null elements (`concat_ws("-", split(s, ","))`).
        RowFunction("concat_ws", arity: 1...255, nullIntolerant: false, nullability: .rule { $0[0] }, signature: { types, _ in
            FunctionSignature(inputs: types.map { $0.isArray ? .array(element: .string, containsNull: true) : .string },
                              result: .string)
        }) { v, _ in
            guard !v[0].isNull else { return .null }
            let parts = v.dropFirst().flatMap { $0.arrayElements ?? [$0] }
            return .string(parts.filter { !$0.isNull }.map(\.string).joined(separator: v[0].string))
        },
        RowFunction("substring", arity: 2...3, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .integer, .integer], .string)) { v, _ in
            .string(substring(v[0].string, Int(v[1].int64Value ?? 0), v.count > 2 ? Int(v[2].int64Value ?? 0) : Int(Int32.max)))
        },
        RowFunction("regexp_replace", arity: 3...3, nullability: .whenAnyArgument, namer: { "regexp_replace(\($0.joined(separator: ", ")), 1)" }, signature: Signatures.fixed([.string, .string, .string], .string)) { v, _ in
            let regex = try JavaRegex.compile(v[1].string)
            let s = v[0].string
            return .string(regex.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s),
                                                          withTemplate: JavaRegex.template(v[2].string)))
        },
        RowFunction("lpad", arity: 2...3, nullability: .whenAnyArgument, namer: { padName("lpad", $0) }, signature: Signatures.fixed([.string, .integer, .string], .string)) { v, _ in
            .string(try pad(v[0].string, Int(v[1].int64Value ?? 0), v.count > 2 ? v[2].string : " ", left: true))
        },
        RowFunction("rpad", arity: 2...3, nullability: .whenAnyArgument, namer: { padName("rpad", $0) }, signature: Signatures.fixed([.string, .integer, .string], .string)) { v, _ in
            .string(try pad(v[0].string, Int(v[1].int64Value ?? 0), v.count > 2 ? v[2].string : " ", left: false))
        },
        RowFunction("repeat", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .integer], .string)) { v, _ in
            let s = v[0].string, count = max(0, Int(v[1].int64Value ?? 0))
            try ValueAllocation.checkRepeat(bytes: s.utf8.count, count: count)
            return .string(String(repeating: s, count: count))
        },
        // `instr(s, sub)`: the 1-based character position of the first occurrence, 0 when absent.
        RowFunction("instr", arity: 2...2, nullability: .whenAnyArgument, signature: Signatures.fixed([.string, .string], .integer)) { v, _ in
            let s = v[0].string, sub = v[1].string
            guard let range = s.range(of: sub) else { return .integer(sub.isEmpty ? 1 : 0) }
            return .integer(Int32(s.distance(from: s.startIndex, to: range.lowerBound) + 1))
        },
        RegexpExtract.function,
    ]

    static func unary(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> RowFunction {
        RowFunction(name, arity: 1...1, nullability: .whenAnyArgument, signature: Signatures.fixed([.string], .string)) { v, _ in
            .string(transform(v[0].string))
        }
    }

    static func strings(result: DataType) -> @Sendable ([DataType], FunctionContext) throws -> FunctionSignature {
        { types, _ in FunctionSignature(inputs: types.map { _ in .string }, result: result) }
    }

    /// Spark's `trim` removes spaces only (not tabs or newlines).
    static func trimSpaces(_ s: String, leading: Bool, trailing: Bool) -> String {
        var scalars = Substring(s)
        if leading { scalars = scalars.drop { $0 == " " } }
        if trailing { while scalars.last == " " { scalars = scalars.dropLast() } }
        return String(scalars)
    }

    /// `substring(s, pos, len)`: 1-based; 0 behaves like 1; a negative position counts from the end.
    static func substring(_ s: String, _ pos: Int, _ len: Int) -> String {
        let chars = Array(s)
        guard len > 0 else { return "" }
        var start = pos > 0 ? pos - 1 : (pos < 0 ? chars.count + pos : 0)
        var end = start + len
        if start < 0 { start = 0 }
        end = min(chars.count, max(start, end))
        guard start < chars.count else { return "" }
        return String(chars[start..<end])
    }

    /// Without a pad string Spark pads with a space and prints it: `rpad(t, 4,  )`.
    @Sendable static func padName(_ name: String, _ args: [String]) -> String {
        "\(name)(\((args.count == 2 ? args + [" "] : args).joined(separator: ", ")))"
    }

    static func pad(_ s: String, _ length: Int, _ fill: String, left: Bool) throws -> String {
        let chars = Array(s)
        guard length > chars.count else { return String(chars.prefix(max(0, length))) }
        guard !fill.isEmpty else { return s }
        // At least one byte per character: a length past the JVM's limits fails before anything is built.
        try ValueAllocation.checkString(bytes: length)
        let missing = length - chars.count
        let repeats = (missing + fill.count - 1) / fill.count
        let padding = String(String(repeating: fill, count: repeats).prefix(missing))
        return left ? padding + s : s + padding
    }
}

/// Java regular expressions mapped onto `NSRegularExpression` (ICU), which shares Java's syntax for the
/// patterns notebooks use; replacement templates use `$1` in both.
enum JavaRegex {
    static func compile(_ pattern: String) throws -> NSRegularExpression {
        // ICU refuses the empty pattern, which Java matches everywhere.
        do { return try NSRegularExpression(pattern: pattern.isEmpty ? "(?:)" : pattern) } catch {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.PATTERN",
                             message: "The value of parameter(s) `regexp` is invalid: '\(pattern)'.", sqlState: "22023")
        }
    }

    /// Java's `\$` escapes a dollar; ICU uses the same convention, so the template passes through.
    static func template(_ replacement: String) -> String { replacement }

    static func find(_ pattern: String, in s: String) throws -> Bool {
        try compile(pattern).firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}

extension Value {
    /// The value as a string argument (already cast by the binder; other types use the cast text).
    var string: String {
        if case .string(let s) = self { return s }
        if case .string(let s) = ValueCast.cast(self, to: .string) { return s }
        return ""
    }
}
