import Foundation

/// Byte counts as Spark's UI prints them (`Utils.bytesToString`): one decimal, binary units, a unit used from
/// twice its size (`1536` is `1536.0 B`, `4096` is `4.0 KiB`).
public enum ByteCountText {
    public static func format(_ bytes: Int64) -> String {
        let units: [(String, Double)] = [("TiB", 0x1p40), ("GiB", 0x1p30), ("MiB", 0x1p20), ("KiB", 0x1p10)]
        let value = Double(bytes)
        for (unit, size) in units where value >= 2 * size {
            return oneDecimal(value / size) + " " + unit
        }
        return oneDecimal(value) + " B"
    }

    private static func oneDecimal(_ value: Double) -> String {
        String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
