/// `except [type [as name]]: body`; a bare `except:` has no type and catches everything.
public struct ExceptHandler: Sendable, Hashable {
    /// A class or a tuple of classes; nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Statement]
    public var span: SourceSpan

    public init(type: Expr?, name: String?, body: [Statement], span: SourceSpan) {
        self.type = type
        self.name = name
        self.body = body
        self.span = span
    }
}
