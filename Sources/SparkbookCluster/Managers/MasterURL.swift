import Foundation

/// The `--master` / `.master()` string, parsed the way Spark's `SparkContext.createTaskScheduler` reads it,
/// plus Sparkbook's own `sparkbook` (the embedded cluster, also the default) and `serverless`.
public enum MasterURL: Hashable, Sendable, CustomStringConvertible {
    case embedded
    /// `local`, `local[N]`, `local[*]`, `local[N,F]`: one executor in the driver with N task threads.
    case local(threads: Int)
    /// `local-cluster[W,C,M]`: W workers of C cores and M MiB each.
    case localCluster(workers: Int, coresPerWorker: Int, memoryMiB: Int)
    case yarn
    /// `k8s://https://host:port`.
    case kubernetes(apiServer: String)
    case serverless

    /// nil or empty means the embedded cluster; throws Spark's message for anything unknown.
    public init(parsing text: String?) throws(ClusterManagerError) {
        let master = (text ?? "").trimmingCharacters(in: .whitespaces)
        switch master {
        case "", "sparkbook": self = .embedded; return
        case "local": self = .local(threads: 1); return
        case "yarn": self = .yarn; return
        case "serverless": self = .serverless; return
        default: break
        }
        if master.hasPrefix("k8s://") {
            let server = String(master.dropFirst("k8s://".count))
            guard !server.isEmpty else { throw .unparsableMaster(master) }
            self = .kubernetes(apiServer: server)
            return
        }
        if let args = Self.bracketArguments(master, prefix: "local-cluster") {
            guard args.count == 3, let w = Int(args[0]), let c = Int(args[1]), let m = Int(args[2]), w > 0, c > 0,
                m > 0
            else { throw .unparsableMaster(master) }
            self = .localCluster(workers: w, coresPerWorker: c, memoryMiB: m)
            return
        }
        if let args = Self.bracketArguments(master, prefix: "local"), (1...2).contains(args.count) {
            if args.count == 2 && Int(args[1]) == nil { throw .unparsableMaster(master) }
            if args[0] == "*" {
                self = .local(threads: ProcessInfo.processInfo.activeProcessorCount)
                return
            }
            guard let n = Int(args[0]), n > 0 else { throw .unparsableMaster(master) }
            self = .local(threads: n)
            return
        }
        throw .unparsableMaster(master)
    }

    /// `prefix[a,b,c]` -> ["a","b","c"] (spaces trimmed), nil when the shape differs.
    private static func bracketArguments(_ text: String, prefix: String) -> [String]? {
        guard text.hasPrefix(prefix + "["), text.hasSuffix("]") else { return nil }
        let inner = text.dropFirst(prefix.count + 1).dropLast()
        return inner.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    public var description: String {
        switch self {
        case .embedded: "sparkbook"
        case .local(let n): "local[\(n)]"
        case let .localCluster(w, c, m): "local-cluster[\(w),\(c),\(m)]"
        case .yarn: "yarn"
        case .kubernetes(let server): "k8s://\(server)"
        case .serverless: "serverless"
        }
    }
}
