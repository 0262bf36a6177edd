import Foundation

/// Reading and saving notebook files in any supported format, picked from the path and content.
public enum NotebookFile {
    /// Reads `url`; `format` overrides detection. Errors carry the path and, when known, the line.
    public static func read(from url: URL, format: NotebookFormat? = nil) throws(NotebookFormatError)
        -> (notebook: Notebook, format: NotebookFormat)
    {
        let data = try bytes(of: url)
        let text = String(data: data, encoding: .utf8)
        guard let format = format ?? NotebookFormat.detect(path: url.path, content: text) else {
            let ext = url.pathExtension.isEmpty ? "no extension" : "the extension .\(url.pathExtension)"
            throw NotebookFormatError(
                path: url.path, message: "not a notebook (\(ext), and no `# %%` cell markers); \(expected)")
        }
        return (try format.read(data, path: url.path), format)
    }

    /// Saves `notebook` atomically; the format defaults to the one the extension implies
    /// (`.py` files are written as percent scripts). `protectedInput` guards the run's input file.
    public static func write(
        _ notebook: Notebook, to url: URL, format: NotebookFormat? = nil, protectedInput: URL? = nil
    ) throws(AtomicWriteError) {
        let format = format ?? NotebookFormat.detect(path: url.path) ?? .ipynb
        try AtomicFileWriter.write(Data(format.write(notebook).utf8), to: url, protectedInput: protectedInput)
    }
}
