import Testing
@testable import SparkbookNotebook

@Suite struct PercentCellMarkerTests {
    @Test func parsesTheFullGrammar() {
        let marker = PercentCellMarker(parsing: #"# %% My Title [markdown] key="value" tags=["a", "b"]"#)
        #expect(marker?.kind == .markdown)
        #expect(marker?.title == "My Title")
        #expect(marker?.options == ["key": "value", "tags": ["a", "b"]])
    }

    @Test func plainAndVariantMarkers() {
        #expect(PercentCellMarker(parsing: "# %%") == PercentCellMarker())
        #expect(PercentCellMarker(parsing: "#%%")?.kind == .code)
        #expect(PercentCellMarker(parsing: "# %% [md]")?.kind == .markdown)
        #expect(PercentCellMarker(parsing: "# %% [raw]")?.kind == .raw)
        #expect(PercentCellMarker(parsing: "# %% Title only")?.title == "Title only")
        #expect(PercentCellMarker(parsing: #"# %% tags=["parameters"]"#)?.options == ["tags": ["parameters"]])
        #expect(PercentCellMarker(parsing: "# %% a=b")?.title == "a=b")  // not JSON, so a title
    }

    @Test func commentedMagicsAreNotMarkers() {
        #expect(!PercentCellMarker.isMarker("# %%time"))
        #expect(!PercentCellMarker.isMarker("x = 1  # %%"))
        #expect(PercentCellMarker.isMarker("  # %% "))
    }

    @Test func writesWhatItReads() {
        let marker = PercentCellMarker(kind: .raw, title: "T", options: ["tags": ["a", "b"], "n": 1])
        #expect(marker.line == #"# %% T [raw] tags=["a", "b"] n=1"#)
        #expect(PercentCellMarker(parsing: marker.line) == marker)
    }
}
