/// How PySpark 4 prints a Column (`repr(col)`, `print(df.age + 1)`): `Column<'+(age, 1)'>`. Spark renders the
/// unresolved column tree with operators in prefix form, which is not the generated column name (`(age + 1)`).
extension Expression {
    public var columnRepr: String {
        switch self {
        case .column(let name), .dataFrameColumn(let name, _), .columnAt(_, let name): return name
        case .star: return "*"
        case .literal(let value): return value.columnReprLiteral
        case .alias(let inner, let name): return "\(inner.columnRepr) AS \(name)"
        case .aggregate(let function, let argument):
            let name = switch function {
            case .countDistinct: "count"
            default: function.rawValue
            }
            return "\(name)(\(argument.columnRepr))"
        case .unary(let op, let inner):
            return switch op {
            case .negate: "negative(\(inner.columnRepr))"
            case .not: "!(\(inner.columnRepr))"
            case .isNull: "isNull(\(inner.columnRepr))"
            case .isNotNull: "isNotNull(\(inner.columnRepr))"
            }
        case .binary(let op, let l, let r):
            return switch op {
            case .and: "and(\(l.columnRepr), \(r.columnRepr))"
            case .or: "or(\(l.columnRepr), \(r.columnRepr))"
            case .notEqual: "!(=(\(l.columnRepr), \(r.columnRepr)))"
            default: "\(op.sparkSymbol)(\(l.columnRepr), \(r.columnRepr))"
            }
        case .cast(let inner, let type):
            return "CAST(\(inner.columnRepr) AS \(type.simpleString.uppercased()))"
        case .function(let name, let arguments):
            if name == "casewhen" {
                var text = "CASE"
                var i = 0
                while i + 1 < arguments.count {
                    text += " WHEN \(arguments[i].columnRepr) THEN \(arguments[i + 1].columnRepr)"
                    i += 2
                }
                if i < arguments.count { text += " ELSE \(arguments[i].columnRepr)" }
                return text + " END"
            }
            if name == StructFunctions.fieldAccess, arguments.count == 2 {
                return "\(arguments[0].columnRepr)[\(arguments[1].columnRepr)]"
            }
            // PySpark's `update_field(a, b, 3)`, `drop_field(drop_field(a, b), c)`, `arrays_zip(x, y)`.
            if name == StructFieldEdits.withField, arguments.count == 3, case .literal(.string(let field)) = arguments[1] {
                return "update_field(\(arguments[0].columnRepr), \(field), \(arguments[2].columnRepr))"
            }
            if name == StructFieldEdits.dropFields, let first = arguments.first {
                return arguments.dropFirst().reduce(first.columnRepr) { inner, path in
                    if case .literal(.string(let field)) = path { "drop_field(\(inner), \(field))" } else { inner }
                }
            }
            if name == ArraysZipFunction.internalName {
                return "arrays_zip(" + arguments.dropFirst(arguments.count / 2).map(\.columnRepr).joined(separator: ", ") + ")"
            }
            if name == StructFunctions.structCall {
                return "struct(" + arguments.dropFirst(arguments.count / 2).map(\.columnRepr).joined(separator: ", ") + ")"
            }
            // PySpark shows a lambda as `x_1 -> *(x_1, 2)`, `(x_2, y_3) -> +(x_2, y_3)`.
            if let id = LambdaFunction.variableID(self) { return id }
            if let lambda = LambdaFunction.parts(of: self) {
                let head = lambda.variables.count == 1 ? lambda.variables[0] : "(" + lambda.variables.joined(separator: ", ") + ")"
                return "\(head) -> \(lambda.body.columnRepr)"
            }
            if name == "eqnullsafe", arguments.count == 2 {
                return "<=>(\(arguments[0].columnRepr), \(arguments[1].columnRepr))"
            }
            return "\(name)(" + arguments.map(\.columnRepr).joined(separator: ", ") + ")"
        case .sortOrder(let inner, let direction):
            return "\(inner.columnRepr) \(direction.sql)"
        case .window:
            return generatedName
        }
    }
}

extension Value {
    /// A literal inside a Column's repr: strings quoted (`'it\'s'`), the rest as in column names.
    var columnReprLiteral: String {
        switch self {
        case .string(let s):
            "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        // A repr shows the SQL form of integral literals, type suffix included (`Column<'10000000000L'>`).
        case .long(let v): "\(v)L"
        case .byte(let v): "\(v)Y"
        case .short(let v): "\(v)S"
        default: literalName
        }
    }
}
