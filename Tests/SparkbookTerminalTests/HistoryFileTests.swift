import Foundation
import Testing
@testable import SparkbookTerminal

@Suite struct HistoryFileTests {
    @Test func optionBeatsEnvironmentBeatsHome() {
        #expect(HistoryFile.resolve(option: "/tmp/a", environment: ["SPARKBOOK_HISTORY": "/tmp/b", "HOME": "/h"]).url.path == "/tmp/a")
        #expect(HistoryFile.resolve(option: nil, environment: ["SPARKBOOK_HISTORY": "/tmp/b", "HOME": "/h"]).url.path == "/tmp/b")
        #expect(HistoryFile.resolve(option: nil, environment: ["HOME": "/h"]).url.path == "/h/.sparkbook_history")
    }
}
