import Foundation
import SparkbookCluster
import Testing

@Suite(.timeLimit(.minutes(1))) struct EventLogWriterTests {
    @Test func aRuntimeWritesOneParsableJSONObjectPerLineNamedAfterTheApp() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sparkbook-eventlog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = ClusterRuntime.Options()
        options.eventLogDirectory = "file:" + directory
        options.appName = "event log test"
        let h = try RuntimeHarness.dynamic(min: 1, max: 2, [:], options: options)
        h.scheduler.jobStarted(jobId: 0, stages: [JobStage(stageId: 0)], description: "count")
        try await h.scheduler.runStage(StageDescriptor(jobId: 0, stageId: 0, name: "count", taskCount: 3)) { _ in }
        h.scheduler.jobEnded(jobId: 0, succeeded: true)
        #expect(FileManager.default.fileExists(atPath: directory + "/\(h.runtime.appId).inprogress"))
        h.shutdown()
        #expect(h.runtime.appId.hasPrefix("app-"))
        let text = try String(contentsOfFile: directory + "/" + h.runtime.appId, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == #"{"Event":"SparkListenerLogStart","Spark Version":"4.3.0"}"#)
        #expect(lines.contains { $0.hasPrefix(#"{"Event":"SparkListenerApplicationStart""#) })
        #expect(lines.last?.hasPrefix(#"{"Event":"SparkListenerApplicationEnd","Timestamp":"#) == true)
        for line in lines {
            #expect(line.hasPrefix(#"{"Event":""#))
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["Event"] is String)
        }
        #expect(lines.filter { $0.contains("SparkListenerTaskEnd") }.count == 3)
        #expect(!FileManager.default.fileExists(atPath: directory + "/\(h.runtime.appId).inprogress"))
    }

    @Test func refusesAFileWhereTheDirectoryShouldBe() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-dir-\(UUID().uuidString)").path
        try #require(FileManager.default.createFile(atPath: file, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: EventLogError(message: "Log directory \(file) is not a directory.")) {
            try EventLogWriter(directory: file, appId: "app-1")
        }
    }
}
