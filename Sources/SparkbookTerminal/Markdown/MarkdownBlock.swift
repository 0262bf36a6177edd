/// The block structure of a markdown cell, as far as a terminal can show it.
public indirect enum MarkdownBlock: Equatable, Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case code(language: String?, lines: [String])
    case quote([MarkdownBlock])
    case list(ordered: Bool, items: [[MarkdownBlock]])
    case table(header: [String], rows: [[String]])
    case rule
}
