/// Java's `StrictMath.cbrt` (fdlibm's `s_cbrt.c`), which Spark's `cbrt` calls: the platform's cube root is
/// closer more often and so differs in the last digit (`cbrt(pi / 2)` prints 1.1624473515096265 in Spark).
extension StrictMath {
    private static let b1: UInt32 = 715_094_163, b2: UInt32 = 696_219_795
    private static let c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01
    private static let e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00
    private static let g = 3.57142857142857150787e-01

    static func cbrt(_ input: Double) -> Double {
        let hxSigned = high(input)
        let sign = UInt32(bitPattern: hxSigned) & 0x8000_0000
        let hx = UInt32(bitPattern: hxSigned) ^ sign
        if hx >= 0x7ff0_0000 { return input + input }
        if hx | low(input) == 0 { return input }
        let x = withHigh(input, Int32(bitPattern: hx))
        var t: Double
        if hx < 0x0010_0000 {
            // Subnormal: scale by 2^54 first.
            t = withHigh(0, 0x4350_0000) * x
            t = withHigh(t, Int32(bitPattern: UInt32(bitPattern: high(t)) / 3 + b2))
        } else {
            t = withHigh(0, Int32(bitPattern: hx / 3 + b1))
        }
        // To 23 bits, then chopped to 20 bits and made larger than cbrt(x).
        var r = t * t / x
        var s = c + r * t
        t *= g + f / (s + e + d / s)
        t = Double(bitPattern: (UInt64(UInt32(bitPattern: high(t)) &+ 1) << 32))
        // One Newton step to 53 bits (error under 0.667 ulps).
        s = t * t
        r = x / s
        let w = t + t
        r = (r - t) / (w + r)
        t = t + t * r
        return withHigh(t, Int32(bitPattern: UInt32(bitPattern: high(t)) | sign))
    }
}
