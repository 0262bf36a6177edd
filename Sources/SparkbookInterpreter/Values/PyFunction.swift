import SparkbookSyntax

/// A function a cell defined with `def` or `lambda`: its parameters with their defaults (evaluated once, when the
/// definition ran, as in Python), its body, and the scope it closes over. A class, because a function is an
/// object with identity: two definitions of the same text are different functions.
public final class PyFunction: @unchecked Sendable {
    public enum Body: Sendable {
        case statements([Statement])
        /// A `lambda`'s single expression, whose value is returned.
        case expression(Expr)
    }

    /// `f`, or `<lambda>`.
    public let name: String
    let parameters: [Parameter]
    /// The default of each parameter that has one, by name.
    let defaults: [String: PyValue]
    let body: Body
    /// The enclosing function's scope when defined inside one (closures); nil at module level.
    let closure: Scope?
    /// The names the body assigns (its locals), and those it declares `global` or `nonlocal`.
    let locals: Set<String>
    let globalNames: Set<String>
    let nonlocalNames: Set<String>
    /// The cell the function was defined in, so an error inside it is shown against the right source.
    let file: SourceFile?
    public let docstring: String?
    /// Where the `def` (decorators included) or the `lambda` is in its cell: its source for the Python worker.
    let sourceSpan: SourceSpan?

    init(name: String, parameters: [Parameter], defaults: [String: PyValue], body: Body, closure: Scope?,
         file: SourceFile?, docstring: String?, sourceSpan: SourceSpan? = nil) {
        self.name = name
        self.sourceSpan = sourceSpan
        self.parameters = parameters
        self.defaults = defaults
        self.body = body
        self.closure = closure
        self.file = file
        self.docstring = docstring
        var declaredGlobal = Set<String>(), declaredNonlocal = Set<String>()
        var assigned = Set(parameters.map(\.name))
        if case .statements(let statements) = body {
            ScopeAnalysis.collect(statements, assigned: &assigned, globals: &declaredGlobal, nonlocals: &declaredNonlocal)
        }
        self.locals = assigned.subtracting(declaredGlobal).subtracting(declaredNonlocal)
        self.globalNames = declaredGlobal
        self.nonlocalNames = declaredNonlocal
    }

    /// `<function f at 0x...>`, with this object's address as CPython shows its own.
    public var repr: String {
        "<function \(name) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}

/// Which names a function body binds, found before it runs, as Python's compiler does: a name assigned anywhere in
/// the body is local everywhere in it (reading it before the assignment is an `UnboundLocalError`).
enum ScopeAnalysis {
    static func collect(_ statements: [Statement], assigned: inout Set<String>, globals: inout Set<String>,
                        nonlocals: inout Set<String>) {
        for statement in statements {
            switch statement.kind {
            case .assignment(let targets, _): for t in targets { names(in: t, into: &assigned) }
            case .augmentedAssignment(let target, _, _): names(in: target, into: &assigned)
            case .import(let imported): for n in imported { assigned.insert(n.boundName) }
            case .importFrom(_, _, let imported): for n in imported where n.dottedPath != "*" { assigned.insert(n.boundName) }
            case .if(let branches, let orElse):
                for b in branches { collect(b.body, assigned: &assigned, globals: &globals, nonlocals: &nonlocals) }
                collect(orElse ?? [], assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
            case .for(let target, _, let body, let orElse):
                names(in: target, into: &assigned)
                collect(body + (orElse ?? []), assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
            case .while(_, let body, let orElse):
                collect(body + (orElse ?? []), assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
            case .delete(let targets): for t in targets { names(in: t, into: &assigned) }
            case .functionDefinition(let def): assigned.insert(def.name)
            case .global(let declared): globals.formUnion(declared)
            case .nonlocal(let declared): nonlocals.formUnion(declared)
            case .try(let body, let handlers, let orElse, let finally):
                collect(body + (orElse ?? []) + (finally ?? []), assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
                for h in handlers {
                    if let name = h.name { assigned.insert(name) }
                    collect(h.body, assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
                }
            case .with(let items, let body):
                for item in items { if let t = item.target { names(in: t, into: &assigned) } }
                collect(body, assigned: &assigned, globals: &globals, nonlocals: &nonlocals)
            case .expression, .pass, .break, .continue, .assert, .return, .raise:
                break
            }
        }
    }

    private static func names(in target: Expr, into set: inout Set<String>) {
        switch target.kind {
        case .name(let name): set.insert(name)
        case .tuple(let items), .list(let items): for item in items { names(in: item, into: &set) }
        case .starred(let inner), .parenthesized(let inner): names(in: inner, into: &set)
        default: break
        }
    }
}
