/// Hive's `NumericHistogram` (Ben-Haim and Tom-Tov's streaming histogram), which Spark's `histogram_numeric`
/// runs: values added one at a time into at most `bins` bins; past that, the two closest bins merge into their
/// weighted mean, ties between equally close pairs broken by `java.util.Random(31183)` as Hive breaks them.
struct NumericHistogram {
    private(set) var bins: [(x: Double, y: Double)] = []
    private let capacity: Int
    private var random = JavaRandom(seed: 31183)

    init(bins: Int) { capacity = bins }

    mutating func add(_ v: Double) {
        var bin = 0, l = 0, r = bins.count
        while l < r {
            bin = (l + r) / 2
            if bins[bin].x > v { r = bin } else if bins[bin].x < v { bin += 1; l = bin } else { break }
        }
        if bin < bins.count && bins[bin].x == v {
            bins[bin].y += 1
            return
        }
        bins.insert((v, 1), at: bin)
        trim()
    }

    private mutating func trim() {
        while bins.count > capacity {
            var smallest = bins[1].x - bins[0].x, at = 0, ties = 1
            for i in 1..<(bins.count - 1) {
                let diff = bins[i + 1].x - bins[i].x
                if diff < smallest {
                    smallest = diff; at = i; ties = 1
                } else if diff == smallest {
                    ties += 1
                    if random.nextDouble() <= 1.0 / Double(ties) { at = i }
                }
            }
            let d = bins[at].y + bins[at + 1].y
            var x = bins[at].x * (bins[at].y / d)
            x += bins[at + 1].x / d * bins[at + 1].y
            bins[at] = (x, d)
            bins.remove(at: at + 1)
        }
    }
}
