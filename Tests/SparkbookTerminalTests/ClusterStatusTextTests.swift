import Foundation
import SparkbookCluster
import SparkbookTerminal
import Testing

/// `sparkbook cluster status` as text. Golden file: Golden/cluster_status.txt (regenerate with
/// SPARKBOOK_UPDATE_GOLDEN=1).
@Suite struct ClusterStatusTextTests {
    static var document: [String: Any] { [
        "master": "sparkbook://127.0.0.1:7177", "kind": "yarn", "time": 1_796_600_000_000,
        "queues": [
            ["name": "etl", "guaranteePercent": 50.0, "maximumPercent": 100.0, "usedExecutors": 8, "usedPercent": 60.0,
             "pendingRequests": 0],
            ["name": "analytics", "guaranteePercent": 30.0, "maximumPercent": 100.0, "usedExecutors": 4,
             "usedPercent": 30.0, "pendingRequests": 6],
            ["name": "adhoc", "guaranteePercent": 20.0, "maximumPercent": 100.0, "usedExecutors": 0, "usedPercent": 0.0,
             "pendingRequests": 0],
        ],
        "applications": [
            ["id": "application_1796599990000_0001", "name": "nightly", "queue": "etl", "user": "alice", "granted": 8,
             "pending": 0, "busy": 3, "since": 1_796_599_990_000],
            ["id": "application_1796599990000_0002", "name": "dashboards", "queue": "analytics", "user": "bob",
             "granted": 4, "pending": 6, "busy": 4, "since": 1_796_599_995_500],
        ],
        "decisions": [
            ["time": 1_796_599_998_100, "kind": "released", "application": "application_1796599990000_0001",
             "queue": "etl", "executor": "9", "host": "node-1"],
            ["time": 1_796_599_998_200, "kind": "granted", "application": "application_1796599990000_0002",
             "queue": "analytics", "executor": "4", "host": "node-1"],
        ],
        "since": 1_796_599_980_000,
        "fairness": [
            "endSeconds": 20.0, "calculator": "memory", "cluster": ["vcores": 24, "memoryMiB": 24576],
            "applications": [
                ["id": "application_1796599990000_0001", "name": "nightly", "queue": "etl", "user": "alice",
                 "executorSecondsGranted": 72.5, "executorSecondsBusy": 30.0, "utilisation": 0.414, "waitingSeconds": 0.0,
                 "completionSeconds": 10.0, "stillRunning": true],
                ["id": "application_1796599990000_0002", "name": "dashboards", "queue": "analytics", "user": "bob",
                 "executorSecondsGranted": 18.0, "executorSecondsBusy": 18.0, "utilisation": 1.0, "waitingSeconds": 4.5,
                 "completionSeconds": 4.5, "stillRunning": true],
            ],
            "queues": [
                ["name": "etl", "guarantee": 0.5, "maximum": 1.0, "demandSeconds": 10.0, "averageShareWithDemand": 0.6,
                 "normalisedShare": 1.0, "longestStarvationSeconds": 0.0, "longestStarvationStartSeconds": NSNull(),
                 "shareOverTime": [["timeSeconds": 10.0, "share": 0.6, "demand": true]]],
                ["name": "analytics", "guarantee": 0.3, "maximum": 1.0, "demandSeconds": 4.5, "averageShareWithDemand": 0.2,
                 "normalisedShare": 0.667, "longestStarvationSeconds": 2.5, "longestStarvationStartSeconds": 15.5,
                 "shareOverTime": [["timeSeconds": 15.5, "share": 0.0, "demand": true]]],
                ["name": "adhoc", "guarantee": 0.2, "maximum": 1.0, "demandSeconds": 0.0, "averageShareWithDemand": NSNull(),
                 "normalisedShare": NSNull(), "longestStarvationSeconds": 0.0, "longestStarvationStartSeconds": NSNull(),
                 "shareOverTime": []],
            ],
            "jainsIndex": ["value": 0.962, "queues": ["etl", "analytics"], "absentBecause": NSNull()],
        ] as [String: Any],
    ] }

    /// Ends with fair usage since the service started, as the end-of-run table draws it.
    @Test func drawsQueuesApplicationsDecisionsAndFairness() throws {
        let status = try ClusterServiceStatus(parsing: Self.document)
        let text = ClusterStatusText.render(status, timeZone: TimeZone(identifier: "UTC")!)
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/cluster_status.txt")
        if ProcessInfo.processInfo.environment["SPARKBOOK_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func theJSONReadsBackAsTheSameStatus() throws {
        let status = try ClusterServiceStatus(parsing: Self.document)
        let again = try ClusterServiceStatus(parsing: try JSONSerialization.jsonObject(with: Data(status.json.compact.utf8)))
        #expect(again == status)
        #expect(status.fairness.fairnessIndex == .computed(0.962, queues: ["etl", "analytics"]))
        #expect(status.fairness.queues[1].longestStarvation.map { [$0.start.milliseconds, $0.millis] } == [15_500, 2_500])
        #expect(status.queues.map(\.guaranteePercent) == [50, 30, 20])
        #expect(status.json.compact.contains(#"{"name":"analytics","guaranteePercent":30.0,"maximumPercent":100.0,"#
                                             + #""usedExecutors":4,"usedPercent":30.0,"pendingRequests":6}"#))
    }
}
