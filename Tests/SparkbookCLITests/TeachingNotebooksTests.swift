import Foundation
import Testing

/// The teaching notebooks in notebooks/ run headlessly on the real binary (time scale 0.02) and their event logs
/// show what each one teaches. Every notebook stops its session and builds another, so each run leaves one event
/// log per application; they are told apart by the application name the notebook gives its builder. Serialized:
/// the notebooks measure timing on a shared 2-core machine, so they run one at a time.
@Suite(.serialized) struct TeachingNotebooksTests {
    /// The allocation-relevant events of one application's event log, times in ms since the application started.
    struct LoggedApplication {
        enum Kind: Equatable {
            case executorAdded, executorRemoved, jobStart, jobEnd
            case stageCompleted(tasks: Int)
        }
        struct Event {
            let kind: Kind
            let time: Int64
        }

        let name: String
        let events: [Event]

        init(text: String) throws {
            var name = "", start: Int64?, events: [Event] = []
            for line in text.split(separator: "\n") {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let info = json["Stage Info"] as? [String: Any] ?? [:]
                let kind: Kind
                switch json["Event"] as? String {
                case "SparkListenerApplicationStart":
                    name = json["App Name"] as? String ?? ""
                    start = json["Timestamp"] as? Int64
                    continue
                case "SparkListenerExecutorAdded": kind = .executorAdded
                case "SparkListenerExecutorRemoved": kind = .executorRemoved
                case "SparkListenerJobStart": kind = .jobStart
                case "SparkListenerJobEnd": kind = .jobEnd
                case "SparkListenerStageCompleted": kind = .stageCompleted(tasks: info["Number of Tasks"] as? Int ?? 0)
                default: continue
                }
                let stamp = json["Timestamp"] ?? json["Submission Time"] ?? json["Completion Time"]
                    ?? info["Completion Time"]
                events.append(Event(kind: kind, time: (stamp as? Int64 ?? 0) - (start ?? 0)))
            }
            self.name = name
            self.events = events
        }

        /// Executors alive after each added/removed event, in order.
        var counts: [Int] {
            var count = 0
            return events.compactMap { event in
                switch event.kind {
                case .executorAdded: count += 1
                case .executorRemoved: count -= 1
                default: return nil
                }
                return count
            }
        }
        var peak: Int { counts.max() ?? 0 }
        var final: Int { counts.last ?? 0 }

        func times(of kind: Kind) -> [Int64] { events.filter { $0.kind == kind }.map(\.time) }

        func removals(after start: Int64, before end: Int64) -> Int {
            times(of: .executorRemoved).filter { $0 > start && $0 < end }.count
        }
    }

    /// Runs the notebook with `--event-log`, checks its stdout and returns its applications by name.
    static func run(_ notebook: String, expecting stdout: String) throws -> (apps: [String: LoggedApplication], stderr: String) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CommandRunner.run(["run", "notebooks/\(notebook)", "--quiet", "--time-scale", "0.02",
                                             "--event-log", folder.path, "--timeline"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == stdout)
        var apps: [String: LoggedApplication] = [:]
        // Each application's event log; its allocation log beside it (`<appId>.allocation.log`) is not one.
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !file.hasSuffix(".allocation.log") {
            let app = try LoggedApplication(text: String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            apps[app.name] = app
        }
        return (apps, outcome.stderr)
    }

    /// Idle timeouts as the notebooks set them, scaled by 0.02, in ms.
    static func scaled(seconds: Double) -> Int64 { Int64(seconds * 1000 * 0.02) }

    @Test func shuffleTrackingKeepsExecutorsTheShuffleServiceLetsThemGo() throws {
        let (apps, _) = try Self.run("shuffle_tracking_vs_shuffle_service.py", expecting: """
            shuffle tracking: true
            groups: 30000
            first session stopped
            shuffle service: true
            groups: 30000
            second session idle

            """)
        #expect(apps.count == 2, "spark.stop() then a new builder starts a second application")
        let tracking = try #require(apps["shuffle-tracking"])
        let service = try #require(apps["external-shuffle-service"])
        let idleTimeout = Self.scaled(seconds: 5)
        for app in [tracking, service] {
            #expect((4...8).contains(app.peak), "\(app.name) scales up under the 48-task backlog, never above maxExecutors (8)")
            #expect(app.final == 1, "\(app.name) ends at minExecutors")
        }

        // Shuffle tracking: after the 48-task map stage, executors sit idle longer than the idle timeout while the
        // reduce tasks run, yet none leaves before the job ends; they hold its shuffle output until the periodic GC
        // (every 60s, 1.2s scaled) lets the ContextCleaner remove it, and go in that round.
        let mapEnd = try #require(tracking.events.first { $0.kind == .stageCompleted(tasks: 48) }?.time)
        let jobEnd = try #require(tracking.times(of: .jobEnd).first)
        try #require(jobEnd - mapEnd > idleTimeout, "the reduce stage outlasts executorIdleTimeout")
        #expect(tracking.removals(after: 0, before: jobEnd) == 0)
        #expect(tracking.removals(after: jobEnd, before: .max) == 7)

        // External shuffle service: executors leave while the job is still running.
        let serviceEnd = try #require(service.times(of: .jobEnd).first)
        #expect(service.removals(after: 0, before: serviceEnd) >= 1)
    }

    @Test func aLowerAllocationRatioRequestsFewerExecutorsForTheSameTasks() throws {
        let (apps, stderr) = try Self.run("allocation_ratio_and_task_size.py", expecting: """
            ratio 1.0 pages: 10
            ratio 0.5 pages: 10
            ratio 0.25 pages: 10

            """)
        #expect(apps.count == 3)
        let full = try #require(apps["ratio-1.0"]), half = try #require(apps["ratio-0.5"])
        let quarter = try #require(apps["ratio-0.25"])
        // Ceiling: ceil(64 tasks × ratio ÷ 4 cores). How close each run gets depends on how long its backlog lasts
        // on the machine; the ceiling itself is the policy's and never moves.
        #expect(full.peak <= 16)
        #expect(half.peak <= 8)
        #expect(quarter.peak <= 4)
        #expect(quarter.peak >= 2, "the quarter ratio still scaled up")
        #expect(full.peak > 4, "ratio 1.0 went past what ratio 0.25 may ever ask for (peak \(full.peak))")
        // The timeline is the last session's: every total it asked for stays within its ceiling of 4.
        let requests = stderr.split(separator: "\n").filter { $0.contains("because tasks are backlogged") }
        #expect(!requests.isEmpty)
        let totals = requests.compactMap { line -> Int? in
            guard let range = line.range(of: "new desired total will be ") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(totals.count == requests.count)
        #expect(totals.allSatisfy { $0 <= 4 }, "ratio 0.25 requested \(totals)")
    }

    @Test func cachedExecutorsStayUntilUnpersistOrCachedIdleTimeout() throws {
        let (apps, _) = try Self.run("caching_keeps_executors_alive.py", expecting: """
            orders cached: 600000
            orders by customer: 500
            first session stopped
            orders cached: 600000
            cachedExecutorIdleTimeout: 60s

            """)
        #expect(apps.count == 2)
        let infinite = try #require(apps["cache-default-timeout"])
        let finite = try #require(apps["cache-finite-timeout"])
        // What holds with or without cache tracking: scale-up under backlog, release to min by the end.
        // (How far the backlog ramps depends on how long the tasks take on the machine; 8 is the cap.)
        for app in [infinite, finite] {
            #expect(app.peak >= 2 && app.peak <= 8, "\(app.name) scales up under backlog, never above max")
            #expect(app.final == 1, "\(app.name) ends at minExecutors")
        }
        // The idle period is the longest gap between one job's end and the next job's start (the notebook's sleep).
        let ends = infinite.times(of: .jobEnd), starts = infinite.times(of: .jobStart)
        let gaps = ends.compactMap { end in starts.first { $0 > end }.map { (end, $0) } }
        let (cachedAt, secondJob) = try #require(gaps.max { ($0.1 - $0.0) < ($1.1 - $1.0) })
        let firstRelease = try #require(finite.times(of: .executorRemoved).first)
        let finiteCachedAt = try #require(finite.times(of: .jobEnd).last { $0 <= firstRelease })

        #expect(infinite.removals(after: cachedAt, before: secondJob) == 0,
                "executors holding cached blocks stay while cachedExecutorIdleTimeout is infinite")
        // Measured from the job's end, which the event log stamps a little after the executor's last task ended
        // (its idle start): the bound sits between the two timeouts, so it tells them apart without timing noise.
        // The last release of that idle period: an executor that ran none of the cached partitions (one that came
        // up late under a loaded machine) goes after executorIdleTimeout, as in Spark; those holding blocks after
        // cachedExecutorIdleTimeout.
        let nextJob = finite.times(of: .jobStart).first { $0 > finiteCachedAt } ?? .max
        let lastRelease = try #require(finite.times(of: .executorRemoved).filter { $0 > finiteCachedAt && $0 < nextJob }.max())
        #expect(lastRelease - finiteCachedAt >= Self.scaled(seconds: 45),
                "released after cachedExecutorIdleTimeout (60 s), not executorIdleTimeout (30 s)")
    }
}
