/// A statement node: what it is and where it is.
public struct Statement: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case expression(Expr)
        /// `a = b = value`: targets in source order.
        case assignment(targets: [Expr], value: Expr)
        /// `target op= value`
        case augmentedAssignment(target: Expr, op: BinaryOperator, value: Expr)
        /// `import a.b.c as x, d`
        case `import`([ImportedName])
        /// `from module import x as y, z`; `level` counts leading dots of a relative
        /// import; a star import holds one name with path `["*"]`.
        case importFrom(module: [String], level: Int, names: [ImportedName])
        case `if`([ConditionalBranch], orElse: [Statement]?)
        case `for`(target: Expr, iterable: Expr, body: [Statement], orElse: [Statement]?)
        case `while`(condition: Expr, body: [Statement], orElse: [Statement]?)
        case pass
        case `break`
        case `continue`
        case delete([Expr])
        case assert(Expr, message: Expr?)
        /// `def name(...): ...`
        case functionDefinition(FunctionDefinition)
        /// `return [value]`
        case `return`(Expr?)
        /// `global a, b` / `nonlocal a, b`: names a function assigns in the module or an enclosing function.
        case global([String])
        case nonlocal([String])
        /// `try: ... except ...: ... else: ... finally: ...`
        case `try`(body: [Statement], handlers: [ExceptHandler], orElse: [Statement]?, finally: [Statement]?)
        /// `raise`, `raise error`, `raise error from cause`
        case raise(Expr?, cause: Expr?)
        /// `with a as x, b: ...`
        case with([WithItem], body: [Statement])
    }

    public var kind: Kind
    public var span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}
