/// A block of a markdown cell, as CommonMark and GitHub-flavoured markdown (what Jupyter's marked.js renders) see it.
/// Text inside is still raw markdown: inlines are rendered when the block is written out.
indirect enum MarkdownBlock: Equatable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case code(info: String, text: String)
    case quote([MarkdownBlock])
    /// `tight`: no blank line between items or their blocks, so paragraphs are written without `<p>`.
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]], tight: Bool)
    case table(MarkdownTable)
    case rule
    /// Raw HTML as the notebook wrote it; sanitized when written out.
    case html(String)
}
