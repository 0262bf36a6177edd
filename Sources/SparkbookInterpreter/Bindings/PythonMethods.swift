/// Methods of Python's own values that notebook cells use (`str.upper()`, `", ".join(...)`, `d.get(k)`).
enum PythonMethods {
    static func call(_ name: String, on receiver: PyValue, _ args: CallArguments) throws -> PyValue {
        switch (receiver, name) {
        case (.string(let s), "upper"): return .string(s.uppercased())
        case (.string(let s), "lower"): return .string(s.lowercased())
        case (.string(let s), "strip"): return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case (.string(let s), "startswith"): return .bool(s.hasPrefix(try arg(args).string("prefix", in: name)))
        case (.string(let s), "endswith"): return .bool(s.hasSuffix(try arg(args).string("suffix", in: name)))
        case (.string(let s), "replace"):
            let v = try args.bind(["old", "new"], required: 2)
            return .string(s.replacingOccurrences(of: try v[0]!.string("old", in: name), with: try v[1]!.string("new", in: name)))
        case (.string(let s), "split"):
            let v = try args.bind(["sep"])
            if let sep = try v[0].map({ try $0.string("sep", in: name) }) {
                return .list(s.components(separatedBy: sep).map(PyValue.string))
            }
            return .list(s.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
        case (.string(let s), "join"):
            guard case .list(let items) = try arg(args) else { throw ScriptError.type("join() needs a list of str") }
            return .string(try items.map { try $0.string("iterable", in: name) }.joined(separator: s))
        case (.string(let s), "format"):
            var out = s
            for (i, value) in args.positional.enumerated() { out = out.replacingOccurrences(of: "{\(i)}", with: value.str) }
            for value in args.positional { if let r = out.range(of: "{}") { out.replaceSubrange(r, with: value.str) } }
            for (key, value) in args.keywords { out = out.replacingOccurrences(of: "{\(key)}", with: value.str) }
            return .string(out)
        case (.dict(let items), "get"):
            let v = try args.bind(["key", "default"], required: 1)
            return items.first { Operators.equal($0.key, v[0]!) }?.value ?? v[1] ?? .none
        case (.dict(let items), "keys"): return .list(items.map(\.key))
        case (.dict(let items), "values"): return .list(items.map(\.value))
        case (.dict(let items), "items"): return .list(items.map { .tuple([$0.key, $0.value]) })
        case (.list, "append"):
            throw ScriptError("NotImplementedError", "list.append() mutates in place, which Sparkbook does not support yet; use xs = xs + [x]")
        default:
            throw Members.missingAttribute(name, of: receiver)
        }
    }

    private static func arg(_ args: CallArguments) throws -> PyValue {
        guard args.positional.count == 1 else { throw ScriptError.type("\(args.functionName)() takes exactly one argument") }
        return args.positional[0]
    }
}

import Foundation
