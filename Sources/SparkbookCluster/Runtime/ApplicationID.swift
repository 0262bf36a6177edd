import Foundation
import Synchronization
import SparkbookUtilities

/// Spark's application ids: `local-<epoch ms>` in local mode, `app-<yyyyMMddHHmmss>-<NNNN>` on a cluster (the
/// standalone master's form); the event log file is named after it.
enum ApplicationID {
    private static let counter = Mutex(0)

    static func make(master: MasterURL, wallMillis: Int64) -> String {
        if case .local = master { return "local-\(wallMillis)" }
        let date = Date(timeIntervalSince1970: Double(wallMillis) / 1000)
        let stamp = CivilDateTime(unixSeconds: wallMillis / 1000,
                                  offsetSeconds: TimeZone.current.secondsFromGMT(for: date)).compact
        let n = counter.withLock { value -> Int in
            defer { value += 1 }
            return value
        }
        let digits = String(n % 10000)
        return "app-\(stamp)-" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
