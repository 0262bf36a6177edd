/// Assignment and loop targets: parsing `x, *rest` lists and checking that a target is
/// something a value can be stored in.
extension Parser {
    /// `target (, target)* [,]` as in `for k, v in pairs`; parsed at `|` precedence so
    /// that the following `in` is not taken as a comparison.
    mutating func parseTargetList() throws -> Expr {
        let start = current.span.start
        var elements: [Expr] = []
        var sawComma = false
        repeat {
            let elementStart = current.span.start
            if consume(.star) != nil {
                elements.append(Expr(.starred(try parseBitwiseOr()), span: span(from: elementStart)))
            } else {
                elements.append(try parseBitwiseOr())
            }
            if check(.comma) { sawComma = true }
        } while consume(.comma) != nil && !check(.in) && !check(.equal)
        let target = elements.count == 1 && !sawComma ? elements[0] : Expr(.tuple(elements), span: span(from: start))
        try validateTarget(target, action: "assign to")
        return target
    }

    /// Names, attributes, subscripts, and tuples/lists of them (with at most one `*`).
    func validateTarget(_ target: Expr, action: String) throws {
        switch target.kind {
        case .name, .attribute, .subscripted:
            return
        case .parenthesized(let inner):
            try validateTarget(inner, action: action)
        case .starred(let inner):
            try validateTarget(inner, action: action)
        case .tuple(let elements), .list(let elements):
            let starred = elements.filter { if case .starred = $0.kind { true } else { false } }
            if starred.count > 1 {
                throw Diagnostic(code: DiagnosticCode.syntax, message: "multiple starred expressions in assignment",
                                 span: starred[1].span)
            }
            for element in elements { try validateTarget(element, action: action) }
        default:
            var suggestion: String?
            if case .call = target.kind, action == "assign to" { suggestion = "to compare values use '=='" }
            if case .compare = target.kind, action == "assign to" { suggestion = "to compare values use '=='" }
            throw Diagnostic(code: DiagnosticCode.syntax, message: "cannot \(action) \(describe(target))",
                             span: target.span, suggestion: suggestion)
        }
    }

    /// `x += 1` needs a single name, attribute or subscript.
    func validateAugmentedTarget(_ target: Expr, operatorToken: Token) throws {
        switch target.kind {
        case .name, .attribute, .subscripted: return
        default:
            throw Diagnostic(code: DiagnosticCode.syntax,
                             message: "\(describe(target)) is an illegal target for augmented assignment",
                             span: target.span)
        }
    }

    /// How an expression is named in "cannot assign to ..." messages.
    func describe(_ expr: Expr) -> String {
        switch expr.kind {
        case .call: "function call"
        case .integer, .float, .string, .bytes, .ellipsis: "literal"
        case .boolean(let value): value ? "True" : "False"
        case .none: "None"
        case .formattedString: "f-string expression"
        case .compare: "comparison"
        case .logical, .binary, .unary: "expression"
        case .conditional: "conditional expression"
        case .listComprehension: "list comprehension"
        case .setComprehension, .dictComprehension: "comprehension"
        case .generator: "generator expression"
        case .dict: "dict literal"
        case .set: "set display"
        case .tuple: "tuple"
        case .parenthesized(let inner): describe(inner)
        default: "expression"
        }
    }
}
