import Foundation

/// The `--master` / `.master()` string, parsed the way Spark's `SparkContext.createTaskScheduler` reads it,
/// plus Sparkbook's own `sparkbook` (the embedded cluster, also the default), `serverless`, and
/// `sparkbook://HOST:PORT` (a `sparkbook cluster` service shared with other applications).
public enum MasterURL: Hashable, Sendable, CustomStringConvertible {
    case embedded
    /// `local`, `local[N]`, `local[*]`, `local[N,F]`, `local[*,F]`: one executor in the driver with N task
    /// threads; a task may fail F times (`spark.task.maxFailures` does not apply in local mode; plain `local[N]`
    /// allows one attempt).
    case local(threads: Int, maxTaskFailures: Int = 1)
    /// `local-cluster[W,C,M]`: W workers of C cores and M MiB each.
    case localCluster(workers: Int, coresPerWorker: Int, memoryMiB: Int)
    case yarn
    /// `k8s://https://host:port`.
    case kubernetes(apiServer: String)
    case serverless
    /// `sparkbook://127.0.0.1:7177`: a resident `sparkbook cluster` service grants the executors.
    case service(host: String, port: Int)

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
        if master.hasPrefix(Self.serviceScheme) {
            let address = master.dropFirst(Self.serviceScheme.count)
            guard let colon = address.lastIndex(of: ":"), colon != address.startIndex,
                  let port = Int(address[address.index(after: colon)...]), (1...65535).contains(port)
            else { throw .unparsableMaster(master) }
            self = .service(host: String(address[..<colon]), port: port)
            return
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
        if let local = try Self.localMode(master) {
            self = local
            return
        }
        throw .unparsableMaster(master)
    }

    /// Spark's `LOCAL_N_REGEX` (`local\[([0-9]+|\*)\]`) and `LOCAL_N_FAILURES_REGEX`
    /// (`local\[([0-9]+|\*)\s*,\s*([0-9]+)\]`): no spaces inside the brackets except around the comma, no
    /// signs. `local[0]` is refused as Spark does; `local[0,F]` parses and fails the cores check later, as in Spark.
    private static func localMode(_ master: String) throws(ClusterManagerError) -> MasterURL? {
        guard master.hasPrefix("local["), master.hasSuffix("]") else { return nil }
        let parts = master.dropFirst("local[".count).dropLast().split(separator: ",", omittingEmptySubsequences: false)
        func digits(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text) ?? Int.max
        }
        func threads(_ text: Substring) -> Int? {
            text == "*" ? ProcessInfo.processInfo.activeProcessorCount : digits(text)
        }
        switch parts.count {
        case 1:
            guard let n = threads(parts[0]) else { throw .unparsableMaster(master) }
            guard n > 0 else {
                throw ClusterManagerError(code: .invalidMaster, message: "Asked to run locally with \(n) threads")
            }
            return .local(threads: n)
        case 2:
            // Spaces around the comma only.
            guard parts[0].first?.isWhitespace == false, parts[1].last?.isWhitespace == false,
                  let n = threads(Substring(parts[0].trimmingCharacters(in: .whitespacesAndNewlines))),
                  let f = digits(Substring(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)))
            else { throw .unparsableMaster(master) }
            return .local(threads: n, maxTaskFailures: f)
        default:
            throw .unparsableMaster(master)
        }
    }

    static let serviceScheme = "sparkbook://"

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
        case let .local(n, f): f == 1 ? "local[\(n)]" : "local[\(n),\(f)]"
        case let .localCluster(w, c, m): "local-cluster[\(w),\(c),\(m)]"
        case .yarn: "yarn"
        case .kubernetes(let server): "k8s://\(server)"
        case .serverless: "serverless"
        case let .service(host, port): "\(Self.serviceScheme)\(host):\(port)"
        }
    }
}
