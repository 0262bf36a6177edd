import SparkbookInterpreter

/// The interpreter's output sink during a run: records outputs on the current cell (merging consecutive
/// text on one stream, as Jupyter does) and forwards each piece to the observer as it happens.
final class CellOutputRecorder: OutputSink {
    var outputs: [CellOutput] = []
    weak var observer: RunObserver?
    var position: CellPosition?

    func write(_ text: String, to stream: SparkbookInterpreter.OutputStream) {
        if case .stream(let name, let previous)? = outputs.last, name == stream.rawValue {
            outputs[outputs.count - 1] = .stream(name: name, text: previous + text)
        } else {
            outputs.append(.stream(name: stream.rawValue, text: text))
        }
        if let position { observer?.cellOutput(.stream(stream, text), from: position) }
    }

    func display(_ output: RichOutput) {
        outputs.append(.displayData(data: output.mimeBundle, metadata: JSONObject()))
        if let position { observer?.cellOutput(.display(output), from: position) }
    }

    func reset(for position: CellPosition) {
        outputs = []
        self.position = position
    }
}

extension RichOutput {
    /// `text/plain` always, `text/html` and other media (`image/svg+xml`) when there are, as notebooks store results.
    public var mimeBundle: MimeBundle {
        var bundle = MimeBundle()
        for mime in media.keys.sorted() { bundle[mime] = .text(media[mime]!) }
        if let html { bundle["text/html"] = .text(html) }
        bundle["text/plain"] = .text(plain)
        return bundle
    }
}
