/// Completion by context, as a pure function of the text before the cursor and a `CompletionScope`:
/// meta commands after `:`, column names inside `col("`, `df["` and the string arguments of select/groupBy/
/// orderBy, configuration keys inside `.config("` and `conf.get("`, members after `name.` (methods end in `(`),
/// and variable names elsewhere.
public enum Completer {
    /// DataFrame methods whose string arguments are column names.
    static let columnTakingMethods: Set<String> = [
        "select", "groupBy", "groupby", "orderBy", "sort", "drop", "dropDuplicates", "cube", "rollup", "sortWithinPartitions",
    ]
    /// Functions whose first string argument is a column name.
    static let columnFunctions: Set<String> = ["col", "column"]
    /// Calls whose first string argument is a configuration key.
    static let configCalls: Set<String> = ["config", "get", "set", "unset", "isModifiable"]

    public static func complete(_ line: String, in scope: CompletionScope) -> Completion {
        let chars = Array(line)
        if let meta = metaCommand(chars, scope) { return meta }
        if let string = insideString(chars, scope) { return string }
        return nameOrMember(chars, scope)
    }

    // MARK: Meta commands

    private static func metaCommand(_ chars: [Character], _ scope: CompletionScope) -> Completion? {
        guard let colon = chars.firstIndex(where: { $0 != " " && $0 != "\t" }), chars[colon] == ":" else { return nil }
        let word = String(chars[(colon + 1)...])
        guard !word.contains(" ") else { return Completion(start: chars.count, candidates: []) }
        return Completion(start: colon + 1, candidates: scope.metaCommands.filter { $0.hasPrefix(word) })
    }

    // MARK: Strings

    /// The open string the cursor is in: where its text starts and its quote character.
    static func openString(_ chars: [Character]) -> (quoteIndex: Int, quote: Character)? {
        var open: (Int, Character)?
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let (_, quote) = open {
                if c == "\\" { i += 2; continue }
                if c == quote { open = nil }
            } else if c == "#" {
                return nil  // a comment runs to the end of the line
            } else if c == "\"" || c == "'" {
                open = (i, c)
            }
            i += 1
        }
        return open
    }

    private static func insideString(_ chars: [Character], _ scope: CompletionScope) -> Completion? {
        guard let (quoteIndex, quote) = openString(chars) else { return nil }
        let typed = String(chars[(quoteIndex + 1)...])
        let start = quoteIndex + 1
        var before = quoteIndex - 1
        while before >= 0, chars[before] == " " { before -= 1 }
        guard before >= 0 else { return Completion(start: start, candidates: []) }
        let pool: [String]
        if chars[before] == "[" {
            // df["co
            let receiver = identifier(endingAt: before - 1, in: chars)
            pool = scope.variables[receiver]?.columns ?? []
        } else if let call = enclosingCall(endingBefore: quoteIndex, in: chars) {
            if columnFunctions.contains(call.name), call.argumentIndex == 0 {
                pool = dataFrameNamed(in: chars, scope).flatMap { scope.variables[$0]?.columns } ?? scope.allColumns
            } else if configCalls.contains(call.name), call.argumentIndex == 0, isConfigReceiver(call.receiver, scope) {
                pool = scope.configKeys
            } else if columnTakingMethods.contains(call.name), let receiver = call.receiver,
                      let root = rootVariable(of: receiver), let columns = scope.variables[root]?.columns {
                pool = columns
            } else {
                pool = []
            }
        } else {
            pool = []
        }
        return Completion(start: start, candidates: pool.filter { $0.hasPrefix(typed) }.map { $0 + String(quote) })
    }

    /// `.config(` on a builder chain, or `get(` on `spark.conf` or a conf variable.
    private static func isConfigReceiver(_ receiver: String?, _ scope: CompletionScope) -> Bool {
        guard let receiver else { return false }
        // `.config("` at the start of a continuation line of a builder chain.
        if receiver.isEmpty { return true }
        return receiver.hasSuffix(".conf") || receiver.hasSuffix("builder") || receiver.contains("builder.")
            || receiver.contains(".appName(") || receiver.contains(".master(") || receiver.contains(".config(")
            || scope.variables[receiver]?.methods.contains("isModifiable") == true
            || scope.variables[receiver]?.methods.contains("getOrCreate") == true
    }

    struct Call {
        var name: String
        /// The expression the method is called on (`events_df.groupBy` -> `events_df`), nil for a plain function.
        var receiver: String?
        var argumentIndex: Int
    }

    /// The call whose argument list is open at `index`: its name, receiver text and which argument this is.
    static func enclosingCall(endingBefore index: Int, in chars: [Character]) -> Call? {
        var depth = 0
        var commas = 0
        var i = index - 1
        while i >= 0 {
            switch chars[i] {
            case ")", "]", "}": depth += 1
            case "[", "{": if depth == 0 { return nil } else { depth -= 1 }
            case "(":
                if depth == 0 {
                    let name = identifier(endingAt: i - 1, in: chars)
                    guard !name.isEmpty else { return nil }
                    let nameStart = i - name.count
                    var receiver: String?
                    if nameStart - 1 >= 0, chars[nameStart - 1] == "." {
                        receiver = expression(endingAt: nameStart - 2, in: chars)
                    }
                    return Call(name: name, receiver: receiver, argumentIndex: commas)
                }
                depth -= 1
            case ",": if depth == 0 { commas += 1 }
            default: break
            }
            i -= 1
        }
        return nil
    }

    /// The identifier whose last character is at `end`; empty when `chars[end]` is not a name character (the
    /// cursor right after `.`, `(`, `=` or a space). Half-open ranges, so an empty name is `i + 1 ..< i + 1`.
    static func identifier(endingAt end: Int, in chars: [Character]) -> String {
        guard end >= 0 else { return "" }
        var i = end
        while i >= 0, isIdentifierChar(chars[i]) { i -= 1 }
        return String(chars[(i + 1)..<(end + 1)])
    }

    /// A dotted chain with calls (`spark.read.option("a", 1).csv`), ending at `end`.
    static func expression(endingAt end: Int, in chars: [Character]) -> String {
        guard end >= 0 else { return "" }
        var i = end
        var depth = 0
        while i >= 0 {
            let c = chars[i]
            if c == ")" || c == "]" { depth += 1 } else if c == "(" || c == "[" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, !(isIdentifierChar(c) || c == "." || c == " " || c == "\n") { break }
            i -= 1
        }
        return String(chars[(i + 1)..<(end + 1)]).trimmingSpaces
    }

    /// `events_df` in `events_df.groupBy("x").agg(...)`.
    static func rootVariable(of expression: String) -> String? {
        let root = expression.prefix { isIdentifierChar($0) }
        return root.isEmpty ? nil : String(root)
    }

    /// The DataFrame variable this line works on (the first one named), for `col("`.
    private static func dataFrameNamed(in chars: [Character], _ scope: CompletionScope) -> String? {
        var i = 0
        while i < chars.count {
            if isIdentifierChar(chars[i]), i == 0 || !isIdentifierChar(chars[i - 1]) {
                var j = i
                while j < chars.count, isIdentifierChar(chars[j]) { j += 1 }
                let name = String(chars[i..<j])
                if scope.variables[name]?.isDataFrame == true { return name }
                i = j
            } else {
                i += 1
            }
        }
        return nil
    }

    // MARK: Names and members

    private static func nameOrMember(_ chars: [Character], _ scope: CompletionScope) -> Completion {
        let word = identifier(endingAt: chars.count - 1, in: chars)
        let start = chars.count - word.count
        if start - 1 >= 0, chars[start - 1] == "." {
            let receiver = expression(endingAt: start - 2, in: chars)
            guard let variable = scope.variables[receiver] else { return Completion(start: start, candidates: []) }
            let methods = preferredSpellings(variable.methods).filter { $0.hasPrefix(word) }.map { $0 + "(" }
            let properties = variable.properties.filter { $0.hasPrefix(word) }
            return Completion(start: start, candidates: (properties + methods).sorted())
        }
        if word.isEmpty {
            let lineStart = (chars.lastIndex(of: "\n") ?? -1) + 1
            let line = chars[lineStart...]
            // Tab at the start of a continuation line indents, as IPython does (a first line stays unindented).
            if lineStart > 0, line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                return Completion(start: start, candidates: [indent])
            }
            // After `(`, `=`, `,`, an operator or a space, or on an empty line: every name in scope. After a value
            // (`)`, `]`, a closed string, a number) there is no name to start.
            if let previous = line.last, !namesMayFollow(previous) { return Completion(start: start, candidates: []) }
        } else if word.first?.isNumber == true {
            return Completion(start: start, candidates: [])
        }
        return Completion(start: start, candidates: scope.variables.keys.filter { $0.hasPrefix(word) }.sorted())
    }

    /// What Tab inserts at the start of a line.
    static let indent = "    "

    /// Whether a name can start right after `c`: an opening bracket, a separator, an operator or a space.
    static func namesMayFollow(_ c: Character) -> Bool {
        " \t([{,=:+-*/%<>!&|^~@".contains(c)
    }

    /// PySpark keeps lower-case aliases (`groupby`) of camelCase methods; offer only the documented spelling.
    static func preferredSpellings(_ methods: [String]) -> [String] {
        let camel = Set(methods.filter { $0 != $0.lowercased() }.map { $0.lowercased() })
        return methods.filter { $0 != $0.lowercased() || !camel.contains($0) }
    }

    static func isIdentifierChar(_ c: Character) -> Bool { c == "_" || c.isLetter || c.isNumber }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
}
