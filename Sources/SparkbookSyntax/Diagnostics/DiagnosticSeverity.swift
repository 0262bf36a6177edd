/// How serious a diagnostic is; decides the label the renderer prints.
public enum DiagnosticSeverity: String, Sendable, Hashable {
    case error
    case warning
    case note
}
