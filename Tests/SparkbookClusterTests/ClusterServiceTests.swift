import Foundation
import Synchronization
import Testing
@testable import SparkbookCluster

@Suite(.serialized)
struct ClusterServiceTests {
    @Test func eightConcurrentApplicationsEachReachTheirGuaranteeAndNoMore() throws {
        let service = try ServiceFixtures.start()
        defer { service.stop() }
        var clients = try (1...8).map { try ServiceFixtures.join(service, "app\($0)", queue: "team\($0)") }
        // All ask at once for more than their queue holds: work stays pending.
        let asking = clients
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            var client = asking[i]
            client.requestTotal(5, now: .zero)
        }
        var launched = Array(repeating: 0, count: 8)
        let reached = ServiceFixtures.eventually(within: 10) {
            for i in clients.indices { launched[i] += clients[i].allocate(now: .zero).launched.count }
            return launched.allSatisfy { $0 == 2 }
        }
        #expect(reached, "launched per application: \(launched)")
        Thread.sleep(forTimeInterval: 0.3)
        for i in clients.indices { launched[i] += clients[i].allocate(now: .zero).launched.count }
        #expect(launched == Array(repeating: 2, count: 8))
        #expect(service.manager.withLock { $0.invariantViolations() } == [])
        let status = service.status()
        #expect(status.queues.map(\.usedExecutors) == Array(repeating: 2, count: 8))
        #expect(status.queues.map(\.pendingRequests) == Array(repeating: 3, count: 8))
        #expect(status.applications.map(\.granted).reduce(0, +) == 16)
        #expect(clients.allSatisfy { $0.waiting == 3 })
        for i in clients.indices { clients[i].finish(now: .zero) }
        #expect(ServiceFixtures.eventually(within: 3) { (service.status().applications.isEmpty) == true })
    }

    @Test func aWrongTokenIsRefusedAndNothingChanges() throws {
        let service = try ServiceFixtures.start()
        defer { service.stop() }
        var client = try ServiceFixtures.join(service, "etl", queue: "team1")
        client.requestTotal(1, now: .zero)
        #expect(ServiceFixtures.eventually(within: 5) { (service.status().queues[0].usedExecutors) == 1 })
        let before = service.status()
        let forged = ServiceToken(secret: "not-the-secret", path: "")
        #expect {
            _ = try ServiceLink.open(host: service.host, port: service.port, token: forged)
        } throws: { error in
            let refusal = error as? ClusterServiceError
            return refusal?.code == .authenticationFailed
                && refusal?.message.hasPrefix("sparkbook cluster: authentication failed") == true
        }
        var after = service.status()
        after.time = before.time
        #expect(after == before)
    }

    @Test func onlyLoopbackAddressesAreServed() {
        for host in ["0.0.0.0", "192.168.1.20", "example.com"] {
            var options = ClusterService.Options()
            options.host = host
            options.port = 0
            options.tokenDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
            #expect(throws: ClusterServiceError.notLoopback(host)) {
                _ = try ClusterService(description: ServiceFixtures.eightTeams, options: options)
            }
            #expect(!FileManager.default.fileExists(atPath: options.tokenDirectory))
        }
    }

    @Test func theTokenIsReadableByItsOwnerOnlyAndGoesAtStop() throws {
        let service = try ServiceFixtures.start()
        let file = try FileManager.default.attributesOfItem(atPath: service.tokenPath)
        let folder = try FileManager.default.attributesOfItem(atPath: service.options.tokenDirectory)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect(service.tokenPath.hasSuffix("/\(service.port).token"))
        service.stop()
        #expect(!FileManager.default.fileExists(atPath: service.tokenPath))
    }

    @Test func aClosedConnectionLosesItsExecutorsAndNoOneElses() throws {
        let lines = LogLines()
        let service = try ServiceFixtures.start(log: lines.append)
        defer { service.stop() }
        var staying = try ServiceFixtures.join(service, "stays", queue: "team1")
        var leaving = try ServiceFixtures.join(service, "crashes", queue: "team2")
        staying.requestTotal(2, now: .zero)
        leaving.requestTotal(2, now: .zero)
        #expect(ServiceFixtures.eventually(within: 5) {
            (service.status().queues.prefix(2).map(\.usedExecutors)) == [2, 2]
        })
        leaving.connection.link.close()  // as a crash closes it: no finish message
        #expect(ServiceFixtures.eventually(within: 3) { (service.status().queues[1].usedExecutors) == 0 })
        let status = service.status()
        #expect(status.applications.map(\.name) == ["stays"])
        #expect(status.queues[0].usedExecutors == 2)
        #expect(status.decisions.filter { $0.kind == "lost" }.count == 2)
        #expect(ServiceFixtures.eventually(within: 2) {
            lines.all.contains { $0.contains(" lost executor 1 of \(leaving.applicationId) (queue team2) on node-") }
        })
        #expect(ServiceFixtures.eventually(within: 2) {
            lines.all.contains { $0.contains("\(leaving.applicationId) lost: its connection closed;") }
        })
        #expect(staying.failure == nil)
    }

    @Test func aSilentClientIsLostAfterTheHeartbeatTimeout() throws {
        let lines = LogLines()
        let service = try ServiceFixtures.start(heartbeatTimeout: .seconds(1), log: lines.append)
        defer { service.stop() }
        let link = try ServiceLink.open(host: service.host, port: service.port, tokenDirectory: service.options.tokenDirectory)
        defer { link.close() }
        let reply = try link.request(ServiceMessage.line("submit", [
            ("name", .string("silent")), ("queue", .string("team1")), ("user", .string("bob")), ("vcores", .int(1)),
            ("memoryMiB", .int(1024)),
        ]))
        #expect(reply.type == "submitted")
        link.socket.send(ServiceMessage.line("requestTotal", [("total", .int(1))]))
        #expect(ServiceFixtures.eventually(within: 2) { (service.status().queues[0].usedExecutors) == 1 })
        // No heartbeat from here on.
        #expect(ServiceFixtures.eventually(within: 4) { (service.status().applications.isEmpty) == true })
        #expect(service.status().queues[0].usedExecutors == 0)
        #expect(ServiceFixtures.eventually(within: 2) {
            lines.all.contains { $0.hasSuffix("lost: it sent nothing for 1s; its executors are reclaimed") }
        })
    }

    @Test func aMalformedMessageFailsThatClientOnly() throws {
        let service = try ServiceFixtures.start()
        defer { service.stop() }
        var other = try ServiceFixtures.join(service, "other", queue: "team1")
        other.requestTotal(1, now: .zero)
        let bad = try ServiceFixtures.join(service, "bad", queue: "team2")
        for line in ["not json", "{\"type\":\"requestTotal\",\"total\":\"many\"}", "[1,2]"] {
            let link = try ServiceLink.open(host: service.host, port: service.port,
                                            tokenDirectory: service.options.tokenDirectory)
            link.socket.send(line)
            #expect(link.socket.readLine().flatMap(ServiceMessage.init(line:))?.type == "error" || line.contains("requestTotal"))
            link.close()
        }
        bad.connection.link.socket.send("{\"type\":\"release\"}")
        #expect(ServiceFixtures.eventually(within: 3) { (service.status().applications.map(\.name)) == ["other"] })
        #expect(ServiceFixtures.eventually(within: 3) { (service.status().queues[0].usedExecutors) == 1 })
        #expect(other.failure == nil)
        #expect(ServiceFixtures.eventually(within: 3) { bad.failure != nil })
    }

    @Test func aWrongQueueIsRefusedWithTheResourceManagersMessage() throws {
        let lines = LogLines()
        let service = try ServiceFixtures.start(log: lines.append)
        defer { service.stop() }
        #expect {
            _ = try ServiceFixtures.join(service, "lost", queue: "nosuch")
        } throws: { error in
            (error as? ResourceManagerError)?.message
                == "Application submitted by user alice to unknown queue: nosuch (queues: "
                + (1...8).map { "team\($0)" }.joined(separator: ", ") + ")"
        }
        #expect(service.status().applications.isEmpty)
        #expect(service.status().decisions.map(\.kind) == ["refused"])
        #expect(service.status().decisions.first?.application == "lost")
        #expect(ServiceFixtures.eventually(within: 2) {
            lines.all.contains { $0.hasSuffix(" refused lost (queue nosuch): Application submitted by user alice to "
                                              + "unknown queue: nosuch (queues: team1, team2, team3, team4, team5, "
                                              + "team6, team7, team8)") }
        })
    }

    @Test func aServiceThatGoesAwayLeavesItsClientsAClearFailure() throws {
        let service = try ServiceFixtures.start()
        let client = try ServiceFixtures.join(service, "etl", queue: "team1")
        #expect(client.failure == nil)
        service.stop()
        #expect(ServiceFixtures.eventually(within: 3) { client.failure != nil })
        #expect("\(client.failure!)" == "Lost the cluster service at \(service.master): the connection closed")
    }

    @Test func aFinishingApplicationKeepsEveryTenantsUsage() throws {
        let service = try ServiceFixtures.start()
        defer { service.stop() }
        var first = try ServiceFixtures.join(service, "first", queue: "team1")
        var second = try ServiceFixtures.join(service, "second", queue: "team2")
        first.requestTotal(2, now: .zero)
        second.requestTotal(1, now: .zero)
        #expect(ServiceFixtures.eventually(within: 5) { service.status().queues.prefix(2).map(\.usedExecutors) == [2, 1] })
        first.finish(now: .zero)
        let log = first.usageLog()
        #expect(log.applications.map(\.name) == ["first", "second"])
        #expect(log.applications[0].finishedAt != nil && log.applications[1].finishedAt == nil)
        #expect(log.decisions.filter { $0.kind == .granted }.map(\.queue).sorted() == ["team1", "team1", "team2"])
        #expect(log.samples.last.map { ($0.applicationId, $0.granted) } ?? ("", -1) == (first.applicationId, 0))
        #expect(log.queues.map(\.name) == (1...8).map { "team\($0)" })
        second.finish(now: .zero)
    }

    @Test func stopRequestedByAClientEndsTheService() throws {
        let service = try ServiceFixtures.start()
        let link = try ServiceLink.open(host: service.host, port: service.port, tokenDirectory: service.options.tokenDirectory)
        try link.stop()
        service.wait()
        #expect(service.isStopped)
        #expect(!FileManager.default.fileExists(atPath: service.tokenPath))
    }
}

/// Lines the service logged, collected across its threads.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func append(_ line: String) { lines.withLock { $0.append(line) } }
}
