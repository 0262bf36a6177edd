import ArgumentParser
import Foundation
import SparkbookEngine

/// `sparkbook gen-data events`: the seed's event data, deterministic for a seed.
struct GenDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen-data",
        abstract: "Generate test data sets.",
        subcommands: [Events.self]
    )

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Events with event_id, event_time, country, device, amount (the seed notebook's columns)."
        )

        @Option(help: "How many rows to write.")
        var rows: Int

        @Option(help: "The random seed; the same seed always gives the same file.")
        var seed: UInt64 = 42

        @Option(help: "The CSV file to write.")
        var out: String

        @Flag(help: "Mix in malformed rows (missing and non-numeric amounts, short rows, quoted commas, bad timestamps).")
        var dirty = false

        func validate() throws {
            guard rows >= 0 else { throw ValidationError("--rows must be 0 or more") }
        }

        func run() throws {
            let url = URL(fileURLWithPath: out)
            try EventsGenerator(rows: rows, seed: seed, dirty: dirty).write(to: url)
        }
    }
}
