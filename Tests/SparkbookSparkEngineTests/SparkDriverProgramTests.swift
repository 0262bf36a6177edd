import Foundation
import Testing
@testable import SparkbookSparkEngine

/// The driver program shipped in the binary is valid Python.
struct SparkDriverProgramTests {
    @Test func itCompiles() throws {
        guard let python = FakeSpark.python else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sparkbook_driver_\(UUID().uuidString).py")
        try SparkDriverProgram.source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-m", "py_compile", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test func itNeverPrintsMessagesOnTheCellsStdout() {
        // Messages go to the channel; a print in the program itself would end up in a cell's output.
        let code = SparkDriverProgram.source.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        #expect(!code.contains { $0.contains("print(") && !$0.contains("sys.__stderr__") })
    }
}
