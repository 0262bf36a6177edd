import Foundation

/// Python's `time` module, for notebooks that wait for the cluster (`time.sleep(70)` to see idle executors go).
enum TimeModule {
    static func call(_ name: String, _ args: CallArguments, timeScale: Double) async throws -> PyValue {
        switch name {
        case "sleep":
            let v = try args.bind(["secs"], required: 1)
            guard let seconds = v[0]?.number, seconds >= 0 else {
                throw ScriptError.value("sleep length must be a non-negative number")
            }
            // Scaled like the allocation timeouts, so "sleep past the idle timeout" means the same at any scale.
            try await Task.sleep(for: .milliseconds(Int64(seconds * timeScale * 1000)))
            return .none
        case "time":
            try args.noArguments()
            return .float(Date().timeIntervalSince1970)
        case "perf_counter":
            try args.noArguments()
            return .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        default:
            throw Members.missingAttribute(name, of: .module(.time))
        }
    }
}
