@testable import SparkbookCluster
import Testing

/// `--metrics-json`'s content: fixed key order, seconds and ratios with 3 decimals, nulls for absent figures.
@Suite struct FairnessReportJSONTests {
    typealias F = FairnessFixtures

    @Test func keysInAFixedOrderWithSecondsToTheMillisecond() {
        let log = F.log([F.queue("default", 100)]).with([F.application("1", queue: "default", submitted: 0.25)],
                                                        [F.sample(0.25, "1", granted: 3, busy: 1, pending: 2)])
        let json = FairnessReport(log: log, end: F.at(1.5)).json.compact
        #expect(json == #"{"endSeconds":1.500,"calculator":"memory","cluster":{"vcores":10,"memoryMiB":10240},"#
            + #""applications":[{"id":"1","name":"team-1","queue":"default","user":"u1","executorSecondsGranted":3.750,"#
            + #""executorSecondsBusy":1.250,"utilisation":0.333,"waitingSeconds":0.000,"completionSeconds":1.250,"#
            + #""stillRunning":true}],"queues":[{"name":"default","guarantee":1.000,"maximum":1.000,"demandSeconds":1.250,"#
            + #""averageShareWithDemand":0.300,"normalisedShare":1.000,"longestStarvationSeconds":0.000,"#
            + #""longestStarvationStartSeconds":null,"shareOverTime":[{"timeSeconds":0.250,"share":0.300,"demand":true}]}],"jainsIndex":{"value":null,"queues":[],"#
            + #""absentBecause":"only queue default had demand, so there was no one to compare with"}}"#)
    }

    @Test func aComputedIndexNamesTheQueuesItCompared() {
        let log = F.log([F.queue("etl", 50), F.queue("analytics", 50)]).with(
            [F.application("1", queue: "etl"), F.application("2", queue: "analytics")],
            [F.sample(0, "1", granted: 10, pending: 9), F.sample(0, "2", granted: 0, waiting: 5, pending: 9)])
        let json = FairnessReport(log: log, end: F.at(4)).json.compact
        #expect(json.hasSuffix(#""jainsIndex":{"value":0.500,"queues":["etl","analytics"],"absentBecause":null}}"#))
    }
}
