import Foundation
import SparkbookUtilities
import Testing

/// `$HOME` first, as a shell and Python's `expanduser` take it; the account's home only when it is unset or empty.
struct UserHomeTests {
    @Test func homeFromTheEnvironmentComesFirst() {
        #expect(UserHome.url(environment: ["HOME": "/tmp/someone"]).path == "/tmp/someone")
    }

    @Test func withoutHomeTheAccountsHome() {
        let account = FileManager.default.homeDirectoryForCurrentUser.path
        #expect(UserHome.url(environment: [:]).path == account)
        #expect(UserHome.url(environment: ["HOME": ""]).path == account)
    }
}
