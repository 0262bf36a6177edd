import Testing
@testable import SparkbookInterpreter

/// `datetime.date` and `datetime.datetime`: construction, validation, fields and text as CPython prints them.
struct DateTimeModuleTests {
    @Test(arguments: [
        ("from datetime import date\nprint(repr(date(2024, 1, 5)), date(2024, 1, 5))", "datetime.date(2024, 1, 5) 2024-01-05\n"),
        ("import datetime\nprint(repr(datetime.datetime(2024, 1, 5, 10, 15)))", "datetime.datetime(2024, 1, 5, 10, 15)\n"),
        ("import datetime\nprint(datetime.datetime(2024, 1, 5, 0, 0, 3, 500))", "2024-01-05 00:00:03.000500\n"),
        ("from datetime import datetime\nt = datetime(2024, 2, 29, 23, 59, 30)\nprint(t.year, t.month, t.day, t.hour, t.minute, t.second)", "2024 2 29 23 59 30\n"),
        ("from datetime import date\nprint(date(2024, 1, 5).weekday(), date(2024, 1, 7).isoweekday())", "4 7\n"),
        ("from datetime import datetime\nprint(datetime(2024, 3, 1, 8, 5).strftime('%Y/%m/%d %H:%M:%S %j'))", "2024/03/01 08:05:00 061\n"),
        ("from datetime import date\nprint(f'{date(2024, 1, 5):%d.%m.%Y}', date(2024, 1, 5).isoformat())", "05.01.2024 2024-01-05\n"),
        ("from datetime import date\nprint(date(2024, 1, 5) < date(2024, 2, 1), date(2024, 1, 5) == date(2024, 1, 5))", "True True\n"),
    ])
    func behavesAsPython(_ source: String, _ expected: String) async throws {
        #expect(try await ScriptHarness.stdout(source) == expected)
    }

    @Test func invalidDaysAreValueErrors() async {
        let error = await ScriptHarness.failure("from datetime import date\ndate(2023, 2, 29)")
        #expect(error?.exceptionName == "ValueError")
        #expect(error?.message == "day is out of range for month")
    }

    @Test func dateArithmeticIsRefusedClearly() async {
        let error = await ScriptHarness.failure("from datetime import date\ndate(2024, 3, 1) - date(2024, 1, 1)")
        #expect(error?.exceptionName == "NotImplementedError")
    }

    @Test func unknownStrftimeDirectiveIsRefused() async {
        let error = await ScriptHarness.failure("from datetime import date\ndate(2024, 3, 1).strftime('%A')")
        #expect(error?.message == "strftime directive '%A' is not supported in Sparkbook")
    }
}
