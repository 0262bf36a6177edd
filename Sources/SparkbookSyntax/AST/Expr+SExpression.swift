/// A compact, unambiguous S-expression of the tree, for tests, debugging and REPL
/// `:ast` style output: `a & b | ~c` prints as `(| (& a b) (~ c))`. Spans are omitted.
extension Expr {
    public var sExpression: String {
        switch kind {
        case .name(let name): return name
        case .integer(let value): return String(value)
        case .float(let value): return String(value)
        case .string(let value): return quoted(value)
        case .bytes(let value): return "b" + quoted(String(decoding: value, as: UTF8.self))
        case .formattedString(let parts): return list(["f"] + parts.map(\.sExpression))
        case .boolean(let value): return value ? "True" : "False"
        case .none: return "None"
        case .ellipsis: return "..."
        case .attribute(let base, let name): return list(["attr", base.sExpression, name])
        case .call(let callee, let arguments): return list(["call", callee.sExpression] + arguments.map(\.sExpression))
        case .subscripted(let base, let index): return list(["index", base.sExpression, index.sExpression])
        case .slice(let lower, let upper, let step):
            return list(["slice", lower?.sExpression ?? "_", upper?.sExpression ?? "_", step?.sExpression ?? "_"])
        case .list(let elements): return list(["list"] + elements.map(\.sExpression))
        case .tuple(let elements): return list(["tuple"] + elements.map(\.sExpression))
        case .set(let elements): return list(["set"] + elements.map(\.sExpression))
        case .dict(let entries):
            return list(["dict"] + entries.map {
                switch $0 {
                case .pair(let key, let value): list([key.sExpression, value.sExpression])
                case .unpacked(let other): list(["**", other.sExpression])
                }
            })
        case .starred(let inner): return list(["*", inner.sExpression])
        case .unary(let op, let operand): return list([op.rawValue, operand.sExpression])
        case .binary(let op, let left, let right): return list([op.rawValue, left.sExpression, right.sExpression])
        case .compare(let first, let links):
            return list(["compare", first.sExpression] + links.flatMap { [$0.op.rawValue, $0.operand.sExpression] })
        case .logical(let op, let left, let right): return list([op.rawValue, left.sExpression, right.sExpression])
        case .conditional(let condition, let body, let orElse):
            return list(["ifexp", condition.sExpression, body.sExpression, orElse.sExpression])
        case .listComprehension(let element, let clauses):
            return list(["listcomp", element.sExpression] + clauses.map(\.sExpression))
        case .setComprehension(let element, let clauses):
            return list(["setcomp", element.sExpression] + clauses.map(\.sExpression))
        case .generator(let element, let clauses):
            return list(["genexp", element.sExpression] + clauses.map(\.sExpression))
        case .dictComprehension(let key, let value, let clauses):
            return list(["dictcomp", key.sExpression, value.sExpression] + clauses.map(\.sExpression))
        case .parenthesized(let inner): return list(["paren", inner.sExpression])
        case .lambda(let parameters, let body): return list(["lambda", list(parameters.map(\.sExpression)), body.sExpression])
        }
    }
}

extension Argument {
    public var sExpression: String {
        switch kind {
        case .positional(let value): value.sExpression
        case .keyword(let name, let value): list(["kw", name, value.sExpression])
        case .unpacked(let value): list(["*", value.sExpression])
        case .unpackedMapping(let value): list(["**", value.sExpression])
        }
    }
}

extension ComprehensionClause {
    public var sExpression: String {
        list(["for", target.sExpression, iterable.sExpression] + conditions.map { list(["if", $0.sExpression]) })
    }
}

extension FormattedStringPart {
    public var sExpression: String {
        switch self {
        case .literal(let text): return quoted(text)
        case .interpolation(let field):
            var text = "{" + field.expression.sExpression
            if let conversion = field.conversion { text += "!\(conversion)" }
            if let spec = field.formatSpec { text += ":\(spec)" }
            return text + "}"
        }
    }
}

/// `(a b c)`
func list(_ items: [String]) -> String { "(" + items.joined(separator: " ") + ")" }

/// A double-quoted rendering with `"`, `\` and control characters escaped.
func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
        }
    }
    return out + "\""
}
