/// `def name(parameters): body` with its decorators, as written; the interpreter turns it into a function value
/// when the statement runs (defaults are evaluated then, as in Python).
public struct FunctionDefinition: Sendable, Hashable {
    public var name: String
    public var parameters: [Parameter]
    public var body: [Statement]
    /// `@decorator` lines above the `def`, outermost first.
    public var decorators: [Expr]
    /// The first statement when it is a string literal (`f.__doc__`).
    public var docstring: String? {
        guard let first = body.first, case .expression(let e) = first.kind, case .string(let s) = e.kind else { return nil }
        return s
    }

    public init(name: String, parameters: [Parameter], body: [Statement], decorators: [Expr]) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
    }
}
