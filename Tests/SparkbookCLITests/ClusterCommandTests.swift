import Foundation
import Testing

/// `sparkbook cluster` as a person runs it: the service and notebooks as separate processes.
@Suite(.serialized)
struct ClusterCommandTests {
    @Test func aNonLoopbackListenAddressIsRefused() throws {
        let home = try CommandRunner.temporaryFolder()
        let outcome = try ServiceProcess.run(["cluster", "start", "--config", "conf/cluster-shared.yaml",
                                              "--listen", "0.0.0.0:7177"], home: home)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "sparkbook cluster: refusing to listen on 0.0.0.0: the service binds to loopback "
                + "only (127.0.0.1), so that only this machine's users can reach it\n")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("cluster").path))
    }

    @Test func aClientWithoutTheTokenIsRefused() throws {
        let service = try ServiceProcess.start()
        defer { service.stop() }
        try FileManager.default.removeItem(atPath: service.home.appendingPathComponent("cluster/\(service.port).token").path)
        try "0123456789abcdef\n".write(to: service.home.appendingPathComponent("cluster/\(service.port).token"),
                                       atomically: true, encoding: .utf8)
        let outcome = try ServiceProcess.run(["cluster", "status", "--master", service.master], home: service.home)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("sparkbook cluster: authentication failed at \(service.master)"))
    }

    @Test func aKilledNotebookLosesItsExecutorsWithinSeconds() throws {
        let service = try ServiceProcess.start()
        defer { service.stop() }
        let folder = try CommandRunner.temporaryFolder()
        let script = folder.appendingPathComponent("busy.py")
        try """
            # %%
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.appName("busy").getOrCreate()
            # %%
            spark.range(0, 40000000, 1, 400).selectExpr("id % 7 as k").groupBy("k").count().collect()
            """.write(to: script, atomically: true, encoding: .utf8)
        let notebook = try ServiceProcess.launch(["run", script.path, "--master", service.master, "--queue", "etl",
                                                  "--user", "carol", "--quiet"], home: service.home)
        // Executors registered and running tasks (the notebook reports them busy).
        let busy = ServiceProcess.eventually(within: 60) {
            (try? service.status())?.applications.first?.busy ?? 0 >= 2
        }
        #expect(busy)
        let before = try service.status()
        #expect(before.applications.map(\.user) == ["carol"])
        #expect(before.applications.map(\.queue) == ["etl"])
        kill(notebook.processIdentifier, SIGKILL)
        let killedAt = Date()
        let reclaimed = ServiceProcess.eventually(within: 10) {
            guard let status = try? service.status() else { return false }
            return status.applications.isEmpty && status.queues.allSatisfy { $0.usedExecutors == 0 }
        }
        let seconds = Date().timeIntervalSince(killedAt)
        #expect(reclaimed)
        #expect(seconds < 5, "reclaimed after \(seconds) s")
        notebook.waitUntilExit()
        #expect(service.log().contains("lost: its connection closed"))
    }
}

/// A `sparkbook cluster start` child process on a free port, with its token under a fresh SPARKBOOK_HOME.
final class ServiceProcess: Sendable {
    struct Status {
        struct Queue { let name: String; let usedExecutors: Int }
        struct Application { let queue: String; let user: String; let granted: Int; let busy: Int }
        let queues: [Queue]
        let applications: [Application]
    }

    let process: Process
    let home: URL
    let port: Int
    let output: URL
    var master: String { "sparkbook://127.0.0.1:\(port)" }

    private init(process: Process, home: URL, port: Int, output: URL) {
        self.process = process
        self.home = home
        self.port = port
        self.output = output
    }

    static func start(config: String = "conf/cluster-shared.yaml") throws -> ServiceProcess {
        let home = try CommandRunner.temporaryFolder()
        let output = home.appendingPathComponent("service.log")
        let process = try launch(["cluster", "start", "--config", config, "--listen", "127.0.0.1:0"], home: home,
                                 output: output)
        var port: Int?
        _ = eventually(within: 30) {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: "--master sparkbook://127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber })
            }
            return port != nil
        }
        guard let port else {
            process.terminate()
            throw CLIProcessError(message: "the service printed no address")
        }
        return ServiceProcess(process: process, home: home, port: port, output: output)
    }

    func log() -> String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    func status() throws -> Status {
        let outcome = try Self.run(["cluster", "status", "--master", master, "--json"], home: home)
        guard outcome.status == 0, let root = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any],
              let queues = root["queues"] as? [[String: Any]], let apps = root["applications"] as? [[String: Any]]
        else { throw CLIProcessError(message: "status failed: \(outcome.stderr)") }
        return Status(
            queues: queues.map { .init(name: $0["name"] as? String ?? "", usedExecutors: $0["usedExecutors"] as? Int ?? -1) },
            applications: apps.map { .init(queue: $0["queue"] as? String ?? "", user: $0["user"] as? String ?? "",
                                           granted: $0["granted"] as? Int ?? -1, busy: $0["busy"] as? Int ?? -1) })
    }

    /// `sparkbook cluster stop`, then waits for the process.
    func stop() {
        _ = try? Self.run(["cluster", "stop", "--master", master], home: home)
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    static func environment(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["SPARKBOOK_HOME"] = home.path
        return environment
    }

    /// Starts `sparkbook ARGS` in the package root; stdout and stderr go to `output` (or nowhere).
    static func launch(_ arguments: [String], home: URL, output: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.environment = environment(home: home)
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Runs `sparkbook ARGS` to the end with SPARKBOOK_HOME set.
    static func run(_ arguments: [String], home: URL) throws -> CommandRunner.Outcome {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.environment = environment(home: home)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return CommandRunner.Outcome(status: process.terminationStatus,
                                     stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                     stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }
}

struct CLIProcessError: Error { let message: String }
