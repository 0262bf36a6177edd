import Foundation
import SparkbookCluster
import Testing

@Suite struct EventLogFollowerTests {
    /// The lines Sparkbook's writer writes for the sample events (log start first).
    static func lines() throws -> [String] {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try EventLogFixtures.written(EventLogFixtures.sampleEvents, in: directory)
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0 + "\n" }
    }

    static func append(_ text: String, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func returnsTheEventsOfLinesCompletedSinceTheLastPoll() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try Self.lines()
        let running = directory.appendingPathComponent("app-1.inprogress").path
        let follower = EventLogFollower(file: running)
        #expect(try follower.poll().isEmpty)  // not there yet
        let half = lines[5]
        try Self.append(lines[..<5].joined() + half.prefix(20), to: running)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[..<4]))
        #expect(try follower.poll().isEmpty)
        try Self.append(String(half.dropFirst(20)) + lines[6], to: running)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[4..<6]))
        // Spark renames the log when the application ends.
        try Self.append(lines[7...].joined(), to: running)
        try FileManager.default.moveItem(atPath: running, toPath: directory.appendingPathComponent("app-1").path)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[6...]))
        #expect(follower.appId == "app-1")
    }

    @Test func followsTheApplicationThatAppearsInADirectory() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try Self.lines()
        let follower = EventLogFollower(directory: directory.path)
        #expect(try follower.poll().isEmpty)
        #expect(follower.appId == nil)
        let running = directory.appendingPathComponent("app-1.inprogress").path
        try Self.append(lines[..<3].joined(), to: running)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[..<2]))
        try Self.append(lines[3...].joined(), to: running)
        try FileManager.default.moveItem(atPath: running, toPath: directory.appendingPathComponent("app-1").path)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[2...]))
    }

    @Test func followsRolledFiles() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try Self.lines()
        let rolling = directory.appendingPathComponent("eventlog_v2_app-1")
        try FileManager.default.createDirectory(at: rolling, withIntermediateDirectories: true)
        let status = rolling.appendingPathComponent("appstatus_app-1.inprogress").path
        _ = FileManager.default.createFile(atPath: status, contents: Data())
        try Self.append(lines[..<6].joined(), to: rolling.appendingPathComponent("events_1_app-1").path)
        let follower = EventLogFollower(directory: directory.path)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[..<5]))
        try Self.append(lines[0] + lines[6...].joined(), to: rolling.appendingPathComponent("events_2_app-1").path)
        try FileManager.default.moveItem(atPath: status, toPath: rolling.appendingPathComponent("appstatus_app-1").path)
        #expect(try follower.poll() == Array(EventLogFixtures.sampleEvents[5...]))
    }

    @Test func readsACompressedRecordedLogLikeTheReader() throws {
        let follower = EventLogFollower(directory: EventLogFixtures.path("zstd"))
        #expect(try follower.poll() == EventLogReader.read(EventLogFixtures.path("zstd")).events)
        #expect(try follower.poll().isEmpty)
    }

    @Test func aMalformedCompleteLineIsAnError() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let running = directory.appendingPathComponent("app-1.inprogress").path
        try Self.append(try Self.lines()[0] + "not json\n", to: running)
        #expect(throws: EventLogError(message: "\(running):2: not a JSON object: not json")) { try EventLogFollower(file: running).poll() }
    }
}
