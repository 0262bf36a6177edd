import SparkbookCluster
import Testing

@Suite struct ServerlessRulesTests {
    @Test func refusesAllocationKeysLikeDatabricks() {
        #expect(throws: ClusterManagerError(
            code: .configNotAvailable, key: "spark.dynamicAllocation.maxExecutors",
            message: "[CONFIG_NOT_AVAILABLE] Configuration spark.dynamicAllocation.maxExecutors is not available. "
                + "SQLSTATE: 42K0I")) {
            try ClusterManagerProfile.resolve(master: "serverless",
                                              properties: ["spark.dynamicAllocation.maxExecutors": "4"])
        }
        #expect(throws: ClusterManagerError.self) { try ServerlessRules.check(["spark.executor.cores": "2"]) }
    }

    @Test func allowsSessionKeysAndManagesAllocationItself() throws {
        let profile = try ClusterManagerProfile.resolve(master: "serverless",
                                                        properties: ["spark.sql.shuffle.partitions": "8"])
        let effective = profile.effectiveProperties(["spark.sql.shuffle.partitions": "8"])
        #expect(effective["spark.dynamicAllocation.enabled"] == "true")
        #expect(effective["spark.sql.shuffle.partitions"] == "8")
    }
}
