import Testing
@testable import SparkbookSparkEngine

/// Java is checked before a driver starts; its absence says what to install.
struct JavaRuntimeTests {
    @Test func javaHomeWins() throws {
        #expect(try JavaRuntime.locate(environment: ["JAVA_HOME": "/jdk", "PATH": "/usr/bin"], isExecutable: { _ in true })
            == "/jdk/bin/java")
    }

    @Test func elseThePath() throws {
        #expect(try JavaRuntime.locate(environment: ["PATH": "/a:/b"], isExecutable: { $0 == "/b/java" }) == "/b/java")
    }

    @Test func noJavaSaysWhatToInstall() {
        do {
            _ = try JavaRuntime.locate(environment: ["PATH": "/a"], isExecutable: { _ in false })
            Issue.record("expected an error")
        } catch {
            #expect(error == .noJava(error.description))
            #expect(error.description.contains("install a JDK"))
            #expect(error.description.contains("openjdk-17"))
        }
    }
}
