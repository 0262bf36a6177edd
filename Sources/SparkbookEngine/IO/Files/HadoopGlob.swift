import Foundation

/// Hadoop's glob paths, as Spark's file readers expand them before listing: `*` and `?` within one path component,
/// `[abc]`, `[a-z]` and `[^a]` classes, `{a,b}` alternatives (nested, and spanning `/`), `\` escapes. A path
/// without glob characters is itself; a glob gives its matches in name order (hidden `_`/`.` names skipped, as
/// Spark skips them), and nothing matched is Spark's PATH_NOT_FOUND, naming the pattern.
public enum HadoopGlob {
    /// Whether `path` holds a glob character Hadoop interprets.
    public static func hasGlob(_ path: String) -> Bool {
        var escaped = false
        for c in path {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if "*?[{".contains(c) { return true }
        }
        return false
    }

    /// The existing paths an absolute `path` names; a non-glob path is returned as it is (its reader checks it).
    public static func expand(_ path: String) throws -> [String] {
        guard hasGlob(path) else { return [path] }
        var matches: [String] = []
        for alternative in braceAlternatives(path) {
            for match in try matchComponents(alternative) where !matches.contains(match) { matches.append(match) }
        }
        guard !matches.isEmpty else {
            throw SparkError(.analysis, errorClass: "PATH_NOT_FOUND", message: "Path does not exist: file:\(path).",
                             sqlState: "42K03")
        }
        return matches
    }

    /// `a{b,c{d,e}}f` as `abf`, `acdf`, `acef`.
    static func braceAlternatives(_ pattern: String) -> [String] {
        let chars = Array(pattern)
        var depth = 0, open: Int?, commas: [Int] = [], escaped = false
        for (i, c) in chars.enumerated() {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "{":
                if depth == 0 { open = i }
                depth += 1
            case "," where depth == 1: commas.append(i)
            case "}" where depth > 0:
                depth -= 1
                guard depth == 0, let start = open else { continue }
                let prefix = String(chars[..<start]), suffix = String(chars[(i + 1)...])
                let bounds = [start] + commas + [i]
                return zip(bounds, bounds.dropFirst()).flatMap { from, to in
                    braceAlternatives(prefix + String(chars[(from + 1)..<to]) + suffix)
                }
            default: break
            }
        }
        return [pattern]
    }

    /// Walks a brace-free pattern component by component, listing directories only where a component is a glob.
    private static func matchComponents(_ pattern: String) throws -> [String] {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var current = [pattern.hasPrefix("/") ? "/" : ""]
        let fm = FileManager.default
        for component in components {
            var next: [String] = []
            for base in current {
                if !hasGlob(component) {
                    next.append((base as NSString).appendingPathComponent(unescaped(component)))
                    continue
                }
                let regex = try componentRegex(component)
                let names = (try? fm.contentsOfDirectory(atPath: base.isEmpty ? "." : base)) ?? []
                for name in names.sorted() where !name.hasPrefix("_") && !name.hasPrefix(".") {
                    let range = NSRange(name.startIndex..., in: name)
                    if regex.firstMatch(in: name, range: range) != nil {
                        next.append((base as NSString).appendingPathComponent(name))
                    }
                }
            }
            current = next
        }
        return current.filter { fm.fileExists(atPath: $0) }
    }

    /// Whether a file name matches a one-component glob (`pathGlobFilter`), alternatives included.
    public static func matches(name: String, pattern: String) -> Bool {
        braceAlternatives(pattern).contains { alternative in
            guard let regex = try? componentRegex(alternative) else { return false }
            return regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
    }

    /// One component's glob as an anchored regular expression.
    private static func componentRegex(_ component: String) throws -> NSRegularExpression {
        var regex = "^"
        var chars = component.makeIterator()
        var inClass = false
        while let c = chars.next() {
            if inClass {
                if c == "]" { inClass = false; regex += "]" } else if c == "\\" { regex += "\\\\" } else { regex.append(c) }
                continue
            }
            switch c {
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            case "[":
                inClass = true
                regex += "["
                var peek = chars
                if let first = peek.next(), first == "^" || first == "!" { regex += "^"; chars = peek }
            case "\\": if let escaped = chars.next() { regex += NSRegularExpression.escapedPattern(for: String(escaped)) }
            default: regex += NSRegularExpression.escapedPattern(for: String(c))
            }
        }
        guard !inClass else {
            throw SparkError(.illegalArgument, message: "Illegal file pattern: Unclosed character class in \(component)")
        }
        return try NSRegularExpression(pattern: regex + "$")
    }

    private static func unescaped(_ component: String) -> String {
        var out = "", escaped = false
        for c in component {
            if escaped { out.append(c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
