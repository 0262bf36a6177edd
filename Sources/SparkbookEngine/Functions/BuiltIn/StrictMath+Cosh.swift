import Foundation

/// Java's `StrictMath.cosh` (fdlibm's `e_cosh.c`), which Spark's `cosh` calls through `Math.cosh`: built on
/// fdlibm's `exp`, whose last digit differs from the platform's (`cosh(1)` prints 1.543080634815244 in Spark,
/// 1.5430806348152437 with the platform's `cosh`). Below 0.5·ln 2 fdlibm uses `expm1`; the platform's is used
/// there (no case where they differ has been seen).
extension StrictMath {
    static func cosh(_ input: Double) -> Double {
        let ix = UInt32(bitPattern: high(input)) & 0x7fff_ffff
        if ix >= 0x7ff0_0000 { return input * input }
        let a = Swift.abs(input)
        if ix < 0x3fd6_2e43 {
            let t = Foundation.expm1(a)
            let w = 1 + t
            if ix < 0x3c80_0000 { return w }
            return 1 + (t * t) / (w + w)
        }
        if ix < 0x4036_0000 {
            let t = exp(a)
            return 0.5 * t + 0.5 / t
        }
        if ix < 0x4086_2e42 { return 0.5 * exp(a) }
        if ix < 0x4086_33ce || (ix == 0x4086_33ce && low(a) <= 0x8fb9_f87d) {
            let w = exp(0.5 * a)
            return (0.5 * w) * w
        }
        return .infinity
    }
}
