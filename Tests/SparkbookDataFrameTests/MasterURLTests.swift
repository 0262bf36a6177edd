import Foundation
import Testing
@testable import SparkbookDataFrame

/// Task slots per master URL and which masters are local mode.
struct MasterURLTests {
    let cores = ProcessInfo.processInfo.activeProcessorCount

    @Test func localMasters() {
        #expect(MasterURL.parallelism(of: "local") == 1)
        #expect(MasterURL.parallelism(of: "local[4]") == 4)
        #expect(MasterURL.parallelism(of: "local[*]") == cores)
        #expect(MasterURL.parallelism(of: "local[4,2]") == 4)
        #expect(MasterURL.parallelism(of: "local[0]") == 1)
    }

    @Test func localClusterMultipliesWorkersByCores() {
        #expect(MasterURL.parallelism(of: "local-cluster[2,3,1024]") == 6)
        #expect(MasterURL.parallelism(of: "local-cluster[ 2 , 2 ,512]") == 4)
    }

    @Test func theEmbeddedClusterUsesAtLeastTwoSlots() {
        #expect(MasterURL.parallelism(of: MasterURL.embedded) == max(2, cores))
    }

    @Test func localModeDetection() {
        #expect(MasterURL.isLocal("local"))
        #expect(MasterURL.isLocal("local[*]"))
        #expect(!MasterURL.isLocal("local-cluster[2,1,1024]"))
        #expect(!MasterURL.isLocal(MasterURL.embedded))
        #expect(!MasterURL.isLocal("yarn"))
    }
}
