import Foundation
import Testing
@testable import SparkbookTerminal

/// Colour only on a terminal, never with NO_COLOR or TERM=dumb.
struct TerminalStyleTests {
    @Test func colourWrapsWithEscapesAndReset() {
        let style = TerminalStyle(color: true)
        #expect(style.red("x") == "\u{1B}[31mx\u{1B}[0m")
        #expect(style.dim("x") == "\u{1B}[2mx\u{1B}[0m")
        #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(style.green("x") == "\u{1B}[32mx\u{1B}[0m")
        #expect(style.cyan("x") == "\u{1B}[36mx\u{1B}[0m")
    }

    @Test func withoutColourTextIsUnchanged() {
        let style = TerminalStyle(color: false)
        #expect(style.red("error: ") == "error: ")
        #expect(style.dim("") == "")
    }

    @Test func aPipeIsNeverColoured() throws {
        let pipe = Pipe()
        let style = TerminalStyle.detect(fileDescriptor: pipe.fileHandleForWriting.fileDescriptor,
                                         environment: ["TERM": "xterm-256color"])
        #expect(!style.color)
    }

    @Test func noColorAndDumbTerminalsTurnColourOff() {
        // Whatever the descriptor, these settings win.
        for environment in [["NO_COLOR": "1"], ["TERM": "dumb"], ["NO_COLOR": "yes", "TERM": "xterm"]] {
            #expect(!TerminalStyle.detect(fileDescriptor: STDERR_FILENO, environment: environment).color)
        }
    }
}
