import Foundation

/// `re.compile(...)`'s result: Python's pattern text and flags, and the ICU expression it is run as
/// (`RegexModule.translated`: `(?P<name>...)` is `(?<name>...)`, `\Z` is `\z`).
public final class RegexPattern: @unchecked Sendable {
    public let pattern: String
    public let flags: Int
    let regex: NSRegularExpression
    /// Group names by number, for `groupdict()` and `\g<name>`.
    let groupNames: [String: Int]

    init(_ pattern: String, flags: Int) throws {
        self.pattern = pattern
        self.flags = flags
        var options: NSRegularExpression.Options = []
        if flags & RegexModule.ignoreCase != 0 { options.insert(.caseInsensitive) }
        if flags & RegexModule.multiline != 0 { options.insert(.anchorsMatchLines) }
        if flags & RegexModule.dotAll != 0 { options.insert(.dotMatchesLineSeparators) }
        if flags & RegexModule.verbose != 0 { options.insert(.allowCommentsAndWhitespace) }
        let (translated, names) = RegexModule.translated(pattern)
        do {
            regex = try NSRegularExpression(pattern: translated, options: options)
        } catch {
            throw ScriptError("re.error", "bad pattern \(PyValue.string(pattern).repr)")
        }
        groupNames = names
    }

    /// `re.compile('a+')`, with the flags by name when there are any.
    var repr: String {
        let names = RegexModule.flagNames.filter { flags & $0.value != 0 }.map { "re.\($0.name)" }
        return "re.compile(\(PyValue.string(pattern).repr)\(names.isEmpty ? "" : ", " + names.joined(separator: "|")))"
    }
}

/// A successful match: the subject and each group's range (nil for a group that did not take part).
public struct RegexMatch: Sendable {
    public let pattern: RegexPattern
    public let subject: String
    let ranges: [Range<String.Index>?]

    init(_ result: NSTextCheckingResult, pattern: RegexPattern, subject: String) {
        self.pattern = pattern
        self.subject = subject
        ranges = (0..<result.numberOfRanges).map { Range(result.range(at: $0), in: subject) }
    }

    func group(_ i: Int) -> PyValue {
        guard i < ranges.count, let r = ranges[i] else { return .none }
        return .string(String(subject[r]))
    }

    /// A group's start and end, counted in characters as Python counts them; -1 for a group that did not match.
    func span(_ i: Int) -> (Int, Int) {
        guard i < ranges.count, let r = ranges[i] else { return (-1, -1) }
        let start = subject.unicodeScalars.distance(from: subject.startIndex, to: r.lowerBound)
        return (start, start + subject.unicodeScalars.distance(from: r.lowerBound, to: r.upperBound))
    }

    /// `<re.Match object; span=(0, 5), match='hello'>`.
    var repr: String {
        let (s, e) = span(0)
        return "<re.Match object; span=(\(s), \(e)), match=\(group(0).repr)>"
    }
}
