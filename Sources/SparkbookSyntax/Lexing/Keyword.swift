/// Python's reserved words. All are lexed as keywords so that the ones outside the
/// Sparkbook subset (`def`, `class`, `lambda`, ...) can be reported as unsupported
/// instead of being mistaken for names.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `false` = "False", none = "None", `true` = "True"
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del
    case elif, `else`, except, finally, `for`, from, global, `if`, `import`, `in`, `is`
    case lambda, nonlocal, not, or, pass, raise, `return`, `try`, `while`, with, yield

    /// Looks a name up without allocating: keywords are ASCII and at most 8 bytes long.
    static func lookup(_ bytes: ArraySlice<UInt8>) -> Keyword? {
        guard bytes.count >= 2, bytes.count <= 8 else { return nil }
        return Keyword(rawValue: String(decoding: bytes, as: UTF8.self))
    }
}
