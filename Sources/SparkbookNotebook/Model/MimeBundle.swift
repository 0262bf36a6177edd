import Foundation

/// The `data` of an `execute_result` or `display_data` output: mime type -> content, in insertion order.
public struct MimeBundle: Sendable, Equatable {
    /// Text for `text/*` and most types (base64 for images); JSON for `application/json` and `+json` types.
    public enum Content: Sendable, Equatable {
        case text(String)
        case json(JSONValue)
    }

    public struct Entry: Sendable, Equatable {
        public var mimeType: String
        public var content: Content
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public init(_ texts: KeyValuePairs<String, String>) {
        for (mime, text) in texts { self[mime] = .text(text) }
    }

    public var mimeTypes: [String] { entries.map(\.mimeType) }
    public var isEmpty: Bool { entries.isEmpty }

    /// Reads or replaces one representation; assigning `nil` removes it.
    public subscript(mimeType: String) -> Content? {
        get { entries.first(where: { $0.mimeType == mimeType })?.content }
        set {
            let index = entries.firstIndex(where: { $0.mimeType == mimeType })
            switch (index, newValue) {
            case (let i?, let value?): entries[i].content = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append(Entry(mimeType: mimeType, content: value))
            case (nil, nil): break
            }
        }
    }

    /// The text of a representation, e.g. `bundle.text("text/plain")`.
    public func text(_ mimeType: String) -> String? {
        if case .text(let s)? = self[mimeType] { return s }
        return nil
    }

    /// Whether nbformat stores this type as a list of lines (`text/*`, JavaScript, SVG).
    public static func isSplitIntoLines(_ mimeType: String) -> Bool {
        mimeType.hasPrefix("text/") || mimeType == "application/javascript" || mimeType == "image/svg+xml"
    }

    /// Whether the type holds JSON rather than text (`application/json`, `application/vnd.foo+json`).
    public static func isJSON(_ mimeType: String) -> Bool {
        mimeType == "application/json" || mimeType.hasSuffix("+json")
    }

    public static func == (lhs: MimeBundle, rhs: MimeBundle) -> Bool {
        lhs.entries.count == rhs.entries.count && lhs.entries.allSatisfy { rhs[$0.mimeType] == $0.content }
    }
}
