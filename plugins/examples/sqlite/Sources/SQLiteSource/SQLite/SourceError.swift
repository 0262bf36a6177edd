/// Why a read failed, in words for the notebook's user: it becomes the JSON-RPC error's message, which
/// Sparkbook shows in the failing cell after the plugin's name.
struct SourceError: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
