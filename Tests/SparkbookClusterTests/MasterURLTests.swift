import SparkbookCluster
import Testing

@Suite struct MasterURLTests {
    @Test func parsesSparkMasterForms() throws {
        #expect(try MasterURL(parsing: nil) == .embedded)
        #expect(try MasterURL(parsing: "sparkbook") == .embedded)
        #expect(try MasterURL(parsing: "local") == .local(threads: 1))
        #expect(try MasterURL(parsing: "local[4]") == .local(threads: 4))
        #expect(try MasterURL(parsing: "local[2,3]") == .local(threads: 2))
        #expect(try MasterURL(parsing: "local-cluster[2, 3, 1024]") == .localCluster(workers: 2, coresPerWorker: 3,
                                                                                      memoryMiB: 1024))
        #expect(try MasterURL(parsing: "yarn") == .yarn)
        #expect(try MasterURL(parsing: "k8s://https://10.0.0.1:6443") == .kubernetes(apiServer: "https://10.0.0.1:6443"))
        #expect(try MasterURL(parsing: "serverless") == .serverless)
        if case .local(let n) = try MasterURL(parsing: "local[*]") { #expect(n >= 1) } else { Issue.record("local[*]") }
    }

    @Test func rejectsUnknownMastersWithSparksMessage() {
        for bad in ["spark-cluster", "local[0]", "local[x]", "local-cluster[2,3]", "k8s://"] {
            #expect(throws: ClusterManagerError(code: .unparsableMaster, message: "Could not parse Master URL: '\(bad)'")) {
                try MasterURL(parsing: bad)
            }
        }
    }
}
