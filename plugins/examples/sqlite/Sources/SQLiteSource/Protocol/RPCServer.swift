import Foundation

/// The plugin's end of Sparkbook's control channel (docs/PLUGINS.md): JSON-RPC 2.0, one request per line on
/// stdin, one answer per line on stdout, flushed. stdout carries answers only; anything to log goes to stderr.
/// A request whose method fails gets a JSON-RPC error answer and the plugin keeps serving; the `shutdown`
/// notification, or the end of stdin, ends it.
struct RPCServer {
    /// Answers one request: its `result` object, or a thrown error.
    let answer: (_ method: String, _ params: [String: Any]) throws -> [String: Any]

    func run() {
        while let line = readLine(strippingNewline: true) {
            guard let request = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let method = request["method"] as? String else {
                log("ignored a line that is not a JSON-RPC request")
                continue
            }
            guard let id = request["id"] else {
                if method == "shutdown" { return }
                continue
            }
            var response: [String: Any] = ["jsonrpc": "2.0", "id": id]
            do {
                response["result"] = try answer(method, request["params"] as? [String: Any] ?? [:])
            } catch let error as UnknownMethod {
                response["error"] = ["code": -32601, "message": "the sqlite plugin has no method \(error.method)"] as [String: Any]
            } catch let error as SourceError {
                response["error"] = ["code": -32000, "message": error.message] as [String: Any]
            } catch {
                response["error"] = ["code": -32000, "message": "\(error)"] as [String: Any]
            }
            send(response)
        }
    }

    private func send(_ response: [String: Any]) {
        guard var data = try? JSONSerialization.data(withJSONObject: response, options: [.withoutEscapingSlashes]) else {
            log("could not encode an answer")
            return
        }
        data.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(data)
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data(("sqlite plugin: " + text + "\n").utf8))
    }
}

/// A method this plugin does not serve (JSON-RPC's "method not found").
struct UnknownMethod: Error {
    let method: String
}
