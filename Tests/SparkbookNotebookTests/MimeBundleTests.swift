import Testing
@testable import SparkbookNotebook

@Suite struct MimeBundleTests {
    @Test func keepsInsertionOrderAndReplacesInPlace() {
        var bundle = MimeBundle(["text/plain": "a", "text/html": "<b>a</b>"])
        bundle["application/json"] = .json(["x": 1])
        bundle["text/plain"] = .text("b")
        #expect(bundle.mimeTypes == ["text/plain", "text/html", "application/json"])
        #expect(bundle.text("text/plain") == "b")
        #expect(bundle.text("application/json") == nil)
        bundle["text/html"] = nil
        #expect(bundle.mimeTypes == ["text/plain", "application/json"])
    }

    @Test func knowsWhichTypesNbformatSplitsIntoLines() {
        #expect(MimeBundle.isSplitIntoLines("text/html"))
        #expect(MimeBundle.isSplitIntoLines("image/svg+xml"))
        #expect(!MimeBundle.isSplitIntoLines("image/png"))
        #expect(MimeBundle.isJSON("application/vnd.dataresource+json"))
    }
}
