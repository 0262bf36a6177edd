import Foundation
import SparkbookCluster
import Testing

@Suite struct EventLogReaderTests {
    @Test func whatTheWriterWritesReadsBackToTheSameEvents() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try EventLogFixtures.written(EventLogFixtures.sampleEvents, in: directory)
        let log = try EventLogReader.read(path)
        #expect(log.events == EventLogFixtures.sampleEvents)
        #expect(log.location.appId == "app-1")
        #expect(!log.location.inProgress)
    }

    @Test(arguments: EventLogFixtures.variants)
    func readsEachFormRealSparkWrites(variant: String) throws {
        let log = try EventLogReader.read(EventLogFixtures.path(variant))
        let names = log.events.map(\.name)
        #expect(names.contains("SparkListenerApplicationStart") && names.contains("SparkListenerEnvironmentUpdate"))
        #expect(names.contains("SparkListenerApplicationEnd"))
        #expect(names.filter { $0 == "SparkListenerJobStart" }.count == names.filter { $0 == "SparkListenerJobEnd" }.count)
        #expect(names.contains("SparkListenerTaskEnd"))
        let digest = RunDigest(log.events)
        #expect(digest.jobs.allSatisfy { $0.millis != nil && !$0.description.isEmpty })
        #expect(digest.stages.allSatisfy { !$0.tasksByExecutor.isEmpty })
        if variant != "dynalloc" {
            // The same small jobs in every form: a groupBy, a join, a count.
            #expect(digest.jobs.count == RunDigest(try EventLogReader.read(EventLogFixtures.path("plain")).events).jobs.count)
        }
    }

    @Test func theDefaultFormIsARollingDirectoryOfZstdFiles() throws {
        let log = try EventLogReader.read(EventLogFixtures.path("default"))
        #expect(log.location.codec == .zstd)
        #expect(log.location.url.lastPathComponent.hasPrefix("eventlog_v2_"))
        #expect(log.location.files.count == 1)
    }

    @Test func aMalformedLineIsAnErrorNamingFileAndLine() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try EventLogFixtures.written(Array(EventLogFixtures.sampleEvents.prefix(3)), in: directory)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text += "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":\n" + text.split(separator: "\n").last! + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: EventLogError.self) { try EventLogReader.read(path) }
        do {
            _ = try EventLogReader.read(path)
        } catch {
            #expect(error.message.hasPrefix("\(path):5: not a JSON object"))
        }
    }

    @Test func theUnfinishedLastLineOfALogInProgressIsWaitedFor() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let complete = try EventLogFixtures.written(Array(EventLogFixtures.sampleEvents.prefix(4)), in: directory)
        let running = complete + ".inprogress"
        let text = try String(contentsOfFile: complete, encoding: .utf8) + #"{"Event":"SparkListenerStageSubmitted","Stage"#
        try text.write(toFile: running, atomically: true, encoding: .utf8)
        let log = try EventLogReader.read(running)
        #expect(log.location.inProgress)
        #expect(log.events == Array(EventLogFixtures.sampleEvents.prefix(4)))
        // The same truncation in a finished log is an error.
        try text.write(toFile: complete, atomically: true, encoding: .utf8)
        #expect(throws: EventLogError.self) { try EventLogReader.read(complete) }
    }

    @Test func unknownEventsAreSkipped() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try EventLogFixtures.written(Array(EventLogFixtures.sampleEvents.prefix(2)), in: directory)
        let text = try String(contentsOfFile: path, encoding: .utf8)
            + #"{"Event":"org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart","executionId":0}"# + "\n"
            + #"{"Event":"SparkListenerBlockManagerAdded","Block Manager ID":{}}"# + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try EventLogReader.read(path).events == Array(EventLogFixtures.sampleEvents.prefix(2)))
    }

    @Test func rolledFilesAreReadInOrder() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try EventLogFixtures.written(EventLogFixtures.sampleEvents, in: directory)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let rolling = directory.appendingPathComponent("eventlog_v2_app-1")
        try FileManager.default.createDirectory(at: rolling, withIntermediateDirectories: true)
        // Numbered past 9, so that sorting by name would put events_10 first.
        try (lines[..<8].joined(separator: "\n") + "\n")
            .write(to: rolling.appendingPathComponent("events_9_app-1"), atomically: true, encoding: .utf8)
        try ([lines[0]] + lines[8...]).joined(separator: "\n").appending("\n")
            .write(to: rolling.appendingPathComponent("events_10_app-1"), atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: rolling.appendingPathComponent("appstatus_app-1").path, contents: Data())
        #expect(try EventLogReader.read(rolling.path).events == EventLogFixtures.sampleEvents)
    }

    @Test func aDirectoryOfLogsOpensTheNewestOrTheApplicationAskedFor() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let older = try EventLogFixtures.written(Array(EventLogFixtures.sampleEvents.prefix(2)), in: directory)
        try FileManager.default.moveItem(atPath: older, toPath: directory.appendingPathComponent("app-0").path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)],
                                              ofItemAtPath: directory.appendingPathComponent("app-0").path)
        _ = try EventLogFixtures.written(EventLogFixtures.sampleEvents, in: directory)
        _ = FileManager.default.createFile(atPath: directory.appendingPathComponent(".app-1.crc").path, contents: Data([1]))
        #expect(try EventLogReader.read(directory.path).location.appId == "app-1")
        #expect(try EventLogReader.read(directory.path, app: "app-0").events.count == 2)
        #expect(throws: EventLogError(message: "No event log of application app-9 in \(directory.path); it has: app-0, app-1.")) {
            try EventLogReader.read(directory.path, app: "app-9")
        }
    }

    @Test func clearErrorsForAMissingPathAFileThatIsNoLogAndAnUnsupportedCodec() throws {
        let directory = EventLogFixtures.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nothing").path
        #expect(throws: EventLogError(message: "No event log at \(missing): no such file or directory.")) {
            try EventLogReader.read(missing)
        }
        let notebook = directory.appendingPathComponent("notes.ipynb").path
        try "{\n \"cells\": []\n}\n".write(toFile: notebook, atomically: true, encoding: .utf8)
        #expect(throws: EventLogError(message: "\(notebook):1: not a Spark event log: its first line is not a JSON listener event")) {
            try EventLogReader.read(notebook)
        }
        let lzf = directory.appendingPathComponent("app-1.lzf").path
        _ = FileManager.default.createFile(atPath: lzf, contents: Data([1, 2, 3]))
        #expect(throws: EventLogError.self) { try EventLogReader.read(lzf) }
        #expect(throws: EventLogError(message: "No Spark event logs in \(directory.appendingPathComponent("empty").path) "
                                      + "(expected files named after application ids, or eventlog_v2_<appId> directories).")) {
            let empty = directory.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            return try EventLogReader.read(empty.path)
        }
    }

    @Test func theCompressedFormsReadTheSameEventsAsThePlainFile() throws {
        // Different applications, the same jobs: compare what does not depend on timing.
        func shape(_ variant: String) throws -> [String] {
            try EventLogReader.read(EventLogFixtures.path(variant)).events.compactMap { event in
                switch event {
                case .jobStart(let id, _, let stages, _): "job \(id) stages \(stages)"
                case .stageCompleted(let s): "stage \(s.stageId) tasks \(s.numTasks)"
                default: nil
                }
            }
        }
        let plain = try shape("plain")
        for variant in ["zstd", "lz4", "snappy", "rolling", "default"] { #expect(try shape(variant) == plain, "\(variant)") }
    }
}
