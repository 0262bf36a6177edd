/// A lambda inside an unresolved expression, as PySpark sends it (`F.transform(c, lambda x: x + 1)`) and as
/// Spark SQL writes it (`x -> x + 1`): `lambdafunction(body, namedlambdavariable(), ...)`. Kept as a plain
/// function call, so every pass over expressions carries it through; each variable has an id unique in its
/// expression, so a nested lambda's variables never shadow the enclosing one's by accident.
public enum LambdaFunction {
    static let functionName = "lambdafunction"
    static let variableName = "namedlambdavariable"

    /// A reference to the lambda variable `id`.
    public static func variable(_ id: String) -> Expression {
        .function(variableName, [.literal(.string(id))])
    }

    /// `lambdafunction(body, variables...)`.
    public static func make(body: Expression, variables ids: [String]) -> Expression {
        .function(functionName, [body] + ids.map(variable))
    }

    /// `aggregate`'s default finish, which Spark adds and names (`lambdafunction(namedlambdavariable(), namedlambdavariable())`).
    public static func identity(id: String) -> Expression {
        make(body: variable(id), variables: [id])
    }

    /// The body and variable ids of a lambda expression, or nil for anything else.
    static func parts(of expression: Expression) -> (body: Expression, variables: [String])? {
        guard case .function(let name, let arguments) = expression, name == functionName, let body = arguments.first else {
            return nil
        }
        var ids: [String] = []
        for argument in arguments.dropFirst() {
            guard let id = variableID(argument) else { return nil }
            ids.append(id)
        }
        return (body, ids)
    }

    static func variableID(_ expression: Expression) -> String? {
        guard case .function(let name, let arguments) = expression, name == variableName,
              case .literal(.string(let id))? = arguments.first else { return nil }
        return id
    }

    /// The column a variable is bound to while its lambda's body is resolved: a name no column can have.
    static func columnName(_ id: String) -> String { "\u{1}lambda \(id)" }
}
