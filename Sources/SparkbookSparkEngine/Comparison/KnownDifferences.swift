import Foundation

/// The notebooks `sparkbook engine compare` allows to differ, each with the reason it must (`NAME  reason` per
/// line, `#` comments): a list kept true, since an entry that no longer differs is reported. `NAME?  reason`
/// marks one that may or may not differ from run to run (what real Spark computes depends on how its executors
/// split the rows), which is not reported when it agrees.
public struct KnownDifferences: Equatable, Sendable {
    /// Notebook name (file name without extension) to reason.
    public var reasons: [String: String]
    /// The names listed with `?`: agreeing is no news.
    public var mayAgree: Set<String>

    public init(reasons: [String: String], mayAgree: Set<String> = []) {
        self.reasons = reasons
        self.mayAgree = mayAgree
    }

    public init(parsing text: String, file: String) throws(SparkEngineError) {
        var reasons: [String: String] = [:]
        var mayAgree: Set<String> = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let written = line.prefix { !$0.isWhitespace }
            let reason = line.dropFirst(written.count).trimmingCharacters(in: .whitespaces)
            let name = written.hasSuffix("?") ? written.dropLast() : written
            if written.hasSuffix("?") { mayAgree.insert(String(name)) }
            guard !reason.isEmpty else {
                throw .invalidInput("\(file):\(number + 1): `\(name)` needs a reason after its name (NAME  reason)")
            }
            guard reasons[String(name)] == nil else {
                throw .invalidInput("\(file):\(number + 1): `\(name)` is listed twice")
            }
            reasons[String(name)] = reason
        }
        self.reasons = reasons
        self.mayAgree = mayAgree
    }

    public static func load(_ path: String) throws(SparkEngineError) -> KnownDifferences {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidInput("no known-differences file at \(path)")
        }
        return try KnownDifferences(parsing: String(decoding: data, as: UTF8.self), file: path)
    }
}
