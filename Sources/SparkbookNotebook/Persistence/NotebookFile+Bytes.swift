import Foundation

extension NotebookFile {
    /// What a notebook path should be, said in every refusal so the user knows what to pass instead.
    static let expected = "expected a .ipynb notebook, a percent (# %%) .py script or a Databricks source .py file"

    /// The bytes of `url`, or an error that names the path and why it is not a notebook to read: a directory
    /// (with the notebooks in it), a file the system will not open (its reason), a binary file.
    static func bytes(of url: URL) throws(NotebookFormatError) -> Data {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        guard exists else { throw NotebookFormatError(path: url.path, message: "no such file; \(expected)") }
        if isDirectory.boolValue {
            throw NotebookFormatError(path: url.path, message: "is a directory, not a notebook; \(expected)"
                                      + notebooksListing(in: url))
        }
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw NotebookFormatError(path: url.path, message: "cannot read the file: \(reason)")
        }
        close(descriptor)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw NotebookFormatError(path: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        if data.prefix(8192).contains(0) || String(data: data, encoding: .utf8) == nil {
            throw NotebookFormatError(path: url.path, message: "is a binary file, not a notebook; \(expected)")
        }
        return data
    }

    /// ` (notebooks in it: a.ipynb, b.py)` for a directory that holds some, so the fix is one copy away.
    private static func notebooksListing(in folder: URL) -> String {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { ["ipynb", "py"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
        guard !names.isEmpty else { return "" }
        let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", ..." : "")
        return " (notebooks in it: \(shown))"
    }
}
