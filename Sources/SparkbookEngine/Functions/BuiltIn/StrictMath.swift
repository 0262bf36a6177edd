/// Java's `StrictMath.log`, `log10` and `exp` (fdlibm's algorithms; `pow` in `StrictMath+Pow`), which Spark's
/// `ln`, `log`, `log10` and `exp` call:
/// the platform's logarithm is correctly rounded more often and so differs from Spark in the last digit
/// (`log(10.0, 3)` prints 0.4771212547196623 in Spark).
enum StrictMath {
    private static let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
    private static let two54 = 1.80143985094819840000e+16
    private static let lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01
    private static let lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01
    private static let lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01
    private static let lg7 = 1.479819860511658591e-01
    private static let ivln10 = 4.34294481903251816668e-01
    private static let log10Of2Hi = 3.01029995663611771306e-01, log10Of2Lo = 3.69423907715893078616e-13

    static func high(_ x: Double) -> Int32 { Int32(truncatingIfNeeded: x.bitPattern >> 32) }
    static func low(_ x: Double) -> UInt32 { UInt32(truncatingIfNeeded: x.bitPattern) }
    static func withHigh(_ x: Double, _ hi: Int32) -> Double {
        Double(bitPattern: (UInt64(UInt32(bitPattern: hi)) << 32) | UInt64(low(x)))
    }

    static func log(_ input: Double) -> Double {
        var x = input
        var hx = high(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if (hx & 0x7fff_ffff) == 0 && low(x) == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54; x *= two54; hx = high(x)
        }
        if hx >= 0x7ff0_0000 { return x + x }
        k += (hx >> 20) - 1023
        hx &= 0x000f_ffff
        let i = (hx &+ 0x95f64) & 0x10_0000
        x = withHigh(x, hx | (i ^ 0x3ff0_0000))
        k += i >> 20
        let f = x - 1.0
        let dk = Double(k)
        if (0x000f_ffff & (2 &+ hx)) < 3 {
            if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
        }
        let s = f / (2.0 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let r = t2 + t1
        if ((hx &- 0x6147a) | (0x6b851 &- hx)) > 0 {
            let hfsq = 0.5 * f * f
            return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
        }
        return k == 0 ? f - s * (f - r) : dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }

    static func log10(_ input: Double) -> Double {
        var x = input
        var hx = high(x)
        var k: Int32 = 0
        if hx < 0x0010_0000 {
            if (hx & 0x7fff_ffff) == 0 && low(x) == 0 { return -.infinity }
            if hx < 0 { return .nan }
            k -= 54; x *= two54; hx = high(x)
        }
        if hx >= 0x7ff0_0000 { return x + x }
        k += (hx >> 20) - 1023
        let i: Int32 = k < 0 ? 1 : 0
        hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20)
        let y = Double(k + i)
        x = withHigh(x, hx)
        let z = y * log10Of2Lo + ivln10 * log(x)
        return z + y * log10Of2Hi
    }

    private static let expP1 = 1.66666666666666019037e-01, expP2 = -2.77777777770155933842e-03
    private static let expP3 = 6.61375632143793436117e-05, expP4 = -1.65339022054652515390e-06
    private static let expP5 = 4.13813679705723846039e-08
    private static let invln2 = 1.44269504088896338700e+00
    private static let twom1000 = 9.33263618503218878990e-302

    static func exp(_ input: Double) -> Double {
        var x = input
        var hx = high(x)
        let negative = hx < 0
        hx &= 0x7fff_ffff
        if hx >= 0x4086_2E42 {
            if hx >= 0x7ff0_0000 {
                if ((hx & 0xfffff) | Int32(bitPattern: low(x))) != 0 { return x + x }
                return negative ? 0 : x
            }
            if x > 7.09782712893383973096e+02 { return .infinity }
            if x < -7.45133219101941108420e+02 { return 0 }
        }
        var hi = 0.0, lo = 0.0
        var k: Int32 = 0
        if hx > 0x3fd6_2e42 {
            if hx < 0x3FF0_A2B2 {
                hi = negative ? x + ln2Hi : x - ln2Hi
                lo = negative ? -ln2Lo : ln2Lo
                k = negative ? -1 : 1
            } else {
                k = Int32(invln2 * x + (negative ? -0.5 : 0.5))
                let t = Double(k)
                hi = x - t * ln2Hi
                lo = t * ln2Lo
            }
            x = hi - lo
        } else if hx < 0x3e30_0000 {
            return 1.0 + x
        }
        let t = x * x
        let c = x - t * (expP1 + t * (expP2 + t * (expP3 + t * (expP4 + t * expP5))))
        if k == 0 { return 1.0 - ((x * c) / (c - 2.0) - x) }
        let y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
        if k >= -1021 { return withHigh(y, high(y) &+ (k << 20)) }
        return withHigh(y, high(y) &+ ((k + 1000) << 20)) * twom1000
    }
}
