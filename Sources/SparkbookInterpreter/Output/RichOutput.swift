/// One displayable result in several representations, as Jupyter's mime bundles carry them.
public struct RichOutput: Sendable, Equatable {
    public var plain: String
    public var html: String?

    public init(plain: String, html: String? = nil) {
        self.plain = plain
        self.html = html
    }
}
