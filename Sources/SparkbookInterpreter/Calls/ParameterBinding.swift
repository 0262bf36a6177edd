/// Python's rules for matching a call's arguments to a `def`'s parameters, with CPython's `TypeError` messages
/// (`f() missing 1 required positional argument: 'b'`).
enum ParameterBinding {
    static func bind(_ args: CallArguments, to function: PyFunction) throws -> [String: PyValue] {
        let name = function.name
        let parameters = function.parameters
        let positional = parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
        let variadic = parameters.first { $0.kind == .variadic }
        let keywordsParameter = parameters.first { $0.kind == .keywords }
        var bound: [String: PyValue] = [:]
        var extraKeywords: [PyValue.DictItem] = []

        if args.positional.count > positional.count, variadic == nil {
            let required = positional.filter { function.defaults[$0.name] == nil }.count
            let takes = required == positional.count ? "\(positional.count)" : "from \(required) to \(positional.count)"
            let given = args.positional.count
            throw ScriptError.type("\(name)() takes \(takes) positional argument\(positional.count == 1 && required == positional.count ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given")
        }
        for (p, value) in zip(positional, args.positional) { bound[p.name] = value }
        if let variadic { bound[variadic.name] = .tuple(Array(args.positional.dropFirst(positional.count))) }

        for (key, value) in args.keywords {
            if let p = parameters.first(where: { $0.name == key && ($0.kind == .positional || $0.kind == .keywordOnly) }) {
                guard bound[p.name] == nil else {
                    throw ScriptError.type("\(name)() got multiple values for argument '\(key)'")
                }
                bound[p.name] = value
            } else if keywordsParameter != nil {
                extraKeywords.append(.init(key: .string(key), value: value))
            } else if parameters.contains(where: { $0.name == key && $0.kind == .positionalOnly }) {
                throw ScriptError.type("\(name)() got some positional-only arguments passed as keyword arguments: '\(key)'")
            } else {
                throw ScriptError.type("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        if let keywordsParameter { bound[keywordsParameter.name] = .dict(extraKeywords) }

        for p in parameters where bound[p.name] == nil {
            if let value = function.defaults[p.name] { bound[p.name] = value }
        }
        let missing = positional.filter { bound[$0.name] == nil }.map(\.name)
        if !missing.isEmpty { throw ScriptError.type("\(name)() missing \(count(missing)) required positional \(plural(missing)): \(list(missing))") }
        let missingKeywords = parameters.filter { $0.kind == .keywordOnly && bound[$0.name] == nil }.map(\.name)
        if !missingKeywords.isEmpty {
            throw ScriptError.type("\(name)() missing \(count(missingKeywords)) required keyword-only \(plural(missingKeywords)): \(list(missingKeywords))")
        }
        return bound
    }

    private static func count(_ names: [String]) -> String { String(names.count) }

    private static func plural(_ names: [String]) -> String { names.count == 1 ? "argument" : "arguments" }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
    private static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
    }
}
