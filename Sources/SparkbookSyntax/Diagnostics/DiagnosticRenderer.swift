/// Turns a `Diagnostic` into the text a user reads; the only place that formats one.
///
/// ```
/// notebooks/x.ipynb:3:2:9: error: expected ')' to close '(' opened at 1:6
///     .groupBy("country",, "device")
///             ^
/// help: remove the extra ','
/// ```
/// The header is `path:cell:line:col` when the file is a notebook cell and
/// `path:line:col` otherwise. The caret sits under the span's first character and `~`
/// marks the rest of the span on that line. ANSI colours are used only when asked for.
public enum DiagnosticRenderer {
    public static func render(_ diagnostic: Diagnostic, in file: SourceFile, color: Bool) -> String {
        let style = Style(enabled: color)
        var lines: [String] = []
        let label = style.severity(diagnostic.severity) + " " + style.bold(diagnostic.message)
        if let span = diagnostic.span {
            let location = file.location(of: span.start)
            lines.append(style.bold(header(file, location) + ":") + " " + label)
            lines.append(contentsOf: excerpt(span, at: location, in: file, style: style))
        } else {
            lines.append(style.bold(headerWithoutLocation(file) + ":") + " " + label)
        }
        for note in diagnostic.notes {
            if let span = note.span {
                let location = file.location(of: span.start)
                lines.append(style.note("note:") + " " + note.message + " (at \(location))")
            } else {
                lines.append(style.note("note:") + " " + note.message)
            }
        }
        if let suggestion = diagnostic.suggestion {
            lines.append(style.help("help:") + " " + suggestion)
        }
        return lines.joined(separator: "\n")
    }

    /// Renders several diagnostics separated by blank lines (a failed parse may return more than one).
    public static func render(_ diagnostics: [Diagnostic], in file: SourceFile, color: Bool) -> String {
        diagnostics.map { render($0, in: file, color: color) }.joined(separator: "\n\n")
    }

    private static func header(_ file: SourceFile, _ location: SourceLocation) -> String {
        headerWithoutLocation(file) + ":\(location.line):\(location.column)"
    }

    private static func headerWithoutLocation(_ file: SourceFile) -> String {
        if let cell = file.cell { return "\(file.path):\(cell)" }
        return file.path
    }

    /// The source line and the caret line beneath it.
    private static func excerpt(_ span: SourceSpan, at location: SourceLocation, in file: SourceFile, style: Style) -> [String] {
        let lineText = file.lineText(location.line)
        let characters = Array(lineText)
        let caretIndex = min(location.column - 1, characters.count)
        // Keep tabs so the caret lines up however the terminal expands them.
        let padding = String(characters[..<caretIndex].map { $0 == "\t" ? "\t" : " " })
        let endLocation = file.location(of: max(span.start, span.end))
        let lastColumn: Int
        if span.end > span.start, endLocation.line == location.line {
            lastColumn = max(location.column, endLocation.column - 1)
        } else if span.end > span.start {
            lastColumn = max(location.column, characters.count)
        } else {
            lastColumn = location.column
        }
        let tildes = String(repeating: "~", count: lastColumn - location.column)
        return [lineText, padding + style.caret("^" + tildes)]
    }
}

/// ANSI styling that collapses to plain text when colour is off.
private struct Style {
    let enabled: Bool

    func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func caret(_ text: String) -> String { wrap(text, "1;32") }
    func note(_ text: String) -> String { wrap(text, "1;36") }
    func help(_ text: String) -> String { wrap(text, "1;36") }

    func severity(_ severity: DiagnosticSeverity) -> String {
        switch severity {
        case .error: wrap("error:", "1;31")
        case .warning: wrap("warning:", "1;33")
        case .note: wrap("note:", "1;36")
        }
    }
}
