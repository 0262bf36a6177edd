import Foundation

/// `split(str, regex[, limit])`: Java's `String.split` as Spark's `UTF8String.split` calls it. A limit of 0
/// behaves as -1 (trailing empty strings are kept), an empty pattern splits into characters.
enum SplitFunction {
    static func make() -> RowFunction {
        RowFunction("split", arity: 2...3, namer: { $0.count == 2 ? "split(\($0[0]), \($0[1]), -1)" : "split(\($0.joined(separator: ", ")))" },
                    signature: Signatures.fixed([.string, .string, .integer], .array(element: .string, containsNull: false))) { v, _ in
            let limit = v.count > 2 ? Int(v[2].int64Value ?? -1) : -1
            return .array(try split(v[0].string, pattern: v[1].string, limit: limit).map(Value.string))
        }
    }

    static func split(_ input: String, pattern: String, limit: Int) throws -> [String] {
        if pattern.isEmpty {
            guard !input.isEmpty else { return [""] }
            let characters = input.unicodeScalars.map(String.init)
            let count = limit <= 0 || limit > characters.count ? characters.count : limit
            return Array(characters.prefix(count - 1)) + [characters.dropFirst(count - 1).joined()]
        }
        return try javaSplit(input, regex: JavaRegex.compile(pattern), limit: limit == 0 ? -1 : limit)
    }

    /// `java.util.regex.Pattern.split`: at most `limit - 1` splits when `limit > 0`; a zero-width match at the
    /// very start never yields a leading empty string; no match at all yields the input.
    static func javaSplit(_ input: String, regex: NSRegularExpression, limit: Int) -> [String] {
        let text = input as NSString
        var parts: [String] = []
        var index = 0
        let limited = limit > 0
        for match in regex.matches(in: input, range: NSRange(location: 0, length: text.length)) {
            let range = match.range
            if !limited || parts.count < limit - 1 {
                if index == 0 && range.location == 0 && range.length == 0 { continue }
                parts.append(text.substring(with: NSRange(location: index, length: range.location - index)))
                index = range.location + range.length
            } else {
                break
            }
        }
        if index == 0 { return [input] }
        parts.append(text.substring(from: index))
        return parts
    }
}
