/// An amount of cluster resources, as YARN and Kubernetes count them: virtual cores and memory in MiB. Executor
/// containers, nodes, queues and quotas are all measured in it.
public struct Resources: Hashable, Sendable, CustomStringConvertible {
    public var vcores: Int
    public var memoryMiB: Int

    public init(vcores: Int, memoryMiB: Int) {
        self.vcores = vcores
        self.memoryMiB = memoryMiB
    }

    public static let zero = Resources(vcores: 0, memoryMiB: 0)

    public static func + (a: Resources, b: Resources) -> Resources {
        Resources(vcores: a.vcores + b.vcores, memoryMiB: a.memoryMiB + b.memoryMiB)
    }

    public static func - (a: Resources, b: Resources) -> Resources {
        Resources(vcores: a.vcores - b.vcores, memoryMiB: a.memoryMiB - b.memoryMiB)
    }

    public static func += (a: inout Resources, b: Resources) { a = a + b }
    public static func -= (a: inout Resources, b: Resources) { a = a - b }

    public static func * (a: Resources, n: Int) -> Resources {
        Resources(vcores: a.vcores * n, memoryMiB: a.memoryMiB * n)
    }

    /// Both amounts scaled by `fraction` and rounded down (a queue's guarantee from its percentage).
    public func scaled(by fraction: Double) -> Resources {
        Resources(vcores: Int((Double(vcores) * fraction).rounded(.down)),
                  memoryMiB: Int((Double(memoryMiB) * fraction).rounded(.down)))
    }

    /// `<memory:1408, vCores:1>`, as YARN prints resources.
    public var description: String { "<memory:\(memoryMiB), vCores:\(vcores)>" }
}
