/// A dotted module path or imported name with an optional `as` alias.
public struct ImportedName: Sendable, Hashable {
    /// The dotted path split into components: `["pyspark", "sql", "functions"]`.
    public var path: [String]
    public var alias: String?
    public var span: SourceSpan

    public init(path: [String], alias: String?, span: SourceSpan) {
        self.path = path
        self.alias = alias
        self.span = span
    }

    /// The name the import binds: the alias, else (for `import a.b`) the first component
    /// as Python does, else the imported name itself.
    public var boundName: String { alias ?? path[0] }

    /// `a.b.c` as written.
    public var dottedPath: String { path.joined(separator: ".") }
}
