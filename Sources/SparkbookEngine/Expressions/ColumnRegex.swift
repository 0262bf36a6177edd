import Foundation

/// `df.colRegex("`(Col1)?+.+`")`: every column whose whole name matches a Java regular expression, expanded
/// where a select list names it (Spark's `UnresolvedRegex`). The pattern rides in a call no SQL text can name.
public enum ColumnRegex {
    static let name = "\u{1F}colregex"

    /// The select-list item for a `colRegex` argument: a back-quoted pattern is a regex, anything else the
    /// column of that name, as Spark reads it.
    public static func expression(_ text: String) -> Expression {
        guard text.count >= 2, text.first == "`", text.last == "`" else { return .column(text) }
        return .function(name, [.literal(.string(String(text.dropFirst().dropLast())))])
    }

    /// The pattern of a `colRegex` item, nil for any other expression.
    static func pattern(_ e: Expression) -> String? {
        guard case .function(name, let args) = e, case .literal(.string(let p))? = args.first else { return nil }
        return p
    }

    /// The positions of the names the whole pattern matches (Java's `Matcher.matches`).
    static func matches(_ pattern: String, in names: [String]) throws -> [Int] {
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: "^(?:\(pattern))$")
        } catch {
            throw SparkError(.analysis, errorClass: "INVALID_REGEX", message: "Invalid regular expression `\(pattern)`.")
        }
        return names.indices.filter { i in
            let name = names[i]
            return regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
    }
}
