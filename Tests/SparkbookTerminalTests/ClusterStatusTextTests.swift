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
    ] }

    @Test func drawsQueuesApplicationsAndDecisions() throws {
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
        #expect(status.queues.map(\.guaranteePercent) == [50, 30, 20])
        #expect(status.json.compact.contains(#"{"name":"analytics","guaranteePercent":30.0,"maximumPercent":100.0,"#
                                             + #""usedExecutors":4,"usedPercent":30.0,"pendingRequests":6}"#))
    }
}
