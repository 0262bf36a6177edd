/// Python's format-spec mini-language, parsed: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec: Equatable {
    var fill: Character = " "
    var align: Character?
    var sign: Character?
    /// `#`: the `0x`/`0o`/`0b` prefix for integers.
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init() {}

    /// nil when the text is not a valid spec (Python: `Invalid format specifier`).
    init?(_ text: String) {
        var chars = Array(text)[...]
        if chars.count >= 2, "<>^=".contains(chars[chars.startIndex + 1]) {
            fill = chars.removeFirst(); align = chars.removeFirst()
        } else if let c = chars.first, "<>^=".contains(c) {
            align = chars.removeFirst()
        }
        if let c = chars.first, "+- ".contains(c) { sign = chars.removeFirst() }
        if chars.first == "#" { alternate = true; chars.removeFirst() }
        if chars.first == "0" {
            chars.removeFirst()
            if align == nil { fill = "0"; align = "=" }
        }
        let widthDigits = chars.prefix { $0.isASCII && $0.isNumber }
        chars.removeFirst(widthDigits.count)
        width = Int(String(widthDigits)) ?? 0
        if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            let digits = chars.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return nil }
            chars.removeFirst(digits.count)
            precision = Int(String(digits))
        }
        type = chars.popFirst()
        guard chars.isEmpty else { return nil }
    }

    /// Pads `body` (sign and prefix already in front) to the width.
    func pad(_ body: String, numeric: Bool, signAndPrefixLength: Int = 0) -> String {
        let padding = max(0, width - body.count)
        guard padding > 0 else { return body }
        let filler = String(repeating: fill, count: padding)
        switch align ?? (numeric ? ">" : "<") {
        case "<": return body + filler
        case "^": return String(repeating: fill, count: padding / 2) + body + String(repeating: fill, count: padding - padding / 2)
        case "=":
            let cut = body.index(body.startIndex, offsetBy: signAndPrefixLength)
            return body[..<cut] + filler + body[cut...]
        default: return filler + body
        }
    }
}
