import SparkbookCluster
import Testing

@Suite struct MasterURLTests {
    @Test func parsesSparkMasterForms() throws {
        #expect(try MasterURL(parsing: nil) == .embedded)
        #expect(try MasterURL(parsing: "sparkbook") == .embedded)
        #expect(try MasterURL(parsing: "local") == .local(threads: 1))
        #expect(try MasterURL(parsing: "local[4]") == .local(threads: 4))
        #expect(try MasterURL(parsing: "local[2,3]") == .local(threads: 2, maxTaskFailures: 3))
        #expect(try MasterURL(parsing: "local[2 , 3]") == .local(threads: 2, maxTaskFailures: 3))
        #expect(try MasterURL(parsing: "local[2,0]") == .local(threads: 2, maxTaskFailures: 0))
        #expect(try MasterURL(parsing: "local[0,2]") == .local(threads: 0, maxTaskFailures: 2))
        #expect(try MasterURL(parsing: "local[2,3]").description == "local[2,3]")
        #expect(try MasterURL(parsing: "local[4]").description == "local[4]")
        #expect(try MasterURL(parsing: "local-cluster[2, 3, 1024]") == .localCluster(workers: 2, coresPerWorker: 3,
                                                                                      memoryMiB: 1024))
        #expect(try MasterURL(parsing: "yarn") == .yarn)
        #expect(try MasterURL(parsing: "k8s://https://10.0.0.1:6443") == .kubernetes(apiServer: "https://10.0.0.1:6443"))
        #expect(try MasterURL(parsing: "serverless") == .serverless)
        #expect(try MasterURL(parsing: "sparkbook://127.0.0.1:7177") == .service(host: "127.0.0.1", port: 7177))
        #expect(try MasterURL(parsing: "sparkbook://127.0.0.1:7177").description == "sparkbook://127.0.0.1:7177")
        if case .local(let n, 1) = try MasterURL(parsing: "local[*]") { #expect(n >= 1) } else { Issue.record("local[*]") }
        if case .local(let n, 2) = try MasterURL(parsing: "local[*,2]") { #expect(n >= 1) } else { Issue.record("local[*,2]") }
    }

    /// Spark 4.3.0's own answers (`SparkContext.createTaskScheduler`), checked with PySpark.
    @Test func rejectsUnknownMastersWithSparksMessage() {
        for bad in ["spark-cluster", "local[x]", "local-cluster[2,3]", "k8s://", "local[ 2 , 3 ]", "local[2,x]",
                    "local[2,3,4]", "local[ 2]", "local[-1]", "local[2,-1]", "local[2,]", "local[]",
                    "sparkbook://127.0.0.1", "sparkbook://:7177", "sparkbook://127.0.0.1:0", "sparkbook://127.0.0.1:x"] {
            #expect(throws: ClusterManagerError(code: .unparsableMaster, message: "Could not parse Master URL: '\(bad)'")) {
                try MasterURL(parsing: bad)
            }
        }
    }

    @Test func zeroLocalThreadsIsSparksOwnError() {
        #expect(throws: ClusterManagerError(code: .invalidMaster, message: "Asked to run locally with 0 threads")) {
            try MasterURL(parsing: "local[0]")
        }
    }
}
