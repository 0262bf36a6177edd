/// A path into a variant as `variant_get` and the variant edit functions take it: `$` then any of `.key`,
/// `['key']`, `["key"]` and `[index]` (Spark's `VariantPathParser`). Anything else is Spark's
/// `INVALID_VARIANT_GET_PATH` error, raised by the caller naming its function.
public struct VariantPath: Sendable, Hashable {
    public enum Segment: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public let segments: [Segment]

    public init?(_ text: String) {
        let chars = Array(text)
        guard chars.first == "$" else { return nil }
        var segments: [Segment] = []
        var i = 1
        while i < chars.count {
            if chars[i] == "." {
                var j = i + 1
                while j < chars.count, chars[j] != ".", chars[j] != "[" { j += 1 }
                guard j > i + 1 else { return nil }
                segments.append(.key(String(chars[(i + 1)..<j])))
                i = j
            } else if chars[i] == "[" {
                guard i + 1 < chars.count else { return nil }
                if chars[i + 1] == "'" || chars[i + 1] == "\"" {
                    let quote = chars[i + 1]
                    guard let close = chars[(i + 2)...].firstIndex(of: quote), close + 1 < chars.count,
                          chars[close + 1] == "]" else { return nil }
                    segments.append(.key(String(chars[(i + 2)..<close])))
                    i = close + 2
                } else {
                    guard let close = chars[(i + 1)...].firstIndex(of: "]"),
                          let index = Int(String(chars[(i + 1)..<close])), index >= 0 else { return nil }
                    segments.append(.index(index))
                    i = close + 1
                }
            } else {
                return nil
            }
        }
        self.segments = segments
    }

    /// Spark's error for a path that does not parse.
    public static func invalid(_ text: String, in function: String) -> SparkError {
        SparkError(.execution, errorClass: "INVALID_VARIANT_GET_PATH",
                   message: "The path `\(text)` is not a valid variant extraction path in ``\(function)``.\nA valid path should start with `$` and is followed by zero or more segments like `[123]`, `.name`, `['name']`, or `[\"name\"]`.",
                   sqlState: "22023")
    }
}

extension Variant {
    /// The value at `path`, or nil when a step finds no such field or element.
    public func value(at path: VariantPath) -> Variant? {
        var current = self
        for segment in path.segments {
            switch segment {
            case .key(let key): guard let next = current.field(named: key) else { return nil }; current = next
            case .index(let i): guard let next = current.element(at: i) else { return nil }; current = next
            }
        }
        return current
    }
}
