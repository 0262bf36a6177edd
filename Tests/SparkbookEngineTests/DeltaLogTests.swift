import Foundation
import Testing
@testable import SparkbookEngine

/// The `_delta_log` folder: zero-padded commit names, versions listed in order, and create-only commits so two
/// writers cannot both take a version.
struct DeltaLogTests {
    static func emptyTable() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("delta-log-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func commitsAreNamedByTwentyDigitVersions() {
        #expect(DeltaLog.commitName(0) == "00000000000000000000.json")
        #expect(DeltaLog.commitName(12) == "00000000000000000012.json")
    }

    @Test func aVersionCanBeCommittedOnlyOnce() throws {
        let log = DeltaLog(tablePath: Self.emptyTable())
        #expect(!log.exists)
        try log.commit(version: 0, actions: [.protocolVersion(.written)])
        try log.commit(version: 1, actions: [.remove(path: "a.parquet", deletionTimestamp: 1)])
        #expect(log.versions() == [0, 1])
        let error = #expect(throws: DeltaError.self) { try log.commit(version: 1, actions: [.protocolVersion(.written)]) }
        #expect(error?.sparkError.errorClass == "DELTA_CONCURRENT_WRITE")
        // The first writer's commit is intact.
        guard case .remove(let path, _)? = try log.actions(version: 1).first else { Issue.record("version 1 is a remove"); return }
        #expect(path == "a.parquet")
    }

    @Test func actionsRoundTripThroughCommitLines() throws {
        let add = DeltaAddFile(path: "p=a%20b/part-00000.snappy.parquet", partitionValues: ["p": "a b", "q": nil], size: 10,
                               modificationTime: 5, dataChange: true, stats: #"{"numRecords":1}"#)
        let line = DeltaAction.add(add).line
        #expect(line == #"{"add":{"path":"p=a%20b/part-00000.snappy.parquet","partitionValues":{"p":"a b","q":null},"size":10,"modificationTime":5,"dataChange":true,"stats":"{\"numRecords\":1}"}}"#)
        guard case .add(let back)? = DeltaAction(line: line) else { Issue.record("an add"); return }
        #expect(back.path == add.path && back.size == 10 && back.stats == add.stats)
        #expect(back.partitionValues["p"] == .some("a b") && back.partitionValues["q"] == .some(nil))
        #expect(DeltaAction.protocolVersion(.written).line == #"{"protocol":{"minReaderVersion":1,"minWriterVersion":2}}"#)
    }
}
