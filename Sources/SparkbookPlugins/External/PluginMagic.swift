import SparkbookInterpreter

/// A cell magic an outside plugin declares: the cell's text and the magic line's arguments go to the plugin
/// (`magic.run`), which answers the text to print (`stdout`) and optionally a result to show (`result`: a
/// mime bundle of `text/plain` and, optionally, `text/html`).
struct PluginMagic: CellMagic {
    let name: String
    let connection: PluginConnection

    func execute(_ cell: CellSource, arguments: String, in interpreter: Interpreter) async throws -> PyValue? {
        let answer: [String: Any]
        do {
            answer = try connection.call("magic.run", params: ["name": name, "arguments": arguments, "text": cell.text])
        } catch let error as PluginError {
            throw ScriptError("RuntimeError", error.description)
        }
        if let stdout = answer["stdout"] as? String { interpreter.sink.write(stdout, to: .stdout) }
        if let bundle = answer["result"] as? [String: String], let plain = bundle["text/plain"] {
            interpreter.sink.display(RichOutput(plain: plain, html: bundle["text/html"]))
        }
        return nil
    }
}
