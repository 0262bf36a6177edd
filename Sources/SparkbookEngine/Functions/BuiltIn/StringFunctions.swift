import Foundation

/// Spark's string functions. Arguments are cast to string first, as Spark's implicit casts do.
enum StringFunctions {
    static let all: [any ScalarFunction] = [
        unary("upper") { $0.uppercased() },
        unary("lower") { $0.lowercased() },
        trimming("trim", "BOTH", leading: true, trailing: true),
        trimming("ltrim", "LEADING", leading: true, trailing: false),
        trimming("rtrim", "TRAILING", leading: false, trailing: true),
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
        // Arrays concatenate their elements, binaries their bytes; anything else is text.
        RowFunction("concat", arity: 0...255, nullability: .whenAnyArgument, signature: concatSignature) { v, _ in
            switch v.first {
            case .array?: return .array(v.flatMap { $0.arrayElements ?? [] })
            case .binary?: return .binary(v.flatMap { $0.binaryBytes ?? [] })
            default: return .string(v.map(\.string).joined())
            }
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
        // `regexp_replace(s, re, rep, position)`: matches from the 1-based position on (`^` anchors there, as in
        // Java's matcher region); before it the string is kept.
        RowFunction("regexp_replace", arity: 3...4, nullability: .whenAnyArgument, namer: { "regexp_replace(\($0.joined(separator: ", "))\($0.count == 3 ? ", 1" : ""))" }, signature: Signatures.fixed([.string, .string, .string, .integer], .string)) { v, _ in
            let regex = try JavaRegex.compile(v[1].string)
            let s = v[0].string, length = (s as NSString).length
            let position = v.count > 3 ? Int(v[3].int64Value ?? 1) : 1
            guard position > 0 else {
                throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                                 message: "The position must be between (0, 2147483647] (current value = \(position)).", sqlState: "42K09")
            }
            guard position <= length else { return .string(s) }
            return .string(regex.stringByReplacingMatches(in: s, range: NSRange(location: position - 1, length: length - position + 1),
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
        // `instr(s, sub[, start[, occurrence]])`: the 1-based character position of the first (or n-th) occurrence
        // at or after `start`, searching back from the end for a negative start; 0 when absent. Spark names the
        // three-argument form with its default occurrence (`instr(s, a, 2, 1)`).
        RowFunction("instr", arity: 2...4, nullability: .whenAnyArgument, namer: { "instr(\($0.joined(separator: ", "))\($0.count == 3 ? ", 1" : ""))" },
                    signature: Signatures.fixed([.string, .string, .integer, .integer], .integer)) { v, _ in
            let s = v[0].string, sub = v[1].string
            if v.count > 2 {
                return .integer(try instr(s, sub, start: Int(v[2].int64Value ?? 1), occurrence: v.count > 3 ? Int(v[3].int64Value ?? 1) : 1))
            }
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

    /// `trim(s[, chars])`: spaces, or any of the given characters, off one or both ends; Spark names the
    /// two-argument form in SQL's syntax (`TRIM(LEADING * FROM value)`).
    static func trimming(_ name: String, _ side: String, leading: Bool, trailing: Bool) -> RowFunction {
        RowFunction(name, arity: 1...2, nullability: .whenAnyArgument,
                    namer: { $0.count == 1 ? "\(name)(\($0[0]))" : "TRIM(\(side) \($0[1]) FROM \($0[0]))" },
                    signature: Signatures.fixed([.string, .string], .string)) { v, _ in
            guard v.count > 1 else { return .string(trimSpaces(v[0].string, leading: leading, trailing: trailing)) }
            let set = Set(v[1].string)
            var s = Substring(v[0].string)
            if leading { s = s.drop { set.contains($0) } }
            if trailing { while let last = s.last, set.contains(last) { s = s.dropLast() } }
            return .string(String(s))
        }
    }

    /// `concat` of arrays is an array of their common element type, of binaries a binary, else a string; arrays
    /// beside other types are Spark's `DATA_DIFF_TYPES`.
    static let concatSignature: @Sendable ([DataType], FunctionContext) throws -> FunctionSignature = { types, _ in
        let given = types.filter { $0 != .null }
        if given.contains(where: \.isArray) {
            var element: DataType = .null
            var containsNull = false
            for type in given {
                guard case .array(let e, let n) = type, let common = element == .null ? Optional(e) : TypeCoercion.commonType(element, e) else {
                    throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                                     message: "Input to `concat` should all be the same type, but it's (\(types.map { "\"\($0.simpleString.uppercased())\"" }.joined(separator: " or "))).",
                                     sqlState: "42K09")
                }
                element = common
                containsNull = containsNull || n
            }
            let result = DataType.array(element: element, containsNull: containsNull)
            return FunctionSignature(inputs: types.map { _ in result }, result: result)
        }
        if !given.isEmpty, given.allSatisfy({ $0 == .binary }) {
            return FunctionSignature(inputs: types.map { _ in .binary }, result: .binary)
        }
        return FunctionSignature(inputs: types.map { _ in .string }, result: .string)
    }

    /// `instr` from a start position, counting occurrences (which may overlap); a negative start counts from the
    /// end and searches backwards, 0 finds nothing.
    static func instr(_ s: String, _ sub: String, start: Int, occurrence: Int) throws -> Int32 {
        guard occurrence > 0 else {
            throw SparkError(.execution, errorClass: "INVALID_PARAMETER_VALUE.OCCURRENCE",
                             message: "The value of parameter(s) `occurrence` in `instr` is invalid: expects a positive integer, but got \(occurrence).",
                             sqlState: "22023")
        }
        if sub.isEmpty { return 1 }
        let chars = Array(s), needle = Array(sub)
        guard start != 0, needle.count <= chars.count else { return 0 }
        let last = chars.count - needle.count
        let positions: StrideTo<Int> = start > 0 ? stride(from: start - 1, to: last + 1, by: 1)
            : stride(from: min(chars.count + start, last), to: -1, by: -1)
        var found = 0
        for i in positions where chars[i..<(i + needle.count)].elementsEqual(needle) {
            found += 1
            if found == occurrence { return Int32(i + 1) }
        }
        return 0
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
