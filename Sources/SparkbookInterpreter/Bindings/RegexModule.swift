import Foundation

/// Python's `re`: `compile`, `match`, `fullmatch`, `search`, `sub`/`subn` (a template or a function as the
/// replacement), `findall`, `finditer`, `split`, `escape` and the flags; patterns run on ICU's engine, whose
/// syntax is Python's for what notebooks write (classes, groups, named groups, lookarounds, lazy quantifiers).
enum RegexModule {
    static let ignoreCase = 2, multiline = 8, dotAll = 16, verbose = 64, ascii = 256
    static let flagNames: [(name: String, value: Int)] = [
        ("IGNORECASE", ignoreCase), ("MULTILINE", multiline), ("DOTALL", dotAll), ("VERBOSE", verbose), ("ASCII", ascii),
    ]
    static let flags: [String: Int] = [
        "I": ignoreCase, "IGNORECASE": ignoreCase, "M": multiline, "MULTILINE": multiline, "S": dotAll,
        "DOTALL": dotAll, "X": verbose, "VERBOSE": verbose, "A": ascii, "ASCII": ascii, "NOFLAG": 0,
    ]
    static let functions = ["compile", "match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "split", "escape"]
    static let names = functions + flags.keys.sorted()
    static let patternMethods = ["match", "fullmatch", "search", "sub", "subn", "findall", "finditer", "split"]
    static let patternProperties = ["pattern", "flags", "groups", "groupindex"]
    static let matchMethods = ["group", "groups", "groupdict", "start", "end", "span"]
    static let matchProperties = ["string", "re", "pos", "endpos", "lastindex"]

    /// The pattern in ICU's syntax and its group names: `(?P<name>` is `(?<name>`, `(?P=name)` is `\k<name>`,
    /// `\Z` is `\z`.
    static func translated(_ pattern: String) -> (String, [String: Int]) {
        var out = "", names: [String: Int] = [:]
        var chars = Array(pattern)[...]
        var group = 0, inClass = false
        while let c = chars.popFirst() {
            if c == "\\", let next = chars.popFirst() {
                out += next == "Z" ? "\\z" : "\\\(next)"
                continue
            }
            if inClass { if c == "]" { inClass = false }; out.append(c); continue }
            if c == "[" { inClass = true; out.append(c); if chars.first == "]" { out.append(chars.removeFirst()) }; continue }
            guard c == "(" else { out.append(c); continue }
            if chars.first != "?" { group += 1; out.append(c); continue }
            let rest = String(chars.prefix(3))
            if rest.hasPrefix("?P<") {
                chars.removeFirst(3)
                let name = String(chars.prefix { $0 != ">" })
                group += 1
                names[name] = group
                out += "(?<"
                continue
            }
            if rest.hasPrefix("?P=") {
                chars.removeFirst(3)
                let name = String(chars.prefix { $0 != ")" })
                chars.removeFirst(min(chars.count, name.count + 1))
                out += "\\k<\(name)>"
                continue
            }
            if rest.hasPrefix("?<"), let third = rest.dropFirst(2).first, third != "=", third != "!" {
                // `(?<name>` is Python 3.12's spelling too.
                let name = String(chars.dropFirst(2).prefix { $0 != ">" })
                group += 1
                names[name] = group
            }
            out.append(c)
        }
        return (out, names)
    }

    static func compile(_ value: PyValue, flags: PyValue?) throws -> RegexPattern {
        let flagValue = try flags.map { $0.isNone ? 0 : try $0.int("flags", in: "compile") } ?? 0
        switch value {
        case .regexPattern(let p):
            guard flagValue == 0 else { throw ScriptError.value("cannot process flags argument with a compiled pattern") }
            return p
        case .string(let s): return try RegexPattern(s, flags: flagValue)
        default: throw ScriptError.type("first argument must be string or compiled pattern")
        }
    }

    static func call(_ name: String, _ args: CallArguments, interpreter: Interpreter) async throws -> PyValue {
        switch name {
        case "compile":
            let v = try args.bind(["pattern", "flags"], required: 1)
            return .regexPattern(try compile(v[0]!, flags: v[1]))
        case "escape":
            let v = try args.bind(["pattern"], required: 1)
            let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}")
            return .string(String(try v[0]!.string("pattern", in: name).flatMap { special.contains($0) ? ["\\", $0] : [$0] }))
        case "sub", "subn":
            let v = try args.bind(["pattern", "repl", "string", "count", "flags"], required: 3)
            let pattern = try compile(v[0]!, flags: v[4])
            return try await callPattern(name, pattern, CallArguments(positional: [v[1]!, v[2]!] + (v[3].map { [$0] } ?? []),
                                                                  functionName: name), interpreter: interpreter)
        case "split":
            let v = try args.bind(["pattern", "string", "maxsplit", "flags"], required: 2)
            let pattern = try compile(v[0]!, flags: v[3])
            return try await callPattern(name, pattern, CallArguments(positional: [v[1]!] + (v[2].map { [$0] } ?? []),
                                                                  functionName: name), interpreter: interpreter)
        default:
            let v = try args.bind(["pattern", "string", "flags"], required: 2)
            let pattern = try compile(v[0]!, flags: v[2])
            return try await callPattern(name, pattern, CallArguments(positional: [v[1]!], functionName: name),
                                         interpreter: interpreter)
        }
    }

    static func callPattern(_ name: String, _ pattern: RegexPattern, _ args: CallArguments,
                            interpreter: Interpreter) async throws -> PyValue {
        func subject(_ value: PyValue?) throws -> String {
            guard case .string(let s)? = value else {
                throw ScriptError.type("expected string or bytes-like object, got '\(value?.typeName ?? "NoneType")'")
            }
            return s
        }
        func all(_ s: String) -> [RegexMatch] {
            pattern.regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).map { RegexMatch($0, pattern: pattern, subject: s) }
        }
        switch name {
        case "match", "fullmatch", "search":
            let v = try args.bind(["string"], required: 1)
            let s = try subject(v[0])
            let range = NSRange(s.startIndex..., in: s)
            let options: NSRegularExpression.MatchingOptions = name == "search" ? [] : [.anchored]
            guard let found = pattern.regex.firstMatch(in: s, options: options, range: range) else { return .none }
            if name == "fullmatch", found.range.upperBound != range.upperBound {
                // The first match from the start may stop early where a longer one reaches the end.
                let whole = try RegexPattern("(?:\(pattern.pattern))\\Z", flags: pattern.flags)
                guard let longer = whole.regex.firstMatch(in: s, options: [.anchored], range: range) else { return .none }
                return .regexMatch(RegexMatch(longer, pattern: pattern, subject: s))
            }
            return .regexMatch(RegexMatch(found, pattern: pattern, subject: s))
        case "findall":
            let v = try args.bind(["string"], required: 1)
            let groups = pattern.regex.numberOfCaptureGroups
            return .list(all(try subject(v[0])).map { m in
                func text(_ i: Int) -> PyValue { if case .none = m.group(i) { return .string("") }; return m.group(i) }
                switch groups {
                case 0: return m.group(0)
                case 1: return text(1)
                default: return .tuple((1...groups).map(text))
                }
            })
        case "finditer":
            let v = try args.bind(["string"], required: 1)
            return .list(all(try subject(v[0])).map(PyValue.regexMatch))
        case "split":
            let v = try args.bind(["string", "maxsplit"], required: 1)
            let s = try subject(v[0])
            let limit = try v[1]?.int("maxsplit", in: name) ?? 0
            var parts: [PyValue] = [], last = s.startIndex, count = 0
            for m in all(s) {
                if limit > 0 && count >= limit { break }
                guard let r = m.ranges[0] else { continue }
                parts.append(.string(String(s[last..<r.lowerBound])))
                parts += (1..<max(1, m.ranges.count)).map { m.group($0) }
                last = r.upperBound
                count += 1
            }
            parts.append(.string(String(s[last...])))
            return .list(parts)
        default: // sub, subn
            let v = try args.bind(["repl", "string", "count"], required: 2)
            let s = try subject(v[1])
            let limit = try v[2]?.int("count", in: name) ?? 0
            var out = "", last = s.startIndex, count = 0
            for m in all(s) {
                if limit > 0 && count >= limit { break }
                guard let r = m.ranges[0] else { continue }
                out += s[last..<r.lowerBound]
                switch v[0]! {
                case .string(let template): out += try expand(template, m)
                case let function:
                    let result = try await interpreter.call(function, CallArguments(positional: [.regexMatch(m)],
                                                                                    functionName: Members.functionName(function)),
                                                            span: .point(0))
                    out += try result.string("repl", in: name)
                }
                last = r.upperBound
                count += 1
            }
            out += s[last...]
            return name == "subn" ? .tuple([.string(out), .int(Int64(count))]) : .string(out)
        }
    }

    /// A replacement template: `\1`, `\g<1>`, `\g<name>`, and the escapes `\n`, `\t`, `\\`.
    static func expand(_ template: String, _ m: RegexMatch) throws -> String {
        var out = ""
        var chars = Array(template)[...]
        func group(_ i: Int) throws -> String {
            guard i < m.ranges.count else { throw ScriptError("re.error", "invalid group reference \(i)") }
            if case .string(let s) = m.group(i) { return s }
            return ""
        }
        while let c = chars.popFirst() {
            guard c == "\\", let next = chars.popFirst() else { out.append(c); continue }
            switch next {
            case "n": out += "\n"
            case "t": out += "\t"
            case "r": out += "\r"
            case "\\": out += "\\"
            case "g":
                guard chars.first == "<", let close = chars.firstIndex(of: ">") else { throw ScriptError("re.error", "missing <") }
                let reference = String(chars[chars.index(after: chars.startIndex)..<close])
                chars = chars[chars.index(after: close)...]
                if let i = Int(reference) { out += try group(i) }
                else if let i = m.pattern.groupNames[reference] { out += try group(i) }
                else { throw ScriptError("IndexError", "unknown group name '\(reference)'") }
            case _ where next.isASCII && next.isNumber:
                var digits = String(next)
                if let d = chars.first, d.isASCII, d.isNumber { digits.append(chars.removeFirst()) }
                out += try group(Int(digits)!)
            default: out += "\\\(next)"
            }
        }
        return out
    }

    static func callMatch(_ name: String, _ m: RegexMatch, _ args: CallArguments) throws -> PyValue {
        func index(_ value: PyValue) throws -> Int {
            switch value {
            case .int(let i) where i >= 0 && Int(i) < m.ranges.count: return Int(i)
            case .string(let s): if let i = m.pattern.groupNames[s] { return i }
            default: break
            }
            throw ScriptError("IndexError", "no such group")
        }
        switch name {
        case "group":
            guard args.keywords.isEmpty else { throw ScriptError.type("group() takes no keyword arguments") }
            if args.positional.isEmpty { return m.group(0) }
            let groups = try args.positional.map { m.group(try index($0)) }
            return groups.count == 1 ? groups[0] : .tuple(groups)
        case "groups":
            let v = try args.bind(["default"])
            return .tuple((1..<max(1, m.ranges.count)).map { i in
                if case .none = m.group(i) { return v[0] ?? .none }
                return m.group(i)
            })
        case "groupdict":
            let v = try args.bind(["default"])
            return .dict(m.pattern.groupNames.sorted { $0.value < $1.value }.map { name, i in
                var value = m.group(i)
                if case .none = value { value = v[0] ?? .none }
                return PyValue.DictItem(key: .string(name), value: value)
            })
        case "start", "end", "span":
            let v = try args.bind(["group"])
            let (s, e) = m.span(try index(v[0] ?? .int(0)))
            switch name {
            case "start": return .int(Int64(s))
            case "end": return .int(Int64(e))
            default: return .tuple([.int(Int64(s)), .int(Int64(e))])
            }
        default:
            throw Members.missingAttribute(name, of: .regexMatch(m))
        }
    }

    static func patternAttribute(_ name: String, _ p: RegexPattern) -> PyValue? {
        switch name {
        case "pattern": .string(p.pattern)
        case "flags": .int(Int64(p.flags | 32))  // re.UNICODE, which Python adds to every str pattern
        case "groups": .int(Int64(p.regex.numberOfCaptureGroups))
        case "groupindex": .dict(p.groupNames.sorted { $0.value < $1.value }.map { .init(key: .string($0.key), value: .int(Int64($0.value))) })
        default: nil
        }
    }

    static func matchAttribute(_ name: String, _ m: RegexMatch) -> PyValue? {
        switch name {
        case "string": .string(m.subject)
        case "re": .regexPattern(m.pattern)
        case "pos": .int(0)
        case "endpos": .int(Int64(m.subject.unicodeScalars.count))
        case "lastindex": m.ranges.indices.dropFirst().last { m.ranges[$0] != nil }.map { .int(Int64($0)) } ?? PyValue.none
        default: nil
        }
    }
}
