import Foundation

/// Spark master URLs: `local`, `local[N]`, `local[*]`, `local-cluster[W,C,M]`; none means the embedded cluster.
public enum MasterURL {
    /// The embedded cluster used when no master is given.
    public static let embedded = "sparkbook"

    /// Concurrent task slots the master offers.
    public static func parallelism(of master: String) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if master == "local" { return 1 }
        if master.hasPrefix("local[") {
            let inner = master.dropFirst(6).prefix { $0 != "]" && $0 != "," }
            return inner == "*" ? cores : max(1, Int(inner) ?? cores)
        }
        if master.hasPrefix("local-cluster[") {
            let parts = master.dropFirst(14).prefix { $0 != "]" }.split(separator: ",")
            if parts.count >= 2, let workers = Int(parts[0].trimmingCharacters(in: .whitespaces)),
               let coresPer = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                return max(1, workers * coresPer)
            }
        }
        return max(2, cores)
    }

    /// Whether the master runs everything in one JVM, where Spark ignores dynamic allocation.
    public static func isLocal(_ master: String) -> Bool {
        master == "local" || master.hasPrefix("local[")
    }
}
