import Foundation

/// Java's `StrictMath.pow` (fdlibm's `e_pow`), which Spark's `pow`/`power` call: log2(x) in extra precision,
/// times y, then 2 to that power; the platform's `pow` differs in the last digit for some inputs.
extension StrictMath {
    private static let bp = [1.0, 1.5], dpH = [0.0, 5.84962487220764160156e-01], dpL = [0.0, 1.35003920212974897128e-08]
    private static let two53 = 9007199254740992.0, huge = 1.0e300, tiny = 1.0e-300
    private static let l1 = 5.99999999999994648725e-01, l2 = 4.28571428578550184252e-01
    private static let l3 = 3.33333329818377432918e-01, l4 = 2.72728123808534006489e-01
    private static let l5 = 2.30660745775561754067e-01, l6 = 2.06975017800338417784e-01
    private static let p1 = 1.66666666666666019037e-01, p2 = -2.77777777770155933842e-03
    private static let p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06
    private static let p5 = 4.13813679705723846039e-08
    private static let lg2 = 6.93147180559945286227e-01, lg2H = 6.93147182464599609375e-01
    private static let lg2L = -1.90465429995776804525e-09, ovt = 8.0085662595372944372e-17
    private static let cp = 9.61796693925975554329e-01, cpH = 9.61796700954437255859e-01
    private static let cpL = -7.02846165095275826516e-09
    private static let ivln2 = 1.44269504088896338700e+00, ivln2H = 1.44269502162933349609e+00
    private static let ivln2L = 1.92596299112661746887e-08

    private static func hi(_ x: Double) -> Int32 { Int32(truncatingIfNeeded: x.bitPattern >> 32) }
    private static func lo(_ x: Double) -> UInt32 { UInt32(truncatingIfNeeded: x.bitPattern) }
    private static func withHi(_ x: Double, _ h: Int32) -> Double {
        Double(bitPattern: (UInt64(UInt32(bitPattern: h)) << 32) | UInt64(lo(x)))
    }
    private static func clearLo(_ x: Double) -> Double { Double(bitPattern: x.bitPattern & 0xffff_ffff_0000_0000) }

    static func pow(_ x: Double, _ y: Double) -> Double {
        let hx = hi(x), lx = lo(x), hy = hi(y), ly = lo(y)
        var ix = hx & 0x7fff_ffff
        let iy = hy & 0x7fff_ffff
        if iy == 0 && ly == 0 { return 1 }
        if ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && lx != 0) || iy > 0x7ff0_0000 || (iy == 0x7ff0_0000 && ly != 0) {
            return x + y
        }
        // yisint: 0 not an integer, 1 odd, 2 even (only needed for negative x).
        var yisint: Int32 = 0
        if hx < 0 {
            if iy >= 0x4340_0000 { yisint = 2 } else if iy >= 0x3ff0_0000 {
                let k = (iy >> 20) - 0x3ff
                if k > 20 {
                    let j = ly >> UInt32(52 - k)
                    if (j << UInt32(52 - k)) == ly { yisint = 2 - Int32(j & 1) }
                } else if ly == 0 {
                    let j = iy >> (20 - k)
                    if (j << (20 - k)) == iy { yisint = 2 - (j & 1) }
                }
            }
        }
        if ly == 0 {
            if iy == 0x7ff0_0000 {
                if ((ix &- 0x3ff0_0000) | Int32(bitPattern: lx)) == 0 { return y - y }
                if ix >= 0x3ff0_0000 { return hy >= 0 ? y : 0 }
                return hy < 0 ? -y : 0
            }
            if iy == 0x3ff0_0000 { return hy < 0 ? 1 / x : x }
            if hy == 0x4000_0000 { return x * x }
            if hy == 0x3fe0_0000 && hx >= 0 { return x.squareRoot() }
        }
        var ax = Swift.abs(x)
        if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
            var z = ax
            if hy < 0 { z = 1 / z }
            if hx < 0 {
                if ((ix &- 0x3ff0_0000) | yisint) == 0 { z = (z - z) / (z - z) } else if yisint == 1 { z = -z }
            }
            return z
        }
        var n = (hx >> 31) &+ 1
        if (n | yisint) == 0 { return (x - x) / (x - x) }
        var s = 1.0
        if (n | (yisint - 1)) == 0 { s = -1 }

        var t1: Double, t2: Double
        if iy > 0x41e0_0000 {
            if iy > 0x43f0_0000 {
                if ix <= 0x3fef_ffff { return hy < 0 ? huge * huge : tiny * tiny }
                if ix >= 0x3ff0_0000 { return hy > 0 ? huge * huge : tiny * tiny }
            }
            if ix < 0x3fef_ffff { return hy < 0 ? s * huge * huge : s * tiny * tiny }
            if ix > 0x3ff0_0000 { return hy > 0 ? s * huge * huge : s * tiny * tiny }
            let t = ax - 1
            let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
            let u = ivln2H * t
            let v = t * ivln2L - w * ivln2
            t1 = clearLo(u + v)
            t2 = v - (t1 - u)
        } else {
            n = 0
            if ix < 0x0010_0000 { ax *= two53; n -= 53; ix = hi(ax) }
            n += (ix >> 20) - 0x3ff
            let j = ix & 0x000f_ffff
            ix = j | 0x3ff0_0000
            var k = 0
            if j <= 0x3988E { k = 0 } else if j < 0xBB67A { k = 1 } else { k = 0; n += 1; ix -= 0x0010_0000 }
            ax = withHi(ax, ix)
            let u = ax - bp[k]
            let v = 1 / (ax + bp[k])
            let ss = u * v
            let sH = clearLo(ss)
            let tH = Double(bitPattern: UInt64(UInt32(bitPattern: ((ix >> 1) | 0x2000_0000) &+ 0x0008_0000 &+ (Int32(k) << 18))) << 32)
            let tL = ax - (tH - bp[k])
            let sL = v * ((u - sH * tH) - sH * tL)
            var s2 = ss * ss
            var r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))))
            r += sL * (sH + ss)
            s2 = sH * sH
            let tH2 = clearLo(3.0 + s2 + r)
            let tL2 = r - ((tH2 - 3.0) - s2)
            let u2 = sH * tH2
            let v2 = sL * tH2 + tL2 * ss
            let pH = clearLo(u2 + v2)
            let pL = v2 - (pH - u2)
            let zH = cpH * pH
            let zL = cpL * pH + pL * cp + dpL[k]
            let t = Double(n)
            t1 = clearLo(((zH + zL) + dpH[k]) + t)
            t2 = zL - (((t1 - t) - dpH[k]) - zH)
        }

        let y1 = clearLo(y)
        let pL = (y - y1) * t1 + y * t2
        var pH = y1 * t1
        var z = pL + pH
        var j = hi(z)
        let i = Int32(bitPattern: lo(z))
        if j >= 0x4090_0000 {
            if ((j &- 0x4090_0000) | i) != 0 { return s * huge * huge }
            if pL + ovt > z - pH { return s * huge * huge }
        } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
            if ((j &- Int32(bitPattern: 0xc090_cc00)) | i) != 0 { return s * tiny * tiny }
            if pL <= z - pH { return s * tiny * tiny }
        }
        let iAbs = j & 0x7fff_ffff
        var k = (iAbs >> 20) - 0x3ff
        n = 0
        if iAbs > 0x3fe0_0000 {
            n = j &+ (0x0010_0000 >> (k + 1))
            k = ((n & 0x7fff_ffff) >> 20) - 0x3ff
            let t = Double(bitPattern: UInt64(UInt32(bitPattern: n & ~(0x000f_ffff >> k))) << 32)
            n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k)
            if j < 0 { n = -n }
            pH -= t
        }
        let t = clearLo(pL + pH)
        let u = t * lg2H
        let v = (pL - (t - pH)) * lg2 + t * lg2L
        z = u + v
        let w = v - (z - u)
        let tt = z * z
        let r1 = z - tt * (p1 + tt * (p2 + tt * (p3 + tt * (p4 + tt * p5))))
        let r = (z * r1) / (r1 - 2) - (w + z * w)
        z = 1 - (r - z)
        j = hi(z) &+ (n << 20)
        if (j >> 20) <= 0 { z = scalbn(z, Int(n)) } else { z = withHi(z, hi(z) &+ (n << 20)) }
        return s * z
    }
}
