/// Hex text of sketch bytes, as Spark's `hex()` prints them, for comparing with bytes recorded from PySpark 4.3.
func sketchHex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789ABCDEF")
    return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
}
