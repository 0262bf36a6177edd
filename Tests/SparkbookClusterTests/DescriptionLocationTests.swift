import Testing
@testable import SparkbookCluster

@Suite struct DescriptionLocationTests {
    @Test func rendersFileLineAndKey() {
        let error = DescriptionLocation(file: "c.yaml", line: 7).error(key: "nodes[1].cores", "must be above 0")
        #expect(error == ClusterManagerError(code: .invalidClusterFile, key: "nodes[1].cores",
                                             message: "c.yaml:7: nodes[1].cores: must be above 0"))
        #expect(DescriptionLocation(file: "c.yaml").description == "c.yaml")
    }

    @Test func suggestsOrListsKnownKeys() {
        let location = DescriptionLocation(file: "c.yaml", line: 2)
        #expect(location.unknownKey("cors", shownAs: "nodes[1].cors", known: ["count", "cores"]).message
            == "c.yaml:2: nodes[1].cors: unknown key; did you mean 'cores'?")
        #expect(location.unknownKey("racks", shownAs: "racks", known: ["count", "cores"]).message
            == "c.yaml:2: racks: unknown key (known: count, cores)")
    }
}
