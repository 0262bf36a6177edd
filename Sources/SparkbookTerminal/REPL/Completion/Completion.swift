/// What Tab offers: replacements for the text from `start` (a character offset into the line before the
/// cursor) up to the cursor.
public struct Completion: Sendable, Equatable {
    public var start: Int
    public var candidates: [String]

    public init(start: Int, candidates: [String]) {
        self.start = start
        self.candidates = candidates
    }

    public static let none = Completion(start: 0, candidates: [])
}
