import Testing
@testable import SparkbookNotebook

@Suite struct JupytextHeaderTests {
    @Test func parsesNestedMappingsAndScalars() {
        let lines = ["# jupyter:", "#   jupytext:", "#     format_version: '1.3'", "#     n: 2", "#     ok: true",
                     "#   kernelspec:", "#     display_name: Python 3", "#     name: \"py3\""]
        let object = JupytextHeader.parse(lines)
        #expect(object == ["jupyter": ["jupytext": ["format_version": "1.3", "n": 2, "ok": true],
                                        "kernelspec": ["display_name": "Python 3", "name": "py3"]]])
    }

    @Test func rejectsWhatItDoesNotUnderstand() {
        #expect(JupytextHeader.parse(["# - a list item"]) == nil)
        #expect(JupytextHeader.parse(["not a comment: 1"]) == nil)
    }

    @Test func renderQuotesAmbiguousStrings() {
        let object: JSONObject = ["jupyter": ["v": "1.3", "name": "Python 3", "flag": "true", "n": 1]]
        let lines = JupytextHeader.render(object)
        #expect(lines == ["# ---", "# jupyter:", "#   flag: 'true'", "#   n: 1", "#   name: Python 3", "#   v: '1.3'", "# ---"])
        #expect(JupytextHeader.parse(Array(lines.dropFirst().dropLast())) == object)
    }
}
