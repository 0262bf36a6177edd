/// The letters before a string's opening quote (`r`, `b`, `f`, `u` and the pairs
/// `rb`/`br`/`fr`/`rf`, in either case).
struct StringPrefix: Sendable, Hashable {
    var isRaw = false
    var isBytes = false
    var isFormatted = false

    /// Parses a candidate prefix; `nil` when the letters are not a valid prefix, in
    /// which case they are an ordinary name.
    init?(_ letters: ArraySlice<UInt8>) {
        guard letters.count <= 2 else { return nil }
        var seen = Set<UInt8>()
        for letter in letters {
            let lower = letter | 0x20
            guard seen.insert(lower).inserted else { return nil }
            switch lower {
            case UInt8(ascii: "r"): isRaw = true
            case UInt8(ascii: "b"): isBytes = true
            case UInt8(ascii: "f"): isFormatted = true
            case UInt8(ascii: "u"): guard letters.count == 1 else { return nil }
            default: return nil
            }
        }
        if isBytes && isFormatted { return nil }
    }

    init() {}
}
