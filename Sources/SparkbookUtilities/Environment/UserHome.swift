import Foundation

/// The user's home folder as a shell and Python find it: `$HOME` when set, else the account's home. Foundation's
/// `homeDirectoryForCurrentUser` reads only the account database on Linux, so a `HOME=...` given for one command
/// (CI, containers, tests) would be ignored.
public enum UserHome {
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home, isDirectory: true) }
        return FileManager.default.homeDirectoryForCurrentUser
    }
}
