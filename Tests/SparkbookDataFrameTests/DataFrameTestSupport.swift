import Foundation
import SparkbookEngine
@testable import SparkbookDataFrame

/// A fresh launch context per test (each has its own session), the seed CSV, and a brute-force view of it.
enum SeedData {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var notebooksFolder: URL { packageRoot.appendingPathComponent("notebooks") }

    static func context(_ base: [String: String] = [:]) -> LaunchContext {
        LaunchContext(baseConfiguration: base, workingDirectory: notebooksFolder,
                      dataSources: DataSourceRegistry([CSVDataSource(), JSONDataSource()]))
    }

    static func session(_ base: [String: String] = [:]) throws -> SparkSession {
        try SparkSession.builder(context: context(base)).config("spark.sql.session.timeZone", "UTC").getOrCreate()
    }

    /// One session and one read of the seed shared by the read-only tests (inference over 50,000 rows is the
    /// slow part of a read; sessions are thread-safe, so concurrent tests can share one).
    static let shared: (session: SparkSession, events: DataFrame) = {
        let session = try! SeedData.session()
        return (session, try! events(session))
    }()

    /// The seed as the notebook reads it, relative to the notebooks folder.
    static func events(_ session: SparkSession) throws -> DataFrame {
        try session.read.option("header", "true").option("inferSchema", "true").csv(["data/big_events_50k.csv"])
    }

    struct Event {
        let id: Int32
        let time: String
        let country: String
        let device: String
        let amount: Double
    }

    /// Every row parsed directly from the file's text (the seed has no quotes or nulls).
    static let rows: [Event] = {
        let text = try! String(contentsOf: notebooksFolder.appendingPathComponent("data/big_events_50k.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Event(id: Int32(f[0])!, time: f[1], country: f[2], device: f[3], amount: Double(f[4])!)
        }
    }()
}
