"""`make bench`'s db-benchmark part: groupby q1-q10 and join q1-q5, Sparkbook against the DuckDB shell and Polars.

Every engine runs as a whole child process (CSV read included) on the same files, page cache warm, the engines
alternating (the first engine rotates from run to run), N runs each; the table gives the median wall time and the
largest peak RSS (wait4's rusage) of the runs. Every answer (row count and db-benchmark's check sums) must agree with
DuckDB's (counts exact, sums to 1e-9 relative): a disagreement is printed loudly and the exit status is 1. An engine
that fails a question (an error, a kill, a timeout) is reported with its error and the others carry on.

    python -m bench.dbbench.run [--questions groupby-q1,join] [--sizes 1e7] [--runs 3] [--big-q10 1e8]
                                [--markdown BENCHMARKS.md]

`--big-q10 1e8` adds groupby q10 at 1e8 rows (5 GB), `--big-runs` times (1): Sparkbook run with `--conf
spark.driver.memory=2g` (`--big-memory`), the DuckDB shell with the same `memory_limit` (it spills under
DATA/duckdb-spill); Polars, which has no such limit and would need over 10 GB there, sits it out (`--big-engines`);
0 skips it. Any run whose
resident size passes `--rss-cap` (8 GiB) is killed and reported: the machine is shared.
"""
import argparse
import math
import os
import shutil
import statistics
import sys
from dataclasses import dataclass, field

from . import datagen, measure, questions
from .compare import disagreement, parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENGINES = ("sparkbook", "duckdb", "polars")
START, END = "<!-- dbbench -->", "<!-- notes -->"


@dataclass
class Outcome:
    question: questions.Question
    rows: int
    note: str = ""
    samples: dict = field(default_factory=dict)   # engine -> [Sample]
    errors: dict = field(default_factory=dict)    # engine -> error text
    answers: dict = field(default_factory=dict)   # engine -> (rows, sums)
    disagreements: list = field(default_factory=list)
    spill: tuple = None                            # Sparkbook's (memory, disk) bytes spilled, when logged

    def wall(self, engine):
        samples = self.samples.get(engine)
        return statistics.median(s.wall for s in samples) if samples and engine not in self.errors else None

    def rss(self, engine):
        samples = self.samples.get(engine)
        return max(s.peak_rss for s in samples) if samples and engine not in self.errors else None


def table_paths(question, rows, data):
    if question.task == "groupby":
        names = {"x": datagen.groupby_name(rows)}
    else:
        names = dict(zip(("x", "small", "medium", "big"), datagen.join_names(rows)))
    return {role: os.path.join(data, names[role]) for role in question.tables}


def ensure(question, rows, paths, data):
    if all(os.path.exists(p) for p in paths.values()):
        return
    print(f"generating {question.task} data of {rows:,} rows into {data}", file=sys.stderr, flush=True)
    if question.task == "groupby":
        datagen.write_groupby(paths["x"], rows)
    else:
        datagen.write_join(data, rows)


def commands(question, paths, sparkbook, conf, duckdb_settings, event_log=None):
    """engine -> (argv, stdin), with each program written under bench-data/scripts so a reader can rerun it."""
    scripts = os.path.join(ROOT, "bench-data", "scripts")
    os.makedirs(scripts, exist_ok=True)
    stem = os.path.join(scripts, f"{question.key}_{datagen.pretty_sci(len_of(paths))}")
    texts = {"sparkbook": (stem + ".sparkbook.py", questions.sparkbook_script(question, paths)),
             "duckdb": (stem + ".duckdb.sql", questions.duckdb_script(question, paths, duckdb_settings)),
             "polars": (stem + ".polars.py", questions.polars_script(question, paths))}
    for path, text in texts.values():
        with open(path, "w") as f:
            f.write(text)
    venv = os.path.join(ROOT, ".venv-bench", "bin")
    conf_args = [a for key, value in conf.items() for a in ("--conf", f"{key}={value}")]
    if event_log:
        conf_args += ["--event-log", event_log]
    return {
        "sparkbook": ([sparkbook, "run", texts["sparkbook"][0], "--quiet", *conf_args], None),
        "duckdb": ([os.path.join(venv, "duckdb"), "-csv", "-noheader", "-bail"], texts["duckdb"][1]),
        "polars": ([os.path.join(venv, "python"), texts["polars"][0]], None),
    }


def len_of(paths):
    """The table size a set of paths was named for (from the x table's file name), for script names."""
    name = os.path.basename(paths["x"])
    mantissa, exponent = name.split("_")[1].split("e")
    return int(mantissa) * 10 ** int(exponent)


def measure_question(question, rows, args, engines, runs, conf=None, duckdb_settings=None, note="",
                     log_spill=False):
    """`log_spill`: Sparkbook's runs write Spark's event log, and the table reports the bytes it spilled."""
    data = os.path.abspath(args.data)
    paths = table_paths(question, rows, data)
    ensure(question, rows, paths, data)
    event_log = os.path.join(data, "event-logs", f"{question.key}_{datagen.pretty_sci(rows)}") if log_spill else None
    if event_log:
        shutil.rmtree(event_log, ignore_errors=True)
        os.makedirs(event_log)
    cmds = commands(question, paths, args.sparkbook, conf or {}, duckdb_settings or {}, event_log)
    engines = [e for e in ENGINES if e in engines]
    outcome = Outcome(question, rows, note)
    measure.warm(paths.values())
    for run in range(runs):
        turn = run % len(engines)
        for engine in engines[turn:] + engines[:turn]:
            if engine in outcome.errors:
                continue
            cmd, stdin = cmds[engine]
            sample = measure.run(cmd, stdin, timeout=args.timeout, rss_cap=args.rss_cap * 2**30)
            outcome.samples.setdefault(engine, []).append(sample)
            if sample.error is None:
                try:
                    answer = parse(sample.output)
                    outcome.answers.setdefault(engine, answer)
                    changed = disagreement(outcome.answers[engine], answer)
                    if changed:
                        sample.error = f"answers differ between runs: {changed}"
                except ValueError as problem:
                    sample.error = str(problem)
            if sample.error is not None:
                outcome.errors[engine] = sample.error
                outcome.answers.pop(engine, None)
    if event_log and "sparkbook" in outcome.samples:
        outcome.spill = measure.spilled(event_log)
    reference = next((e for e in ("duckdb", "polars", "sparkbook") if e in outcome.answers), None)
    for engine, answer in outcome.answers.items():
        if engine != reference:
            why = disagreement(outcome.answers[reference], answer)
            if why:
                outcome.disagreements.append(f"{engine} vs {reference}: {why}")
    return outcome


def seconds(outcome, engine):
    if engine not in outcome.samples:
        return "not run"
    value = outcome.wall(engine)
    return "fails" if value is None else f"{value:.2f} s"


def mib(value):
    return "-" if value is None else f"{value / 2**20:,.0f}"


def ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.2f}x"


def describe(outcome):
    q = outcome.question
    answer = outcome.answers.get("duckdb") or next(iter(outcome.answers.values()), None)
    verdict = ("**DISAGREE**" if outcome.disagreements else
               f"{answer[0]:,} rows, agree" if answer and len(outcome.answers) > 1 else
               f"{answer[0]:,} rows" if answer else "-")
    walls = {e: outcome.wall(e) for e in ENGINES}
    rss = " / ".join(mib(outcome.rss(e)) for e in ENGINES)
    times = " | ".join(seconds(outcome, e) for e in ENGINES)
    if outcome.spill is not None:
        memory, disk = outcome.spill
        verdict += (f"; Sparkbook spilled {mib(memory)} MiB from memory, {mib(disk)} MiB to disk" if memory or disk
                    else "; Sparkbook did not spill")
    return (f"| {q.key} {q.title}{outcome.note} | {outcome.rows:,} | {times} | "
            f"{ratio(walls['sparkbook'], walls['duckdb'])} | "
            f"{ratio(walls['sparkbook'], walls['polars'])} | {rss} | {verdict} |")


def geometric_mean(outcomes):
    ratios = [o.wall("sparkbook") / o.wall("duckdb") for o in outcomes
              if o.wall("sparkbook") is not None and o.wall("duckdb") is not None]
    if not ratios:
        return None, 0
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios)), len(ratios)


def report(suite, big, args, sparkbook_commit):
    lines = [START, "## db-benchmark questions (`make bench`, generated)", "",
             "db-benchmark's groupby q1-q10 on G1 (K=100) and join q1-q5 on J1 (x joined with small, medium, big), "
             "data from `bench/dbbench/datagen.py` (seed 108), questions in `bench/dbbench/questions.py`. Whole "
             "process per run (CSV read included), engines alternating, page cache warm; "
             f"{args.runs} runs each ({args.big_runs} for the big q10): median wall time, the largest peak RSS "
             "(MiB). Answers (row count and db-benchmark's check sums) agree with DuckDB's: counts exact, sums to "
             "1e-9 relative.", "",
             f"Machine: {measure.machine()} at the end (load average {args.load_at_start} at the start); "
             f"harness commit {measure.commit(ROOT)}, Sparkbook "
             f"`{args.sparkbook}` ({sparkbook_commit}).", "",
             "| question | rows | Sparkbook | DuckDB shell | Polars | Sparkbook / DuckDB | Sparkbook / Polars | "
             "peak RSS MiB Sparkbook / DuckDB / Polars | answer |",
             "|---|---|---|---|---|---|---|---|---|"]
    lines += [describe(o) for o in suite + big]
    mean, count = geometric_mean(suite)
    lines.append("")
    if mean is not None:
        lines.append(f"Geometric mean of Sparkbook's time over DuckDB's: **{mean:.2f}x** over {count} of "
                     f"{len(suite)} questions (those both engines answered).")
    failures = [(o, e, text) for o in suite + big for e, text in o.errors.items()]
    if failures:
        lines += ["", "Failures:", ""]
        for o, engine, text in failures:
            first = " ".join(text.split())[:600]
            lines.append(f"- {o.question.key} at {o.rows:,} rows{o.note}, {engine}: `{first}`")
    problems = [(o, d) for o in suite + big for d in o.disagreements]
    if problems:
        lines += ["", "**Answers disagree:**", ""] + [f"- {o.question.key} at {o.rows:,}: {d}" for o, d in problems]
    lines += ["", ""]
    return "\n".join(lines)


def write_section(path, section):
    """Replace BENCHMARKS.md's db-benchmark section (from its marker to the notes marker), or add it before the
    notes."""
    text = open(path).read() if os.path.exists(path) else "# Benchmarks\n\n"
    if START in text:
        head, rest = text.split(START, 1)
        tail = rest[rest.index(END):] if END in rest else ""
    elif END in text:
        head, tail = text[: text.index(END)], text[text.index(END):]
    else:
        head, tail = text.rstrip("\n") + "\n\n", ""
    with open(path, "w") as f:
        f.write(head + section + tail)


def show(outcome):
    print(describe(outcome), flush=True)
    for engine, text in outcome.errors.items():
        print(f"    {engine} failed: {' '.join(text.split())[:400]}", flush=True)
    for problem in outcome.disagreements:
        print(f"    ANSWERS DISAGREE: {problem}", file=sys.stderr, flush=True)
    return outcome


def measure_big_q10(question, args):
    """q10 at --big-q10 rows with Sparkbook's driver memory set, and DuckDB held to the same memory_limit."""
    limit = args.big_memory.upper().rstrip("B") + "B"
    spill = os.path.join(os.path.abspath(args.data), "duckdb-spill")
    return measure_question(question, int(float(args.big_q10)), args, args.big_engines, args.big_runs,
                            {"spark.driver.memory": args.big_memory}, {"memory_limit": limit, "temp_directory": spill},
                            f" (spark.driver.memory={args.big_memory}, DuckDB memory_limit={limit})", log_spill=True)


def sparkbook_version(binary):
    if not os.path.exists(binary):
        return "not built"
    return (measure.run([binary, "--version"]).output.splitlines() or ["version unknown"])[0]


def sizes(spec):
    return [int(float(s)) for s in spec.split(",") if s.strip()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", default="all", help="comma-separated: groupby-q1, join-q5, groupby, join, all")
    parser.add_argument("--sizes", default="1e7", help="rows of x, comma-separated (1e7)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big-q10", default="1e8", help="rows for groupby q10 with a driver memory limit; 0 skips")
    parser.add_argument("--big-runs", type=int, default=1, help="runs of the big q10 (minutes each)")
    parser.add_argument("--big-memory", default="2g", help="spark.driver.memory for the big q10")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--big-engines", default="sparkbook,duckdb",
                        help="engines for the big q10 (Polars has no memory limit to give it)")
    parser.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    parser.add_argument("--sparkbook", default=os.path.join(ROOT, ".build", "release", "sparkbook"))
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a run is killed")
    parser.add_argument("--rss-cap", type=float, default=8, help="GiB of resident memory at which a run is killed")
    parser.add_argument("--markdown", help="write the section into this file (BENCHMARKS.md)")
    args = parser.parse_args(argv)
    args.engines = [e.strip() for e in args.engines.split(",")]
    args.big_engines = [e.strip() for e in args.big_engines.split(",")]
    chosen = questions.select(args.questions)
    version = sparkbook_version(args.sparkbook)
    args.load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
    plan = [(question, rows) for rows in sizes(args.sizes) for question in chosen]
    q10 = [q for q in chosen if q.key == "groupby-q10"]
    big_planned = 1 if int(float(args.big_q10)) and q10 else 0
    suite, big = [], []

    def progress():
        """The section so far, so an interrupted run still leaves what it measured (marked as partial)."""
        done = len(suite) + len(big)
        if args.markdown and done < len(plan) + big_planned:
            write_section(args.markdown, report(suite, big, args, version).replace(
                "(`make bench`, generated)", f"(`make bench`, generated; partial: {done} of {len(plan) + big_planned})"))

    for question, rows in plan:
        suite.append(show(measure_question(question, rows, args, args.engines, args.runs)))
        progress()
    if big_planned:
        big.append(show(measure_big_q10(q10[0], args)))
    section = report(suite, big, args, version)
    print(section)
    if args.markdown:
        write_section(args.markdown, section)
    if any(o.disagreements for o in suite + big):
        print("db-benchmark: ANSWERS DISAGREE (see above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
