import SparkbookInterpreter
import SparkbookNotebook

/// The interpreter's sink in a REPL: prints what an entry writes as it happens and records it as notebook
/// outputs, so `:save` can write the session with its outputs.
final class ReplOutputSink: OutputSink {
    let output: any ReplOutput
    private(set) var outputs: [CellOutput] = []

    init(output: any ReplOutput) {
        self.output = output
    }

    func write(_ text: String, to stream: SparkbookInterpreter.OutputStream) {
        switch stream {
        case .stdout: output.out(text)
        case .stderr: output.err(text)
        }
        if case .stream(let name, let previous)? = outputs.last, name == stream.rawValue {
            outputs[outputs.count - 1] = .stream(name: name, text: previous + text)
        } else {
            outputs.append(.stream(name: stream.rawValue, text: text))
        }
    }

    func display(_ rich: RichOutput) {
        output.out(rich.plain.hasSuffix("\n") ? rich.plain : rich.plain + "\n")
        outputs.append(.displayData(data: rich.mimeBundle, metadata: [:]))
    }

    func record(_ cellOutput: CellOutput) { outputs.append(cellOutput) }

    /// Hands over what the last entry produced and starts afresh.
    func takeOutputs() -> [CellOutput] {
        defer { outputs = [] }
        return outputs
    }
}
