/// How a scheduler compares resources, as YARN's `yarn.scheduler.capacity.resource-calculator` chooses:
/// `memory` (Hadoop's `DefaultResourceCalculator`, its default) looks at memory only, so a node fits executors
/// until its memory is used whatever their cores; `dominant` (`DominantResourceCalculator`, Dominant Resource
/// Fairness) counts both and compares shares by the larger fraction.
public enum ResourceCalculator: String, Hashable, Sendable {
    case memory
    case dominant

    /// Whether `need` fits into `free`.
    public func fits(_ need: Resources, in free: Resources) -> Bool {
        switch self {
        case .memory: need.memoryMiB <= free.memoryMiB
        case .dominant: need.memoryMiB <= free.memoryMiB && need.vcores <= free.vcores
        }
    }

    /// `part` as a fraction of `whole` (0 when `whole` is empty): memory's fraction, or the dominant one.
    public func share(_ part: Resources, of whole: Resources) -> Double {
        let memory = whole.memoryMiB > 0 ? Double(part.memoryMiB) / Double(whole.memoryMiB) : 0
        switch self {
        case .memory: return memory
        case .dominant:
            let cores = whole.vcores > 0 ? Double(part.vcores) / Double(whole.vcores) : 0
            return max(memory, cores)
        }
    }

    /// Hadoop's class name, for `capacity-scheduler.xml`.
    public var hadoopClassName: String {
        switch self {
        case .memory: "org.apache.hadoop.yarn.util.resource.DefaultResourceCalculator"
        case .dominant: "org.apache.hadoop.yarn.util.resource.DominantResourceCalculator"
        }
    }
}
