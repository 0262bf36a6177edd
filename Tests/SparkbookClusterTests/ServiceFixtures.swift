import Foundation
@testable import SparkbookCluster

/// A service in this process on a free loopback port, with its token in a fresh folder.
enum ServiceFixtures {
    /// Eight queues of 12.5 % (each its maximum too) on eight nodes of 2 vcores and 2 GiB: two executors of
    /// <1 vcore, 1 GiB> per queue.
    static let eightTeams = ClusterDescription(
        kind: .yarn, nodes: [NodeGroup(count: 8, resources: Resources(vcores: 2, memoryMiB: 2048))],
        queues: (1...8).map { QueueDescription(name: "team\($0)", capacityPercent: 12.5, maximumCapacityPercent: 12.5,
                                               userLimitFactor: nil) },
        resourceCalculator: .dominant)

    static let executor = Resources(vcores: 1, memoryMiB: 1024)

    static func start(_ description: ClusterDescription = eightTeams, heartbeatTimeout: ClockDuration = .seconds(3),
                      log: @escaping @Sendable (String) -> Void = { _ in }) throws -> ClusterService {
        var options = ClusterService.Options()
        options.port = 0
        options.tokenDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sparkbook-service-\(UUID().uuidString)").path
        options.heartbeatTimeout = heartbeatTimeout
        options.log = log
        return try ClusterService(description: description, options: options)
    }

    static func submission(_ name: String, queue: String, user: String = "alice") -> ResourceManagerConnection.Submission {
        .init(appName: name, queue: queue, user: user, executorSize: executor, executorNaming: .counting(from: 1),
              timeScale: .realTime, now: .zero)
    }

    /// Joins `service` as an application.
    static func join(_ service: ClusterService, _ name: String, queue: String) throws -> RemoteResourceManagerClient {
        let link = try ServiceLink.open(host: service.host, port: service.port, tokenDirectory: service.options.tokenDirectory)
        return try RemoteResourceManagerClient(link: link, submission: submission(name, queue: queue))
    }

    /// Polls `condition` every 50 ms for up to `seconds`; true once it holds.
    static func eventually(within seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }
}
