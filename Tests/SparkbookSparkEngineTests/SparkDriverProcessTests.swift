import Foundation
import Testing
@testable import SparkbookSparkEngine

/// A Sparkbook that dies (its end of the driver's input closes) takes the driver with it, even in the middle of a
/// cell: no driver, hence no JVM, is left behind.
struct SparkDriverProcessTests {
    @Test func endOfInputEndsTheDriverEvenMidCell() async throws {
        guard let python = FakeSpark.python else { return }
        let folder = try FakeSpark.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let executor = try await FakeSpark.executor(python: python, folder: folder)
        executor.driver.send(DriverCommand.runPython(code: "import time\ntime.sleep(60)", filename: "c").line)
        let started = Date()
        executor.driver.terminate(grace: 20)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(executor.driver.waitForExit(seconds: 0) == 0)
    }
}
