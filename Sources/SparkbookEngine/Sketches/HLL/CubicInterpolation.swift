/// Lagrange cubic interpolation through the four knots around `x` (the first four at the low end, the last four
/// at the high end), as DataSketches interpolates its estimator tables.
enum CubicInterpolation {
    static func interpolate(x: Double, xs: [Double], ys: [Double]) -> Double {
        let last = xs.count - 1
        if x >= xs[last] { return ys[last] }
        var low = 0, high = last
        while low + 1 < high {
            let middle = low + (high - low) / 2
            if xs[middle] <= x { low = middle } else { high = middle }
        }
        let start = low == 0 ? 0 : (low == last - 1 ? low - 2 : low - 1)
        return cubic(xs[start], ys[start], xs[start + 1], ys[start + 1], xs[start + 2], ys[start + 2],
                     xs[start + 3], ys[start + 3], x)
    }

    static func cubic(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
                      _ x3: Double, _ y3: Double, _ x: Double) -> Double {
        let l0 = (x - x1) * (x - x2) * (x - x3), l1 = (x - x0) * (x - x2) * (x - x3)
        let l2 = (x - x0) * (x - x1) * (x - x3), l3 = (x - x0) * (x - x1) * (x - x2)
        let d0 = (x0 - x1) * (x0 - x2) * (x0 - x3), d1 = (x1 - x0) * (x1 - x2) * (x1 - x3)
        let d2 = (x2 - x0) * (x2 - x1) * (x2 - x3), d3 = (x3 - x0) * (x3 - x1) * (x3 - x2)
        return (y0 * l0) / d0 + (y1 * l1) / d1 + (y2 * l2) / d2 + (y3 * l3) / d3
    }
}
