import SparkbookCluster
import Testing

@Suite struct ClusterFileTests {
    @Test func readsSparkDefaultsStyleLines() throws {
        let file = try ClusterFile(parsing: """
            # a small YARN queue
            capacity 40
            executorStartupTime=3s
            executorCores  2   # per executor
            hosts 5
            """)
        #expect(file == ClusterFile(capacity: 40, executorStartupTime: .seconds(3), executorCores: 2, hosts: 5))
    }

    @Test func namesTheBadLine() {
        #expect(throws: ClusterManagerError.self) { try ClusterFile(parsing: "capacity -1") }
        do {
            _ = try ClusterFile(parsing: "capacity 4\ncapacty 5", source: "c.conf")
            Issue.record("no error")
        } catch {
            #expect(error.message == "c.conf:2: unknown key 'capacty' (known: capacity, executorStartupTime, executorCores, hosts)")
        }
    }
}
