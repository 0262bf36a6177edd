import Foundation
import Testing
@testable import SparkbookTerminal

/// `sparkbook walk` driven by a person's keys under a pseudo-terminal.
@Suite struct WalkthroughTests {
    @Test func keysSkipRunGoBackRerunAndQuit() throws {
        let binary = InteractiveReplTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build sparkbook first")
        let notebook = ReplSessionTests.root.appendingPathComponent("notebooks/dynamic_allocation.ipynb").path
        let walk = try PseudoTerminalProcess(binary, ["walk", notebook])
        try walk.expect("Dynamic Resource Allocation")       // the first markdown cell, rendered
        try walk.expect("[Enter] more (1/")                    // the intro is longer than the 40-row screen
        walk.type("\r")
        try walk.expect("[Enter] more (2/")
        walk.type("q\r")                                       // skip the rest of the intro, to the code
        try walk.expect("[1/4] cell 9")
        try walk.expect("[Enter] run")
        walk.type("\r")                                        // run the imports
        try walk.expect("[2/4] cell 11")
        try walk.expect("[Enter] run")
        walk.type("b\r")                                       // back to the imports: their explanation again
        try walk.expect("[Enter] more (1/")
        walk.type("q\r")
        try walk.expect("[1/4] cell 9")
        try walk.expect("[Enter] run")
        walk.type("s\r")                                       // skip them this time
        try walk.expect("skipped")
        try walk.expect("[2/4] cell 11")
        try walk.expect("[Enter] run")
        walk.type("\r")                                        // the session
        try walk.expect("[3/4] cell 13")
        try walk.expect("[Enter] run")
        walk.type("n\r")                                       // read + display
        try walk.expect("5 rows")
        try walk.expect("What happened at runtime")
        try walk.expect("[4/4] cell 15")
        try walk.expect("[Enter] run")
        walk.type("r\r")                                       // re-run the previous cell
        try walk.expect("5 rows")
        try walk.expect("[Enter] run")
        walk.type("t\r")                                       // try it: a REPL on the walkthrough's session
        try walk.expect("Try it")
        try walk.expect("In [1]:")
        walk.type("events_df.count()\r")
        try walk.expect("Out[1]: 50000")
        try walk.expect("In [2]:")
        walk.type("tried = True\r")
        try walk.expect("In [3]:")
        walk.type(":continue\r")
        try walk.expect("[Enter] run")
        walk.type("x\r")                                       // an unknown key says which keys exist
        try walk.expect("unknown key")
        walk.type("q\r")
        try walk.expect("walkthrough stopped at step 4 of 4")
        #expect(walk.waitForExit() == 0)
    }
}
