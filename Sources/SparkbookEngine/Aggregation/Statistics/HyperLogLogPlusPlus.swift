import Foundation

/// Spark's `HyperLogLogPlusPlus` estimate (`approx_count_distinct`): `2^p` registers, `p` from the relative
/// standard deviation (`ceil(2 log2(1.106 / rsd))`, 9 for the default 0.05), each holding the longest run of
/// leading zeros (plus one) among the XxHash64s (seed 42) of the values it is picked for by the top `p` bits;
/// linear counting below Spark's thresholds, the harmonic mean above. Registers keep maxima, so the estimate
/// of a group's distinct values is the estimate of all its rows. Spark's empirical bias correction (for raw
/// estimates below `5 * 2^p` that linear counting does not cover) is not applied.
enum HyperLogLogPlusPlus {
    /// Spark's `THRESHOLDS`, for precisions 4 to 18: linear counting is used up to these estimates.
    static let thresholds: [Double] = [10, 20, 40, 80, 220, 400, 900, 1800, 3100, 6500, 11500, 20000, 50000, 120000,
                                       350000]

    /// The precision for a relative standard deviation; Spark refuses one that needs fewer than 4 bits.
    static func precision(relativeSD: Double) throws -> Int {
        let p = Int((2.0 * log(1.106 / relativeSD) / log(2.0)).rounded(.up))
        guard p >= 4 else {
            throw SparkError(.analysis, errorClass: "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                             message: "HLL++ requires at least 4 bits for addressing. Use a lower error, at most 39%.",
                             sqlState: "42K09")
        }
        return p
    }

    static func estimate<Values: Sequence<Value>>(_ values: Values, relativeSD: Double) throws -> Int64 {
        let p = try precision(relativeSD: relativeSD)
        let m = 1 << p
        var registers = [Int](repeating: 0, count: m)
        let padding: UInt64 = 1 << UInt64(p - 1)
        for value in values where !value.isNull {
            let x = UInt64(bitPattern: SparkXxHash64.hash(value, seed: SparkXxHash64.defaultSeed))
            let index = Int(x >> UInt64(64 - p))
            registers[index] = max(registers[index], ((x << UInt64(p)) | padding).leadingZeroBitCount + 1)
        }
        var inverse = 0.0, zeros = 0.0
        for r in registers {
            inverse += Double(sign: .plus, exponent: -r, significand: 1)
            if r == 0 { zeros += 1 }
        }
        let size = Double(m)
        let alpha: Double = switch p {
        case 4: 0.673
        case 5: 0.697
        case 6: 0.709
        default: 0.7213 / (1.0 + 1.079 / size)
        }
        var estimate = alpha * size * size / inverse
        if zeros > 0 {
            let linear = size * log(size / zeros)
            if p - 4 < thresholds.count, linear <= thresholds[p - 4] { estimate = linear }
        }
        // Java's Math.round.
        return Int64((estimate + 0.5).rounded(.down))
    }
}
