import Foundation

/// Splits decompressed event-log bytes into lines and decodes them, numbering lines per file so that an error
/// names the file and line. Lines of events Sparkbook does not model are recognised by their `{"Event":"…"`
/// prefix (Jackson writes `Event` first) and skipped without parsing the rest.
struct EventLogLines {
    let fileName: String
    /// Lines of this file consumed so far (the next line's number is `line + 1`).
    private(set) var line = 0

    init(fileName: String) {
        self.fileName = fileName
    }

    /// Decodes the complete lines of `bytes` and returns their events and how many bytes they took. An
    /// unterminated last line is decoded only when `final` (the file is complete); otherwise it is left for the
    /// next read. `tolerateTruncatedTail`: a final unterminated line that is not JSON is dropped, not an error
    /// (the last line of a log Spark was still writing).
    mutating func decode(_ bytes: Data, final: Bool, tolerateTruncatedTail: Bool) throws(EventLogError)
        -> (events: [SparkListenerEvent], consumed: Int)
    {
        var events: [SparkListenerEvent] = []
        var consumed = 0
        var failure: EventLogError?
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let all = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < all.count {
                let newline = all[start...].firstIndex(of: 0x0A)
                guard newline != nil || final else { break }
                let end = newline ?? all.count
                let text = UnsafeBufferPointer(rebasing: all[start..<end])
                line += 1
                do throws(EventLogError) {
                    if let event = try decodeLine(text) { events.append(event) }
                } catch {
                    if newline == nil && tolerateTruncatedTail { consumed = all.count; break }
                    failure = error
                    return
                }
                start = end + 1
                consumed = min(start, all.count)
            }
        }
        if let failure { throw failure }
        return (events, consumed)
    }

    static let knownEvents: Set<String> = [
        "SparkListenerApplicationStart", "SparkListenerApplicationEnd", "SparkListenerEnvironmentUpdate",
        "SparkListenerExecutorAdded", "SparkListenerExecutorRemoved", "SparkListenerJobStart", "SparkListenerJobEnd",
        "SparkListenerStageSubmitted", "SparkListenerStageCompleted", "SparkListenerTaskStart", "SparkListenerTaskEnd",
        "SparkListenerUnpersistRDD",
    ]

    private func decodeLine(_ text: UnsafeBufferPointer<UInt8>) throws(EventLogError) -> SparkListenerEvent? {
        var body = text
        while let last = body.last, last == 0x0D || last == 0x20 { body = UnsafeBufferPointer(rebasing: body.dropLast()) }
        if body.isEmpty { return nil }
        // `{"Event":"Name",`: skip events Sparkbook has no case for without parsing them.
        let prefix = Array(#"{"Event":""#.utf8)
        if body.count > prefix.count, body.starts(with: prefix),
           let quote = body[prefix.count...].firstIndex(of: UInt8(ascii: "\"")) {
            let name = String(decoding: body[prefix.count..<quote], as: UTF8.self)
            if !Self.knownEvents.contains(name) && line > 1 { return nil }
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else {
            throw error(line == 1 ? "not a Spark event log: its first line is not a JSON listener event"
                        : "not a JSON object: \(Self.excerpt(body))")
        }
        guard object["Event"] is String else {
            throw error(line == 1 ? "not a Spark event log: its first line has no \"Event\" field"
                        : "no \"Event\" field: \(Self.excerpt(body))")
        }
        do {
            return try EventLogDecoder.decode(object)
        } catch {
            throw self.error("\(object["Event"]!): \(error.message)")
        }
    }

    private func error(_ message: String) -> EventLogError {
        EventLogError(message: "\(fileName):\(line): \(message)")
    }

    private static func excerpt(_ body: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: body.prefix(80), as: UTF8.self)
        return body.count > 80 ? text + "…" : text
    }
}
