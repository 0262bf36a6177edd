import Foundation
import Testing
@testable import SparkbookCluster

/// Hadoop's `<configuration>` XML files, with the line of each property.
@Suite struct HadoopConfigurationFileTests {
    static func parse(_ xml: String) throws(ClusterManagerError) -> HadoopConfigurationFile {
        try HadoopConfigurationFile(data: Data(xml.utf8), file: "site.xml")
    }

    @Test func readsPropertiesWithTheirLines() throws {
        let file = try Self.parse("""
            <?xml version="1.0"?>
            <!-- a comment -->
            <configuration>
              <property>
                <name> a.b </name>
                <value>
                  1
                </value>
                <description>ignored</description>
                <final>true</final>
              </property>
              <property><name>c</name><value>x</value></property>
              <property><name>c</name><value>y</value></property>
              <property><name>empty</name></property>
            </configuration>
            """)
        #expect(file["a.b"] == .init(value: "1", location: DescriptionLocation(file: "site.xml", line: 4)))
        #expect(file["c"] == .init(value: "y", location: DescriptionLocation(file: "site.xml", line: 13)))
        #expect(file["empty"]?.value == "")
        #expect(file.properties.count == 3)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<allocations></allocations>",
         "site.xml:2: (XML): the top element is <allocations>; Hadoop's files start with <configuration>"),
        ("<configuration>\n\n<property><value>1</value></property>\n</configuration>",
         "site.xml:3: (XML): a <property> without a <name>"),
        ("<configuration>\n<property>\n<name>a</name>\n</configuration>",
         "site.xml:4: (XML): not valid XML: an end tag does not match its start tag"),
        ("<configuration>\n<!-- use --config -->\n</configuration>",
         "site.xml:2: (XML): not valid XML: a comment contains '--'"),
        ("<configuration>\n<property>", "site.xml:2: (XML): not valid XML: an element is not closed"),
    ] as [(String, String)])
    func refusesWhatIsNotAHadoopFile(xml: String, message: String) {
        #expect(throws: ClusterManagerError(code: .invalidClusterFile, key: "(XML)", message: message)) {
            try Self.parse(xml)
        }
    }
}
