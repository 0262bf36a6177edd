import Testing
import SparkbookUtilities

struct EditDistanceTests {
    @Test func countsInsertionsDeletionsAndSubstitutions() {
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.between("same", "same") == 0)
        #expect(EditDistance.between("maxExecutor", "maxExecutors") == 1)
    }

    @Test func comparesCharactersNotBytes() {
        #expect(EditDistance.between("café", "cafe") == 1)
    }
}
