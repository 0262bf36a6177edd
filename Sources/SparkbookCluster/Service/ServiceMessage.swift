import Foundation

/// One protocol message: a JSON object on one line with its `type` first, written with the project's one JSON
/// writer (`OrderedJSON`) and read with Foundation's parser. Version `ServiceMessage.protocolVersion` is
/// announced by the service's challenge and repeated by the client's answer; a mismatch is refused.
///
/// Conversation: service `challenge {protocol, nonce}` -> client `auth {protocol, proof}` -> service `welcome`
/// (or `refused {message}`); then either an application (`submit` -> `submitted` | `error`, then `requestTotal`,
/// `release`, `lost`, `report`, `heartbeat`, `usage` -> `usage`, `finish`, with `update` pushed by the service)
/// or a control client (`status` -> `status`, `stop` -> `stopping`).
struct ServiceMessage {
    static let protocolVersion = 1

    let type: String
    let fields: [String: Any]

    /// Parses a line; nil for anything that is not a JSON object with a string `type`.
    init?(line: String) {
        guard let data = line.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let type = object["type"] as? String
        else { return nil }
        self.type = type
        self.fields = object
    }

    /// The line for a message of `type` with `fields` in order.
    static func line(_ type: String, _ fields: [(String, OrderedJSON)] = []) -> String {
        OrderedJSON.object([(key: "type", value: .string(type))] + fields.map { (key: $0.0, value: $0.1) }).compact
    }

    func string(_ key: String) -> String? { fields[key] as? String }

    func int(_ key: String) -> Int? { fields[key] as? Int }

    func objects(_ key: String) -> [[String: Any]]? { fields[key] as? [[String: Any]] }

    /// The value at `key` as JSON, for messages that carry a whole document (`status`).
    func json(_ key: String) -> Any? { fields[key] }
}
