#!/usr/bin/env python3
"""Tests of run.py: the summaries of recorded logs, and whole runs of small phases with their exit status.

fixtures/ holds real output: `swift build` and `swift test` of a scratch package with passing, failing and
crashing Swift Testing tests, tests/parity/check.sh with one case made to differ, and (trimmed) this repository's
`swift test` with a golden file changed, whose expectation message spans many lines.
"""
import os
import subprocess
import sys
import tempfile
import unittest

import run

HERE = os.path.dirname(os.path.abspath(__file__))


def fixture(name):
    with open(os.path.join(HERE, "fixtures", name), encoding="utf-8") as file:
        return file.read().splitlines()


class SummariseTests(unittest.TestCase):
    def test_passing_swift_testing_run_keeps_its_closing_line(self):
        summary = run.summarise(fixture("swift_testing_passed.log"), 0)
        self.assertEqual((summary.passed, summary.failed), (6, 0))
        self.assertEqual(summary.closing, "✔ Test run with 6 tests in 2 suites passed after 0.001 seconds.")
        self.assertEqual(summary.details, [])

    def test_failing_swift_testing_run_names_tests_and_their_messages(self):
        summary = run.summarise(fixture("swift_testing_failed.log"), 1)
        self.assertEqual((summary.passed, summary.failed), (3, 3))
        self.assertIn("✘ Test fails() recorded an issue at LibTests.swift:12:7: Expectation failed: (one() → 1) == 2",
                      summary.details)
        self.assertIn("  ↳ one is not two", summary.details)
        self.assertEqual(summary.details[-1], "failed: fails(), paramFails(x:), throwsError()")
        self.assertTrue(summary.closing.startswith("✘ Test run with 6 tests in 2 suites failed after"))

    def test_issue_message_over_several_lines_is_shown_whole(self):
        summary = run.summarise(fixture("swift_testing_multiline_issue.log"), 1)
        self.assertEqual((summary.passed, summary.failed), (2, 1))
        self.assertTrue(summary.details[0].startswith("✘ Test theSeedPrintsTheTableAndTheCount() recorded an issue"))
        self.assertIn('  ") == (golden → "changed for a failing demo ┌──────────┬─────────────────────┬─────────┬'
                      '─────────┬────────┐', summary.details)
        self.assertEqual(summary.details[-2:], ['  ")', "failed: theSeedPrintsTheTableAndTheCount()"])

    def test_crashed_swift_testing_run_names_the_unfinished_test(self):
        summary = run.summarise(fixture("swift_testing_crashed.log"), 1)
        self.assertEqual((summary.passed, summary.failed), (5, 1))
        self.assertIsNone(summary.closing)
        self.assertIn("Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range", summary.details)
        self.assertEqual(summary.details[-1], "the test process ended early; still running: crashes()")

    def test_build_error_shows_the_error_with_its_excerpt_and_counts_warnings(self):
        summary = run.summarise(fixture("build_error.log"), 1)
        self.assertIsNone(summary.passed)
        self.assertEqual(summary.details[0],
                         "/tmp/quiet-st/Sources/Lib/Lib.swift:6:19: error: cannot find 'undefinedName' in scope")
        self.assertIn("  |                   `- error: cannot find 'undefinedName' in scope", summary.details)
        self.assertEqual(len(summary.warnings), 1)
        self.assertIn("warning: result of call to 'createFile(atPath:contents:attributes:)' is unused",
                      summary.warnings[0])

    def test_repeated_warning_counts_once(self):
        hint = "warning: you may be able to install libedit using your system-packager:"
        self.assertEqual(run.summarise([hint, "    apt-get install libedit-dev", hint], 0).warnings, [hint])

    def test_failing_check_script_shows_its_diff_and_counts(self):
        summary = run.summarise(fixture("parity_failed.log"), 1)
        self.assertEqual(summary.failed, 1)
        self.assertGreater(summary.passed, 0)
        self.assertTrue(any(line.startswith("parity case ") for line in summary.details))
        self.assertFalse(any(run.COUNTS.search(line) for line in summary.details))

    def test_phase_summary_line_is_shown_instead_of_a_warning_count(self):
        summary = run.summarise(["FAIL x", "phase summary: 274 of 717 docstrings pass (38%), floor 274"], 0)
        self.assertEqual(summary.note, "274 of 717 docstrings pass (38%), floor 274")
        self.assertIn("ok      ", run.report_line(summary, 0, 3.0))
        self.assertTrue(run.report_line(summary, 0, 3.0).endswith("274 of 717 docstrings pass (38%), floor 274"))

    def test_script_failing_without_counts_shows_its_last_lines(self):
        summary = run.summarise(["before", "seed run did not print 100"], 1)
        self.assertEqual((summary.passed, summary.details), (None, ["before", "seed run did not print 100"]))


class RunTests(unittest.TestCase):
    """Whole runs of run.py on small phases, as `make test` runs it (output not a terminal)."""

    def run_phases(self, *arguments):
        with tempfile.TemporaryDirectory() as logs:
            result = subprocess.run([sys.executable, os.path.join(HERE, "run.py"), "--log-dir", logs, *arguments],
                                    capture_output=True, text=True, cwd=HERE)
            log_names = sorted(os.listdir(logs))
        return result.returncode, result.stdout.splitlines(), log_names

    def test_passing_run_prints_a_line_per_phase_and_the_total(self):
        status, lines, logs = self.run_phases(
            "--phase", "swift tests", "cat fixtures/swift_testing_passed.log",
            "--phase", "seed run", "echo noise; echo 'seed run checks: 4 passed, 0 failed'")
        self.assertEqual(status, 0)
        self.assertRegex(lines[0], r"^swift tests  ok +\S+  6 passed, 0 failed$")
        self.assertEqual(lines[1], "✔ Test run with 6 tests in 2 suites passed after 0.001 seconds.")
        self.assertRegex(lines[2], r"^seed run     ok +\S+  4 passed, 0 failed$")
        self.assertEqual(lines[-1], "10 passed, 0 failed")
        self.assertNotIn("noise", "\n".join(lines))
        self.assertEqual(logs, ["seed-run.log", "swift-tests.log"])

    def test_failing_phase_prints_details_and_log_path_and_exits_non_zero(self):
        status, lines, _ = self.run_phases(
            "--phase", "swift tests", "cat fixtures/swift_testing_failed.log; exit 1",
            "--phase", "seed run", "echo 'seed run checks: 4 passed, 0 failed'")
        self.assertEqual(status, 1)
        self.assertRegex(lines[0], r"^swift tests  FAILED")
        self.assertIn("    failed: fails(), paramFails(x:), throwsError()", lines)
        self.assertTrue(any(line.startswith("    full log: ") and line.endswith("swift-tests.log") for line in lines))
        self.assertEqual(lines[-1], "7 passed, 3 failed")

    def test_pipeline_failure_inside_a_phase_is_a_failure(self):
        status, lines, _ = self.run_phases("--phase", "piped", "false | cat")
        self.assertEqual((status, lines[-1]), (1, "0 passed, 1 failed"))

    def test_failed_gate_stops_the_phases_after_it(self):
        status, lines, logs = self.run_phases(
            "--gate", "build", "cat fixtures/build_error.log; exit 1",
            "--phase", "swift tests", "echo ran > ran.txt")
        self.assertEqual(status, 1)
        self.assertIn("swift tests  not run: build failed", lines)
        self.assertEqual(logs, ["build.log"])
        self.assertFalse(os.path.exists(os.path.join(HERE, "ran.txt")))


if __name__ == "__main__":
    result = unittest.main(exit=False).result
    failed = len(result.failures) + len(result.errors)
    print(f"summariser tests: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
