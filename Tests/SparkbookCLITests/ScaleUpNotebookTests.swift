import Foundation
import Testing

/// notebooks/scale_up_and_release.py on the embedded cluster, time-scaled: the event log must show the seed's
/// expected behaviour — executors added in the +1, +2, +4 ramp under backlog, removed after the idle timeout (the
/// notebook's shuffleTracking.timeout, since they hold the groupBy's shuffle data)
/// with the reason, never below min (1) or above max (8).
@Suite struct ScaleUpNotebookTests {
    struct LoggedChange {
        let time: Int64
        let delta: Int
        let reason: String?
    }

    @Test func executorsRampUpUnderBacklogAndAreReleasedWhenIdle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook-scale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "notebooks/scale_up_and_release.py", "--quiet", "--time-scale", "0.02",
                                             "--event-log", folder.path, "--timeline"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "1000\nidle period over\n")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let logs = files.filter { !$0.hasSuffix(".allocation.log") }
        #expect(logs.count == 1)
        // The allocation log beside the event log has the decisions the timeline drew.
        #expect(files.contains { $0 == (logs.first ?? "") + ".allocation.log" })
        let text = try String(contentsOf: folder.appendingPathComponent(try #require(logs.first)), encoding: .utf8)
        var changes: [LoggedChange] = []
        for line in text.split(separator: "\n") {
            #expect(line.hasPrefix("{\"Event\":\""))
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            switch event["Event"] as? String {
            case "SparkListenerExecutorAdded":
                changes.append(LoggedChange(time: event["Timestamp"] as? Int64 ?? 0, delta: 1, reason: nil))
            case "SparkListenerExecutorRemoved":
                changes.append(LoggedChange(time: event["Timestamp"] as? Int64 ?? 0, delta: -1,
                                            reason: event["Removed Reason"] as? String))
            default: break
            }
        }
        var count = 0, peak = 0, lowestAfterPeak = Int.max
        for change in changes {
            count += change.delta
            peak = max(peak, count)
            if peak == 8 { lowestAfterPeak = min(lowestAfterPeak, count) }
            #expect(count <= 8, "never above maxExecutors")
            if change.delta < 0 { #expect(count >= 1, "never below minExecutors") }
        }
        #expect(peak == 8)
        #expect(count == 1, "released down to minExecutors")
        #expect(lowestAfterPeak == 1)
        #expect(changes.filter { $0.delta < 0 }.allSatisfy { $0.reason?.isEmpty == false })

        // The ramp, with its causes, as --timeline prints it.
        for step in ["requested 1 more executor: tasks backlogged", "requested 2 more executors: tasks backlogged",
                     "requested 4 more executors: tasks backlogged", "added executor", ": shuffle 60s"] {
            #expect(outcome.stderr.contains(step), "timeline shows \(step)")
        }
        let ramp = outcome.stderr.split(separator: "\n").filter { $0.contains("because tasks are backlogged") }
        #expect(ramp.count == 3)
        #expect(ramp.map { $0.contains("Requesting 1 new executor ") } == [true, false, false])
        #expect(ramp.last?.contains("new desired total will be 8") == true)
    }
}
