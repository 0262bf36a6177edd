import Foundation
import Synchronization

/// The session's directory for spill files and evicted shuffle blocks: `blockmgr-<uuid>` under `spark.local.dir`,
/// as Spark's `DiskBlockManager` lays it out. Created on the first spill; removed when the session stops, and at
/// normal process exit for any session that did not stop.
public final class SpillDirectory: Sendable {
    public let parent: String
    private let state = Mutex<(path: String?, files: Int)>((nil, 0))
    /// Directories still to remove at exit.
    private static let live = Mutex<Set<String>>([])
    private static let exitHook = Mutex(false)

    public init(parent: String) {
        self.parent = parent
    }

    /// The directory, if a spill has created it.
    public var path: String? { state.withLock { $0.path } }

    /// A new file's path (`temp_local_<uuid>`, `temp_shuffle_<uuid>` as Spark names them), creating the directory
    /// on first use.
    public func newFile(prefix: String) throws -> String {
        let directory = try state.withLock { state throws -> String in
            if let path = state.path { return path }
            let path = (parent as NSString).appendingPathComponent("blockmgr-\(UUID().uuidString.lowercased())")
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            state.path = path
            Self.removeAtExit(path)
            return path
        }
        return (directory as NSString).appendingPathComponent("\(prefix)_\(UUID().uuidString.lowercased())")
    }

    /// Removes the directory and every file in it.
    public func remove() {
        guard let path = state.withLock({ state -> String? in defer { state.path = nil }; return state.path }) else { return }
        try? FileManager.default.removeItem(atPath: path)
        _ = Self.live.withLock { $0.remove(path) }
    }

    private static func removeAtExit(_ path: String) {
        _ = live.withLock { $0.insert(path) }
        let install = exitHook.withLock { installed -> Bool in defer { installed = true }; return !installed }
        if install {
            atexit {
                for path in SpillDirectory.live.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
            }
        }
    }
}
