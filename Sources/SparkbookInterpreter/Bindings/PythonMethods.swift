import SparkbookEngine
/// Methods of Python's own values that notebook cells use (`str.upper()`, `", ".join(...)`, `d.get(k)`).
enum PythonMethods {
    static func call(_ name: String, on receiver: PyValue, _ args: CallArguments) throws -> PyValue {
        switch (receiver, name) {
        case (.string(let s), "upper"): return .string(s.uppercased())
        case (.string(let s), "encode"): return .bytes(Array(s.utf8), mutable: false)
        case (.bytes(let b, _), "decode"):
            guard let s = String(validating: b, as: UTF8.self) else {
                throw ScriptError("UnicodeDecodeError", "'utf-8' codec can't decode bytes: invalid UTF-8")
            }
            return .string(s)
        case (.bytes(let b, _), "hex"): return .string(Value.hexText(b).lowercased())
        case (.string(let s), "lower"): return .string(s.lowercased())
        case (.string(let s), "strip"): return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case (.string(let s), "startswith"): return .bool(s.hasPrefix(try arg(args).string("prefix", in: name)))
        case (.string(let s), "endswith"): return .bool(s.hasSuffix(try arg(args).string("suffix", in: name)))
        case (.string(let s), "replace"):
            let v = try args.bind(["old", "new"], required: 2)
            return .string(s.replacingOccurrences(of: try v[0]!.string("old", in: name), with: try v[1]!.string("new", in: name)))
        case (.string(let s), "split"):
            let v = try args.bind(["sep", "maxsplit"])
            let limit = try v[1]?.int("maxsplit", in: name) ?? -1
            let sep: String? = if case .none? = v[0] { nil } else { try v[0].map { try $0.string("sep", in: name) } }
            if let sep {
                guard !sep.isEmpty else { throw ScriptError.value("empty separator") }
                var parts: [String] = []
                var rest = Substring(s)
                while limit < 0 || parts.count < limit, let r = rest.range(of: sep) {
                    parts.append(String(rest[..<r.lowerBound]))
                    rest = rest[r.upperBound...]
                }
                return .list((parts + [String(rest)]).map(PyValue.string))
            }
            let words = s.split(maxSplits: limit < 0 ? Int.max : limit, omittingEmptySubsequences: true, whereSeparator: \.isWhitespace)
            return .list(words.map { .string(String($0).trimmingCharacters(in: .whitespacesAndNewlines)) })
        case (.string(let s), "join"):
            guard case .list(let items) = try arg(args) else { throw ScriptError.type("join() needs a list of str") }
            return .string(try items.map { try $0.string("iterable", in: name) }.joined(separator: s))
        case (.string(let s), "format"):
            return .string(try formatFields(s, args))
        case (.dict(let items), "get"):
            let v = try args.bind(["key", "default"], required: 1)
            return items.first { Operators.equal($0.key, v[0]!) }?.value ?? v[1] ?? .none
        case (.dict, "copy"), (.list, "copy"): return receiver
        case (.list(let items), "count"):
            let v = try args.bind(["value"], required: 1)
            return .int(Int64(items.filter { Operators.equal($0, v[0]!) }.count))
        case (.list(let items), "index"):
            let v = try args.bind(["value"], required: 1)
            guard let i = items.firstIndex(where: { Operators.equal($0, v[0]!) }) else {
                throw ScriptError.value("\(v[0]!.repr) is not in list")
            }
            return .int(Int64(i))
        case (.dict(let items), "keys"): return .list(items.map(\.key))
        case (.dict(let items), "values"): return .list(items.map(\.value))
        case (.dict(let items), "items"): return .list(items.map { .tuple([$0.key, $0.value]) })
        default:
            throw Members.missingAttribute(name, of: receiver)
        }
    }

    /// `str.format`: `{}` (auto-numbered), `{0}`, `{name}`, each with `!r`/`!s` and a `:spec`; `{{`/`}}` escape.
    private static func formatFields(_ template: String, _ args: CallArguments) throws -> String {
        var out = ""
        var chars = Array(template)[...]
        var auto = 0
        while let c = chars.popFirst() {
            if c == "{", chars.first == "{" { chars.removeFirst(); out.append("{"); continue }
            if c == "}", chars.first == "}" { chars.removeFirst(); out.append("}"); continue }
            guard c == "{" else { out.append(c); continue }
            guard let close = chars.firstIndex(of: "}") else { throw ScriptError.value("Single '{' encountered in format string") }
            let field = String(chars[chars.startIndex..<close])
            chars = chars[(close + 1)...]
            var name = field, spec: String?, conversion: Character?
            if let colon = name.firstIndex(of: ":") { spec = String(name[name.index(after: colon)...]); name = String(name[..<colon]) }
            if let bang = name.firstIndex(of: "!") { conversion = name[name.index(after: bang)...].first; name = String(name[..<bang]) }
            let value: PyValue
            if name.isEmpty {
                guard auto < args.positional.count else { throw ScriptError("IndexError", "Replacement index \(auto) out of range for positional args tuple") }
                value = args.positional[auto]; auto += 1
            } else if let index = Int(name) {
                guard index < args.positional.count else { throw ScriptError("IndexError", "Replacement index \(index) out of range for positional args tuple") }
                value = args.positional[index]
            } else {
                guard let keyword = args.keywords.first(where: { $0.name == name }) else { throw ScriptError("KeyError", "'\(name)'") }
                value = keyword.value
            }
            out += try Formatting.format(value, conversion: conversion, spec: spec, span: .point(0))
        }
        return out
    }

    private static func arg(_ args: CallArguments) throws -> PyValue {
        guard args.positional.count == 1 else { throw ScriptError.type("\(args.functionName)() takes exactly one argument") }
        return args.positional[0]
    }
}

import Foundation
