import Foundation

/// A plugin's end of Sparkbook's control channel (docs/PLUGINS.md): JSON-RPC 2.0, one request per line on stdin,
/// one answer per line on stdout, flushed. stdout carries answers only; anything to log goes to stderr. A request
/// whose method fails gets a JSON-RPC error answer and the plugin keeps serving; the `shutdown` notification, or
/// the end of stdin, ends it.
///
/// Batches: `answer` sees a request's `batch` as the raw Arrow IPC stream (`[UInt8]`) and may answer one the same
/// way; the server moves it as the handshake agreed: base64 text in the JSON (protocol 1) or, in protocol 2, raw
/// bytes right after the line, whose `batchBytes` says how many.
public struct PluginServer {
    public let name: String
    public let version: String
    /// Answers one request (any method but `initialize`): its `result` object, or a thrown error (its
    /// `description` is the message the failing cell shows).
    public let answer: (_ method: String, _ params: [String: Any]) throws -> [String: Any]
    /// The protocols this plugin speaks; the handshake takes the one Sparkbook asks for (the manifest's).
    public static let protocolVersions = 1...2

    public init(name: String, version: String, answer: @escaping (_ method: String, _ params: [String: Any]) throws -> [String: Any]) {
        self.name = name
        self.version = version
        self.answer = answer
    }

    public func run() {
        var protocolVersion = 1
        var input = StandardInput()
        while let line = input.line() {
            guard let request = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                  let method = request["method"] as? String else {
                log("ignored a line that is not a JSON-RPC request")
                continue
            }
            var params = request["params"] as? [String: Any] ?? [:]
            // The batch's bytes follow the line: read even for a request left unanswered, so the next line is a message.
            if let count = (params.removeValue(forKey: "batchBytes") as? NSNumber)?.intValue {
                guard let bytes = input.bytes(count) else { return }
                params["batch"] = bytes
            } else if let text = params["batch"] as? String {
                params["batch"] = Data(base64Encoded: text).map { [UInt8]($0) }
            }
            guard let id = request["id"] else {
                if method == "shutdown" { return }
                continue
            }
            var response: [String: Any] = ["jsonrpc": "2.0", "id": id]
            var batch: [UInt8]?
            do {
                if method == "initialize" {
                    let asked = (params["protocolVersion"] as? NSNumber)?.intValue ?? 1
                    protocolVersion = Self.protocolVersions.contains(asked) ? asked : Self.protocolVersions.upperBound
                    response["result"] = ["name": name, "version": version, "protocolVersion": protocolVersion] as [String: Any]
                } else {
                    var result = try answer(method, params)
                    batch = result.removeValue(forKey: "batch") as? [UInt8]
                    if let bytes = batch {
                        if protocolVersion >= 2 { result["batchBytes"] = bytes.count } else { result["batch"] = Data(bytes).base64EncodedString(); batch = nil }
                    }
                    response["result"] = result
                }
            } catch let error as UnknownMethod {
                response["error"] = ["code": -32601, "message": "the \(name) plugin has no method \(error.method)"] as [String: Any]
            } catch {
                response["error"] = ["code": -32000, "message": "\(error)"] as [String: Any]
            }
            send(response, batch: batch)
        }
    }

    private func send(_ response: [String: Any], batch: [UInt8]?) {
        guard var data = try? JSONSerialization.data(withJSONObject: response, options: [.withoutEscapingSlashes]) else {
            log("could not encode an answer")
            return
        }
        data.append(UInt8(ascii: "\n"))
        data.withUnsafeBytes { Self.write($0) }
        if let batch { batch.withUnsafeBytes { Self.write($0) } }
    }

    /// All of `bytes` on stdout (fd 1, unbuffered: an answer is out when `send` returns).
    private static func write(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { exit(0) }  // Sparkbook closed the channel: nothing more to answer
            offset += n
        }
    }

    public func log(_ text: String) {
        FileHandle.standardError.write(Data(("\(name) plugin: " + text + "\n").utf8))
    }
}

/// A method this plugin does not serve (JSON-RPC's "method not found").
public struct UnknownMethod: Error {
    public let method: String

    public init(method: String) {
        self.method = method
    }
}
