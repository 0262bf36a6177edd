import Foundation

/// One output of a code cell, as nbformat 4 defines the four output types.
public enum CellOutput: Sendable, Equatable {
    /// Text printed to `stdout` or `stderr`.
    case stream(name: String, text: String)
    /// The value of the cell's last expression (`Out[n]`).
    case executeResult(executionCount: Int?, data: MimeBundle, metadata: JSONObject)
    /// Rich output shown by `display(...)`.
    case displayData(data: MimeBundle, metadata: JSONObject)
    /// An uncaught exception.
    case error(ename: String, evalue: String, traceback: [String])

    public static func stdout(_ text: String) -> CellOutput { .stream(name: "stdout", text: text) }
    public static func stderr(_ text: String) -> CellOutput { .stream(name: "stderr", text: text) }

    /// nbformat's `output_type` value.
    public var outputType: String {
        switch self {
        case .stream: "stream"
        case .executeResult: "execute_result"
        case .displayData: "display_data"
        case .error: "error"
        }
    }

    public var isError: Bool {
        if case .error = self { return true }
        return false
    }
}
