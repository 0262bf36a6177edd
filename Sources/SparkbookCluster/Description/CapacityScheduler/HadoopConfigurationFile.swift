import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One of Hadoop's XML configuration files (`capacity-scheduler.xml`, `yarn-site.xml`), read as Hadoop writes
/// them: `<configuration>` holding `<property><name>…</name><value>…</value></property>`, other elements
/// (`description`, `final`, `source`) ignored, the last of two equal names winning. Each property keeps the
/// line it was written on, so errors point at it.
struct HadoopConfigurationFile {
    struct Property: Hashable {
        var value: String
        var location: DescriptionLocation
    }

    let path: String
    private(set) var properties: [String: Property] = [:]

    init(path: String, readFrom reference: DescriptionLocation? = nil) throws(ClusterManagerError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = "cannot read \(path)"
            throw (reference ?? DescriptionLocation(file: path)).error(key: "(file)", why)
        }
        try self.init(data: data, file: path)
    }

    init(data: Data, file: String) throws(ClusterManagerError) {
        path = file
        let parser = XMLParser(data: data)
        let collector = PropertyCollector(file: file)
        parser.delegate = collector
        if !parser.parse() {
            if let error = collector.error { throw error }
            throw DescriptionLocation(file: file, line: parser.lineNumber)
                .error(key: "(XML)", "not valid XML: \(Self.reason(parser.parserError))")
        }
        if let error = collector.error { throw error }
        properties = collector.properties
    }

    subscript(name: String) -> Property? { properties[name] }

    /// Foundation on Linux gives parse errors no text, only libxml2's code: name the usual mistakes.
    static func reason(_ error: (any Error)?) -> String {
        guard let error else { return "unknown error" }
        let code = (error as NSError).code
        // libxml2's `xmlParserErrors` numbers, which Foundation passes through on Linux.
        switch code {
        case 76: return "an end tag does not match its start tag"
        case 5, 77, 85: return "an element is not closed"
        case 80: return "a comment contains '--'"
        case 45: return "a comment is not closed with '-->'"
        case 4: return "the file is empty"
        default: return "libxml2 error \(code)"
        }
    }

    /// Collects properties as the parser walks the elements.
    private final class PropertyCollector: NSObject, XMLParserDelegate {
        let file: String
        var properties: [String: Property] = [:]
        var error: ClusterManagerError?
        private var path: [String] = []
        private var name = "", value = "", line = 0

        init(file: String) { self.file = file }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if path.isEmpty, element != "configuration" {
                fail(parser, "the top element is <\(element)>; Hadoop's files start with <configuration>")
            }
            path.append(element)
            if path == ["configuration", "property"] {
                name = ""
                value = ""
                line = parser.lineNumber
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            switch path {
            case ["configuration", "property", "name"]: name += string
            case ["configuration", "property", "value"]: value += string
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
                    qualifiedName: String?) {
            if path == ["configuration", "property"] {
                let key = name.trimmingCharacters(in: .whitespacesAndNewlines)
                if key.isEmpty {
                    fail(parser, "a <property> without a <name>", line: line)
                } else {
                    properties[key] = Property(value: value.trimmingCharacters(in: .whitespacesAndNewlines),
                                               location: DescriptionLocation(file: file, line: line))
                }
            }
            path.removeLast()
        }

        /// libxml2 may report an error and still end the parse successfully; the first error counts.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            fail(parser, "not valid XML: \(HadoopConfigurationFile.reason(parseError))")
        }

        private func fail(_ parser: XMLParser, _ why: String, line: Int? = nil) {
            guard error == nil else { return }
            error = DescriptionLocation(file: file, line: line ?? parser.lineNumber).error(key: "(XML)", why)
            parser.abortParsing()
        }
    }
}
