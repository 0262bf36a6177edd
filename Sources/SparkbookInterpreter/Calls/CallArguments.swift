/// The arguments of one call, matched to a function's parameters the way Python matches them.
public struct CallArguments: Sendable {
    public var positional: [PyValue]
    public var keywords: [(name: String, value: PyValue)]
    /// The function's name for error messages (`show()`).
    public var functionName: String

    public init(positional: [PyValue] = [], keywords: [(name: String, value: PyValue)] = [], functionName: String = "") {
        self.positional = positional
        self.keywords = keywords
        self.functionName = functionName
    }

    /// Values for `parameters` in order (nil where not given); rejects unknown keywords, duplicates and
    /// surplus positionals with Python's messages.
    public func bind(_ parameters: [String], required: Int = 0) throws -> [PyValue?] {
        guard positional.count <= parameters.count else {
            throw ScriptError.type("\(functionName)() takes \(parameters.count) positional arguments but \(positional.count) were given")
        }
        var bound = [PyValue?](repeating: nil, count: parameters.count)
        for (i, value) in positional.enumerated() { bound[i] = value }
        for (name, value) in keywords {
            guard let i = parameters.firstIndex(of: name) else {
                throw ScriptError.type("\(functionName)() got an unexpected keyword argument '\(name)'")
            }
            guard bound[i] == nil else {
                throw ScriptError.type("\(functionName)() got multiple values for argument '\(name)'")
            }
            bound[i] = value
        }
        for i in 0..<required where bound[i] == nil {
            throw ScriptError.type("\(functionName)() missing 1 required positional argument: '\(parameters[i])'")
        }
        return bound
    }

    /// Every positional argument, flattening one list or tuple (`select(["a", "b"])` == `select("a", "b")`).
    public func variadic() throws -> [PyValue] {
        if let k = keywords.first {
            throw ScriptError.type("\(functionName)() got an unexpected keyword argument '\(k.name)'")
        }
        if positional.count == 1 {
            switch positional[0] {
            case .list(let items), .tuple(let items): return items
            default: break
            }
        }
        return positional
    }

    public func noArguments() throws {
        guard positional.isEmpty, keywords.isEmpty else {
            throw ScriptError.type("\(functionName)() takes no arguments")
        }
    }
}
