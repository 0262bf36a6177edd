import Foundation
import Testing
@testable import SparkbookEngine

/// The reader against PySpark 4 recordings (Fixtures/csv/*.expected.json), plus splits and projections.
struct CSVReaderTests {
    static let recordedReads = [
        "events_clean_infer", "events_clean_strings", "types_mix_infer", "special_numbers_infer",
        "dupe_headers_infer", "no_header_infer", "crlf_infer", "escapes_infer", "dirty_infer", "dirty_permissive",
        "dirty_permissive_corrupt", "dirty_dropmalformed", "dirty_dropmalformed_projected", "special_numbers_double",
    ]

    @Test(arguments: recordedReads)
    func matchesPySparkRecording(_ name: String) throws {
        let recording = try CSVRecording.load(name)
        let (schemaText, batch) = try recording.read()
        #expect(schemaText == recording.schema, "schema of \(name)")
        #expect(batch.schema.names == recording.names!, "names of \(name)")
        let expectedRows = recording.rows!
        #expect(batch.rowCount == expectedRows.count, "row count of \(name)")
        for (index, expected) in expectedRows.enumerated() where index < batch.rowCount {
            let ours = batch.row(index)
            let oursText = ours.map(CSVRecording.encode)
            let expectedText = zip(expected, batch.schema.fields).map {
                CSVRecording.encodeExpected($0, as: $1.dataType)
            }
            #expect(oursText == expectedText, "row \(index) of \(name)")
        }
    }

    @Test(arguments: ["dirty_failfast", "dirty_failfast_infer"])
    func failFastNamesFileLineAndRecordLikeSpark(_ name: String) throws {
        let recording = try CSVRecording.load(name)
        let sparkError = try #require(recording.error)
        do {
            _ = try recording.read()
            Issue.record("FAILFAST read of \(name) should fail")
        } catch let error as CSVError {
            #expect(error.code == .malformedRecord)
            #expect(error.path == recording.path)
            // Spark's cause line names the partially parsed row; ours carries the same text plus the location.
            let sparkCause = try #require(sparkError.range(of: "[MALFORMED_RECORD_IN_PARSING"))
            let sparkRow = sparkError[sparkCause.lowerBound...].prefix { $0 != "]" || false }
            #expect(error.message.hasPrefix(String(sparkRow)))
            #expect(error.message.contains("Parse Mode: FAILFAST."))
            let expectedLine = name == "dirty_failfast" ? 4 : 5
            #expect(error.line == expectedLine)
            #expect(error.record == (name == "dirty_failfast"
                ? "3,2024-03-06 10:00:00,DE,tablet,abc" : "4,2024-03-06 11:00:00,FR"))
            #expect(error.description.contains("dirty.csv:\(expectedLine):"))
        }
    }

    @Test func threeSplitsReadTheSameRowsAsOneRead() throws {
        let csv = Array(EventsGenerator(rows: 5_000, seed: 7, dirty: true).bytes())
        let schema = try DDLSchemaParser.parseSchema(
            "event_id INT, event_time TIMESTAMP, country STRING, device STRING, amount DOUBLE")
        let reader = CSVReader(schema: schema, options: try CSVOptions(["header": "true"]))
        try csv.withUnsafeBytes { buffer in
            let whole = try reader.read(buffer: buffer, path: "mem.csv")
            #expect(whole.rowCount == 5_000)
            for cuts in [[1, 2], [buffer.count / 3, 2 * buffer.count / 3], [41, 42], [100, buffer.count - 1]] {
                let ranges = [0..<cuts[0], cuts[0]..<cuts[1], cuts[1]..<buffer.count]
                let parts = try ranges.map { try reader.read(buffer: buffer, path: "mem.csv", split: $0) }
                #expect(parts.map(\.rowCount).reduce(0, +) == whole.rowCount, "cuts \(cuts)")
                var row = 0
                for part in parts {
                    for index in 0..<part.rowCount {
                        #expect(part.row(index) == whole.row(row))
                        row += 1
                    }
                }
            }
        }
    }

    @Test func projectionMaterialisesOnlyRequestedColumns() throws {
        let schema = try DDLSchemaParser.parseSchema("id INT, name STRING, score DOUBLE")
        let csv = Array("id,name,score\n1,a,1.5\n2,b,2.5\n".utf8)
        let batch = try csv.withUnsafeBytes {
            try CSVReader(schema: schema, options: try CSVOptions(["header": "true"]))
                .read(buffer: $0, path: "p.csv", projection: [2, 0])
        }
        #expect(batch.schema.names == ["score", "id"])
        #expect(batch.row(1) == [.double(2.5), .integer(2)])
    }

    @Test func timestampsUseTheSessionTimeZone() throws {
        let schema = try DDLSchemaParser.parseSchema("t TIMESTAMP, d DATE")
        let csv = Array("2024-07-01 12:00:00,2024-07-01\n2024-01-01 12:00:00+00:00,2024-01-01 10:00:00\n".utf8)
        let zone = TimeZone(identifier: "America/New_York")!
        let batch = try csv.withUnsafeBytes {
            try CSVReader(schema: schema, options: CSVOptions(), sessionZone: zone).read(buffer: $0, path: "t.csv")
        }
        // 12:00 EDT is 16:00 UTC; an explicit offset wins over the session zone.
        #expect(batch.row(0)[0] == .timestamp(1_719_849_600_000_000))
        #expect(batch.row(1)[0] == .timestamp(1_704_110_400_000_000))
        #expect(batch.row(0)[1] == .date(19_905))
        #expect(batch.row(1)[1] == .date(19_723))
    }

    @Test func notNullFieldsTreatNullsAsMalformed() throws {
        let schema = try DDLSchemaParser.parseSchema("id INT NOT NULL, name STRING")
        let csv = Array("1,a\n,b\n3,c\n".utf8)
        let batch = try csv.withUnsafeBytes {
            try CSVReader(schema: schema, options: try CSVOptions(["mode": "DROPMALFORMED"]))
                .read(buffer: $0, path: "n.csv")
        }
        #expect(batch.rowCount == 2)
    }
}

/// The streaming read gives the same rows as the whole read, in batches of at most `maxRows`.
struct CSVReaderStreamingTests {
    @Test func batchesConcatenateToTheWholeRead() throws {
        var text = "a,b\n"
        for i in 0..<1_000 { text += "\(i),s\(i % 7)\n" }
        let path = try TypedPathTestSupport.write(text)
        var options = CSVOptions()
        options.header = true
        let reader = CSVReader(schema: StructType([StructField("a", .integer), StructField("b", .string)]), options: options)
        let whole = try reader.read(path: path)
        var sizes: [Int] = []
        var rows: [[Value]] = []
        try reader.forEachBatch(path: path, split: 100..<4_000, maxRows: 128) { batch in
            sizes.append(batch.rowCount)
            rows += (0..<batch.rowCount).map { batch.row($0) }
        }
        #expect(sizes.allSatisfy { $0 <= 128 } && sizes.count > 1)
        let split = try reader.read(path: path, split: 100..<4_000)
        #expect(rows == (0..<split.rowCount).map { split.row($0) })
        #expect(whole.rowCount == 1_000)
    }
}
