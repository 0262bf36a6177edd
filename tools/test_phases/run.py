#!/usr/bin/env python3
"""Runs the phases of `make test` and prints a summary a person reads.

A phase is a name and a shell command (run by bash with pipefail). Its whole output goes to a log file; the
terminal gets one line per phase, the details of whatever failed with the log's path, and a closing total
`N passed, N failed`. The exit status is 1 when any phase failed.

    run.py [--log-dir DIR] (--gate NAME COMMAND | --phase NAME COMMAND)...

A gate (the build) ends the run when it fails: the phases after it would test stale binaries. Counts come from
Swift Testing's output, or from a line `... N passed, N failed` that a phase prints last (the convention of
this repository's check scripts). A phase whose result is not a pass/fail count (a pass rate against a floor)
prints a last line `phase summary: TEXT`, and TEXT is shown after its name. Standard library only.
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import time

COUNTS = re.compile(r"(\d+) passed, (\d+) failed")
PHASE_SUMMARY = re.compile(r"^phase summary: (.+)$")
DIAGNOSTIC = re.compile(r"^(?:\S+:\d+:\d+: )?(warning|error): ")
RUN_STARTED = "◇ Test run started."
RUN_CLOSING = re.compile(r"^\S+ Test run with \d+ tests?\b.* (passed|failed) after ")
TEST_STARTED = re.compile(r"^◇ Test (?!case passing |run started)(.+) started\.$")
TEST_ENDED = re.compile(r"^(\S+) Test (.+?)(?: with \d+ test cases?)? (passed|failed) after ")
TEST_SKIPPED = re.compile(r"^\S+ Test (.+?) skipped")
ISSUE = re.compile(r"^✘ Test (.+?) recorded an issue")
EVENT = re.compile(r"^\S+ (Test|Suite) ")
ISSUE_LINES = 30
CRASH = re.compile(r"Fatal error|Program crashed|exited with unexpected signal")
MAX_DETAIL_LINES = 60


class Summary:
    """What one phase's log says: counts (None when it states none), a closing line to show, failure details."""

    def __init__(self, passed=None, failed=None, skipped=0, closing=None, details=(), warnings=(), note=None):
        self.passed, self.failed, self.skipped = passed, failed, skipped
        self.closing, self.details, self.warnings = closing, list(details), list(warnings)
        self.note = note


def summarise(lines, status):
    """Reads a finished phase's log lines and exit status."""
    warnings = list(dict.fromkeys(line for line in lines if (m := DIAGNOSTIC.match(line)) and m[1] == "warning"))
    summary = swift_testing(lines, status) if RUN_STARTED in lines else counted(lines, status)
    summary.warnings = warnings
    summary.note = next((m[1] for line in reversed(lines) if (m := PHASE_SUMMARY.match(line))), None)
    if status != 0 and not summary.details:
        summary.details = lines[-40:]
    return summary


def swift_testing(lines, status):
    """Swift Testing's event lines: a test passes or fails once, its issues come before, the run closes last."""
    started, ended = collections.Counter(), collections.Counter()
    passed = failed = skipped = 0
    closing, details, failing, issue_lines = None, [], [], None
    for line in lines:
        if RUN_CLOSING.match(line):
            closing = line
        elif m := TEST_ENDED.match(line):
            ended[m[2]] += 1
            if m[3] == "passed":
                passed += 1
            else:
                failed += 1
                failing.append(m[2])
        elif m := TEST_STARTED.match(line):
            started[m[1]] += 1
        elif TEST_SKIPPED.match(line):
            skipped += 1
        if ISSUE.match(line):  # the issue's message goes on (values, ↳ comments) until the next event
            details.append(line)
            issue_lines = 1
        elif issue_lines is not None and not EVENT.match(line):
            issue_lines += 1
            if issue_lines <= ISSUE_LINES:
                details.append("  " + line)
            elif issue_lines == ISSUE_LINES + 1:
                details.append("  ... (the rest of this message is in the log)")
        else:
            issue_lines = None
    if failing:
        details.append("failed: " + ", ".join(failing))
    if closing is None and status != 0:
        unfinished = list((started - ended).elements())
        details += [line for line in lines if CRASH.search(line)]
        named = ", ".join(unfinished[:10]) + (f" and {len(unfinished) - 10} more" if len(unfinished) > 10 else "")
        details.append("the test process ended early; still running: " + (named or "none"))
        failed += max(len(unfinished), 1)
    return Summary(passed, failed, skipped, closing, details)


def counted(lines, status):
    """Any other phase: the last `N passed, N failed` line; on failure its compiler errors, else its last lines."""
    found = [m for line in lines if (m := COUNTS.search(line))]
    passed, failed = (int(found[-1][1]), int(found[-1][2])) if found else (None, None)
    details = []
    if status != 0 or failed:
        details = error_blocks(lines) or [line for line in lines if not COUNTS.search(line)][-40:]
    return Summary(passed, failed, details=details)


def error_blocks(lines):
    """Compiler errors with the source excerpt printed under each (up to the next blank line)."""
    blocks, inside = [], False
    for line in lines:
        if (m := DIAGNOSTIC.match(line)) and m[1] == "error":
            inside = True
        elif not line.strip():
            inside = False
        if inside:
            blocks.append(line)
    return blocks


def duration(seconds):
    return f"{seconds:.1f}s" if seconds < 60 else f"{int(seconds // 60)}m{int(seconds % 60):02d}s"


def run_phase(name, command, log_path, show_progress):
    """Runs one command with its output into log_path; on a terminal, its latest line is shown as progress."""
    started = time.monotonic()
    lines = []
    if show_progress:
        sys.stdout.write(f"{name}: running")
        sys.stdout.flush()
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(["bash", "-o", "pipefail", "-c", command], stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for raw in process.stdout:
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            log.write(line + "\n")
            lines.append(line)
            if show_progress:
                width = shutil.get_terminal_size().columns - len(name) - 4
                sys.stdout.write(f"\r\033[K{name}: {line[:max(width, 0)]}")
                sys.stdout.flush()
        status = process.wait()
    if show_progress:
        sys.stdout.write("\r\033[K")
    return lines, status, time.monotonic() - started


def report_line(summary, status, seconds):
    """What follows a phase's name: ok or FAILED, its time, its counts and warnings."""
    facts = []
    if summary.passed is not None:
        facts.append(f"{summary.passed} passed, {summary.failed} failed")
    if summary.skipped:
        facts.append(f"{summary.skipped} skipped")
    if summary.note:
        facts.append(summary.note)
    if summary.warnings or (summary.passed is None and not summary.note):
        facts.append(f"{len(summary.warnings)} warning{'' if len(summary.warnings) == 1 else 's'}")
    if status != 0 and summary.passed is None:
        facts.append(f"exit status {status}")
    verdict = "ok" if status == 0 and not summary.failed else "FAILED"
    return f"{verdict:<6}  {duration(seconds):>7}  {', '.join(facts)}"


def indented(lines):
    shown = [f"    {line}" for line in lines[:MAX_DETAIL_LINES]]
    if len(lines) > MAX_DETAIL_LINES:
        shown.append(f"    ... {len(lines) - MAX_DETAIL_LINES} more lines")
    return shown


def parse(argv):
    """`--log-dir DIR` and the phases in their order, each (kind, name, command)."""
    log_dir, phases, args = ".build/test-logs", [], list(argv)
    while args:
        option = args.pop(0)
        if option == "--log-dir" and args:
            log_dir = args.pop(0)
        elif option in ("--phase", "--gate") and len(args) >= 2:
            phases.append((option[2:], args.pop(0), args.pop(0)))
        else:
            sys.exit(__doc__)
    return log_dir, phases


def main(argv):
    log_dir, phases = parse(argv)
    os.makedirs(log_dir, exist_ok=True)
    width = max((len(name) for _, name, _ in phases), default=0)
    show_progress = sys.stdout.isatty()
    passed = failed = 0
    for index, (kind, name, command) in enumerate(phases):
        log_path = os.path.join(log_dir, re.sub(r"[^A-Za-z0-9_.-]+", "-", name) + ".log")
        if not show_progress:
            print(f"{name:<{width}}  ", end="", flush=True)
        lines, status, seconds = run_phase(name, command, log_path, show_progress)
        summary = summarise(lines, status)
        print((f"{name:<{width}}  " if show_progress else "") + report_line(summary, status, seconds))
        if summary.closing:
            print(summary.closing)
        shown = summary.details + (["warnings:"] + summary.warnings if summary.warnings else [])
        if status != 0 or summary.failed or summary.warnings:
            print("\n".join(indented(shown) + [f"    full log: {log_path}"]))
        passed += summary.passed or 0
        failed += summary.failed or (1 if status != 0 else 0)
        if kind == "gate" and status != 0:
            for _, later, _ in phases[index + 1:]:
                print(f"{later:<{width}}  not run: {name} failed")
            break
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit("\ninterrupted; the logs so far are in .build/test-logs/ (or --log-dir)")
