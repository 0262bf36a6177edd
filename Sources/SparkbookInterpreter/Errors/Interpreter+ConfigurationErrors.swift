import SparkbookCluster
import SparkbookDataFrame
import SparkbookSyntax

/// Errors about a property's value point where the value was set: the builder's `.config(...)` call in this
/// cell gets the caret; a value from `--conf` or a properties file is named in a note, and the cell that
/// started the session is a note too, never the culprit.
extension Interpreter {
    /// The place of a call in the running cell, kept with the builder values it sets.
    func origin(of span: SourceSpan) -> ConfigOrigin? {
        guard let file else { return nil }
        return .code(path: file.path, cell: file.cell, start: span.start, end: span.end)
    }

    func scriptError(_ error: SessionConfigurationError, sessionStart span: SourceSpan?) -> ScriptError {
        var script = ScriptError(error.error, span: nil)
        var notes: [DiagnosticNote] = []
        for setting in error.settings {
            if case .code(let path, let cell, let start, let end) = setting.origin,
               path == file?.path, cell == file?.cell, script.span == nil {
                script.span = SourceSpan(start: start, end: end)
                continue
            }
            let by = if case .code = setting.origin { "by the builder in \(setting.origin.phrase)" } else { "by \(setting.origin.phrase)" }
            notes.append(DiagnosticNote("\(setting.key)=\(setting.value) was set \(by)"))
        }
        if script.span == nil {
            // Nothing in this cell set the value: say where the session started, without blaming that line.
            if error.settings.isEmpty { script.span = span } else { notes.append(DiagnosticNote("the session started here", span: span)) }
        }
        script.notes = notes
        return script
    }
}
