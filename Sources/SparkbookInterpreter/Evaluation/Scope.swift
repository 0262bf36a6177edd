/// One call's local names. A function defined inside another keeps its enclosing call's scope (a closure), so
/// it reads, and with `nonlocal` rebinds, the variables of a call that has already returned.
final class Scope: @unchecked Sendable {
    var values: [String: PyValue] = [:]
    let function: PyFunction
    let parent: Scope?

    init(function: PyFunction) {
        self.function = function
        self.parent = function.closure
    }

    /// The nearest enclosing scope (this one excluded) where `name` is a local.
    func enclosing(defining name: String) -> Scope? {
        var scope = parent
        while let s = scope {
            if s.function.locals.contains(name) || s.values[name] != nil { return s }
            scope = s.parent
        }
        return nil
    }
}
