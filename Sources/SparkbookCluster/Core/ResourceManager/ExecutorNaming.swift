/// How a cluster manager names an application's executors: Spark counts them from 0 on standalone clusters
/// (and Sparkbook's embedded one), from 1 on YARN and Kubernetes; in local mode the one executor is the driver.
public enum ExecutorNaming: Hashable, Sendable {
    case counting(from: Int)
    case driver

    public func executorId(forIndex index: Int) -> String {
        switch self {
        case .counting(let first): String(first + index)
        case .driver: "driver"
        }
    }
}
