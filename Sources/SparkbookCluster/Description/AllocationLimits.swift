/// YARN's container size limits (`yarn.scheduler.minimum-allocation-mb`/`-vcores` and
/// `yarn.scheduler.maximum-allocation-mb`/`-vcores` in `yarn-site.xml`). The Capacity Scheduler rounds every
/// request up to a multiple of the minimum, so a 1408 MiB executor occupies a 2048 MiB container and a 10 GiB node
/// holds five of them, not seven; a request above the maximum is refused outright.
public struct AllocationLimits: Hashable, Sendable {
    public var minimum: Resources
    public var maximum: Resources

    public init(minimum: Resources = AllocationLimits.yarnDefaults.minimum,
                maximum: Resources = AllocationLimits.yarnDefaults.maximum) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// `yarn-default.xml`: at least 1024 MiB and 1 vcore, at most 8192 MiB and 4 vcores.
    public static let yarnDefaults = AllocationLimits(
        minimum: Resources(vcores: 1, memoryMiB: 1024), maximum: Resources(vcores: 4, memoryMiB: 8192))

    /// The container the scheduler grants for `request`, as Hadoop's calculators normalise it: memory rounded up
    /// to a multiple of the minimum; vcores too with `dominant`, while `memory` (DefaultResourceCalculator)
    /// books every container as one vcore.
    public func container(for request: Resources, calculator: ResourceCalculator) -> Resources {
        let memory = Self.roundUp(max(request.memoryMiB, minimum.memoryMiB), to: minimum.memoryMiB)
        switch calculator {
        case .memory:
            return Resources(vcores: 1, memoryMiB: memory)
        case .dominant:
            return Resources(vcores: Self.roundUp(max(request.vcores, minimum.vcores), to: minimum.vcores),
                             memoryMiB: memory)
        }
    }

    /// Why YARN refuses `request` (above `maximum-allocation` in memory or vcores), or nil.
    public func refusal(for request: Resources) -> String? {
        if request.memoryMiB > maximum.memoryMiB {
            return "the executor container needs \(request.memoryMiB) MiB, above the cluster's maximum allocation "
                + "of \(maximum.memoryMiB) MiB (yarn.scheduler.maximum-allocation-mb)"
        }
        if request.vcores > maximum.vcores {
            return "the executor container needs \(request.vcores) vcores, above the cluster's maximum allocation "
                + "of \(maximum.vcores) (yarn.scheduler.maximum-allocation-vcores)"
        }
        return nil
    }

    /// Why the limits contradict each other (a maximum below the minimum), or nil.
    public var conflict: String? {
        guard maximum.memoryMiB < minimum.memoryMiB || maximum.vcores < minimum.vcores else { return nil }
        return "the maximum allocation \(maximum) is below the minimum \(minimum)"
    }

    static func roundUp(_ value: Int, to step: Int) -> Int {
        step > 0 ? (value + step - 1) / step * step : value
    }
}

extension ClusterDescription {
    /// What one executor asking for `request` occupies on a node and in its queue.
    public func container(for request: Resources) -> Resources {
        allocationLimits?.container(for: request, calculator: resourceCalculator) ?? request
    }
}
