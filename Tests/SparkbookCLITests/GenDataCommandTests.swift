import Foundation
import Testing

/// `sparkbook gen-data events`: deterministic for a seed.
struct GenDataCommandTests {
    @Test func theSameSeedGivesIdenticalBytes() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.csv"), second = folder.appendingPathComponent("b.csv")
        let other = folder.appendingPathComponent("c.csv")
        for (url, seed) in [(first, "7"), (second, "7"), (other, "8")] {
            let outcome = try CommandRunner.run(["gen-data", "events", "--rows", "1000", "--seed", seed, "--out", url.path])
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        }
        let a = try Data(contentsOf: first)
        #expect(a == (try Data(contentsOf: second)))
        #expect(a != (try Data(contentsOf: other)))
        let lines = String(decoding: a, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1001)
        #expect(lines.first == "event_id,event_time,country,device,amount")
    }

    @Test func theDefaultSeedReproducesTheSeedData() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("events.csv")
        let outcome = try CommandRunner.run(["gen-data", "events", "--rows", "50000", "--out", url.path])
        #expect(outcome.status == 0)
        let committed = CommandRunner.notebooksFolder.appendingPathComponent("data/big_events_50k.csv")
        #expect(try Data(contentsOf: url) == (try Data(contentsOf: committed)))
    }

    /// A trillion rows once wrote until the disk was full; now the run is refused before a byte is written.
    @Test func rowsPastTheFreeDiskSpaceAreRefusedBeforeWriting() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("events.csv")
        let outcome = try CommandRunner.run(["gen-data", "events", "--rows", "1000000000000", "--out", url.path])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--rows 1000000000000 needs at least 27.3 TiB but only "), "stderr: \(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func negativeRowsAreRejected() throws {
        let outcome = try CommandRunner.run(["gen-data", "events", "--rows=-1", "--out", "/tmp/never.csv"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("--rows must be 0 or more"))
    }
}
