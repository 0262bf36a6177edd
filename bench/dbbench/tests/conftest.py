"""Ends the run with `N passed, N failed`, the line tools/test_phases/run.py counts (make test's `bench harness`)."""


def pytest_terminal_summary(terminalreporter):
    stats = terminalreporter.stats
    failed = len(stats.get("failed", [])) + len(stats.get("error", []))
    terminalreporter.write_line(f"bench/dbbench: {len(stats.get('passed', []))} passed, {failed} failed")
