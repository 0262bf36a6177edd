import Testing
@testable import SparkbookNotebook

@Suite struct PercentMagicEscapingTests {
    @Test func escapesMagicsAndShellCommands() {
        #expect(PercentMagicEscaping.escape("%sql") == "# %sql")
        #expect(PercentMagicEscaping.escape("  %%time") == "  # %%time")
        #expect(PercentMagicEscaping.escape("!ls -l") == "# !ls -l")
        #expect(PercentMagicEscaping.escape("x = 1 % 2") == "x = 1 % 2")
        #expect(PercentMagicEscaping.escape("# a comment") == "# a comment")
    }

    @Test func roundTripsCommentsThatLookLikeMagics() {
        for line in ["# %d items", "%sql", "# !important", "#%time", "x = 1"] {
            #expect(PercentMagicEscaping.unescape(PercentMagicEscaping.escape(line)) == line)
        }
    }
}
