/// A named group of rules and how often it runs.
struct OptimizerBatch {
    enum Strategy {
        case once
        case fixedPoint(maxIterations: Int)

        var maxIterations: Int {
            switch self {
            case .once: 1
            case .fixedPoint(let n): n
            }
        }
    }

    let name: String
    let strategy: Strategy
    let rules: [any OptimizerRule]
}
