/// One displayable result in several representations, as Jupyter's mime bundles carry them.
public struct RichOutput: Sendable, Equatable {
    public var plain: String
    public var html: String?
    /// Further representations by mime type (`image/svg+xml` from a chart plugin): stored in the notebook's
    /// outputs and the report; a terminal shows `plain`.
    public var media: [String: String]

    public init(plain: String, html: String? = nil, media: [String: String] = [:]) {
        self.plain = plain
        self.html = html
        self.media = media
    }
}
