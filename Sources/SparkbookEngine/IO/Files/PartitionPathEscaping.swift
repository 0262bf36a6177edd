import SparkbookUtilities

/// How Spark writes a partition value into a directory name (`country=US`, `day=2024-01-01`,
/// `ts=2024-01-01 10%3A00%3A00`) and reads it back: the characters Hive's `escapePathName` escapes become `%XX`,
/// and a null or empty value is `__HIVE_DEFAULT_PARTITION__`.
public enum PartitionPathEscaping {
    public static let defaultPartitionName = "__HIVE_DEFAULT_PARTITION__"

    private static let escaped: Set<Character> = ["\"", "#", "%", "'", "*", "/", ":", "=", "?", "\\", "\u{7F}", "{", "[", "]", "^"]

    public static func escape(_ text: String) -> String {
        guard !text.isEmpty else { return defaultPartitionName }
        var out = ""
        for c in text {
            if escaped.contains(c) || (c.unicodeScalars.count == 1 && c.unicodeScalars.first!.value < 0x20) {
                for byte in String(c).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2, with: "0") }
            } else {
                out.append(c)
            }
        }
        return out
    }

    public static func unescape(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
