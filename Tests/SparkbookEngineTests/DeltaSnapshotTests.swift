import Foundation
import Testing
@testable import SparkbookEngine

/// Replaying the log: the last protocol and metadata win, removed files drop out, earlier versions stay
/// readable, and tables asking for features Sparkbook lacks are refused by name.
struct DeltaSnapshotTests {
    static let schema = #"{"type":"struct","fields":[{"name":"id","type":"long","nullable":true,"metadata":{}}]}"#

    static func metadata(_ configuration: [String: String] = [:]) -> DeltaAction {
        .metaData(DeltaMetadata(id: "t", format: "parquet", schemaString: schema, partitionColumns: [], configuration: configuration, createdTime: 0))
    }

    static func add(_ path: String, deletionVector: Bool = false) -> DeltaAction {
        .add(DeltaAddFile(path: path, partitionValues: [:], size: 1, modificationTime: 0, dataChange: true, stats: nil, hasDeletionVector: deletionVector))
    }

    @Test func replayKeepsTheFilesAddedAndNotRemoved() throws {
        let log = DeltaLog(tablePath: DeltaLogTests.emptyTable())
        try log.commit(version: 0, actions: [.protocolVersion(.written), Self.metadata(), Self.add("a"), Self.add("b")])
        try log.commit(version: 1, actions: [.remove(path: "a", deletionTimestamp: 1), Self.add("c")])
        #expect(try DeltaSnapshot(log: log).files.map(\.path) == ["b", "c"])
        #expect(try DeltaSnapshot(log: log).version == 1)
        #expect(try DeltaSnapshot(log: log, version: 0).files.map(\.path) == ["a", "b"])
        #expect(try DeltaSnapshot(log: log).schema().names == ["id"])
        let error = #expect(throws: DeltaError.self) { try DeltaSnapshot(log: log, version: 5) }
        #expect(error?.sparkError.errorClass == "DELTA_VERSION_NOT_FOUND")
    }

    @Test func columnMappingAndDeletionVectorsAreNotSupportedYet() throws {
        let mapped = DeltaLog(tablePath: DeltaLogTests.emptyTable())
        try mapped.commit(version: 0, actions: [.protocolVersion(DeltaProtocol(minReaderVersion: 2, minWriterVersion: 5)),
                                                Self.metadata(["delta.columnMapping.mode": "name"])])
        let error = #expect(throws: DeltaError.self) { try DeltaSnapshot(log: mapped).checkReadable() }
        #expect(error?.sparkError.message.contains("column mapping") == true)

        let vectors = DeltaLog(tablePath: DeltaLogTests.emptyTable())
        try vectors.commit(version: 0, actions: [.protocolVersion(DeltaProtocol(minReaderVersion: 3, minWriterVersion: 7,
                                                                                readerFeatures: ["deletionVectors"], writerFeatures: ["deletionVectors"])),
                                                 Self.metadata(), Self.add("a", deletionVector: true)])
        let second = #expect(throws: DeltaError.self) { try DeltaSnapshot(log: vectors).checkReadable() }
        #expect(second?.sparkError.description.contains("not supported yet") == true)
        #expect(second?.sparkError.message.contains("deletionVectors") == true)
    }
}
